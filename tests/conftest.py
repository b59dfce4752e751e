"""What every test shares: keys of its own for the personal data in the registry."""

from __future__ import annotations

import os
import secrets

import pytest
from cryptography.fernet import Fernet


def pytest_configure(config: pytest.Config) -> None:
    """Give this run its own HIRFA_DATA_KEY and HIRFA_HASH_KEY, unless the environment has them.

    Requests cannot be written without them (registry.personal_data); the servers the end-to-end
    tests start inherit them with the environment.
    """
    os.environ.setdefault("HIRFA_DATA_KEY", Fernet.generate_key().decode())
    os.environ.setdefault("HIRFA_HASH_KEY", secrets.token_urlsafe(32))
