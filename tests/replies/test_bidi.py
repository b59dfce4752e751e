"""Latin runs inside Arabic replies display in their own order, checked with a real bidi algorithm.

``python-bidi`` (0.6, a binding of the Rust ``unicode-bidi`` crate) implements the Unicode
Bidirectional Algorithm with isolates (U+2066–U+2069). Each line of a reply is laid out as a
right-to-left paragraph, as Telegram shows an Arabic message; every Latin run must then read
left to right, whole, in the displayed line.
"""

from __future__ import annotations

import string
import unicodedata
from pathlib import Path

import pytest
import yaml
from babel.messages.pofile import read_po
from bidi import get_display
from hypothesis import given
from hypothesis import strategies as st

from replies.bidi import FSI, PDI, isolate, isolate_ltr_runs
from replies.catalogs import LOCALES_DIR, RTL_LANGUAGES, format_value, load_catalogs
from replies.messages import (
    CHANNEL_REPLIES,
    COMMAND_DESCRIPTIONS,
    INTENT_TITLES,
    REMINDER_REPLIES,
    RESPONSES,
    TOPIC_BUTTONS,
)
from replies.render import placeholders, render

ROOT = Path(__file__).resolve().parents[2]
ISOLATES = dict.fromkeys(range(0x2066, 0x206A))

# --- What a Latin run is, as the issue states it (independently of replies/bidi.py) -------------
# Letters of any Latin script with their combining marks, digits; between such characters,
# apostrophes, hyphens, dots, slashes and the punctuation of numbers, e-mails and URLs; the
# spaces between such words; the leading "+" of a phone number.
RUN_PUNCTUATION = set("'\u2019-./:@_%+,")
RUN_SPACES = set(" \u00a0\u202f")


def is_run_char(char: str) -> bool:
    if char in string.digits:
        return True
    return unicodedata.category(char).startswith("L") and "LATIN" in unicodedata.name(char, "")


def latin_runs(line: str) -> list[str]:
    """The maximal Latin runs of a line."""
    runs, i, n = [], 0, len(line)
    while i < n:
        plus = line[i] == "+" and i + 1 < n and line[i + 1] in string.digits
        if not (is_run_char(line[i]) or plus):
            i += 1
            continue
        start, j = i, i + 1 if plus else i
        while True:
            while j < n and (is_run_char(line[j]) or (j > start and unicodedata.category(line[j])[0] == "M")):
                j += 1
            end, k = j, j
            while k < n and line[k] in RUN_PUNCTUATION:
                k += 1
            if k == j:
                while k < n and line[k] in RUN_SPACES:
                    k += 1
            if j < k < n and is_run_char(line[k]):
                j = k
                continue
            break
        runs.append(line[start:end])
        i = end
    return runs


def displayed(line: str) -> str:
    """The line as shown in a right-to-left paragraph, isolate characters removed."""
    return get_display(line, base_dir="R").translate(ISOLATES)


def misplaced_runs(text: str) -> list[tuple[str, str]]:
    """(run, displayed line) for every Latin run of ``text`` that does not display in its own order."""
    wrong = []
    for line in text.split("\n"):
        shown = displayed(line)
        wrong += [(run, shown) for run in latin_runs(line.translate(ISOLATES)) if run not in shown]
    return wrong


def shows_right(text: str) -> bool:
    return not misplaced_runs(isolate_ltr_runs(text))


# --- The library honours isolates (otherwise the property below would prove nothing) ------------


def test_the_bidi_implementation_honours_isolates() -> None:
    # Without isolates, "ab" and "12" sit in one left-to-right run; isolating "ab" parts them.
    assert get_display("א ab 12 ב", base_dir="R") == "ב ab 12 א"
    assert get_display(f"א {FSI}ab{PDI} 12 ב", base_dir="R") == f"ב 12 {PDI}ab{FSI} א"
    # A first-strong isolate takes the direction of its first strong character.
    assert displayed(f"ג {FSI}cd אב{PDI} ד") == "ד cd בא ג"
    assert displayed(f"ג {FSI}אב cd{PDI} ד") == "ד cd בא ג"


