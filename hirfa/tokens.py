"""Comparing a secret a caller supplied (a header, a query parameter) with the one expected."""

from __future__ import annotations

import hmac


def same_secret(given: str, expected: str) -> bool:
    """Whether ``given`` is ``expected``, in constant time.

    As bytes: ``hmac.compare_digest`` refuses str with non-ASCII characters, and a header may hold any
    (even a lone surrogate, which surrogateescape/surrogatepass keep instead of raising).
    """
    return hmac.compare_digest(given.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass"))
