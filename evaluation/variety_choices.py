"""The variety nlu.variety chooses for every dev message, to check that a refactoring changes none.

`python -m evaluation.variety_choices dump OUT.json` writes the variety and its strength (the clues over the
runner-up) that nlu.variety.identify gives each dev message from its words alone (no learned model: the model only
breaks ties, and its answer does not depend on the rules); `python -m evaluation.variety_choices compare BEFORE.json
AFTER.json` prints the messages given another variety or strength. Dev only: the test sets stay unread.
"""

from __future__ import annotations

import sys

from evaluation.reader_readings import dump_or_compare


def choices(texts: list[str]) -> dict[str, list]:
    """The variety and strength chosen for each message."""
    from nlu.variety import identify

    return {t: [(guess := identify(t)).variety, guess.strength] for t in texts}


def main() -> int:
    """Dump or compare."""
    return dump_or_compare(__doc__, choices, "messages given another variety or strength")


if __name__ == "__main__":
    sys.exit(main())
