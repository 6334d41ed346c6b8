"""Label shapes (shared with the desktop), generated secrets, and the SQLite access-path choice."""

from __future__ import annotations

import pytest

from akonet_desktop.api.models import DeviceQuery
from akonet_desktop.rules import FieldError
from akonet_desktop.rules.device import (
    DEVICE_MODELS,
    check_activation_code,
    check_device_location,
    check_device_model,
    check_device_name,
    check_device_search,
    check_firmware,
    check_serial,
    device_english_message,
    normalize_activation_code,
    normalize_serial,
)
from akonet_desktop.server.devices import query_plan
from akonet_desktop.server.devices.secrets import (
    activation_code_hash,
    code_matches,
    new_activation_code,
    new_device_secret,
    new_serial,
)


def test_catalogue():
    assert {"AKO-16524", "AKO-16526A", "AKO-16624", "AKOCONTROL", "AKO-5041", "AKO-5051"} <= set(DEVICE_MODELS)
    assert check_device_model("AKO-16524") == []
    assert check_device_model("") == [FieldError("model", "required")]
    assert check_device_model("ako-16524")[0].code == "invalid"


@pytest.mark.parametrize(
    "serial,code",
    [
        ("K7P2M9Q4XA", None),
        (" k7p2m-9q4xa ", None),
        ("K7P2 M9Q4 XA", None),
        ("", "required"),
        ("   ", "required"),
        (None, "required"),
        ("K7P2M9Q4X", "invalid"),
        ("K7P2M9Q4XAB", "invalid"),
        ("K7P2M9Q4X!", "invalid"),
        ("K7P2M9Q4XÄ", "invalid"),
    ],
)
def test_serials(serial, code):
    errors = check_serial(serial)
    assert [e.code for e in errors] == ([] if code is None else [code])


def test_serial_normal_form():
    assert normalize_serial(" k7p2m-9q4xa ") == "K7P2M9Q4XA"


@pytest.mark.parametrize(
    "typed,printed",
    [
        ("7K3M-9QPX-2W4R", "7K3M-9QPX-2W4R"),
        ("7k3m9qpx2w4r", "7K3M-9QPX-2W4R"),
        (" 7K3M 9QPX 2W4R ", "7K3M-9QPX-2W4R"),
        ("OIL0-0000-0000", "0110-0000-0000"),  # O reads as 0, I and L as 1
    ],
)
def test_codes_forgive_case_spacing_and_look_alikes(typed, printed):
    assert normalize_activation_code(typed) == printed
    assert check_activation_code(typed) == []


@pytest.mark.parametrize(
    "code,error",
    [
        ("", "required"),
        ("--", "required"),
        ("7K3M-9QPX-2W4", "invalid"),
        ("7K3M-9QPX-2W4RR", "invalid"),
        ("UUUU-UUUU-UUUU", "invalid"),
        ("7K3M-9QPX-2W4!", "invalid"),
    ],
)
def test_bad_codes(code, error):
    assert [e.code for e in check_activation_code(code)] == [error]


def test_generated_labels_have_the_shapes_and_are_unique():
    serials = {new_serial() for _ in range(2000)}
    codes = {new_activation_code() for _ in range(2000)}
    assert len(serials) == len(codes) == 2000
    assert all(check_serial(s) == [] for s in serials)
    assert all(check_activation_code(c) == [] and c == normalize_activation_code(c) for c in codes)
    assert not any(set(s) & set("ILOU") for s in serials)
    assert len(new_device_secret()) >= 32


def test_code_hash_is_salted_by_serial_and_ignores_typing():
    code = new_activation_code()
    stored = activation_code_hash("K7P2M9Q4XA", code)
    assert code_matches(stored, "K7P2M9Q4XA", code.lower().replace("-", " "))
    assert not code_matches(stored, "K7P2M9Q4XB", code)
    assert stored != activation_code_hash("K7P2M9Q4XB", code)
    assert not code_matches(None, "K7P2M9Q4XA", code)


def test_free_text_fields():
    assert check_device_name("") == check_device_location(None) == []
    assert check_device_name("x" * 100) == [] and check_device_location("x" * 200) == []
    assert check_device_name("x" * 101) == [FieldError("name", "too_long", {"max": 100})]
    assert check_device_location("x" * 201) == [FieldError("location", "too_long", {"max": 200})]
    assert check_device_name("Cámara \u200d 1") == []  # format characters are legitimate text
    assert check_device_name("a\x00")[0].code == "invalid"
    assert check_device_search("cámara") == [] and check_device_search("a\x1f")[0].code == "invalid"
    assert check_firmware("2.1.0-rc1") == [] and check_firmware("2 1")[0].code == "invalid"


def test_device_messages_speak_of_the_device():
    assert "device name" in device_english_message(FieldError("name", "too_long", {"max": 100}))
    assert "7K3M-9QPX-2W4R" in device_english_message(check_activation_code("nope")[0])
    assert device_english_message(FieldError("serial", "required")) == "Serial is required."


def _choose(company_total=100_000, status_count=None, matching=100_000, skipped=0, **query):
    return query_plan.choose(
        DeviceQuery(**query),
        searching=bool(query.get("q")),
        company_total=company_total,
        status_count=status_count,
        matching=matching,
        skipped=skipped,
    )


def test_sqlite_access_paths():
    # no filter, or a status filter on the status sort: the sort's own index, nothing to choose
    assert _choose(sort="name") is None
    assert _choose(status="alarm", status_count=1000, matching=1000, sort="status") is None
    # ...or on last contact: the status index is ordered by it within each status
    assert _choose(status="alarm", status_count=1000, matching=1000, sort="last_seen_at") is None
    assert _choose(status="inactive", status_count=11_000, matching=11_000, sort="last_seen_at", order="desc") is None
    # a rare status: its index, then sort; a common one: along the sort's index
    assert _choose(status="alarm", status_count=1000, matching=1000, sort="name") == query_plan.FILTER
    assert _choose(status="inactive", status_count=11_000, matching=11_000, sort="name") == query_plan.WALK
    assert _choose(status="active", status_count=88_000, matching=88_000, sort="location") == query_plan.WALK
    # a rare search text: its matches, then sort; a common one: along the sort's index
    assert _choose(q="freezer 12", matching=111, sort="name") == query_plan.FILTER
    assert _choose(q="cold", matching=11_780, sort="name") == query_plan.WALK
    # ...unless an offset makes the walk long
    assert _choose(q="room 1", matching=2_000, sort="name") == query_plan.WALK
    assert _choose(q="room 1", matching=2_000, skipped=1_000, sort="name") == query_plan.FILTER
    # a search within a rare status: the search's matches, each row's status tested
    assert _choose(q="cold", status="alarm", status_count=1000, matching=120, sort="name") == query_plan.FILTER
