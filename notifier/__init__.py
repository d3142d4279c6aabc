"""Screening, subscriptions, rendering, channels, the outbox, digests and reminders."""

from policywatch.notifier.channels import Channel, ChannelError, check_channels, load_channels, redact
from policywatch.notifier.digest import Digest, build_digest, enqueue_digest
from policywatch.notifier.jobs import queue_digests, queue_reminders
from policywatch.notifier.outbox import DeliveryReport, deliver, enqueue, plan
from policywatch.notifier.reminders import Reminder, due_reminders, enqueue_reminder
from policywatch.notifier.sender import AppriseSender, OutgoingMessage, SendOutcome
from policywatch.notifier.subscriptions import (
    SubscriptionError,
    SubscriptionSpec,
    load_subscriptions,
    read_subscriptions,
    stored_subscriptions,
    sync_subscriptions,
)

__all__ = [
    "AppriseSender",
    "Channel",
    "ChannelError",
    "DeliveryReport",
    "Digest",
    "OutgoingMessage",
    "Reminder",
    "SendOutcome",
    "SubscriptionError",
    "SubscriptionSpec",
    "build_digest",
    "check_channels",
    "deliver",
    "due_reminders",
    "enqueue",
    "enqueue_digest",
    "enqueue_reminder",
    "load_channels",
    "load_subscriptions",
    "read_subscriptions",
    "plan",
    "queue_digests",
    "queue_reminders",
    "redact",
    "stored_subscriptions",
    "sync_subscriptions",
]
