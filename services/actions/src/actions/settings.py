"""Configuration of the actions service (environment variables prefixed ``ACTIONS_``)."""

from __future__ import annotations

from ouvrage_events import topic_for
from ouvrage_platform.settings import ServiceSettings
from pydantic import model_validator
from pydantic_settings import SettingsConfigDict


class ActionsSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="ACTIONS_")

    database_url: str = "postgresql://ouvrage:ouvrage@127.0.0.1:55432/actions"
    http_port: int = 8003

    scheduler_enabled: bool = True
    scheduler_interval: float = 0.5
    """Seconds between two looks for due alerts (a new nearer alert wakes it earlier)."""
    scheduler_batch: int = 100

    # Topics and consumer groups: the contract's by default; tests and side-by-side runs
    # point them elsewhere so that they never share offsets with the real service.
    events_topic: str = topic_for("actions")
    identity_topic: str = topic_for("identity")
    clients_topic: str = topic_for("clients")
    notifier_topic: str = topic_for("notifier")
    sales_topic: str = topic_for("sales")
    planning_topic: str = topic_for("planning")

    follow_up_interval: float = 1.0
    """Seconds between two looks for follow-ups whose time has come (issue 20)."""
    controllable_clock: bool = False
    """Tests only: ``PUT /clock`` moves the service's time forward (refused in production)."""

    @model_validator(mode="after")
    def _no_controllable_clock_in_production(self) -> ActionsSettings:
        if self.controllable_clock and self.environment == "production":
            raise ValueError("ACTIONS_CONTROLLABLE_CLOCK is refused in production")
        return self
