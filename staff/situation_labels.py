"""What the staff interface calls the entities a reviewer may state, and their values, in its own language.

The model and the training files use codes ("tax_situation", "cpu"); reviewers read and choose names.
Trades and cities are named by their seed files (staff.corrections.Vocabulary); the other values here.
"""

from __future__ import annotations

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from staff.corrections import vocabulary

ENTITY_NAMES = {
    "category": _l("Kind of registrant"),
    "tax_situation": _l("Tax situation"),
    "business_stage": _l("Business stage"),
    "craft": _l("Trade"),
    "city": _l("City"),
    "language": _l("Reply language"),
}

# The kinds of registrant (shared/DOMAIN.md §1), as the assistant's form offers them.
CATEGORY_LABELS = {
    "diploma": _l("Diploma in the craft"),
    "practice": _l("3 years of practice or more"),
    "maalem": _l("Maâlem, 10 years or more"),
    "cooperative": _l("A cooperative"),
    "enterprise": _l("An enterprise"),
}

VALUE_NAMES = {
    "category": {**CATEGORY_LABELS, "none": _l("None of these")},
    "tax_situation": {
        "none": _l("No tax regime"),
        "cpu": _l("Single professional contribution (CPU)"),
        "accounts": _l("Keeps accounts (net or simplified result)"),
        "auto_entrepreneur": _l("Auto-entrepreneur"),
    },
    "business_stage": {
        "start": _l("Starting out"),
        "grow": _l("Growing an existing business"),
        "rural": _l("Rural area"),
    },
    "language": {"ar": _l("Arabic"), "ary": _l("Darija"), "fr": _l("French")},
}


def entity_name(entity: str) -> str:
    """The name of an entity field in the interface's language; the code when it has none."""
    return str(ENTITY_NAMES.get(entity, entity))


def value_label(entity: str, value: str, lang: str) -> str:
    """A value as reviewers read it: its name, with the code the model uses beside it."""
    seeded = vocabulary().label(entity, value, lang)
    if seeded != value:
        return seeded
    name = VALUE_NAMES.get(entity, {}).get(value)
    return f"{name} ({value})" if name else value


def entity_stated(entity: str, value: str, lang: str) -> str:
    """A stated entity as one badge reads it, "Trade: Zellige (ZELLIGE)", punctuated by the interface's language."""
    return _("%(name)s: %(value)s", name=entity_name(entity), value=value_label(entity, value, lang))
