"""Configuration of the sales service (environment variables prefixed ``SALES_``)."""

from __future__ import annotations

from pathlib import Path

from ouvrage_events import topic_for
from ouvrage_platform.settings import ServiceSettings
from pydantic import Field
from pydantic_settings import SettingsConfigDict

SERVICE = "sales"


class SalesSettings(ServiceSettings):
    model_config = SettingsConfigDict(
        env_prefix="SALES_", extra="ignore", frozen=True, hide_input_in_errors=True
    )

    database_url: str = "postgresql://ouvrage:ouvrage@127.0.0.1:55432/sales"
    http_port: int = 8006
    timezone: str = "Europe/Paris"
    """Whose calendar dates documents: issue dates, due dates, validity."""

    font_dir: Path | None = Path("/usr/share/fonts/truetype/dejavu")
    """Where DejaVu Sans is (Debian's fonts-dejavu-core): embedded in the PDFs, as PDF/A-3
    (Factur-X) requires; without it the PDFs use the non-embedded core Helvetica."""

    overdue_enabled: bool = True
    overdue_interval: float = Field(default=300.0, gt=0)
    """Seconds between two looks for invoices past due (``InvoiceOverdue``, once each)."""
    overdue_batch: int = Field(default=100, ge=1, le=10_000)

    # Topics: the contract's by default; tests point them elsewhere (unique topics).
    events_topic: str = topic_for("sales")
    clients_topic: str = topic_for("clients")
    identity_topic: str = topic_for("identity")
    planning_topic: str = topic_for("planning")
