"""Translated text for every validation and API code the client can meet."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def field_message(field: str, code: str, params: Mapping[str, object] | None = None) -> str:
    params = params or {}
    specific = {
        ("email", "invalid"): _t("Enter a valid email address, like name@company.com."),
        ("email_confirmation", "mismatch"): _t("The two email addresses are different."),
        ("password_confirmation", "mismatch"): _t("The two passwords are different."),
        ("phone", "invalid"): _t("Enter a valid phone number for this country, e.g. +34 912 345 678."),
        ("id_number", "invalid"): _t("This number is not valid for the chosen identification type."),
        ("id_type", "not_allowed_for_country"): _t("Choose an identification type of this country."),
        ("country", "invalid"): _t("Choose a country from the list."),
        ("language", "invalid"): _t("Choose a language from the list."),
        ("company", "required"): _t("Complete the company step first."),
        ("token", "invalid"): _t("Paste the whole link or code from the email."),
        ("link_text", "invalid"): _t("Paste the whole link or code from the email."),
    }
    if (field, code) in specific:
        return specific[(field, code)]
    if field == "password":
        message = password_rule(code, params)
        if message:
            return message
    generic = {
        "required": _t("This field is required."),
        "too_long": _t("This is too long (at most %1 characters).").replace("%1", str(params.get("max", ""))),
        "invalid": _t("This value is not valid."),
        "mismatch": _t("The two values are different."),
        "not_allowed_for_country": _t("Not available for this country."),
    }
    return generic.get(code, _t("This value is not valid."))


def password_rule(code: str, params: Mapping[str, object] | None = None) -> str:
    params = params or {}
    return {
        "too_short": _t("At least %1 characters").replace("%1", str(params.get("min", 8))),
        "too_long": _t("At most %1 characters").replace("%1", str(params.get("max", 128))),
        "no_uppercase": _t("An uppercase letter"),
        "no_digit": _t("A digit"),
        "no_symbol": _t("A symbol, like ! ? # or -"),
        "common": _t("Not a common password"),
        "contains_personal": _t("Not your name or email"),
        "invalid_character": _t("No invisible or control characters"),
        "match": _t("Both passwords match"),
    }.get(code, "")


def strength_label(score: int) -> str:
    return [_t("Very weak"), _t("Weak"), _t("Fair"), _t("Strong"), _t("Very strong")][max(0, min(score, 4))]


def attempts_left_message(attempts_left: int) -> str:
    if attempts_left == 1:
        return _t("Wrong email or password. 1 attempt left before the account is blocked.")
    return _t("Wrong email or password. %1 attempts left.").replace("%1", str(attempts_left))


def locked_message(threshold: int = 6) -> str:
    return _t(
        "This account is blocked after %1 failed attempts. We sent an email explaining how to "
        "reactivate it by choosing a new password. No email? Use « Forgot your password? »."
    ).replace("%1", str(threshold))


def link_message(code: str) -> str:
    return {
        "link_used": _t("This link has already been used. Sign in, or ask for a new link."),
        "link_expired": _t("This link has expired. Ask for a new one."),
        "link_unknown": _t("This link or code is not valid. Paste it again from the email."),
    }.get(code, _t("This link or code is not valid. Paste it again from the email."))


def failure_message(error: Exception) -> str:
    """A sentence for a failed request, whatever went wrong."""
    from akonet_desktop.client.errors import (
        ApiFailure,
        ServerFailure,
        ServerTimeout,
        ServerUnreachable,
    )

    if isinstance(error, ServerUnreachable):
        return _t("The server cannot be reached. Check your connection, then retry.")
    if isinstance(error, ServerTimeout):
        return _t("The server is taking too long to answer. Retry in a moment.")
    if isinstance(error, ServerFailure):
        return _t("The server had a problem and could not complete this. Retry in a moment.")
    if isinstance(error, ApiFailure):
        if error.code == "invalid_credentials" and error.attempts_left is not None:
            return attempts_left_message(error.attempts_left)
        if error.code == "account_locked":
            return locked_message()
        if error.code.startswith("link_"):
            return link_message(error.code)
        return {
            "email_taken": _t("This email address already has an account. Sign in, or use « Forgot your password? »."),
            "rate_limited": _t("Too many requests from this computer. Wait a few minutes, then retry."),
            "not_authenticated": _t("Your session has ended. Sign in again."),
            "refresh_invalid": _t("Your session has ended. Sign in again."),
            "refresh_reused": _t("For your safety this session was ended. Sign in again."),
            "validation_error": _t("Some fields need your attention."),
        }.get(error.code, _t("The request was refused: %1").replace("%1", error.message))
    return _t("Something went wrong: %1").replace("%1", str(error))
