"""Health and reference data: what a client needs before anyone signs in."""

from __future__ import annotations

from fastapi import APIRouter, Query

from akonet_desktop import __version__
from akonet_desktop.api.models import CountryOut, Health, IdTypeOut, LanguageOut, PublicSettings, Reference
from akonet_desktop.rules import (
    COUNTRIES,
    LANGUAGE_NAMES,
    LANGUAGES,
    best_language,
    country_name,
    id_type_label,
    id_types_for,
)
from akonet_desktop.server.http.deps import Ctx

router = APIRouter(tags=["meta"])


@router.get("/health", response_model=Health)
def health(ctx: Ctx) -> Health:
    return Health(version=__version__, database=ctx.engine.dialect.name)


@router.get("/password-policy")
def password_policy(ctx: Ctx) -> dict:
    return ctx.policy.to_dict()


@router.get("/settings", response_model=PublicSettings)
def public_settings(ctx: Ctx) -> PublicSettings:
    """The settings the desktop's texts quote ("blocked after 6 attempts", "valid for 30 minutes"),
    so that they say what this deployment does."""
    return PublicSettings(
        lockout_threshold=ctx.settings.lockout_threshold,
        reset_link_minutes=ctx.settings.reset_link_minutes,
        invitation_link_minutes=ctx.settings.invitation_link_minutes,
    )


@router.get("/reference", response_model=Reference)
def reference(language: str | None = Query(default=None, max_length=100)) -> Reference:
    lang = language if language in LANGUAGES else best_language(language)
    countries = sorted(
        (CountryOut(code=c, name=country_name(c, lang)) for c in COUNTRIES),
        key=lambda c: c.name.casefold(),
    )
    return Reference(
        language=lang,
        languages=[LanguageOut(code=code, name=LANGUAGE_NAMES[code]) for code in LANGUAGES],
        countries=countries,
        id_types=[
            IdTypeOut(
                country=country,
                code=t.code,
                label=id_type_label(t.code, lang),
                example=t.example,
            )
            for country in COUNTRIES
            for t in id_types_for(country)
        ],
    )
