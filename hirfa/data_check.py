"""`rasa data validate`, strict: any warning fails, except responses that actions utter.

Rasa cannot see that a custom action utters a response, so it warns that the response
"is not used in any story or rule". Those are accepted when an action in actions/
names the response; every other warning is an error.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_WARNING = re.compile(r"UserWarning: (.+)")
_UNUSED = re.compile(r"The utterance '(utter_\w+)' is not used in any story or rule\.")


def responses_uttered_by_actions(actions_dir: Path = ROOT / "actions") -> set[str]:
    """Response names that appear as string literals in the action modules."""
    return {
        name
        for path in actions_dir.glob("*.py")
        for name in re.findall(r"[\"'](utter_\w+)[\"']", path.read_text(encoding="utf-8"))
    }


def unexpected_warnings(output: str, uttered: set[str]) -> list[str]:
    """The warnings in Rasa's output that are not explained by an action's response."""
    problems = []
    for warning in _WARNING.findall(output):
        unused = _UNUSED.match(warning)
        if not (unused and unused.group(1) in uttered):
            problems.append(warning)
    return problems


def main() -> int:
    """Run Rasa's validation and fail on unexplained warnings."""
    command = [
        str(Path(sys.executable).parent / "rasa"),
        "data",
        "validate",
        "--domain",
        "domain",
        "--data",
        "data",
    ]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    output = result.stdout + result.stderr
    if result.returncode != 0:
        print(output)
        return result.returncode
    problems = unexpected_warnings(output, responses_uttered_by_actions())
    for problem in problems:
        print(f"validation warning: {problem}")
    print("rasa data validate: clean" if not problems else f"{len(problems)} warning(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
