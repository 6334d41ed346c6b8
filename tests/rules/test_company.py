"""Company identification types per country, checked with python-stdnum."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from akonet_desktop.rules import (
    COUNTRIES,
    EU_MEMBERS,
    LANGUAGES,
    OTHER,
    FieldError,
    check_company,
    id_type_label,
    id_types_for,
    normalize_company_id,
)

FAST = settings(max_examples=100, deadline=None)
ALL_TYPES = [(country, t) for country in COUNTRIES for t in id_types_for(country)]
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def _ids(country: str) -> list[str]:
    return [t.code for t in id_types_for(country)]


def test_types_per_country():
    assert _ids("ES") == ["es_nif", "es_cif", "eu_vat", OTHER]
    assert _ids("FR") == ["fr_siren", "fr_siret", "fr_tva", "eu_vat", OTHER]
    assert _ids("PT") == ["pt_nif", "eu_vat", OTHER]
    assert _ids("IT") == ["it_iva", "eu_vat", OTHER]
    assert _ids("DE") == ["de_vat", "eu_vat", OTHER]
    assert _ids("AT") == ["eu_vat", OTHER]
    assert _ids("GB") == ["gb_vat", OTHER]
    assert _ids("US") == ["us_ein", OTHER]
    assert _ids("JP") == [OTHER]
    assert _ids("XX") == _ids("") == _ids("es") == [OTHER]
    assert all(("eu_vat" in _ids(c)) == (c in EU_MEMBERS) for c in COUNTRIES)


def test_english_labels():
    labels = {t.code: t.label for c in ("ES", "FR", "PT", "IT", "DE", "GB", "US") for t in id_types_for(c)}
    assert labels == {
        "es_nif": "NIF / NIE (Spain)",
        "es_cif": "CIF (Spain)",
        "fr_siren": "SIREN (France)",
        "fr_siret": "SIRET (France)",
        "fr_tva": "N° TVA intracommunautaire (France)",
        "pt_nif": "NIF (Portugal)",
        "it_iva": "Partita IVA (Italy)",
        "de_vat": "USt-IdNr. (Germany)",
        "gb_vat": "VAT number (United Kingdom)",
        "eu_vat": "EU VAT number",
        "us_ein": "EIN (United States)",
        "other": "Other identifier",
    }


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("code", ["es_nif", "fr_tva", "de_vat", "eu_vat", "other"])
def test_translated_labels(code, lang):
    label = id_type_label(code, lang)
    assert label
    if lang != "en" and code in ("eu_vat", "other"):
        assert label != id_type_label(code, "en")


def test_label_details():
    assert id_type_label("es_nif", "fr") == "NIF / NIE (Espagne)"
    assert id_type_label("other", "es") == "Otro identificador"
    assert id_type_label("other", "xx") == "Other identifier"
    assert id_type_label("nope", "fr") == "nope"


@pytest.mark.parametrize(("country", "id_type"), ALL_TYPES, ids=lambda v: getattr(v, "code", v))
def test_every_example_is_valid(country, id_type):
    assert check_company("Acme S.A.", country, id_type.code, id_type.example) == []
    assert normalize_company_id(country, id_type.code, id_type.example)


@pytest.mark.parametrize(
    ("country", "id_type", "number", "expected"),
    [
        ("ES", "es_nif", " 12345678-z ", "12345678Z"),
        ("ES", "es_nif", "X1234567L", "X1234567L"),
        ("ES", "es_cif", "J-99216582", "J99216582"),
        ("FR", "fr_siren", "404 833 048", "404833048"),
        ("FR", "fr_tva", "FR 23 334175221", "23334175221"),
        ("FR", "eu_vat", "23334175221", "FR23334175221"),
        ("FR", "eu_vat", "fr23334175221", "FR23334175221"),
        ("ES", "eu_vat", "B64717838", "ESB64717838"),
        ("AT", "eu_vat", "U13585627", "ATU13585627"),
        ("GR", "eu_vat", "094259216", "EL094259216"),
        ("GR", "eu_vat", "GR 094259216", "EL094259216"),
        ("DE", "de_vat", "DE 136,695 976", "136695976"),
        ("US", "us_ein", "91-1144442", "911144442"),
        ("JP", "other", "  Houjin  1234\t5678 ", "Houjin 1234 5678"),
    ],
)
def test_normalisation(country, id_type, number, expected):
    assert check_company("Acme", country, id_type, number) == []
    assert normalize_company_id(country, id_type, number) == expected


@pytest.mark.parametrize(
    ("country", "id_type", "number"),
    [
        ("ES", "es_nif", "12345678A"),
        ("ES", "es_cif", "J99216583"),
        ("FR", "fr_siren", "404833049"),
        ("FR", "fr_siret", "73282932000075"),
        ("FR", "fr_tva", "FR24334175221"),
        ("PT", "pt_nif", "501964842"),
        ("IT", "it_iva", "00743110158"),
        ("DE", "de_vat", "DE136695977"),
        ("GB", "gb_vat", "GB980780685"),
        ("US", "us_ein", "00-0000000"),
        ("ES", "eu_vat", "FR23334175221"),  # a valid VAT number, but French
        ("FR", "eu_vat", "ESB64717838"),
        ("GR", "eu_vat", "EL094259217"),
        ("JP", "other", "bad\x00number"),
    ],
)
def test_known_bad_numbers(country, id_type, number):
    assert check_company("Acme", country, id_type, number) == [FieldError("id_number", "invalid", {"id_type": id_type})]
    with pytest.raises(ValueError):
        normalize_company_id(country, id_type, number)


def test_field_errors():
    assert check_company("", "", "", "") == [
        FieldError("name", "required"),
        FieldError("country", "required"),
        FieldError("id_type", "required"),
        FieldError("id_number", "required"),
    ]
    assert check_company("A" * 201, "XX", "xx_id", "1" * 51) == [
        FieldError("name", "too_long", {"max": 200}),
        FieldError("country", "invalid"),
        FieldError("id_type", "invalid"),
        FieldError("id_number", "too_long", {"max": 50}),
    ]
    assert check_company("Acme", "ES", "fr_siren", "404833048") == [
        FieldError("id_type", "not_allowed_for_country", {"country": "ES"})
    ]
    assert check_company("Acme\x00", "JP", "other", "x") == [FieldError("name", "invalid")]
    with pytest.raises(ValueError):
        normalize_company_id("ES", "fr_siren", "404833048")


def _luhn_check_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def _mod_11_10_check_digit(body: str) -> str:
    product = 10
    for ch in body:
        total = (product + int(ch)) % 10 or 10
        product = (2 * total) % 11
    return str((11 - product) % 10)


def _corrupt(number: str, pos: int, delta: int) -> str:
    pos %= len(number)
    return number[:pos] + str((int(number[pos]) + delta) % 10) + number[pos + 1 :]


digits8 = st.text("0123456789", min_size=8, max_size=8)
corruptions = st.tuples(st.integers(0, 100), st.integers(1, 9))


@FAST
@given(digits8, corruptions)
def test_generated_siren_numbers(body, corruption):
    siren = body + _luhn_check_digit(body)
    assert check_company("Acme", "FR", "fr_siren", siren) == []
    # Luhn catches every single-digit error.
    assert check_company("Acme", "FR", "fr_siren", _corrupt(siren, *corruption))


@FAST
@given(digits8, corruptions)
def test_generated_dni_numbers(body, corruption):
    dni = body + DNI_LETTERS[int(body) % 23]
    assert check_company("Acme", "ES", "es_nif", dni) == []
    # 23 is prime and divides no d * 10^k: changing one digit always changes the letter.
    corrupted = _corrupt(dni[:-1], *corruption) + dni[-1]
    assert check_company("Acme", "ES", "es_nif", corrupted)


@FAST
@given(
    st.text("0123456789", min_size=7, max_size=7).filter(lambda s: s != "0000000"),
    st.sampled_from([f"{n:03d}" for n in range(1, 101)] + ["120", "121", "888", "999"]),
    corruptions,
)
def test_generated_partita_iva(company, office, corruption):
    body = company + office
    iva = body + _luhn_check_digit(body)
    assert check_company("Acme", "IT", "it_iva", iva) == []
    assert check_company("Acme", "IT", "eu_vat", "IT" + iva) == []
    assert check_company("Acme", "IT", "it_iva", _corrupt(iva, *corruption))


@FAST
@given(st.text("0123456789", min_size=8, max_size=8).filter(lambda s: s[0] != "0"), corruptions)
def test_generated_german_vat(body, corruption):
    vat = body + _mod_11_10_check_digit(body)
    assert check_company("Acme", "DE", "de_vat", "DE" + vat) == []
    assert check_company("Acme", "DE", "eu_vat", vat) == []
    # ISO 7064 MOD 11,10 catches every single-digit error.
    assert check_company("Acme", "DE", "de_vat", "DE" + _corrupt(vat, *corruption))


@FAST
@given(st.text(st.characters(codec="utf-8", exclude_categories=["C", "Z"]), min_size=1, max_size=50))
def test_other_accepts_any_printable_text(number):
    assert check_company("Acme", "JP", OTHER, number) == []
    assert normalize_company_id("JP", OTHER, number) == number
