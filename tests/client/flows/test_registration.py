"""The registration wizard, driven end to end without Qt."""

from datetime import UTC, datetime, timedelta

import pytest
from stdnum.es import cif
from stdnum.fr import siren

from akonet_desktop.api.models import CompanyData, RegistrationComplete, RegistrationStart, RegistrationState
from akonet_desktop.client.flows import RegistrationFlow, Step
from akonet_desktop.rules import PasswordPolicy

TOKEN = "Zx9_-abcdefghijklmnopqrstuvwxyz01"
EMAIL = "marie.curie@froid.example.com"
SIREN = "732829320"
CIF = "B64717838"
PASSWORD = "Glacier#2024x"


def state(company: CompanyData | None = None, language: str = "fr") -> RegistrationState:
    return RegistrationState(
        email=EMAIL, language=language, expires_at=datetime.now(UTC) + timedelta(days=1), company=company
    )


def fill(flow: RegistrationFlow, **values: str) -> None:
    for field, value in values.items():
        flow.set(field, value)


def at_company() -> RegistrationFlow:
    flow = RegistrationFlow()
    flow.resume(TOKEN, state())
    return flow


def at_account() -> RegistrationFlow:
    flow = at_company()
    fill(flow, company_name="Froid SA", country="FR", id_type="fr_siren", id_number=SIREN, phone="+33 1 42 68 53 00")
    flow.submitted(Step.COMPANY)
    return flow


def test_sample_numbers_are_valid():
    assert siren.is_valid(SIREN) and cif.is_valid(CIF)


# --- step 1 ----------------------------------------------------------------------------------------


def test_fresh_page_shows_no_errors_but_is_not_valid():
    flow = RegistrationFlow()
    assert flow.step == Step.EMAIL
    assert all(flow.field_errors(f) == [] for f in ("email", "email_confirmation", "language"))
    assert not flow.is_valid()
    assert {e.field for e in flow.errors()} == {"email", "email_confirmation"}


def test_required_shows_once_touched():
    flow = RegistrationFlow()
    flow.set("email", "")
    assert flow.field_errors("email") == ["required"]
    assert flow.field_errors("email_confirmation") == []
    flow.reveal()
    assert flow.field_errors("email_confirmation") == ["required"]


def test_email_page_needs_two_equal_valid_addresses():
    flow = RegistrationFlow()
    flow.set("email", "not-an-address")
    assert flow.field_errors("email") == ["invalid"]
    flow.set("email", EMAIL)
    assert not flow.is_valid()
    flow.set("email_confirmation", "other@froid.example.com")
    assert flow.field_errors("email_confirmation") == ["mismatch"]
    assert not flow.is_valid()
    flow.set("email_confirmation", EMAIL.upper())
    assert flow.errors() == [] and flow.is_valid()
    assert flow.start_request() == {"email": EMAIL, "email_confirmation": EMAIL.upper(), "language": "en"}
    RegistrationStart(**flow.start_request())


@pytest.mark.parametrize("email", ["\ufb01nance@froid.example.com", "\u212aate@froid.example.com"])
def test_an_address_that_reads_like_another_is_refused_offline(email):
    """ﬁ (one character) or a Kelvin sign: the server would refuse it too (compatibility_character)."""
    flow = RegistrationFlow()
    fill(flow, email=email, email_confirmation=email)
    assert flow.field_errors("email") == ["compatibility_character"]
    assert not flow.is_valid()


def test_language_comes_from_the_constructor_and_is_checked():
    flow = RegistrationFlow(language="fr")
    assert flow.draft.language == "fr" and flow.draft.account_language == "fr"
    flow.set("language", "xx")
    assert flow.field_errors("language") == ["invalid"]


def test_submitted_email_goes_to_check_inbox_and_back():
    flow = RegistrationFlow()
    fill(flow, email=EMAIL, email_confirmation=EMAIL)
    assert flow.submitted(Step.EMAIL) == Step.CHECK_INBOX
    assert flow.can_go_back()
    assert flow.back() == Step.EMAIL
    assert flow.draft.email == EMAIL  # kept, to fix a typo and resend
    assert not flow.can_go_back()
    assert flow.back() == Step.EMAIL


