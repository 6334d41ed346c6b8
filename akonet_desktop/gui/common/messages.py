"""Translated text for every validation and API code the client can meet."""

from __future__ import annotations

import math
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QObject

from akonet_desktop.api import defaults


def field_message(field: str, code: str, params: Mapping[str, object] | None = None) -> str:
    params = params or {}
    specific = {
        ("email", "invalid"): QCoreApplication.translate(
            "Messages", "Enter a valid email address, like name@company.com."
        ),
        ("email_confirmation", "mismatch"): QCoreApplication.translate(
            "Messages", "The two email addresses are different."
        ),
        ("password_confirmation", "mismatch"): QCoreApplication.translate(
            "Messages", "The two passwords are different."
        ),
        ("phone", "invalid"): QCoreApplication.translate(
            "Messages", "Enter a valid phone number for this country, e.g. +34 912 345 678."
        ),
        ("id_number", "invalid"): QCoreApplication.translate(
            "Messages", "This number is not valid for the chosen identification type."
        ),
        ("id_type", "not_allowed_for_country"): QCoreApplication.translate(
            "Messages", "Choose an identification type of this country."
        ),
        ("country", "invalid"): QCoreApplication.translate("Messages", "Choose a country from the list."),
        ("language", "invalid"): QCoreApplication.translate("Messages", "Choose a language from the list."),
        ("password", "same_as_current"): QCoreApplication.translate(
            "Messages", "Choose a password different from your current one."
        ),
        ("code", "invalid"): QCoreApplication.translate(
            "Messages", "Enter the 6-digit code from your app, or a recovery code."
        ),
        ("company", "required"): QCoreApplication.translate("Messages", "Complete the company step first."),
        ("token", "invalid"): QCoreApplication.translate("Messages", "Paste the whole link or code from the email."),
        ("link_text", "invalid"): QCoreApplication.translate(
            "Messages", "Paste the whole link or code from the email."
        ),
    }
    if (field, code) in specific:
        return specific[(field, code)]
    if field == "password":
        message = password_rule(code, params)
        if message:
            return message
    generic = {
        "required": QCoreApplication.translate("Messages", "This field is required."),
        "too_long": QCoreApplication.translate("Messages", "This is too long (at most %1 characters).").replace(
            "%1", str(params.get("max", ""))
        ),
        "invalid": QCoreApplication.translate("Messages", "This value is not valid."),
        "mismatch": QCoreApplication.translate("Messages", "The two values are different."),
        "not_allowed_for_country": QCoreApplication.translate("Messages", "Not available for this country."),
        "compatibility_character": QCoreApplication.translate(
            "Messages",
            "This address contains a special form of a character (such as “ﬁ”, a full-width letter or a "
            "sign that looks like a letter). Type it with ordinary letters.",
        ),
    }
    return generic.get(code, QCoreApplication.translate("Messages", "This value is not valid."))


def password_rule(code: str, params: Mapping[str, object] | None = None) -> str:
    params = params or {}
    return {
        "too_short": QCoreApplication.translate("Messages", "At least %1 characters").replace(
            "%1", str(params.get("min", 8))
        ),
        "too_long": QCoreApplication.translate("Messages", "At most %1 characters").replace(
            "%1", str(params.get("max", 128))
        ),
        "no_uppercase": QCoreApplication.translate("Messages", "An uppercase letter"),
        "no_digit": QCoreApplication.translate("Messages", "A digit"),
        "no_symbol": QCoreApplication.translate("Messages", "A symbol, like ! ? # or -"),
        "common": QCoreApplication.translate("Messages", "Not a common password"),
        "contains_personal": QCoreApplication.translate("Messages", "Not your name or email"),
        "invalid_character": QCoreApplication.translate("Messages", "No invisible or control characters"),
        "match": QCoreApplication.translate("Messages", "Both passwords match"),
    }.get(code, "")


def strength_label(score: int) -> str:
    return [
        QCoreApplication.translate("Messages", "Very weak"),
        QCoreApplication.translate("Messages", "Weak"),
        QCoreApplication.translate("Messages", "Fair"),
        QCoreApplication.translate("Messages", "Strong"),
        QCoreApplication.translate("Messages", "Very strong"),
    ][max(0, min(score, 4))]


def attempts_left_message(attempts_left: int) -> str:
    if attempts_left == 1:
        return QCoreApplication.translate(
            "Messages", "Wrong email or password. 1 attempt left before the account is blocked."
        )
    return QCoreApplication.translate("Messages", "Wrong email or password. %1 attempts left.").replace(
        "%1", str(attempts_left)
    )


def wrong_password_message(attempts_left: int | None) -> str:
    """A wrong password confirming something (the current password, say): the sign-in's count."""
    if attempts_left is None:
        return QCoreApplication.translate("Messages", "The password is not correct.")
    if attempts_left == 1:
        return QCoreApplication.translate(
            "Messages", "The password is not correct. 1 attempt left before the account is blocked."
        )
    return QCoreApplication.translate("Messages", "The password is not correct. %1 attempts left.").replace(
        "%1", str(attempts_left)
    )


