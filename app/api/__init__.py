"""The HTTP API of the routing service (schemas, routes, errors, dependencies, metrics, CLI)."""
