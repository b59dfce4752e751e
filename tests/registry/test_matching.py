import pytest

from registry import queries
from registry.db import Registry
from registry.importer import import_offices


@pytest.mark.parametrize(
    "text, codes",
    [
        # Arabic
        ("الزليج", ["ZELLIGE"]),
        ("زليج", ["ZELLIGE"]),
        ("فالزليج", ["ZELLIGE"]),
        ("وبالزليج", ["ZELLIGE"]),
        ("للزليج", ["ZELLIGE"]),
        ("كنخدم فالنجارة", ["WOOD"]),
        ("أنا نجار", ["WOOD"]),
        ("صناعة الفخار", ["POTTERY"]),
        ("النقش على النحاس", ["DINANDERIE"]),
        ("إصلاح السيارات", ["CAR_MECHANICS"]),
        ("كنصلح سخانات الماء بالغاز", ["GAS_WATER_HEATER"]),
        ("الزربية الرباطية", ["RUGS_WEAVING"]),
        # Darija in Arabic letters
        ("انا زلايجي", ["ZELLIGE"]),
        ("كنخدم الشوفو", ["GAS_WATER_HEATER"]),
        ("خدام فالبلغة", ["LEATHER"]),
        # Arabizi
        ("zlij", ["ZELLIGE"]),
        ("ana khddam f zlij", ["ZELLIGE"]),
        ("njjar", ["WOOD"]),
        ("ana n7aysi", ["DINANDERIE"]),
        ("kanskn w ndir 7sira", ["PLANT_FIBRES"]),
        ("mikanik tomobilat", ["CAR_MECHANICS"]),
        ("skhan lma", ["GAS_WATER_HEATER"]),
        ("srouj tbourida", ["SADDLERY"]),
        # French
        ("mécanicien auto", ["CAR_MECHANICS"]),
        ("MECANICIEN AUTO", ["CAR_MECHANICS"]),
        ("je suis bijoutière", ["JEWELLERY"]),
        ("chauffe-eau à gaz", ["GAS_WATER_HEATER"]),
        ("chauffe eau", ["GAS_WATER_HEATER"]),
        ("Ferronnerie d'art", ["WROUGHT_IRON"]),
        ("tailleur de pierre", ["STONE"]),  # not also the tailor of "tailleur"
        ("tailleur", ["SEWING_EMBROIDERY"]),
        # several trades, best (longest) first, each once
        ("zlij w n7as", ["ZELLIGE", "DINANDERIE"]),
        ("sculpture sur bois et zellige", ["WOOD", "ZELLIGE"]),
        ("zlij, zellige, الزليج", ["ZELLIGE"]),
        # glued articles and prepositions
        ("wach l'njara dakhla f l7iraf dyal sijil?", ["WOOD"]),
        ("nnjara", ["WOOD"]),
        ("khddam f lbalgha", ["LEATHER"]),
        ("zzlij", ["ZELLIGE"]),
        ("ddrraza", ["RUGS_WEAVING"]),
        ("ana f ddbagha", ["LEATHER"]),
        ("النجارة", ["WOOD"]),
        # worker, feminine, plural and workshop forms
        ("najjara", ["WOOD"]),
        ("حنا نجارين", ["WOOD"]),
        ("نجارة", ["WOOD"]),
        ("خرازة", ["LEATHER"]),
        ("الخرازة", ["LEATHER"]),
        ("menuiserie", ["WOOD"]),
        ("je suis menuisière", ["WOOD"]),
        ("menuisiers", ["WOOD"]),
        ("potière", ["POTTERY"]),
        ("lfekhara", ["POTTERY"]),
        ("fkhkhar", ["POTTERY"]),
        ("brodeuse", ["SEWING_EMBROIDERY"]),
        # one letter wrong, missing or doubled in a long spelling
        ("menusier", ["WOOD"]),
        ("maroquinnier", ["LEATHER"]),
        ("mecanicein", ["CAR_MECHANICS"]),
        ("ferronier", ["WROUGHT_IRON"]),
        # an exact spelling beats a guess, the longer spelling claims its words
        ("menuisière, tailleur de pierre", ["STONE", "WOOD"]),
    ],
)
def test_match_trades(registry: Registry, text: str, codes: list[str]) -> None:
    with registry.session() as session:
        assert [t.code for t in queries.match_trades(session, text)] == codes


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "salam",
        "السلام عليكم",
        "bonjour, je voudrais m'inscrire",
        "bghit ntsjjl f rna",
        "zlijoun",  # a spelling inside a longer word is not a match
        "pierre",
        "auto",
        "✂️🧵",
        "123456",
        "bghit nkhles",
        "je veux payer",
        "suivre mon dossier",
        "bonjour monsieur",
        "واش خاصني نمشي",
        "شنو هو الحل",
        "fin kayna lghorfa",
        "mansour",
        "fatima",
        "ana kan9ad sbabet",  # an unknown trade is kept as written by the actions, never guessed
        "ana tapissier",  # an upholsterer is no carpet maker
        "chkoun li kayjawb",
        "recette dyal l7rira",
    ],
)
def test_texts_that_match_no_trade(registry: Registry, text: str) -> None:
    with registry.session() as session:
        assert queries.match_trades(session, text) == []


