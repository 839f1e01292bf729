"""Settings of the clients service (environment variables prefixed ``CLIENTS_``)."""

from __future__ import annotations

from ouvrage_platform.settings import ServiceSettings
from pydantic import Field
from pydantic_settings import SettingsConfigDict

SERVICE = "clients"


class ClientsSettings(ServiceSettings):
    model_config = SettingsConfigDict(
        env_prefix="CLIENTS_", extra="ignore", frozen=True, hide_input_in_errors=True
    )

    database_url: str = "postgresql://ouvrage:ouvrage@127.0.0.1:55432/clients"
    http_port: int = 8002
    search_rank_candidates: int = Field(default=1000, ge=1, le=100_000)
    """A search matching more records than this is answered in name order, not by relevance."""
    personal_data_sources: dict[str, str] = Field(
        default_factory=lambda: {
            "actions": "http://127.0.0.1:8003",
            "planning": "http://127.0.0.1:8004",
            "notifier": "http://127.0.0.1:8005",
            "sales": "http://127.0.0.1:8006",
        }
    )
    """The services whose part of a person's access export (RGPD) is fetched, by base URL
    (JSON in the environment)."""
    retention_check_seconds: float = Field(default=86_400.0, ge=0)
    """How often the job erasing prospects past the company's retention runs (0: never)."""
