"""Content records for the tests: one valid record, changed field by field."""

from __future__ import annotations

import copy
from typing import Any

TOPIC = "amo.cost.no_tax"


def record(topic: str = TOPIC, **changes: Any) -> dict[str, Any]:
    """A valid published record; ``changes`` replace its fields (a ``text`` mapping is merged per language)."""
    base: dict[str, Any] = {
        "topic": topic,
        "status": "published",
        "source": "cnss.ma",
        "verified_on": "2024-03-01",
        "values": {"amount": 135, "year": 2021},
        "text": {
            "ar": "تؤدي {amount} درهما في الشهر منذ {year}.",
            "ary": "كتخلص {amount} درهم فالشهر من {year}.",
            "fr": "Vous payez {amount} DH par mois depuis {year}.",
        },
    }
    texts = changes.pop("text", None)
    base.update(changes)
    if isinstance(texts, dict):
        base["text"] = {**base["text"], **texts}
    elif texts is not None:
        base["text"] = texts
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
