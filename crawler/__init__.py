"""Fetching the watched sites politely, keeping every page as evidence, per-source discovery."""
