"""The FastAPI application factory."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from fastapi import FastAPI

from akonet_desktop import __version__
from akonet_desktop.api import API_PREFIX
from akonet_desktop.server import housekeeping
from akonet_desktop.server.accounts import requested_mail
from akonet_desktop.server.clock import Clock
from akonet_desktop.server.context import ServerContext
from akonet_desktop.server.devices import joining
from akonet_desktop.server.errors import install_error_handlers
from akonet_desktop.server.http import link_pages
from akonet_desktop.server.http.api_docs import docs_router
from akonet_desktop.server.http.api_headers import ApiHeadersMiddleware
from akonet_desktop.server.http.body_limit import BodyLimitMiddleware
from akonet_desktop.server.http.log_redaction import redact_access_log
from akonet_desktop.server.http.routes import (
    activity,
    auth,
    company,
    devices,
    invitations,
    me,
    meta,
    recovery,
    registration,
    roles,
    users,
)
from akonet_desktop.server.mail.outbox import OutboxWorker
from akonet_desktop.server.migrate import upgrade
from akonet_desktop.server.settings import Settings


def create_app(settings: Settings | None = None, *, clock: Clock | None = None) -> FastAPI:
    ctx = ServerContext.create(settings or Settings(), clock)
    redact_access_log()  # in every worker process: each builds its app through this factory

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if ctx.settings.migrate_on_start:
            await asyncio.to_thread(upgrade, ctx.engine)
        stop = asyncio.Event()
        tasks = []
        if ctx.settings.outbox_worker:
            worker = OutboxWorker(ctx, settle_requests=requested_mail.settle_pending)
            tasks.append(asyncio.create_task(worker.run_forever(stop)))
        if ctx.settings.housekeeping_hours:
            tasks.append(asyncio.create_task(housekeeping.run_forever(ctx, stop)))
        tasks.append(asyncio.create_task(joining.run_forever(ctx, stop)))
        try:
            yield
        finally:
            stop.set()
            ctx.mail_queued.set()
            ctx.devices_waiting.set()
            for task in tasks:
                await task
            ctx.close()

    app = FastAPI(
        title="AKONet API",
        version=__version__,
        summary="Company registration, sign-in with lockout, password recovery, devices.",
        lifespan=lifespan,
        openapi_url=f"{API_PREFIX}/openapi.json",
        # FastAPI's /docs loads unpinned scripts from a CDN unchecked: ours (api_docs.py), if asked for.
        docs_url=None,
        redoc_url=None,
    )
    app.state.ctx = ctx
    install_error_handlers(app)
    # Invitations before users: /users/invitations must not be taken for a /users/{id}.
    for router in (
        meta.router,
        registration.router,
        auth.router,
        me.router,
        recovery.router,
        devices.router,
        company.router,
        invitations.router,
        invitations.public_router,
        activity.router,
        roles.router,
        users.router,
    ):
        app.include_router(router, prefix=API_PREFIX)
    app.include_router(link_pages.router)
    if ctx.settings.docs:
        app.include_router(docs_router(app.title, app.openapi_url))
    app.add_middleware(BodyLimitMiddleware, max_bytes=ctx.settings.max_body_bytes)
    app.add_middleware(ApiHeadersMiddleware, prefix=API_PREFIX)  # outermost: the 413s get them too
    return app
