"""The ".ma" of a web address ("rna.gov.ma") is Morocco's domain, no Darija "not": what follows it is still held."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("شنو هي المراحل ديال التسجيل فrna.gov.ma؟ عندي ديبلوم فالصياغة من معهد فتيزنيت", "category", "diploma"),
        ("kifach ntsjel f rna.gov.ma 3ndi diplome dyal lkhiyata", "category", "diploma"),
        ("Sur www.rna.ma عندي لاوطو انتروبرونور، كيفاش نكمل؟", "tax_situation", "auto_entrepreneur"),
    ],
)
def test_what_follows_a_web_address_is_still_held(reader: SituationReader, text: str, entity: str, value: str) -> None:
    assert read(reader, text).get(entity) == value


def test_a_darija_not_apart_still_denies(reader: SituationReader) -> None:
    # No diploma and two years: too few for practice, which DOMAIN.md reads as no category yet.
    assert read(reader, "كيفاش نتسجل؟ ma 3ndi diplome ولكن خدام 2 سنين").get("category") == "none"
