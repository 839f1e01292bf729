"""The event contract: base classes, registry, CloudEvents binding, schemas."""
