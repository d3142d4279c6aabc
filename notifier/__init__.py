"""Screening, subscriptions, rendering, channels, the outbox, digests and reminders."""
