"""`rasa data validate`, strict: any warning fails, except responses that actions or forms utter.

Rasa cannot see that a custom action utters a response, nor that a form asks with
`utter_ask_<slot>`, so it warns that the response "is not used in any story or rule".
Those are accepted when an action in actions/ names the response (or the prefix it is
built from, as in f"utter_eligibility_{category}"), or when it asks for a form's slot;
every other warning is an error.
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
    """Response names, and prefixes of built names ending in "_", that the action modules contain."""
    sources = [path.read_text(encoding="utf-8") for path in actions_dir.glob("*.py")]
    names = {name for source in sources for name in re.findall(r"[\"'](utter_\w+)[\"']", source)}
    prefixes = {prefix for source in sources for prefix in re.findall(r"f[\"'](utter_\w*_)\{", source)}
    return names | prefixes


def form_questions(domain_dir: Path = ROOT / "domain") -> set[str]:
    """`utter_ask_<slot>` for every slot a form requires: the form asks with them."""
    import yaml

    questions = set()
    for path in domain_dir.glob("*.yml"):
        for form in (yaml.safe_load(path.read_text(encoding="utf-8")).get("forms") or {}).values():
            questions |= {f"utter_ask_{slot}" for slot in form.get("required_slots") or []}
    return questions


def unexpected_warnings(output: str, uttered: set[str]) -> list[str]:
    """The warnings in Rasa's output that are not explained by what actions and forms utter."""
    problems = []
    for warning in _WARNING.findall(output):
        unused = _UNUSED.match(warning)
        name = unused.group(1) if unused else None
        if not (name and (name in uttered or any(p.endswith("_") and name.startswith(p) for p in uttered))):
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
    problems = unexpected_warnings(output, responses_uttered_by_actions() | form_questions())
    for problem in problems:
        print(f"validation warning: {problem}")
    print("rasa data validate: clean" if not problems else f"{len(problems)} warning(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