@pytest.mark.parametrize(
    "text, city",
    [
        ("fes", "Fès"),
        ("Fès", "Fès"),
        ("FEZ", "Fès"),
        ("فاس", "Fès"),
        ("ساكن ففاس", "Fès"),
        ("casa", "Casablanca"),
        ("ana f casa", "Casablanca"),
        ("الدار البيضاء", "Casablanca"),
        ("بالدار البيضاء", "Casablanca"),
        ("كازا", "Casablanca"),
        ("dar lbida", "Casablanca"),
        ("mrakch", "Marrakech"),
        ("مراكش", "Marrakech"),
        ("Tanger", "Tanger"),
        ("طنجه", "Tanger"),
        ("l7oceima", "Al Hoceïma"),
        ("9nitra", "Kénitra"),
        ("Kénitra", "Kénitra"),
        ("ksar el kebir", "Ksar El Kébir"),
        ("tan-tan", "Tan-Tan"),
        ("tan tan", "Tan-Tan"),
        ("كلميم", "Guelmim"),
        ("ݣلميم", "Guelmim"),
        ("laayoune", "Laâyoune"),
        ("je suis à Salé", "Salé"),
        ("أكادير", "Agadir"),
        # glued prepositions and articles
        ("ساكن فمكناس", "Meknès"),
        ("نمشي لمراكش", "Marrakech"),
        ("bfes", "Fès"),
        ("f'mknas", "Meknès"),
        ("fl casa", "Casablanca"),
        ("mn fes", "Fès"),
        ("lmarrakech", "Marrakech"),
        ("l casa", "Casablanca"),
        ("ddar lbida", "Casablanca"),
        ("ساكن فبن جرير", "Ben Guerir"),
        # one letter off in a long spelling
        ("casablanka", "Casablanca"),
        ("chefchaoune", "Chefchaouen"),
    ],
)
def test_match_city(registry: Registry, text: str, city: str) -> None:
    with registry.session() as session:
        found = queries.match_city(session, text)
        assert found is not None and found.name == city


@pytest.mark.parametrize(
    "text",
    [
        "",
        "salam",
        "casanova",
        "fessi",
        "safi",  # "enough" in Darija: Safi is only matched by its safe spellings
        "tata",  # "aunt"
        "الجديدة",  # "the new one"
        "Paris",
        "zlij",  # a trade, not a place
        "bghit nkhles",
        "je veux payer",
        "واش خاصني نمشي",
        "fin kayna lghorfa",
        "a9rab blassa",  # "the nearest place", not Assa
        "wach dakhla f lista",  # "is it included", not Dakhla
        "chkoun",  # "who", one letter from "chaoun"
        "mansour",
        "fatima",
        "smar",
        "asaf",
    ],
)
def test_texts_that_match_no_city(registry: Registry, text: str) -> None:
    with registry.session() as session:
        assert queries.match_city(session, text) is None


def test_by_code_and_by_name_need_the_exact_key(registry: Registry) -> None:
    with registry.session() as session:
        assert queries.trade_by_code(session, "ZELLIGE").name_fr == "Zellige"
        assert queries.trade_by_code(session, "zellige") is None
        assert queries.trade_by_code(session, "") is None
        assert queries.city_by_name(session, "Fès").region_code == "FM"
        assert queries.city_by_name(session, "fes") is None
        assert queries.city_by_name(session, "") is None


def test_find_city_takes_the_canonical_name_or_a_spelling_inside_a_sentence(registry: Registry) -> None:
    with registry.session() as session:
        assert queries.find_city(session, "Fès").name == "Fès"
        assert queries.find_city(session, "ana f fes daba").name == "Fès"
        assert queries.find_city(session, "x" * 300 + " fes") is None  # only the first 200 characters are read
        assert queries.find_city(session, "") is None


def test_chamber_for_region(registry: Registry) -> None:
    with registry.session() as session:
        chamber = queries.chamber_for_region(session, "SM")
        assert chamber.kind == "chamber" and chamber.city_name == "Agadir"
        assert queries.chamber_for_region(session, "XX") is None


def test_offices_for_city_lists_the_regions_chamber_then_its_directorates(
    registry: Registry, tmp_path
) -> None:
    csv = tmp_path / "offices.csv"
    csv.write_text(
        "kind,name_ar,name_fr,region,city,address,phone,hours,latitude,longitude,source,verified_on\n"
        "directorate,مديرية سلا,Direction de Salé,RSK,Salé,,,,,,editor check,2026-11-29\n"
        "directorate,مديرية القنيطرة,Direction de Kénitra,RSK,Kénitra,,,,,,editor check,2026-11-29\n"
        "directorate,مديرية فاس,Direction de Fès,FM,Fès,,,,,,editor check,2026-11-29\n",
        encoding="utf-8",
    )
    with registry.session() as session:
        assert import_offices(session, csv, dry_run=False).ok
    with registry.session() as session:
        offices = queries.offices_for_city(session, "Salé")
        assert [(o.kind, o.city_name) for o in offices] == [
            ("chamber", "Rabat"),
            ("directorate", "Salé"),  # the one in the city itself comes first
            ("directorate", "Kénitra"),
        ]
        assert queries.offices_for_city(session, "Nowhere") == []


@pytest.mark.parametrize(
    "latitude, longitude, city",
    [
        (33.59, -7.61, "Casablanca"),
        (34.06, -4.98, "Fès"),
        (35.78, -5.81, "Tanger"),
        (23.70, -15.93, "Dakhla"),
        (34.04, -6.79, "Salé"),
    ],
)
def test_nearest_city(registry: Registry, latitude: float, longitude: float, city: str) -> None:
    with registry.session() as session:
        assert queries.nearest_city(session, latitude, longitude).name == city


def test_nearest_city_is_none_without_coordinates(empty_db: str) -> None:
    registry = Registry.from_url(empty_db)
    with registry.session() as session:
        assert queries.nearest_city(session, 33.6, -7.6) is None
    registry.dispose()
