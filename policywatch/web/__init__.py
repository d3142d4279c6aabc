"""The review workspace: a server-rendered web app and the REST API under /api/v1 (DESIGN.md §5)."""
