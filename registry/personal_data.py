"""CIN and phone numbers at rest: encrypted in the registry, and the CIN found by a keyed hash.

A request's CIN and phone are stored as Fernet tokens (AES-128-CBC with an HMAC, from ``cryptography``)
under HIRFA_DATA_KEY; the ``SealedText`` column type encrypts on write and decrypts on read, so the
code that reads ``request.cin`` gets the number. A Fernet token differs at every write, so a column of
them cannot be searched: the CIN is also stored as an HMAC-SHA256 under HIRFA_HASH_KEY
(``cin_hash``), which status lookups compare. Neither value ever names anyone without its key.

HIRFA_DATA_KEY may list several keys, newest first: the first encrypts, all decrypt (a key is
replaced by putting the new one first, re-saving the rows, then dropping the old one).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from sqlalchemy import Text
from sqlalchemy.types import TypeDecorator

from registry.errors import RegistryError
from registry.identifiers import keyed_hash, normalise_cin

CIN_HASH_KIND = "request-cin"


class MissingKey(RegistryError):
    """HIRFA_DATA_KEY or HIRFA_HASH_KEY is not set where requests are written or read."""


class UnreadableValue(RegistryError):
    """A stored value that no key in HIRFA_DATA_KEY decrypts (a key was replaced without keeping the old one)."""


@dataclass(frozen=True)
class DataKeys:
    """The keys personal data is encrypted and hashed with."""

    cipher: MultiFernet
    hash_key: str

    @classmethod
    def from_values(cls, data_key: str, hash_key: str) -> DataKeys:
        """Keys from HIRFA_DATA_KEY (comma-separated Fernet keys, newest first) and HIRFA_HASH_KEY."""
        if not data_key.strip():
            raise MissingKey("HIRFA_DATA_KEY is not set: CIN and phone numbers cannot be encrypted (scripts/local-secrets)")
        if not hash_key:
            raise MissingKey("HIRFA_HASH_KEY is not set: CINs cannot be hashed for lookups (scripts/local-secrets)")
        return cls(MultiFernet([Fernet(key.strip().encode()) for key in data_key.split(",")]), hash_key)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> DataKeys:
        """Keys from the environment, through the settings (which check their format)."""
        from hirfa.settings import Settings

        settings = Settings.from_env(environ)
        return cls.from_values(settings.data_key, settings.hash_key)

    def seal(self, value: str) -> str:
        """``value`` encrypted under the newest data key, as ASCII text."""
        return self.cipher.encrypt(value.encode()).decode("ascii")

    def unseal(self, token: str) -> str:
        """The value ``seal`` encrypted; UnreadableValue when no data key decrypts it."""
        try:
            return self.cipher.decrypt(token.encode("ascii")).decode()
        except (InvalidToken, UnicodeError) as error:
            raise UnreadableValue("a stored CIN or phone number cannot be decrypted with HIRFA_DATA_KEY") from error

    def cin_hash(self, cin: str) -> str:
        """The keyed hash a request's CIN is found by (the CIN normalised as the registry stores it)."""
        return keyed_hash(self.hash_key, CIN_HASH_KIND, normalise_cin(cin))


_keys: DataKeys | None = None


def keys() -> DataKeys:
    """This process's keys: those given to ``use_keys``, else read from the environment on first use."""
    global _keys
    if _keys is None:
        _keys = DataKeys.from_env()
    return _keys


def use_keys(new: DataKeys | None) -> None:
    """Use ``new`` from now on (a test's own keys); None reads the environment again at the next use."""
    global _keys
    _keys = new


def seal(value: str) -> str:
    """``value`` encrypted with this process's keys."""
    return keys().seal(value)


def unseal(token: str) -> str:
    """The clear value of a token ``seal`` made."""
    return keys().unseal(token)


def cin_hash(cin: str) -> str:
    """The keyed hash a request's CIN is found by, with this process's keys."""
    return keys().cin_hash(cin)


class SealedText(TypeDecorator):
    """A text column stored encrypted (``seal``) and read back in clear (``unseal``).

    Comparing such a column with a value in SQL never matches (each token is new): search by a hash.
    """

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        return None if value is None else seal(str(value))

    def process_result_value(self, value: Any, dialect: Any) -> str | None:
        return None if value is None else unseal(value)
