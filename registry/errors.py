"""The registry's exceptions, so callers catch what they can handle."""

from __future__ import annotations


class RegistryError(Exception):
    """Base of every error the registry raises on purpose."""


class UnknownCity(RegistryError):
    """A city name that is not in the registry's list of cities."""


class UnknownTrade(RegistryError):
    """A trade code that is not in the registry's list of trades."""


class InvalidValue(RegistryError):
    """A value the registry refuses to store (empty name, malformed code)."""


class SeedError(RegistryError):
    """The seed files contradict themselves (unknown region, a spelling owned twice)."""


class ReferenceExhausted(RegistryError):
    """No free request reference was found after several tries (the space is nearly full)."""


class ContentFileError(RegistryError):
    """A content file that cannot be read as records (unreadable, bad YAML, wrong CSV columns)."""
