"""Pure domain of the actions service: aggregates, commands' invariants, French errors."""
