"""`akonet-server`: run the API server for an organisation, migrate its database, manage the
inventory of manufactured devices, or simulate devices sending heartbeats.

Every setting is an AKONET_* environment variable and also a flag (--database-url,
--mail-url, --public-url, --lockout-threshold, ...); flags win.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from akonet_desktop.server.inventory import cli as inventory_cli
from akonet_desktop.server.settings import Settings


def _add_settings_flags(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("settings (also AKONET_<NAME> environment variables)")
    for name, info in Settings.model_fields.items():
        # A yes/no setting alone means yes: `--docs` as well as `--docs true`.
        switch = {"nargs": "?", "const": "true"} if info.annotation is bool else {}
        group.add_argument(
            "--" + name.replace("_", "-"),
            dest=f"setting_{name}",
            metavar=name.upper(),
            help=f"default: {info.get_default(call_default_factory=True)!s}",
            **switch,
        )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="akonet-server", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="run the HTTP API (migrates the database first)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1, help="server processes")
    serve.add_argument("--log-level", default="info")
    tls = serve.add_argument_group("HTTPS (or terminate TLS at a reverse proxy and pass --forwarded-allow-ips)")
    tls.add_argument("--ssl-certfile", metavar="PEM", help="certificate chain: serve HTTPS")
    tls.add_argument("--ssl-keyfile", metavar="PEM", help="its private key")
    tls.add_argument(
        "--forwarded-allow-ips",
        metavar="IPS",
        help="comma-separated addresses of trusted reverse proxies: their X-Forwarded-For and "
        "X-Forwarded-Proto give the client's address (per-client limits) and scheme",
    )
    _add_settings_flags(serve)
    migrate = commands.add_parser("migrate", help="bring the database schema up to date")
    _add_settings_flags(migrate)
    inventory_cli.add_parsers(commands, _add_settings_flags)
    return parser


def _export_settings(args: argparse.Namespace) -> Settings:
    """Flags become environment variables so that every worker process sees the same."""
    for name in Settings.model_fields:
        value = getattr(args, f"setting_{name}", None)
        if value is not None:
            os.environ[f"AKONET_{name.upper()}"] = value
    return Settings()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    quiet = args.command in ("inventory", "simulate")  # their output is labels and reports
    logging.basicConfig(
        level=logging.WARNING if quiet else logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("alembic").setLevel(logging.WARNING)  # migrate prints its own one-line result
    if args.command == "serve" and "AKONET_PUBLIC_URL" not in os.environ and args.setting_public_url is None:
        if args.host in ("0.0.0.0", "::", ""):
            # Emailed links would point at "http://0.0.0.0:8000", which no one can open.
            print(
                "akonet-server: serving on every interface: give the address people reach it at, "
                "for the links in emails (--public-url https://akonet.example.com)",
                file=sys.stderr,
            )
            return 2
        scheme = "https" if args.ssl_certfile else "http"
        os.environ["AKONET_PUBLIC_URL"] = f"{scheme}://{args.host}:{args.port}"
    if args.command == "serve" and bool(args.ssl_certfile) != bool(args.ssl_keyfile):
        print("akonet-server: HTTPS needs both --ssl-certfile and --ssl-keyfile", file=sys.stderr)
        return 2
    try:
        settings = _export_settings(args)
    except ValueError as exc:  # pydantic's ValidationError is a ValueError
        print(f"akonet-server: invalid setting: {exc}", file=sys.stderr)
        return 2
    if args.command in ("inventory", "simulate"):
        return inventory_cli.run(args, settings)
    if args.command == "migrate":
        from akonet_desktop.server.db import make_engine
        from akonet_desktop.server.migrate import upgrade

        engine = make_engine(settings.effective_database_url)
        upgrade(engine)
        engine.dispose()
        print(f"database is up to date: {engine.url.render_as_string(hide_password=True)}")
        return 0

    import uvicorn

    from akonet_desktop.server.http.uvicorn_options import uvicorn_options

    uvicorn.run(
        "akonet_desktop.server.app:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level=args.log_level,
        ssl_certfile=args.ssl_certfile,
        ssl_keyfile=args.ssl_keyfile,
        # Only from the proxies named: anyone else could claim any address and dodge the limits.
        proxy_headers=bool(args.forwarded_allow_ips),
        forwarded_allow_ips=args.forwarded_allow_ips or "127.0.0.1",
        **uvicorn_options(settings.head_limits),
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
