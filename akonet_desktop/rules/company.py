"""Company identification (tax id kinds per country) checked with python-stdnum."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache
from types import ModuleType

from ._text import CONTROL_CATEGORIES, as_text, has_category
from .countries import COUNTRIES, EU_MEMBERS, check_country, country_name
from .errors import INVALID, NOT_ALLOWED_FOR_COUNTRY, REQUIRED, TOO_LONG, FieldError
from .languages import DEFAULT_LANGUAGE

MAX_COMPANY_NAME_LENGTH = 200
MAX_ID_NUMBER_LENGTH = 50
OTHER = "other"
EU_VAT = "eu_vat"


@dataclass(frozen=True)
class IdType:
    code: str
    label: str
    example: str


@dataclass(frozen=True)
class _National:
    code: str
    country: str
    name: str  # the national name, never translated
    module: str  # python-stdnum module
    example: str


_NATIONAL: tuple[_National, ...] = (
    _National("es_nif", "ES", "NIF / NIE", "es.nif", "12345678Z"),
    _National("es_cif", "ES", "CIF", "es.cif", "J99216582"),
    _National("fr_siren", "FR", "SIREN", "fr.siren", "404 833 048"),
    _National("fr_siret", "FR", "SIRET", "fr.siret", "732 829 320 00074"),
    _National("fr_tva", "FR", "N° TVA intracommunautaire", "fr.tva", "FR 23 334175221"),
    _National("pt_nif", "PT", "NIF", "pt.nif", "501 964 843"),
    _National("it_iva", "IT", "Partita IVA", "it.iva", "00743110157"),
    _National("de_vat", "DE", "USt-IdNr.", "de.vat", "DE136695976"),
    _National("gb_vat", "GB", "VAT number", "gb.vat", "GB980780684"),
    _National("us_ein", "US", "EIN", "us.ein", "91-1144442"),
)
_NATIONAL_BY_CODE = {n.code: n for n in _NATIONAL}
_KNOWN_TYPES = frozenset(_NATIONAL_BY_CODE) | {EU_VAT, OTHER}

# Checksum-correct example per member state, with the VAT prefix (Greece uses EL, not GR).
_EU_VAT_EXAMPLES = {
    "AT": "ATU13585627",
    "BE": "BE0428759497",
    "BG": "BG175074752",
    "CY": "CY10259033P",
    "CZ": "CZ25123891",
    "DE": "DE136695976",
    "DK": "DK13585628",
    "EE": "EE100594102",
    "ES": "ESB64717838",
    "FI": "FI20774740",
    "FR": "FR23334175221",
    "GR": "EL094259216",
    "HR": "HR33392005961",
    "HU": "HU12892312",
    "IE": "IE6433435F",
    "IT": "IT00743110157",
    "LT": "LT119511515",
    "LU": "LU15027442",
    "LV": "LV40003521600",
    "MT": "MT11679112",
    "NL": "NL004495445B01",
    "PL": "PL8567346215",
    "PT": "PT501964843",
    "RO": "RO18547290",
    "SE": "SE123456789701",
    "SI": "SI50223054",
    "SK": "SK2022749619",
}
_OTHER_EXAMPLE = "REG-2024-00123"

_GENERIC_LABELS = {
    EU_VAT: {
        "en": "EU VAT number",
        "fr": "Numéro de TVA intracommunautaire (UE)",
        "es": "Número de IVA intracomunitario (UE)",
        "de": "EU-Umsatzsteuer-Identifikationsnummer",
        "it": "Partita IVA comunitaria (UE)",
        "pt": "Número de IVA intracomunitário (UE)",
    },
    OTHER: {
        "en": "Other identifier",
        "fr": "Autre identifiant",
        "es": "Otro identificador",
        "de": "Andere Kennung",
        "it": "Altro identificativo",
        "pt": "Outro identificador",
    },
}


def id_type_label(code: str, lang: str) -> str:
    """Label in lang (English if unknown); national names stay in their own language."""
    code, lang = as_text(code), as_text(lang)
    national = _NATIONAL_BY_CODE.get(code)
    if national is not None:
        return f"{national.name} ({country_name(national.country, lang)})"
    labels = _GENERIC_LABELS.get(code)
    if labels is None:
        return code
    return labels.get(lang, labels[DEFAULT_LANGUAGE])


def id_types_for(country: str) -> list[IdType]:
    """National types first, then the EU VAT number for member states, "other" always last."""
    country = as_text(country)
    types = [IdType(n.code, id_type_label(n.code, "en"), n.example) for n in _NATIONAL if n.country == country]
    if country in EU_MEMBERS:
        types.append(IdType(EU_VAT, id_type_label(EU_VAT, "en"), _EU_VAT_EXAMPLES[country]))
    types.append(IdType(OTHER, id_type_label(OTHER, "en"), _OTHER_EXAMPLE))
    return types


@cache
def stdnum_modules() -> list[str]:
    """Every python-stdnum module these checks import by name (build_installer.spec bundles them)."""
    from importlib.util import find_spec

    from stdnum.eu import vat

    # stdnum.eu.vat imports each member's `vat` from its country package (`stdnum.bg.vat`…).
    members = set()
    for cc in vat.MEMBER_STATES:
        package = f"stdnum.{'gr' if cc == 'el' else cc}"
        if find_spec(package) is not None:
            members.add(f"{package}.vat" if find_spec(f"{package}.vat") is not None else package)
    return sorted({f"stdnum.{n.module}" for n in _NATIONAL} | {"stdnum.eu.vat"} | members)


def _stdnum(module: str) -> ModuleType:
    return importlib.import_module(f"stdnum.{module}")


def _stdnum_compact(module: ModuleType, number: str) -> str | None:
    try:
        return module.compact(number) if module.is_valid(number) else None
    except (ValueError, UnicodeError, LookupError):
        # stdnum's ValidationError is a ValueError; the others guard odd code points.
        return None


def _eu_vat_compact(country: str, number: str) -> str | None:
    vat = _stdnum("eu.vat")
    if country not in EU_MEMBERS:
        return _stdnum_compact(vat, number)
    prefix = "EL" if country == "GR" else country
    upper = number.strip().upper()
    if country == "GR" and upper.startswith("GR"):
        upper = "EL" + upper[2:]
    # The prefix is optional for the user: the number must belong to the selected country.
    candidates = [upper, prefix + upper] if upper.startswith(prefix) else [prefix + upper]
    for candidate in candidates:
        compact = _stdnum_compact(vat, candidate)
        if compact is not None:
            return compact
    return None


def _other_compact(number: str) -> str | None:
    compact = " ".join(number.split())
    ok = 1 <= len(compact) <= MAX_ID_NUMBER_LENGTH and compact.isprintable()
    return compact if ok else None


def _compact(country: str, id_type: str, number: str) -> str | None:
    """The canonical number, or None when it is not valid for the type."""
    if id_type == OTHER:
        return _other_compact(number)
    if id_type == EU_VAT:
        return _eu_vat_compact(country, number)
    return _stdnum_compact(_stdnum(_NATIONAL_BY_CODE[id_type].module), number)


def _check_name(name: str) -> list[FieldError]:
    name = name.strip()
    if not name:
        return [FieldError("name", REQUIRED)]
    if len(name) > MAX_COMPANY_NAME_LENGTH:
        return [FieldError("name", TOO_LONG, {"max": MAX_COMPANY_NAME_LENGTH})]
    if has_category(name, CONTROL_CATEGORIES):
        return [FieldError("name", INVALID)]
    return []


def _check_id_type(country: str, id_type: str) -> list[FieldError]:
    if not id_type:
        return [FieldError("id_type", REQUIRED)]
    if id_type not in _KNOWN_TYPES:
        return [FieldError("id_type", INVALID)]
    if country in COUNTRIES and id_type not in {t.code for t in id_types_for(country)}:
        return [FieldError("id_type", NOT_ALLOWED_FOR_COUNTRY, {"country": country})]
    return []


def _check_id_number(country: str, id_type: str, number: str) -> list[FieldError]:
    number = number.strip()
    if not number:
        return [FieldError("id_number", REQUIRED)]
    if len(number) > MAX_ID_NUMBER_LENGTH:
        return [FieldError("id_number", TOO_LONG, {"max": MAX_ID_NUMBER_LENGTH})]
    if id_type in _KNOWN_TYPES and _compact(country, id_type, number) is None:
        return [FieldError("id_number", INVALID, {"id_type": id_type})]
    return []


def check_company(name: str, country: str, id_type: str, id_number: str) -> list[FieldError]:
    country, id_type = as_text(country).strip(), as_text(id_type).strip()
    return [
        *_check_name(as_text(name)),
        *check_country(country),
        *_check_id_type(country, id_type),
        *_check_id_number(country, id_type, as_text(id_number)),
    ]


def normalize_company_id(country: str, id_type: str, id_number: str) -> str:
    """stdnum's compact form ("other": trimmed, inner whitespace collapsed); ValueError if invalid."""
    country, id_type, number = as_text(country).strip(), as_text(id_type).strip(), as_text(id_number).strip()
    if id_type not in {t.code for t in id_types_for(country)}:
        raise ValueError(f"identification type {id_type!r} is not available for country {country!r}")
    if len(number) > MAX_ID_NUMBER_LENGTH or (compact := _compact(country, id_type, number)) is None:
        raise ValueError("invalid identification number")
    return compact