# --- The three cases of the issue ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "run"),
    [
        ("اطلب (attestation d'exercice) من الغرفة.", "attestation d'exercice"),
        ("اطلب (attestation d’exercice) من الغرفة.", "attestation d’exercice"),
        ("جمعية Réfam Dar Maalma فمراكش.", "Réfam Dar Maalma"),
        ("جمعية Re\u0301fam Dar Maalma فمراكش.", "Re\u0301fam Dar Maalma"),  # é as e + combining acute
        ("مرجع الطلب ديالك هو H-7K2P9Q.", "H-7K2P9Q"),
    ],
)
def test_the_issues_examples_display_in_order(text: str, run: str) -> None:
    rendered = isolate_ltr_runs(text)
    assert isolate(run) in rendered
    assert run in displayed(rendered)
    assert not misplaced_runs(rendered)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # Cut apart at the apostrophe or the accent, these showed "exercice'attestation d",
        # "fam Dar MaalmaéR"; and the prefix "H-" showed as "-H".
        ("اطلب (attestation d'exercice) من الغرفة", "ةفرغلا نم )attestation d'exercice( بلطا"),
        ("جمعية Réfam Dar Maalma فمراكش", "شكارمف Réfam Dar Maalma ةيعمج"),
        ("يبدأ بـ H- تليه 6 حروف، مثل H-7K2P9Q.", ".H-7K2P9Q لثم ،فورح 6 هيلت H- ـب أدبي"),
        ("اتصل ب +212 6 12 34 56 78 الآن", "نآلا +212 6 12 34 56 78 ب لصتا"),
        ("هو 6,37 % من الدخل", "لخدلا نم 6,37 % وه"),
        ("عبر https://rna.gov.ma/fr?page=2. ثم", "مث .https://rna.gov.ma/fr?page=2 ربع"),
    ],
)
def test_whole_lines_display_as_expected(text: str, shown: str) -> None:
    assert displayed(isolate_ltr_runs(text)) == shown


@pytest.mark.parametrize(
    "text",
    [
        "اتصل ب CNSS 3939 أو macnss.ma.",
        "البطاقة AB123456 والهاتف +212 6 12 34 56 78",
        "بلا أرقام",
        "جمعية Réfam Dar Maalma و (attestation d'exercice)",
        f"المرجع {FSI}H-7K2P9Q{PDI} والمدينة {FSI}Fès{PDI}.",
        "سطر CNSS\nسطر 3939\n",
    ],
)
def test_isolating_is_idempotent_and_keeps_the_text(text: str) -> None:
    once = isolate_ltr_runs(text)
    assert isolate_ltr_runs(once) == once
    assert once.replace(FSI, "").replace(PDI, "") == text.replace(FSI, "").replace(PDI, "")


def test_already_isolated_spans_are_left_as_they_are() -> None:
    text = f"المرجع {FSI}H-7K2P9Q و Fès{PDI} ثم CNSS"
    assert isolate_ltr_runs(text) == f"المرجع {FSI}H-7K2P9Q و Fès{PDI} ثم {FSI}CNSS{PDI}"


def test_a_run_never_crosses_a_line() -> None:
    assert isolate_ltr_runs("CNSS\n3939") == f"{FSI}CNSS{PDI}\n{FSI}3939{PDI}"


# --- Every Arabic catalog string and content text -----------------------------------------------
# Values as the app inserts them: text values isolated whole (replies/render.py), numbers and
# dates formatted for the language; and the same values inserted bare, which must show right too.
SAMPLE_TEXTS = [
    "H-7K2P9Q",
    "AB123456",
    "0612345678",
    "Fès",
    "rna.gov.ma",
    "attestation d'exercice",
    "Réfam Dar Maalma",
    "+212 6 12 34 56 78",
    "الزليج",
]
SAMPLE_NUMBERS = [1350.5, 2026, 6.37, 3]


def placeholder_names(text: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(text) if name]


def filled(text: str, language: str, values: dict, *, bare: bool = False) -> str:
    """``text`` with its placeholders filled the way replies/render.py fills them."""
    formatted = {}
    for key, value in values.items():
        if key.endswith("_date") or not isinstance(value, str):
            formatted[key] = format_value(value, language, key)
        else:
            formatted[key] = value if bare else isolate(value)
    return text.format_map(formatted)


