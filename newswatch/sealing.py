"""Webhook signing secrets at rest.

A signature (HMAC) needs the secret itself at each send, so it cannot be stored hashed. With
``NEWSWATCH_SECRET_KEY`` set (any passphrase, from the environment) it is stored sealed with
Fernet (AES-128-CBC and HMAC-SHA256, from ``cryptography``) under a key derived from it; without
one it is stored as it is, and a database copy reveals it.
"""

from __future__ import annotations

import base64
import hashlib

from cryptography.fernet import Fernet, InvalidToken

from newswatch.errors import NewswatchError
from newswatch.settings import Settings

_SEALED = "fernet:"


class SecretKeyError(NewswatchError, RuntimeError):
    """A sealed secret cannot be opened: no key set, or not the key it was sealed with."""


def _fernet(settings: Settings) -> Fernet | None:
    if settings.secret_key is None:
        return None
    digest = hashlib.sha256(settings.secret_key.get_secret_value().encode()).digest()
    return Fernet(base64.urlsafe_b64encode(digest))


def seal(secret: str, settings: Settings) -> str:
    fernet = _fernet(settings)
    return secret if fernet is None else _SEALED + fernet.encrypt(secret.encode()).decode()


def unseal(stored: str, settings: Settings) -> str:
    if not stored.startswith(_SEALED):
        return stored
    fernet = _fernet(settings)
    if fernet is None:
        raise SecretKeyError("the webhook secret is sealed and NEWSWATCH_SECRET_KEY is not set")
    try:
        return fernet.decrypt(stored.removeprefix(_SEALED).encode()).decode()
    except InvalidToken as exc:
        raise SecretKeyError("the webhook secret was sealed with another NEWSWATCH_SECRET_KEY") from exc