# --- the emailed link --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        TOKEN,
        f"akonet://registration/continue?token={TOKEN}",
        f"https://akonet.example.com/registration/continue?token={TOKEN}",
        f" <http://localhost:8000/registration/continue?token={TOKEN}> ",
    ],
)
def test_accept_link_forms(text):
    flow = RegistrationFlow()
    flow.submitted(Step.EMAIL)
    assert flow.accept_link(text)
    assert flow.draft.token == TOKEN
    assert flow.draft.link_text == text
    assert flow.step == Step.CHECK_INBOX  # the GUI now checks the link with the server
    assert flow.is_valid()


def test_unusable_link_is_reported_on_the_field():
    flow = RegistrationFlow()
    flow.submitted(Step.EMAIL)
    assert not flow.is_valid() and flow.field_errors("link_text") == []
    assert not flow.accept_link(f"akonet://password/reset?token={TOKEN}")
    assert flow.draft.token == ""
    assert flow.field_errors("link_text") == ["invalid"]
    flow.set("link_text", "")
    assert flow.field_errors("link_text") == ["required"]


def test_refused_link_returns_to_check_inbox_until_edited():
    flow = at_account()
    flow.link_refused("link_expired")
    assert flow.step == Step.CHECK_INBOX and flow.link_error == "link_expired"
    assert flow.draft.token == ""
    assert flow.draft.company_name == "Froid SA"  # nothing typed is lost
    flow.set("link_text", "something else")
    assert flow.link_error is None


def test_resume_goes_to_company_with_the_verified_email():
    flow = RegistrationFlow()
    flow.accept_link(TOKEN)
    flow.resume(flow.draft.token, state(language="es"))
    assert flow.step == Step.COMPANY
    assert flow.draft.verified_email == EMAIL
    assert flow.draft.language == "es" and flow.draft.account_language == "es"
    assert not flow.can_go_back()  # the address is proven: step 1 is over
    assert flow.back() == Step.COMPANY


def test_resume_prefills_a_saved_company_for_checking():
    saved = CompanyData(name="Froid SA", country="ES", id_type="es_cif", id_number=CIF, phone="+34912345678")
    flow = RegistrationFlow()
    flow.resume(TOKEN, state(saved))
    assert flow.step == Step.COMPANY
    assert flow.company_request() == saved.model_dump()
    assert flow.is_valid()
    skipping = RegistrationFlow()
    skipping.resume(TOKEN, state(saved), skip_saved_company=True)
    assert skipping.step == Step.ACCOUNT
    again = RegistrationFlow()
    again.resume(TOKEN, state(None), skip_saved_company=True)
    assert again.step == Step.COMPANY


def test_resume_keeps_a_language_the_user_chose():
    flow = at_account()
    flow.set("account_language", "it")
    flow.resume(TOKEN, state(language="fr"))
    assert flow.draft.account_language == "it"


# --- step 2 ----------------------------------------------------------------------------------------


def test_company_page_france():
    flow = at_company()
    assert not flow.is_valid() and all(flow.field_errors(f) == [] for f in ("company_name", "country", "phone"))
    fill(flow, company_name="Froid SA", country="FR")
    assert flow.id_type_choices() == ["fr_siren", "fr_siret", "fr_tva", "eu_vat", "other"]
    fill(flow, id_type="fr_siren", id_number="732829321", phone="+33 1 42 68 53 00")
    assert flow.field_errors("id_number") == ["invalid"]
    assert not flow.is_valid()
    flow.set("id_number", "732 829 320")
    assert flow.is_valid()
    assert flow.company_request() == {
        "name": "Froid SA",
        "country": "FR",
        "id_type": "fr_siren",
        "id_number": "732 829 320",
        "phone": "+33 1 42 68 53 00",
    }
    CompanyData(**flow.company_request())


