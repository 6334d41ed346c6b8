"""`akonet-server inventory add|import|preactivate|demo` and `akonet-server simulate`.

Labels go to standard output as CSV (serial, model, firmware, activation_code, device_secret),
the same columns `inventory import` reads; everything else goes to standard error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from akonet_desktop.server.settings import Settings

LABELS_SHOWN = 20


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _positive_float(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return value


def add_parsers(commands, add_settings_flags: Callable[[argparse.ArgumentParser], None]) -> None:
    inventory = commands.add_parser("inventory", help="manufactured devices: add, import, pre-activate, demo")
    actions = inventory.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="add one device and print its label")
    add.add_argument("--model", required=True, help="e.g. AKO-16524, AKO-16526A, AKOCONTROL, AKO-5041")
    add.add_argument("--serial", default="", help="default: a new random serial")
    add.add_argument("--firmware", default="")
    load = actions.add_parser("import", help="add the devices of a CSV file (all or none) and print their labels")
    load.add_argument("file", type=Path, help="columns: serial,model,firmware[,activation_code][,preactivate_for]")
    pre = actions.add_parser("preactivate", help="reserve a device for the company that registers with an email")
    pre.add_argument("--serial", required=True)
    pre.add_argument("--email", required=True)
    demo = actions.add_parser("demo", help="create many realistic devices at once")
    demo.add_argument("--count", type=_positive_int, required=True)
    demo.add_argument("--preactivate-for", default=None, metavar="EMAIL")
    demo.add_argument(
        "--secrets-out",
        type=Path,
        default=None,
        metavar="FILE",
        help="write every label (with device secrets, for `simulate`) to this CSV file",
    )
    for parser in (add, load, pre, demo):
        add_settings_flags(parser)

    simulate = commands.add_parser("simulate", help="send heartbeats for devices of the inventory")
    simulate.add_argument("--devices", type=_positive_int, required=True, help="how many devices of the file")
    simulate.add_argument(
        "--secrets",
        type=Path,
        required=True,
        metavar="FILE",
        help="labels CSV with serial and device_secret (inventory demo --secrets-out)",
    )
    simulate.add_argument("--interval", type=_positive_float, default=10.0, help="seconds between rounds")
    simulate.add_argument("--url", default="http://127.0.0.1:8000", help="the server")
    simulate.add_argument("--rounds", type=_positive_int, default=None, help="default: until Ctrl+C")
    simulate.add_argument("--alarm-rate", type=float, default=0.01, help="chance a device raises an alarm each round")
    simulate.add_argument("--concurrency", type=_positive_int, default=8)


def run(args: argparse.Namespace, settings: Settings | None) -> int:
    if args.command == "simulate":
        return _simulate(args)
    return _inventory(args, settings)


def _inventory(args: argparse.Namespace, settings: Settings) -> int:
    from sqlalchemy.exc import IntegrityError

    from akonet_desktop.server.clock import Clock
    from akonet_desktop.server.db import make_engine, make_session_factory, transaction
    from akonet_desktop.server.inventory.labels import InventoryError
    from akonet_desktop.server.migrate import upgrade

    engine = make_engine(settings.effective_database_url)
    try:
        upgrade(engine)
        with transaction(make_session_factory(engine)) as session:
            finish = _ACTIONS[args.action](args, session, Clock().now(), settings)
    except InventoryError as exc:
        for problem in exc.problems:
            print(f"akonet-server: {problem}", file=sys.stderr)
        print("akonet-server: nothing was changed.", file=sys.stderr)
        _discard_secrets(args)
        return 1
    except IntegrityError:
        print(
            "akonet-server: a device with one of these serials was added meanwhile; nothing was changed.",
            file=sys.stderr,
        )
        _discard_secrets(args)
        return 1
    finally:
        engine.dispose()
    finish()  # only once committed: a label printed is a device that exists
    return 0


def _discard_secrets(args: argparse.Namespace) -> None:
    path = getattr(args, "secrets_out", None)
    if path is not None:
        path.unlink(missing_ok=True)


def _print_labels(labels, what: str) -> Callable[[], None]:
    from akonet_desktop.server.inventory.labels import write_labels

    def finish() -> None:
        write_labels(labels, sys.stdout)
        print(f"{len(labels)} {what}", file=sys.stderr)

    return finish


def _add(args, session, now, _settings):
    from akonet_desktop.server.inventory.labels import add

    label = add(session, now, args.model, args.serial, args.firmware)
    return _print_labels([label], "device added to the inventory.")


def _import(args, session, now, _settings):
    from akonet_desktop.server.inventory.csv_import import import_csv

    labels = import_csv(session, now, args.file)
    return _print_labels(labels, "devices imported.")


def _preactivate(args, session, now, _settings):
    from akonet_desktop.server.inventory.labels import preactivate

    done = preactivate(session, now, args.serial, args.email)
    if done.joined:
        message = f"Device {done.serial} joined the company of {done.email}."
    else:
        message = f"Device {done.serial} is pre-activated: it joins the company that registers with {done.email}."
    return lambda: print(message)


def _demo(args, session, now, settings):
    from akonet_desktop.server.inventory.demo import demo
    from akonet_desktop.server.inventory.labels import checked_email, write_labels

    email = checked_email(args.preactivate_for, "preactivate_for") if args.preactivate_for else None
    out = args.secrets_out.open("w", newline="", encoding="utf-8") if args.secrets_out else None
    try:
        if out is not None:
            write_labels([], out)
        summary = demo(
            session,
            now,
            args.count,
            preactivate_for=email,
            inactive_minutes=settings.device_inactive_minutes,
            keep_labels=LABELS_SHOWN,
            on_batch=(lambda labels: write_labels(labels, out, header=False)) if out else None,
        )
    finally:
        if out is not None:
            out.close()
    return lambda: _demo_report(args, summary)


def _demo_report(args, summary) -> None:
    from akonet_desktop.server.inventory.labels import write_labels

    if summary.labels:
        write_labels(summary.labels, sys.stdout)
    else:
        statuses = ", ".join(f"{summary.statuses[s]} {s}" for s in ("active", "inactive", "alarm"))
        print(f"{summary.created} demo devices created" + (f" ({statuses})" if summary.statuses else "") + ".")
    if summary.joined_company:
        print(f"They are in the company of {args.preactivate_for}.", file=sys.stderr)
    elif summary.waiting_for:
        print(f"They join the company that registers with {args.preactivate_for}.", file=sys.stderr)
    else:
        print("They are in the inventory, ready for « Activer dispositif ».", file=sys.stderr)
    if args.secrets_out:
        print(f"Labels and device secrets: {args.secrets_out}", file=sys.stderr)


_ACTIONS = {"add": _add, "import": _import, "preactivate": _preactivate, "demo": _demo}


def _simulate(args: argparse.Namespace) -> int:
    import httpx

    from akonet_desktop.server.inventory.simulate import Simulator, read_secrets, run

    try:
        devices = read_secrets(args.secrets, limit=args.devices)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        print(f"akonet-server: {exc}", file=sys.stderr)
        return 1
    if len(devices) < args.devices:
        print(f"akonet-server: {args.secrets} has only {len(devices)} devices.", file=sys.stderr)
    print(
        f"Simulating {len(devices)} devices against {args.url} every {args.interval:g} s; Ctrl+C stops.",
        file=sys.stderr,
    )
    limits = httpx.Limits(max_connections=args.concurrency)
    with httpx.Client(base_url=args.url.rstrip("/"), timeout=10, limits=limits) as http:
        simulator = Simulator(devices, http, alarm_rate=args.alarm_rate, concurrency=args.concurrency)
        try:
            run(simulator, args.interval, args.rounds, report=lambda line: print(line, flush=True))
        except KeyboardInterrupt:
            print("stopped.", file=sys.stderr)
    return 0
