"""Prometheus metrics of the event-sourcing runtime (default registry, served by /metrics)."""

from prometheus_client import Counter, Gauge, Histogram

RELAY_PUBLISHED = Counter(
    "ouvrage_relay_published_events_total", "Events published to Kafka by the relay", ["service"]
)
RELAY_LAG = Gauge(
    "ouvrage_relay_lag_seconds",
    "Age of the oldest committed event not yet published (0 when all are); grows while the "
    "relay is stuck, computed when scraped",
    ["service"],
)
RELAY_HELD_BACK = Gauge(
    "ouvrage_relay_held_back",
    "1 while committed events wait behind an older running transaction",
    ["service"],
)
RELAY_LEADER = Gauge(
    "ouvrage_relay_leader", "1 while this process is the active relay", ["service"]
)
RELAY_FAILURES = Counter(
    "ouvrage_relay_publish_failures_total", "Failed publish attempts (retried)", ["service"]
)
CONSUMER_HANDLED = Counter(
    "ouvrage_consumer_events_total",
    "Events seen by a consumer, by outcome",
    ["group", "outcome"],
)
CONSUMER_LAG = Gauge(
    "ouvrage_consumer_lag_messages",
    "Messages behind the end of the partition",
    ["group", "topic", "partition"],
)
DEAD_LETTERS = Counter(
    "ouvrage_consumer_dead_letters_total",
    "Messages sent to the dead-letter topic (undecodable, or failing after every retry)",
    ["group"],
)
PARKED_STREAMS = Gauge(
    "ouvrage_consumer_parked_streams",
    "Aggregates whose events wait for `replay-parked` after a dead letter",
    ["projection"],
)
CONSUMER_LATENCY = Histogram(
    "ouvrage_consumer_latency_seconds",
    "Time from an event's occurrence to its handling",
    ["group"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 60),
)