def test_company_page_spain_national_phone():
    flow = at_company()
    fill(flow, company_name="Frío SL", country="ES", id_type="es_cif", id_number=CIF, phone="912 345 678")
    assert flow.is_valid()
    flow.set("phone", "123")
    assert flow.field_errors("phone") == ["invalid"] and not flow.is_valid()


def test_id_type_must_suit_the_country():
    flow = at_company()
    fill(flow, company_name="Froid SA", country="FR", id_type="es_cif", id_number=CIF, phone="+33142685300")
    assert flow.field_errors("id_type") == ["not_allowed_for_country"]


def test_changing_country_clears_an_id_type_it_does_not_allow():
    flow = at_company()
    fill(flow, country="FR", id_type="fr_siren")
    flow.set("country", "ES")
    assert flow.draft.id_type == ""
    flow.set("id_type", "eu_vat")
    flow.set("country", "DE")
    assert flow.draft.id_type == "eu_vat"  # still offered: kept
    flow.set("country", "")
    assert flow.id_type_choices() == [] and flow.draft.id_type == ""


def test_field_errors_accept_api_names_on_the_page():
    flow = at_company()
    flow.set("company_name", "")
    assert flow.field_errors("name") == flow.field_errors("company_name") == ["required"]


def test_submitted_company_goes_to_account_and_back():
    flow = at_account()
    assert flow.step == Step.ACCOUNT
    assert flow.can_go_back() and flow.back() == Step.COMPANY
    assert flow.draft.company_name == "Froid SA"


# --- step 3 ----------------------------------------------------------------------------------------


def test_checklist_ticks_as_the_password_grows():
    flow = at_account()
    fill(flow, first_name="Marie", last_name="Curie")
    seen = []
    for typed in ("g", "gl", "Gla", "Gla#", "Gla#2", PASSWORD):
        flow.set("password", typed)
        seen.append(flow.checklist())
    assert not seen[0]["no_uppercase"] and seen[2]["no_uppercase"]
    assert not seen[2]["no_symbol"] and seen[3]["no_symbol"]
    assert not seen[3]["no_digit"] and seen[4]["no_digit"]
    assert not seen[4]["too_short"] and seen[5]["too_short"]
    assert all(seen[5][rule] for rule in seen[5] if rule != "match")
    assert not seen[5]["match"]
    flow.set("password_confirmation", PASSWORD)
    assert flow.checklist()["match"]
    strengths = [flow.strength()]
    flow.set("password", "G")
    strengths.insert(0, flow.strength())
    assert 0 <= strengths[0] < strengths[1] <= 4


def test_checklist_follows_the_policy_and_personal_data():
    flow = at_account()
    fill(flow, first_name="Marie", password="Curie#2024!")
    assert flow.checklist()["contains_personal"]
    flow.set("last_name", "Curie")
    assert not flow.checklist()["contains_personal"]
    flow.policy = PasswordPolicy(min_length=4, require_symbol=False, forbid_personal=False)
    assert set(flow.checklist()) == {
        "too_short",
        "too_long",
        "no_uppercase",
        "no_digit",
        "common",
        "invalid_character",
        "match",
    }


def test_account_page_complete_request():
    flow = at_account()
    assert not flow.is_valid() and flow.field_errors("password") == []
    fill(flow, first_name="Marie", last_name="Curie", password=PASSWORD, password_confirmation="nope")
    assert flow.field_errors("password_confirmation") == ["mismatch"]
    flow.set("password_confirmation", PASSWORD)
    assert flow.is_valid()
    body = flow.complete_request()
    assert body == {
        "first_name": "Marie",
        "last_name": "Curie",
        "password": PASSWORD,
        "password_confirmation": PASSWORD,
        "language": "fr",
    }
    RegistrationComplete(**body)
    assert flow.submitted(Step.ACCOUNT) == Step.DONE
    assert not flow.can_go_back()


