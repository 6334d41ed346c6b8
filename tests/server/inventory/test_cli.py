"""`akonet-server inventory add|import|preactivate|demo` and `simulate`, on a temporary SQLite file."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from akonet_desktop.server.cli import main
from akonet_desktop.server.inventory.labels import LABEL_FIELDS
from akonet_desktop.server.inventory.simulate import Simulator, read_secrets, run
from akonet_desktop.server.models import Device
from tests.support.api import Api
from tests.support.devices import bearer
from tests.support.processes import server_processes


@pytest.fixture
def url(sqlite_url, monkeypatch, tmp_path) -> str:
    # Settings through the environment (monkeypatch restores it), not flags that main() exports.
    monkeypatch.setenv("AKONET_DATABASE_URL", sqlite_url)
    monkeypatch.setenv("AKONET_DATA_DIR", str(tmp_path / "data"))
    return sqlite_url


@pytest.fixture
def api(make_settings, url):
    with Api(make_settings(url)) as api:
        yield api


def _labels(text: str) -> list[dict]:
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows == [] or tuple(rows[0]) == LABEL_FIELDS
    return rows


def _cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _device_count(api: Api) -> int:
    with api.ctx.sessions() as session:
        return session.scalar(select(func.count()).select_from(Device))


def _activate(api: Api, signed: dict, label: dict):
    return api.http.post(
        "/api/v1/devices/activate",
        headers=bearer(signed),
        json={"serial": label["serial"], "activation_code": label["activation_code"]},
    )


def test_add_prints_a_label_that_activates(sqlite_url, make_settings, tmp_path):
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "akonet_desktop.server.cli",
            "inventory",
            "add",
            "--model",
            "AKO-16524",
            "--database-url",
            sqlite_url,
            "--data-dir",
            str(tmp_path / "data"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    [label] = _labels(done.stdout)
    assert (label["model"], label["firmware"], len(label["serial"])) == ("AKO-16524", "1.0.0", 10)
    assert len(label["device_secret"]) >= 32
    with Api(make_settings(sqlite_url)) as api:
        owner = api.register("jefe@frio.es")
        assert _activate(api, owner, label).status_code == 201


def test_add_with_serial_and_firmware_then_refuses_the_same_serial(url, capsys):
    code, out, err = _cli(
        capsys, "inventory", "add", "--model", "AKO-5041", "--serial", "abcde-12345", "--firmware", "2.0.1"
    )
    assert code == 0, err
    assert [(r["serial"], r["model"], r["firmware"]) for r in _labels(out)] == [("ABCDE12345", "AKO-5041", "2.0.1")]
    code, out, err = _cli(capsys, "inventory", "add", "--model", "AKO-5041", "--serial", "ABCDE12345")
    assert (code, out) == (1, "")
    assert "already exists" in err


def test_add_explains_bad_input(url, capsys):
    code, out, err = _cli(capsys, "inventory", "add", "--model", "AKO-99", "--serial", "x!", "--firmware", "1 0")
    assert (code, out) == (1, "")
    for field in ("model:", "serial:", "firmware:"):
        assert field in err
    assert "nothing was changed" in err


def _write(path: Path, text: str, bom: bool = False) -> Path:
    path.write_text(("\ufeff" if bom else "") + text, encoding="utf-8")
    return path


def test_import_creates_every_row_and_prints_labels(api, capsys, tmp_path):
    file = _write(
        tmp_path / "devices.csv",
        bom=True,
        text=(
            "serial,model,firmware,activation_code,preactivate_for\n"
            "AAAAAAAAA1,AKO-16526A,2.1.0,,\n"
            ",AKOCONTROL,,abcd efgh jkmn,Jefe@Frio.es\n"
            "\n"
            "AAAAAAAAA3,AKO-5051,1.0.0,,jefe@frio.es\n"
        ),
    )
    code, out, err = _cli(capsys, "inventory", "import", str(file))
    assert code == 0, err
    labels = _labels(out)
    assert [(r["model"], r["firmware"]) for r in labels] == [
        ("AKO-16526A", "2.1.0"),
        ("AKOCONTROL", "1.0.0"),
        ("AKO-5051", "1.0.0"),
    ]
    assert labels[0]["serial"] == "AAAAAAAAA1" and len(labels[1]["serial"]) == 10
    assert labels[1]["activation_code"] == "ABCD-EFGH-JKMN"
    assert "3 devices imported" in err
    owner = api.register("jefe@frio.es")
    listed = api.http.get("/api/v1/devices", headers=bearer(owner)).json()["items"]
    assert {d["serial"] for d in listed} == {labels[1]["serial"], "AAAAAAAAA3"}
    other = api.register("boss@cold.fr")
    assert _activate(api, other, labels[0]).status_code == 201


def test_import_is_all_or_nothing_with_line_numbers(api, capsys, tmp_path):
    assert _cli(capsys, "inventory", "add", "--model", "AKO-16524", "--serial", "TAKEN00001")[0] == 0
    file = _write(
        tmp_path / "bad.csv",
        (
            "serial,model,firmware,activation_code,preactivate_for\n"
            "GOOD000001,AKO-16524,1.0.0,,\n"
            "bad,AKO-16524,1.0.0,,\n"
            "GOOD000002,AKO-1,1.0.0,,\n"
            "GOOD000003,AKO-16524,1.0.0,IIII,\n"
            "GOOD000004,AKO-16524,1.0.0,,nobody\n"
            "GOOD000001,AKO-16524,1.0.0,,\n"
            "TAKEN00001,AKO-16524,1.0.0,,\n"
        ),
    )
    code, out, err = _cli(capsys, "inventory", "import", str(file))
    assert (code, out) == (1, "")
    for expected in (
        "line 3: serial",
        "line 4: model",
        "line 5: activation_code",
        "line 6: preactivate_for",
        "line 7: serial: GOOD000001 is already on line 2",
        "TAKEN00001 already exists (line 8)",
    ):
        assert expected in err
    assert "line 2" not in err.replace("on line 2", "")
    assert _device_count(api) == 1


@pytest.mark.parametrize(
    "text,problem",
    [
        ("model,firmware\nAKO-16524,1.0\n", "missing column(s): serial"),
        ("serial,model,firmware,colour\n,AKO-16524,1.0,red\n", "unknown column(s): colour"),
        ("serial,model,firmware\n", "no devices"),
        ("serial,model,firmware\n,AKO-16524,1.0,extra\n", "line 2: more values than columns"),
    ],
)
def test_import_refuses_a_malformed_file(api, capsys, tmp_path, text, problem):
    code, out, err = _cli(capsys, "inventory", "import", str(_write(tmp_path / "f.csv", text)))
    assert (code, out) == (1, "")
    assert problem in err
    assert _device_count(api) == 0


def test_import_of_a_missing_file(url, capsys, tmp_path):
    code, _out, err = _cli(capsys, "inventory", "import", str(tmp_path / "nope.csv"))
    assert code == 1
    assert "nope.csv" in err


def test_preactivate_then_register(api, capsys):
    code, out, _ = _cli(capsys, "inventory", "add", "--model", "AKO-16624")
    serial = _labels(out)[0]["serial"]
    code, out, err = _cli(capsys, "inventory", "preactivate", "--serial", serial.lower(), "--email", "Jefe@Frio.es")
    assert code == 0, err
    assert f"Device {serial} is pre-activated" in out and "Jefe@frio.es" in out
    owner = api.register("jefe@frio.es")
    assert [d["serial"] for d in api.http.get("/api/v1/devices", headers=bearer(owner)).json()["items"]] == [serial]
    code, _out, err = _cli(capsys, "inventory", "preactivate", "--serial", serial, "--email", "boss@cold.fr")
    assert code == 1
    assert "already in a company" in err


def test_small_demo_prints_its_labels(api, capsys):
    code, out, err = _cli(capsys, "inventory", "demo", "--count", "5")
    assert code == 0, err
    labels = _labels(out)
    assert len(labels) == 5 and len({r["serial"] for r in labels}) == 5
    assert "inventory" in err
    owner = api.register("jefe@frio.es")
    assert _activate(api, owner, labels[3]).status_code == 201


def test_demo_for_an_address_with_secrets_then_simulate(api, capsys, tmp_path):
    secrets_file = tmp_path / "labels.csv"
    code, out, err = _cli(
        capsys,
        "inventory",
        "demo",
        "--count",
        "300",
        "--preactivate-for",
        "jefe@frio.es",
        "--secrets-out",
        str(secrets_file),
    )
    assert code == 0, err
    assert out.startswith("300 demo devices created (") and "alarm" in out
    assert len(_labels(secrets_file.read_text())) == 300

    owner = api.register("jefe@frio.es")
    page = api.http.get("/api/v1/devices", params={"limit": 500}, headers=bearer(owner)).json()
    assert page["total"] == 300
    assert all(d["name"] and d["location"] for d in page["items"])
    assert page["counts"]["active"] > 200 and page["counts"]["inactive"] > 0

    devices = read_secrets(secrets_file, limit=20)
    simulator = Simulator(devices, api.http, alarm_rate=0.5, clear_rate=0.0)
    lines: list[str] = []
    assert run(simulator, interval=60, rounds=2, report=lines.append, sleep=lambda _s: None) == 2
    assert lines[-1].startswith("round 2: 20 heartbeats sent, 0 failed")
    serials = {d.serial for d in devices}
    statuses = {
        d["serial"]: d["status"]
        for d in api.http.get("/api/v1/devices", params={"limit": 500}, headers=bearer(owner)).json()["items"]
    }
    in_alarm = {d.serial for d in devices if d.alarm}
    assert in_alarm and all(statuses[s] == "alarm" for s in in_alarm)
    assert all(statuses[s] == "active" for s in serials - in_alarm)


def test_demo_for_an_existing_account_joins_at_once(api, capsys):
    owner = api.register("jefe@frio.es")
    code, _out, err = _cli(capsys, "inventory", "demo", "--count", "30", "--preactivate-for", "jefe@frio.es")
    assert code == 0, err
    assert "company of jefe@frio.es" in err
    assert api.http.get("/api/v1/devices", headers=bearer(owner)).json()["total"] == 30


def test_demo_refuses_a_bad_address_and_count(url, capsys, tmp_path):
    code, _out, err = _cli(
        capsys,
        "inventory",
        "demo",
        "--count",
        "3",
        "--preactivate-for",
        "nobody",
        "--secrets-out",
        str(tmp_path / "s.csv"),
    )
    assert code == 1 and "preactivate_for" in err
    assert not (tmp_path / "s.csv").exists()
    with pytest.raises(SystemExit) as exit_:
        main(["inventory", "demo", "--count", "0"])
    assert exit_.value.code == 2


def test_simulate_command_against_a_live_server(sqlite_url, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("AKONET_DATABASE_URL", sqlite_url)
    monkeypatch.setenv("AKONET_DATA_DIR", str(tmp_path / "data"))
    secrets_file = tmp_path / "labels.csv"
    assert main(["inventory", "demo", "--count", "4", "--secrets-out", str(secrets_file)]) == 0
    env = {
        "AKONET_DATABASE_URL": sqlite_url,
        "AKONET_DATA_DIR": str(tmp_path / "data"),
        "AKONET_MAIL_URL": f"maildir://{(tmp_path / 'Maildir').as_posix()}",
    }
    with server_processes(1, env, tmp_path) as [server]:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "akonet_desktop.server.cli",
                "simulate",
                "--devices",
                "3",
                "--secrets",
                str(secrets_file),
                "--url",
                server,
                "--interval",
                "0.1",
                "--rounds",
                "2",
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [line for line in done.stdout.splitlines() if line.startswith("round ")]
    assert "round 2: 3 heartbeats sent, 0 failed" in done.stdout


def test_simulate_explains_a_bad_secrets_file(url, capsys, tmp_path):
    code, _out, err = _cli(
        capsys, "simulate", "--devices", "2", "--secrets", str(_write(tmp_path / "x.csv", "a,b\n1,2\n"))
    )
    assert code == 1
    assert "serial and device_secret" in err
