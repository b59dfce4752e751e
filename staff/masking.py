"""Hiding CIN and phone numbers in texts shown to staff (hirfa/masking.py, shared with the actions)."""

from __future__ import annotations

from hirfa.masking import mask_known, mask_personal, mask_value

__all__ = ["mask_known", "mask_personal", "mask_value"]
