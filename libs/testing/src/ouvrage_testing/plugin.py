"""pytest plugin: shared fixtures."""