def test_request_bodies_have_exactly_the_api_fields():
    flow = RegistrationFlow()
    assert set(flow.start_request()) == set(RegistrationStart.model_fields)
    assert set(flow.company_request()) == set(CompanyData.model_fields)
    assert set(flow.complete_request()) == set(RegistrationComplete.model_fields)


# --- server answers ----------------------------------------------------------------------------------


def test_server_errors_show_until_the_field_is_edited():
    flow = RegistrationFlow()
    fill(flow, email=EMAIL, email_confirmation=EMAIL)
    flow.busy = True
    assert flow.apply_server_errors({"email": ["invalid"]}) == Step.EMAIL
    assert not flow.busy
    assert flow.server_errors == {"email": ["invalid"]}
    assert flow.field_errors("email") == ["invalid"] and not flow.is_valid()
    flow.set("email", EMAIL)  # unchanged value: not an edit
    assert flow.field_errors("email") == ["invalid"]
    flow.set("email", "x" + EMAIL)
    assert flow.field_errors("email_confirmation") == ["mismatch"]
    assert flow.server_errors == {}


def test_complete_errors_route_back_to_their_page():
    flow = at_account()
    fill(flow, first_name="Marie", last_name="Curie", password=PASSWORD, password_confirmation=PASSWORD)
    assert flow.apply_server_errors({"password": ["common"], "language": ["invalid"]}) == Step.ACCOUNT
    assert flow.field_errors("password") == ["common"]
    assert flow.field_errors("account_language") == ["invalid"]
    assert flow.server_errors == {"password": ["common"], "account_language": ["invalid"]}


def test_missing_company_goes_back_to_company_without_blocking_it():
    flow = at_account()
    assert flow.apply_server_errors({"first_name": ["invalid"], "company": ["required"]}) == Step.COMPANY
    assert [(e.field, e.code) for e in flow.notices()] == [("company", "required")]
    assert flow.is_valid()  # re-sending step 2 is the fix
    flow.submitted(Step.COMPANY)
    assert flow.step == Step.ACCOUNT
    assert flow.field_errors("first_name") == ["invalid"]
    assert flow.notices(Step.COMPANY) == []


def test_company_fields_reported_by_complete_route_to_company():
    flow = at_account()
    assert flow.apply_server_errors({"id_number": ["invalid"]}) == Step.COMPANY
    assert flow.field_errors("id_number") == ["invalid"] and not flow.is_valid()


def test_unknown_fields_stay_on_the_page_as_notices():
    flow = at_company()
    assert flow.apply_server_errors({"body": ["malformed"], "phone": []}) == Step.COMPANY
    assert [e.field for e in flow.notices()] == ["body"]
    assert flow.server_errors == {}


def test_a_lone_code_is_not_split_into_letters():
    flow = at_company()
    flow.apply_server_errors({"phone": "invalid"})
    assert flow.field_errors("phone") == ["invalid"]


def test_a_new_answer_replaces_the_old_one():
    flow = at_company()
    flow.apply_server_errors({"phone": ["invalid"]})
    flow.apply_server_errors({"country": ["invalid"]})
    assert flow.server_errors == {"country": ["invalid"]}


def test_busy_blocks_submitting_and_going_back():
    flow = RegistrationFlow()
    fill(flow, email=EMAIL, email_confirmation=EMAIL)
    flow.busy = True
    assert flow.errors() == [] and not flow.is_valid()
    flow.submitted(Step.EMAIL)
    assert not flow.busy
    flow.busy = True
    assert not flow.can_go_back() and flow.back() == Step.CHECK_INBOX


def test_failure_without_field_errors_sets_a_message_until_an_edit():
    flow = RegistrationFlow()
    flow.busy = True
    flow.failed("network")
    assert flow.message_code == "network" and not flow.busy
    flow.set("email", "a")
    assert flow.message_code is None


def test_unknown_field_and_the_last_page_are_programming_errors():
    flow = RegistrationFlow()
    with pytest.raises(ValueError):
        flow.set("token", TOKEN)
    with pytest.raises(ValueError):
        flow.submitted(Step.DONE)
    with pytest.raises(TypeError):
        flow.set("email", None)
