"""Runtime: projections, the relay (outbox to Kafka) and the consumer runtime."""
