"""Planning settings: environment variables prefixed PLANNING_."""

from __future__ import annotations

from ouvrage_platform.settings import ServiceSettings
from pydantic_settings import SettingsConfigDict


class PlanningSettings(ServiceSettings):
    model_config = SettingsConfigDict(
        env_prefix="PLANNING_", extra="ignore", frozen=True, hide_input_in_errors=True
    )

    database_url: str = "postgresql://ouvrage:ouvrage@127.0.0.1:55432/planning"
    http_port: int = 8004
    default_timezone: str = "Europe/Paris"

    warranty_reminders_enabled: bool = True
    warranty_reminder_interval: float = 3600.0
    """Seconds between two looks for parfait achèvement reminders (one pass at start)."""
