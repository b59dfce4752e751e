"""Content records for the tests: one valid record, changed field by field."""

from __future__ import annotations

import copy
from typing import Any

TOPIC = "amo.cost.no_tax"


def record(topic: str = TOPIC, **changes: Any) -> dict[str, Any]:
    """A valid published record; ``changes`` replace its fields (a ``text`` or ``source`` mapping is merged
    per language)."""
    base: dict[str, Any] = {
        "topic": topic,
        "status": "published",
        "source": {
            "ar": "الصندوق الوطني للضمان الاجتماعي",
            "ary": "الضمان الاجتماعي",
            "fr": "CNSS — www.macnss.ma",
        },
        "reference": "cnss.ma (TNS contribution base)",
        "verified_on": "2024-03-01",
        "values": {"amount": 135, "year": 2021},
        "text": {
            "ar": "تؤدي {amount} درهما في الشهر منذ {year}.",
            "ary": "كتخلص {amount} درهم فالشهر من {year}.",
            "fr": "Vous payez {amount} DH par mois depuis {year}.",
        },
    }
    merged = {key: changes.pop(key) for key in ("text", "source") if key in changes}
    base.update(changes)
    for key, value in merged.items():
        base[key] = {**base[key], **value} if isinstance(value, dict) else value
    return copy.deepcopy(base)


def without(data: dict[str, Any], key: str) -> dict[str, Any]:
    """``data`` without ``key``; "text.fr" removes one language."""
    data = copy.deepcopy(data)
    if "." in key:
        outer, inner = key.split(".")
        del data[outer][inner]
    else:
        del data[key]
    return data
