"""Rasa's check of the action server's answers, with the JSON schema compiled once instead of per answer.

Rasa (3.6, RemoteAction._validate_action_result) checks every answer of the action server with
``jsonschema.validate(answer, schema)``, which first checks the schema itself against the 2020-12
meta-schema — on every call. Under load that was 42 % of a Rasa server's CPU here (py-spy during
``python -m bench.telegram_load``), for a schema that never changes. This builds the validator once; the
answers are checked as before, and a bad one fails with the same error (the best match, as
``jsonschema.validate`` picks it, with Rasa's hint appended).
"""

from __future__ import annotations

import functools
from typing import Any

_INSTALLED = "_hirfa_compiled_schema"


@functools.lru_cache(maxsize=8)
def _validator(action_class: type) -> Any:
    from jsonschema.validators import validator_for

    schema = action_class.action_response_format_spec()
    validator = validator_for(schema)
    validator.check_schema(schema)
    return validator(schema)


def check_action_responses_with_compiled_schema() -> None:
    """Replace Rasa's per-answer check by the compiled one (idempotent; Rasa's server process only)."""
    from jsonschema.exceptions import best_match
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.constants import DOCS_BASE_URL

    if getattr(RemoteAction._validate_action_result, _INSTALLED, False):
        return

    def _validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
        error = best_match(_validator(type(self)).iter_errors(result))
        if error is None:
            return True
        error.message += (
            ". Failed to validate Action server response from API, "
            "make sure your response from the Action endpoint is valid. "
            f"For more information about the format visit {DOCS_BASE_URL}/custom-actions"
        )
        raise error

    setattr(_validate_action_result, _INSTALLED, True)
    _validate_action_result.__wrapped__ = RemoteAction._validate_action_result  # type: ignore[attr-defined]
    RemoteAction._validate_action_result = _validate_action_result  # type: ignore[method-assign]
