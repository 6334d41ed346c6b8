"""Whatever the user types, in any order, the models never raise and stay coherent."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from akonet_desktop.api.models import CompanyData, RegistrationState
from akonet_desktop.client.flows import RecoveryFlow, RecoveryStep, RegistrationFlow, SignInForm, Step
from akonet_desktop.rules import COUNTRIES, FieldError, PasswordPolicy

FAST = settings(max_examples=80, deadline=None)

any_char = st.characters(codec=None, categories=None, exclude_categories=())
TRICKY = [
    "",
    " ",
    "\x00",
    "\ud800",
    "\u202e",
    "FR",
    "ES",
    "fr_siren",
    "es_cif",
    "eu_vat",
    "other",
    "732829320",
    "B64717838",
    "+34 912 345 678",
    "a@b.co",
    "Glacier#2024x",
    "fr",
    "akonet://registration/continue?token=",
]
text = st.one_of(
    st.text(any_char, max_size=40),
    st.sampled_from(TRICKY),
    st.sampled_from(COUNTRIES),
    st.builds(lambda s, n: s * n, st.text(any_char, min_size=1, max_size=3), st.integers(100, 3000)),
)
codes = st.dictionaries(
    st.text(max_size=20) | st.sampled_from(["name", "language", "email", "company", "token"]),
    st.lists(st.text(max_size=10), max_size=3),
    max_size=4,
)
policies = st.builds(
    lambda lo, extra, sym: PasswordPolicy(lo, lo + extra, require_symbol=sym),
    st.integers(1, 20),
    st.integers(0, 100),
    st.booleans(),
)

REGISTRATION_FIELDS = [
    "email",
    "email_confirmation",
    "language",
    "link_text",
    "company_name",
    "country",
    "id_type",
    "id_number",
    "phone",
    "first_name",
    "last_name",
    "password",
    "password_confirmation",
    "account_language",
]
RECOVERY_FIELDS = ["email", "link_text", "password", "password_confirmation"]


def actions(fields):
    return st.lists(
        st.one_of(
            st.tuples(st.just("set"), st.sampled_from(fields), text),
            st.tuples(st.just("busy"), st.booleans()),
            st.tuples(st.just("server"), codes),
            st.tuples(st.just("link"), text),
            st.tuples(st.just("refused"), st.sampled_from(["link_used", "link_expired", "link_unknown"])),
            st.tuples(st.just("back")),
            st.tuples(st.just("next")),
            st.tuples(st.just("reveal")),
            st.tuples(st.just("failed"), st.sampled_from(["network", "rate_limited"])),
            st.tuples(st.just("policy"), policies),
            st.tuples(st.just("resume"), text, st.booleans()),
        ),
        max_size=25,
    )


def run(flow, action):
    kind, *args = action
    if kind == "set":
        flow.set(*args)
    elif kind == "busy":
        flow.busy = args[0]
    elif kind == "server":
        flow.apply_server_errors(args[0])
    elif kind == "link":
        assert flow.accept_link(args[0]) in (True, False)
    elif kind == "refused":
        flow.link_refused(args[0])
    elif kind == "back":
        flow.back()
    elif kind == "next":
        if flow.step != flow.ORDER[-1]:
            flow.submitted(flow.step)
    elif kind == "reveal":
        flow.reveal()
    elif kind == "failed":
        flow.failed(args[0])
    elif kind == "policy":
        flow.policy = args[0]
    elif kind == "resume" and isinstance(flow, RegistrationFlow):
        # model_construct: the server only ever sends valid text, but the model must not care.
        company = CompanyData.model_construct(
            name=args[0], country="FR", id_type="fr_siren", id_number="732829320", phone="+33142685300"
        )
        state = RegistrationState.model_construct(
            email="a@b.co", language="fr", expires_at=datetime.now(UTC), company=company
        )
        flow.resume("Zx9_-abcdefghijklmnopqrstuvwxyz01", state, skip_saved_company=args[1])


def check_coherent(flow, steps, fields):
    for step in steps:
        errors = flow.errors(step)
        assert all(isinstance(e, FieldError) and isinstance(e.code, str) and isinstance(e.field, str) for e in errors)
        assert flow.is_valid(step) == (not errors and not flow.busy)
        assert all(isinstance(e.code, str) for e in flow.notices(step))
    assert flow.errors() == flow.errors(flow.step)
    for field in fields:
        assert all(isinstance(code, str) for code in flow.field_errors(field))
    assert all(isinstance(v, bool) for v in flow.checklist().values())
    assert 0 <= flow.strength() <= 4
    assert flow.can_go_back() in (True, False)
    assert all(isinstance(codes, list) for codes in flow.server_errors.values())


@FAST
@given(actions(REGISTRATION_FIELDS))
def test_registration_never_raises(steps):
    flow = RegistrationFlow()
    for action in steps:
        run(flow, action)
        check_coherent(flow, list(Step), REGISTRATION_FIELDS)
        if action[:2] == ("set", "country"):
            assert flow.draft.id_type in ["", *flow.id_type_choices()]
        for body in (flow.start_request(), flow.company_request(), flow.complete_request()):
            assert all(isinstance(v, str) for v in body.values())


@FAST
@given(actions(RECOVERY_FIELDS), st.one_of(st.none(), text))
def test_recovery_never_raises(steps, token):
    flow = RecoveryFlow(token=token)
    for action in steps:
        run(flow, action)
        check_coherent(flow, list(RecoveryStep), RECOVERY_FIELDS)
        assert all(isinstance(v, str) for v in {**flow.recovery_request(), **flow.reset_request()}.values())


@FAST
@given(
    st.lists(
        st.one_of(
            st.tuples(st.just("set"), st.sampled_from(["email", "password"]), text),
            st.tuples(st.just("busy"), st.booleans()),
            st.tuples(
                st.just("failed"),
                st.sampled_from(["invalid_credentials", "account_locked", "network"]),
                st.none() | st.integers(0, 6),
            ),
            st.tuples(st.just("server"), codes),
        ),
        max_size=25,
    )
)
def test_sign_in_never_raises(steps):
    form = SignInForm()
    for kind, *args in steps:
        if kind == "set":
            form.set(*args)
        elif kind == "busy":
            form.busy = args[0]
        elif kind == "failed":
            form.failed(*args)
        else:
            form.apply_server_errors(args[0])
        errors = form.errors()
        assert all(isinstance(e.code, str) for e in errors)
        assert form.is_valid() == (not errors and not form.busy)
        assert all(isinstance(c, str) for f in ("email", "password") for c in form.field_errors(f))
        assert set(form.request()) == {"email", "password"}
