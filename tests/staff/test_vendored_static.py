"""staff/static/vendor: the vendored files match SHA256SUMS, and nothing there is left unlisted."""

import hashlib
import re
from pathlib import Path

VENDOR = Path(__file__).resolve().parents[2] / "staff" / "static" / "vendor"
# Files that belong in the folder without being checksummed: the list itself and its notes.
NOT_LISTED = {"SHA256SUMS", "README.md"}
EXPECTED = {
    "htmx.min.js",
    "chart.umd.min.js",
    "bootstrap.min.css",
    "bootstrap.rtl.min.css",
    "bootstrap.bundle.min.js",
}


def listed() -> dict[str, str]:
    """SHA256SUMS as {file name: hex digest}, in `sha256sum`'s format (text or binary mode)."""
    sums: dict[str, str] = {}
    for line in (VENDOR / "SHA256SUMS").read_text(encoding="ascii").splitlines():
        match = re.fullmatch(r"([0-9a-f]{64}) [ *](\S+)", line)
        assert match, f"not a sha256sum line: {line!r}"
        digest, name = match.groups()
        assert name not in sums, f"{name} listed twice"
        sums[name] = digest
    return sums


def test_every_listed_file_exists_and_matches_its_checksum() -> None:
    sums = listed()
    assert set(sums) == EXPECTED
    for name, digest in sums.items():
        path = VENDOR / name
        assert path.is_file(), f"{name} is listed but missing"
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, f"{name} does not match SHA256SUMS"


def test_every_file_in_the_folder_is_listed() -> None:
    present = {path.relative_to(VENDOR).as_posix() for path in VENDOR.rglob("*") if path.is_file()}
    assert present - NOT_LISTED - set(listed()) == set()


def test_no_file_points_at_a_source_map_that_is_not_there() -> None:
    for name in listed():
        text = (VENDOR / name).read_text(encoding="utf-8")
        for url in re.findall(r"sourceMappingURL=(\S+?\.map)", text):
            assert (VENDOR / url).is_file(), f"{name} refers to the missing {url}"
