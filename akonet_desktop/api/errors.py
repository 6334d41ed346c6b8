"""Error codes of the API: the `code` field of every non-2xx JSON answer."""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    VALIDATION_ERROR = "validation_error"  # 422, with `errors` per field
    INVALID_CREDENTIALS = "invalid_credentials"  # 401, with `attempts_left`
    ACCOUNT_LOCKED = "account_locked"  # 423
    NOT_AUTHENTICATED = "not_authenticated"  # 401: missing, unknown or expired access token
    REFRESH_INVALID = "refresh_invalid"  # 401: unknown, expired or revoked refresh token
    REFRESH_REUSED = "refresh_reused"  # 401: an already-rotated token came back; session ended
    FORBIDDEN = "forbidden"  # 403
    OWNER_ONLY = "owner_only"  # 403: only the company's owner may do this (profile, billing, ownership)
    LINK_UNKNOWN = "link_unknown"  # 404: no such registration or reset link
    LINK_USED = "link_used"  # 404
    LINK_EXPIRED = "link_expired"  # 404
    EMAIL_TAKEN = "email_taken"  # 409: the address got an account meanwhile
    EMAIL_IN_USE = "email_in_use"  # 409: invited address has an account, or another company's pending invitation
    ALREADY_INVITED = "already_invited"  # 409: the company already has a pending invitation for the address
    INVITATION_ACCEPTED = "invitation_accepted"  # 409: resend or revoke of an invitation already accepted
    NOT_FOUND = "not_found"  # 404
    METHOD_NOT_ALLOWED = "method_not_allowed"  # 405
    PAYLOAD_TOO_LARGE = "payload_too_large"  # 413
    REQUEST_HEAD_TOO_LARGE = "request_head_too_large"  # 431: request line and headers over the server's limit
    REQUEST_TIMEOUT = "request_timeout"  # 408: request line and headers not complete in time
    UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type"  # 415
    DEVICE_NOT_FOUND = "device_not_found"  # 404: unknown id, unknown serial or wrong code, alike
    DEVICE_ALREADY_ACTIVE = "device_already_active"  # 409: the device is already in your company
    NOT_AN_ADMINISTRATOR = "not_an_administrator"  # 409: ownership goes only to an active administrator
    RATE_LIMITED = "rate_limited"  # 429, with `retry_after` seconds
    # 429, with `retry_after` seconds: too many failed sign-ins or refused heartbeats from this
    # client address; counted toward nobody's lockout
    TOO_MANY_REQUESTS = "too_many_requests"
    INTERNAL_ERROR = "internal_error"  # 500
    SERVICE_UNAVAILABLE = "service_unavailable"  # 503
    # Company members and roles
    ROLE_NAME_TAKEN = "role_name_taken"  # 409: another role of the company has this name
    ROLE_IN_USE = "role_in_use"  # 409: users or pending invitations hold the role
    OWNER_PROTECTED = "owner_protected"  # 409: the owner is neither removed nor changed to another kind
    CANNOT_REMOVE_SELF = "cannot_remove_self"  # 409: nobody removes their own account from the users page
    # My account and two-step verification
    INVALID_CODE = "invalid_code"  # 401, with `attempts_left`: a wrong TOTP or recovery code (same lockout)
    MFA_TOKEN_INVALID = "mfa_token_invalid"  # 401: unknown, used or expired mfa_token: sign in again
    TOTP_REQUIRED = "totp_required"  # 403: the company requires two-step verification; set it up first
    TOTP_ALREADY_ENABLED = "totp_already_enabled"  # 409: POST /me/totp while it is on
    TOTP_NOT_ENABLED = "totp_not_enabled"  # 409: confirm without a pending secret, or DELETE while off
    SESSION_NOT_FOUND = "session_not_found"  # 404: no such session of yours