def sample_values(names: list[str], shift: int) -> dict:
    values: dict = {}
    for i, name in enumerate(names):
        if name.endswith("_date"):
            values[name] = "2026-11-29"
        elif name == "year" or name.endswith("_year"):
            values[name] = 2026
        else:
            pool = SAMPLE_TEXTS + SAMPLE_NUMBERS
            values[name] = pool[(shift + i) % len(pool)]
    return values


def catalog_strings() -> list[tuple[str, str]]:
    strings = []
    for language in sorted(RTL_LANGUAGES):
        with (LOCALES_DIR / language / "LC_MESSAGES" / "messages.po").open("rb") as handle:
            for message in read_po(handle, locale=language):
                if not message.id or not message.string:
                    continue
                forms = message.string if isinstance(message.string, (list, tuple)) else [message.string]
                strings += [(language, form) for form in forms if form]
    return strings


def _arabic_texts(node, found: list, path: str) -> None:
    """Collect ``text: {ar, ary}`` (and a user-facing ``source: {ar, ary}``) with the record's values."""
    if isinstance(node, list):
        for i, item in enumerate(node):
            _arabic_texts(item, found, f"{path}[{i}]")
    elif isinstance(node, dict):
        values = node.get("values") if isinstance(node.get("values"), dict) else {}
        for field in ("text", "source"):
            if isinstance(node.get(field), dict):
                for language in sorted(RTL_LANGUAGES):
                    if isinstance(node[field].get(language), str):
                        found.append((f"{path}.{field}.{language}", language, node[field][language], values))
        for key, value in node.items():
            if key not in ("text", "source", "values"):
                _arabic_texts(value, found, f"{path}.{key}")


def content_texts() -> list[tuple[str, str, str, dict]]:
    found: list = []
    for path in sorted((ROOT / "data" / "content").glob("*.yml")):
        _arabic_texts(yaml.safe_load(path.read_text(encoding="utf-8")), found, path.stem)
    return found


CATALOG_STRINGS = catalog_strings()
CONTENT_TEXTS = content_texts()


def test_the_property_covers_the_catalogs_and_the_content() -> None:
    assert {language for language, _ in CATALOG_STRINGS} == set(RTL_LANGUAGES)
    assert len(CATALOG_STRINGS) >= 200
    assert any(path.endswith(".text.ar") for path, *_ in CONTENT_TEXTS)
    assert any(path.endswith(".text.ary") for path, *_ in CONTENT_TEXTS)


@pytest.mark.parametrize(("language", "text"), CATALOG_STRINGS)
def test_every_catalog_string_shows_its_latin_runs_in_order(language: str, text: str) -> None:
    names = placeholder_names(text)
    shifts = range(len(SAMPLE_TEXTS) + len(SAMPLE_NUMBERS)) if names else [0]
    for shift in shifts:
        for bare in (False, True):
            rendered = isolate_ltr_runs(filled(text, language, sample_values(names, shift), bare=bare))
            assert not misplaced_runs(rendered), (rendered, misplaced_runs(rendered))


@pytest.mark.parametrize(
    ("where", "language", "text", "values"), CONTENT_TEXTS, ids=[c[0] for c in CONTENT_TEXTS]
)
def test_every_content_text_shows_its_latin_runs_in_order(
    where: str, language: str, text: str, values: dict
) -> None:
    names = placeholder_names(text)
    record_values = {**sample_values(names, 0), **values, "verified_date": "2026-11-29"}
    rendered = isolate_ltr_runs(filled(text, language, record_values))
    assert not misplaced_runs(rendered), (rendered, misplaced_runs(rendered))
    # A source line inserted into another reply is an isolated value of its own.
    if where.endswith(tuple(f".source.{lang}" for lang in RTL_LANGUAGES)):
        inserted = isolate_ltr_runs(f"المصدر: {isolate(text)}.")
        assert not misplaced_runs(inserted), (inserted, misplaced_runs(inserted))



def button_titles() -> list[tuple[str, str]]:
    """Every button title and command description as sent in each Arabic reply language."""
    catalogs = load_catalogs()
    offered = {"suggestions": list(INTENT_TITLES), "more": list(TOPIC_BUTTONS)}
    titles = set()
    for language in sorted(RTL_LANGUAGES):
        for replies in (RESPONSES, CHANNEL_REPLIES, REMINDER_REPLIES):
            for name, reply in replies.items():
                names = placeholders(reply.text).union(*(placeholders(b.payload) for b in reply.buttons if b.fill))
                values = {**{n: "2026-11-29" if n.endswith("_date") else "1" for n in names}, **offered}
                message = render(reply, name, language, catalogs[language], values)
                titles |= {(language, button["title"]) for button in message["buttons"]}
        titles |= {(language, catalogs[language].gettext(d)) for d in COMMAND_DESCRIPTIONS.values()}
    return sorted(titles)