def wrong_code_message(attempts_left: int | None) -> str:
    """A wrong two-step verification or recovery code: it counts toward the same lockout."""
    if attempts_left is None:
        return QCoreApplication.translate("Messages", "The code is not correct.")
    if attempts_left == 1:
        return QCoreApplication.translate(
            "Messages", "The code is not correct. 1 attempt left before the account is blocked."
        )
    return QCoreApplication.translate("Messages", "The code is not correct. %1 attempts left.").replace(
        "%1", str(attempts_left)
    )


def locked_message(threshold: int) -> str:
    """`threshold`: the server's (AppContext.lockout_threshold)."""
    return QCoreApplication.translate(
        "Messages",
        "This account is blocked after %1 failed attempts. We sent an email explaining how to "
        "reactivate it by choosing a new password. No email? Use « Forgot your password? ».",
    ).replace("%1", str(threshold))


class Messages(QObject):
    """Plural texts of the "Messages" context: lupdate records `self.tr(text, "", n)` as a
    numerus message, which it does not for `QCoreApplication.translate(..., n)`."""

    def too_many_failures(self, retry_after: int | None) -> str:
        seconds = max(1, retry_after or 60)
        if seconds <= 90:
            return self.tr("Too many failed sign-ins from this network. Try again in %n second(s).", "", seconds)
        minutes = math.ceil(seconds / 60)
        return self.tr("Too many failed sign-ins from this network. Try again in %n minute(s).", "", minutes)


def too_many_failures_message(retry_after: int | None) -> str:
    """Sign-in refused for a while: too many failed sign-ins came from this network (429)."""
    return Messages().too_many_failures(retry_after)


def link_message(code: str) -> str:
    return {
        "link_used": QCoreApplication.translate(
            "Messages", "This link has already been used. Sign in, or ask for a new link."
        ),
        "link_expired": QCoreApplication.translate("Messages", "This link has expired. Ask for a new one."),
        "link_unknown": QCoreApplication.translate(
            "Messages", "This link or code is not valid. Paste it again from the email."
        ),
    }.get(
        code, QCoreApplication.translate("Messages", "This link or code is not valid. Paste it again from the email.")
    )


def failure_message(error: Exception) -> str:
    """A sentence for a failed request, whatever went wrong."""
    from akonet_desktop.client.errors import (
        ApiFailure,
        ServerFailure,
        ServerTimeout,
        ServerUnreachable,
    )

    if isinstance(error, ServerUnreachable):
        return QCoreApplication.translate(
            "Messages", "The server cannot be reached. Check your connection, then retry."
        )
    if isinstance(error, ServerTimeout):
        return QCoreApplication.translate("Messages", "The server is taking too long to answer. Retry in a moment.")
    if isinstance(error, ServerFailure):
        return QCoreApplication.translate(
            "Messages", "The server had a problem and could not complete this. Retry in a moment."
        )
    if isinstance(error, ApiFailure):
        if error.code == "invalid_credentials" and error.attempts_left is not None:
            return attempts_left_message(error.attempts_left)
        if error.code == "invalid_code":
            return wrong_code_message(error.attempts_left)
        if error.code == "account_locked":
            # Only sign-in answers this, and the sign-in window words it with the server's number;
            # a sentence for the error alone has no context to ask, so it quotes the default.
            return locked_message(defaults.LOCKOUT_THRESHOLD)
        if error.code.startswith("link_"):
            return link_message(error.code)
        if error.code == "too_many_requests":
            return too_many_failures_message(error.retry_after)
        return {
            "email_taken": QCoreApplication.translate(
                "Messages", "This email address already has an account. Sign in, or use « Forgot your password? »."
            ),
            "email_in_use": QCoreApplication.translate(
                "Messages", "This email address already belongs to an AKONet account."
            ),
            "already_invited": QCoreApplication.translate(
                "Messages", "This address already has a pending invitation. Send it again from the list instead."
            ),
            "invitation_accepted": QCoreApplication.translate("Messages", "This invitation has already been accepted."),
            "rate_limited": QCoreApplication.translate(
                "Messages", "Too many requests from this computer. Wait a few minutes, then retry."
            ),
            "not_authenticated": QCoreApplication.translate("Messages", "Your session has ended. Sign in again."),
            "refresh_invalid": QCoreApplication.translate("Messages", "Your session has ended. Sign in again."),
            "refresh_reused": QCoreApplication.translate(
                "Messages", "For your safety this session was ended. Sign in again."
            ),
            "validation_error": QCoreApplication.translate("Messages", "Some fields need your attention."),
            "mfa_token_invalid": QCoreApplication.translate(
                "Messages", "The time to enter the code has run out. Sign in again with your password."
            ),
            "totp_required": QCoreApplication.translate(
                "Messages",
                "Your company requires two-step verification for administrators. Turn it on in « My account ».",
            ),
            "totp_already_enabled": QCoreApplication.translate("Messages", "Two-step verification is already on."),
            "totp_not_enabled": QCoreApplication.translate(
                "Messages", "Two-step verification is not on, or its set-up has expired. Start again."
            ),
            "session_not_found": QCoreApplication.translate("Messages", "This session has already ended."),
        }.get(
            error.code,
            QCoreApplication.translate("Messages", "The request was refused: %1").replace("%1", error.message),
        )
    return QCoreApplication.translate("Messages", "Something went wrong: %1").replace("%1", str(error))
