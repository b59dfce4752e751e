"""The YAML files of cue lists that the rule-based readers (nlu.situation, nlu.on_behalf) match, read one way."""

from __future__ import annotations

from pathlib import Path

import yaml


def read_cues(path: Path) -> dict:
    """The cue lists of one file, as written. Each reader binds its own file: ``nlu.situation.load_cues``,
    ``nlu.on_behalf.load_cues``."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))
