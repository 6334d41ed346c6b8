"""CredentialStore: a secure in-memory keyring, refused insecure ones, wrapped backend errors."""

from __future__ import annotations

import keyring
import keyring.backend
import pytest
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringLocked

from akonet_desktop.client.credentials import CredentialStore, CredentialStoreUnavailable
from akonet_desktop.client.errors import ClientError
from tests.support.keyring_memory import MemoryKeyring

SERVER = "http://127.0.0.1:8123"


def plaintext_class(module: str, name: str = "PlaintextKeyring") -> type[MemoryKeyring]:
    return type(name, (MemoryKeyring,), {"__module__": module, "viable": False})


class LowPriorityKeyring(MemoryKeyring):
    priority = 0.5
    viable = False


def test_save_load_delete_keyed_by_server_and_email():
    backend = MemoryKeyring()
    store = CredentialStore(backend)
    assert store.availability() == (True, "")

    store.save(SERVER, "Ana@Example.com", "refresh-1")
    assert store.load(SERVER + "/", "ana@example.com") == "refresh-1"
    assert store.load("http://other:1", "ana@example.com") is None
    assert store.load(SERVER, "bob@example.com") is None
    assert backend.items == {(CredentialStore.SERVICE, f"ana@example.com @ {SERVER}"): "refresh-1"}

    store.save(SERVER, "ana@example.com", "refresh-2")
    assert store.load(SERVER, "ana@example.com") == "refresh-2"
    store.delete(SERVER, "ana@example.com")
    assert store.load(SERVER, "ana@example.com") is None
    store.delete(SERVER, "ana@example.com")  # absent: fine


def test_default_backend_comes_from_keyring(monkeypatch):
    backend = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    store = CredentialStore()
    store.save(SERVER, "a@b.es", "tok")
    assert backend.items


@pytest.mark.parametrize(
    "backend",
    [
        fail.Keyring(),
        null.Keyring(),
        plaintext_class("keyrings.alt.file")(),
        plaintext_class("tests.fake_keyrings")(),
        plaintext_class("keyrings.alt.file", "EncryptedKeyring")(),
        LowPriorityKeyring(),
    ],
    ids=["fail", "null", "keyrings.alt-plaintext", "any-plaintext", "keyrings.alt-file", "low-priority"],
)
def test_insecure_backends_are_refused(backend):
    store = CredentialStore(backend)
    available, reason = store.availability()
    assert not available
    assert type(backend).__module__ in reason and type(backend).__qualname__ in reason
    with pytest.raises(CredentialStoreUnavailable) as refused:
        store.save(SERVER, "a@b.es", "secret-token")
    assert isinstance(refused.value, ClientError) and str(refused.value) == reason
    assert store.load(SERVER, "a@b.es") is None
    store.delete(SERVER, "a@b.es")
    assert not getattr(backend, "items", {})


def test_a_chain_uses_only_its_secure_backend():
    plaintext, secure = plaintext_class("keyrings.alt.file")(), MemoryKeyring()

    class Chain(chainer.ChainerBackend):
        viable = False
        backends = [plaintext, secure]

    store = CredentialStore(Chain())
    assert store.availability() == (True, "")
    store.save(SERVER, "a@b.es", "tok")
    assert (plaintext.items, list(secure.items.values())) == ({}, ["tok"])


def test_an_empty_chain_is_unavailable():
    class EmptyChain(chainer.ChainerBackend):
        viable = False
        backends: list = []

    available, reason = CredentialStore(EmptyChain()).availability()
    assert not available and "No secure system keyring" in reason


class BrokenKeyring(MemoryKeyring):
    viable = False

    def get_password(self, service, username):
        raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")

    def set_password(self, service, username, password):
        raise KeyringLocked("the collection is locked")

    def delete_password(self, service, username):
        raise ConnectionError("D-Bus went away")


@pytest.mark.parametrize(
    ("action", "detail"),
    [
        (lambda s: s.save(SERVER, "a@b.es", "tok"), "KeyringLocked"),
        (lambda s: s.load(SERVER, "a@b.es"), "ServiceUnknown"),
        (lambda s: s.delete(SERVER, "a@b.es"), "D-Bus went away"),
    ],
)
def test_backend_errors_are_wrapped(action, detail):
    with pytest.raises(CredentialStoreUnavailable) as failure:
        action(CredentialStore(BrokenKeyring()))
    assert detail in str(failure.value) and "BrokenKeyring" in str(failure.value)
    assert "tok" not in str(failure.value)


def test_unopenable_keyring(monkeypatch):
    def boom():
        raise RuntimeError("no D-Bus session")

    monkeypatch.setattr(keyring, "get_keyring", boom)
    store = CredentialStore()
    available, reason = store.availability()
    assert not available and "no D-Bus session" in reason
    with pytest.raises(CredentialStoreUnavailable):
        store.save(SERVER, "a@b.es", "tok")
