"""The "Remember me" store: the refresh token (never the password) in the OS keyring.

Entries use service `CredentialStore.SERVICE` and username `"{email} @ {server_url}"` (email
lower-cased, server URL without trailing slash), so one person may be remembered on several
servers. Only keyrings that encrypt at rest are used: without one, nothing is written.

Every call may block (D-Bus, Keychain prompts): GUI code runs them in an executor
(`loop.run_in_executor(None, store.save, ...)`), never on the Qt thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # keyring discovers its backends on import: slow, so it loads on first use
    import keyring.backend

from akonet_desktop.client.errors import CredentialStoreUnavailable

__all__ = ["CredentialStore", "CredentialStoreUnavailable"]


def _name(backend: keyring.backend.KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _priority(backend: keyring.backend.KeyringBackend) -> float:
    try:
        return float(backend.priority)
    except Exception:  # a backend reports "not usable here" by raising from priority
        return -1.0


def _stores_in_clear(backend: keyring.backend.KeyringBackend) -> bool:
    cls = type(backend)
    module = cls.__module__.lower()
    name = cls.__qualname__.lower()
    # keyrings.alt's file backends are plain text or prompt for a master password on a console.
    return "plaintext" in name or (module.startswith("keyrings.alt") and "file" in module)


def _refusal(backend: keyring.backend.KeyringBackend) -> str | None:
    """Why this single backend must not hold a secret, or None when it may."""
    from keyring.backends import fail, null

    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return "No secure system keyring is available"
    if _stores_in_clear(backend):
        return "The only keyring available stores secrets in plain text"
    if _priority(backend) < 1:
        return "The available keyring is not recommended for secrets"
    return None


def _usable(backend: keyring.backend.KeyringBackend) -> tuple[keyring.backend.KeyringBackend | None, str]:
    """The one backend secrets go to (never a fallback chain that may end in a file)."""
    from keyring.backends import chainer

    if isinstance(backend, chainer.ChainerBackend):
        chained = list(backend.backends)
        for candidate in chained:
            if _refusal(candidate) is None:
                return candidate, ""
        names = ", ".join(_name(b) for b in chained) or "none found"
        return None, f"No secure system keyring is available (chained backends: {names})"
    reason = _refusal(backend)
    if reason is not None:
        return None, f"{reason} ({_name(backend)})"
    return backend, ""


class CredentialStore:
    SERVICE = "AKONet Desktop"

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._configured = backend
        self._resolved: tuple[keyring.backend.KeyringBackend | None, str] | None = None

    def availability(self) -> tuple[bool, str]:
        """(True, "") or (False, an English reason naming the backend)."""
        backend, reason = self._backend()
        return backend is not None, reason

    def save(self, server_url: str, email: str, refresh_token: str) -> None:
        backend = self._require()
        try:
            backend.set_password(self.SERVICE, self.username(server_url, email), refresh_token)
        except Exception as exc:
            raise self._failed("save the session in", backend, exc) from exc

    def load(self, server_url: str, email: str) -> str | None:
        backend, _ = self._backend()
        if backend is None:
            return None
        try:
            return backend.get_password(self.SERVICE, self.username(server_url, email))
        except Exception as exc:
            raise self._failed("read the session from", backend, exc) from exc

    def delete(self, server_url: str, email: str) -> None:
        backend, _ = self._backend()
        if backend is None:
            return  # nothing can have been saved
        from keyring.errors import PasswordDeleteError

        try:
            backend.delete_password(self.SERVICE, self.username(server_url, email))
        except PasswordDeleteError:
            pass  # not there: already the wanted outcome
        except Exception as exc:
            raise self._failed("remove the session from", backend, exc) from exc

    @staticmethod
    def username(server_url: str, email: str) -> str:
        return f"{email.strip().lower()} @ {server_url.strip().rstrip('/')}"

    def _backend(self) -> tuple[keyring.backend.KeyringBackend | None, str]:
        if self._resolved is None:
            try:
                import keyring

                configured = self._configured or keyring.get_keyring()
            except Exception as exc:
                reason = f"The system keyring could not be opened ({type(exc).__name__}: {exc})"
                self._resolved = (None, reason)
            else:
                self._resolved = _usable(configured)
        return self._resolved

    def _require(self) -> keyring.backend.KeyringBackend:
        backend, reason = self._backend()
        if backend is None:
            raise CredentialStoreUnavailable(reason)
        return backend

    @staticmethod
    def _failed(action: str, backend: keyring.backend.KeyringBackend, exc: Exception) -> CredentialStoreUnavailable:
        # Backends raise their own types (KeyringLocked, secretstorage and D-Bus errors, ...).
        return CredentialStoreUnavailable(
            f"Could not {action} the system keyring ({_name(backend)}): {type(exc).__name__}: {exc}"
        )
