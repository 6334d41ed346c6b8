"""Delivery outcomes the outbox acts on."""


class MailDeliveryError(Exception):
    """Not delivered this time: keep the mail queued and retry with back-off."""


class MailRejectedError(MailDeliveryError):
    """Refused for good (a 5xx answer for this mail or its recipient): give the mail up."""