BUTTON_TITLES = button_titles()


@pytest.mark.parametrize(("language", "title"), BUTTON_TITLES)
def test_every_button_title_shows_its_latin_runs_in_order_as_sent(language: str, title: str) -> None:
    # The renderer isolates a reply's text, not its button titles: each must display right as it is.
    assert not misplaced_runs(title), (title, misplaced_runs(title))


def test_the_button_property_covers_titles_with_latin_runs() -> None:
    assert {language for language, _ in BUTTON_TITLES} == set(RTL_LANGUAGES)
    assert [title for _, title in BUTTON_TITLES if latin_runs(title)]


# --- Generated strings mixing Arabic words and Latin runs ---------------------------------------
ARABIC_WORDS = "السلام غرفة الصناعة التقليدية ديال فـ بـ و ٢٠٢٦ رقم ـ مرحبا".split()
NEUTRAL_AROUND = [
    "",
    " ",
    "(",
    ")",
    "«",
    "»",
    "،",
    ".",
    ":",
    "؟",
    "!",
    " - ",
    "\n",
    "؛ ",
    "'",
    "-",
    "%",
    "/",
    "+",
    "’",
]
LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèêàâçôûïÉÀÇœŒßñ"
ACCENTED_DECOMPOSED = ["e\u0301", "a\u0300", "c\u0327", "o\u0302", "E\u0301"]

latin_word = st.lists(
    st.one_of(
        st.sampled_from(LATIN_LETTERS), st.sampled_from(string.digits), st.sampled_from(ACCENTED_DECOMPOSED)
    ),
    min_size=1,
    max_size=6,
).map("".join)
joiner = st.one_of(
    st.sampled_from(sorted(RUN_PUNCTUATION)), st.sampled_from([" ", "://", "\u00a0", "\u202f"])
)


@st.composite
def latin_run(draw: st.DrawFn) -> str:
    words = draw(st.lists(latin_word, min_size=1, max_size=4))
    run = words[0] + "".join(draw(joiner) + word for word in words[1:])
    return ("+" + run) if draw(st.booleans()) and run[0] in string.digits else run


@st.composite
def mixed_text(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 5))):
        arabic = " ".join(draw(st.lists(st.sampled_from(ARABIC_WORDS), min_size=1, max_size=3)))
        before, after = draw(st.sampled_from(NEUTRAL_AROUND)), draw(st.sampled_from(NEUTRAL_AROUND))
        run = draw(latin_run())
        if draw(st.integers(0, 4)) == 0:
            # A value the app inserted, isolated whole. Latin text written against it ("+{phone}",
            # "Dar {city}") would be a second run beside it: no catalog string does that (the
            # catalog property above checks it), so none is generated here.
            run = isolate(run)
            before = "" if before == "+" else before
        parts.append(f"{arabic} {before}{run}{after} ")
    return "".join(parts) + draw(st.sampled_from(ARABIC_WORDS))


@given(mixed_text())
def test_generated_latin_runs_display_in_order(text: str) -> None:
    rendered = isolate_ltr_runs(text)
    assert not misplaced_runs(rendered), (rendered, misplaced_runs(rendered))


@given(mixed_text())
def test_generated_text_is_kept_and_isolating_is_idempotent(text: str) -> None:
    rendered = isolate_ltr_runs(text)
    assert rendered.replace(FSI, "").replace(PDI, "") == text.replace(FSI, "").replace(PDI, "")
    assert isolate_ltr_runs(rendered) == rendered


@given(
    st.lists(st.sampled_from(ARABIC_WORDS), min_size=1, max_size=3),
    latin_run(),
    st.sampled_from(ARABIC_WORDS),
)
def test_a_generated_run_is_isolated_whole(before: list[str], run: str, after: str) -> None:
    assert (
        isolate_ltr_runs(f"{' '.join(before)} {run} {after}") == f"{' '.join(before)} {isolate(run)} {after}"
    )
