"""/docs: the API's Swagger UI page, served only with `akonet-server serve --docs`.

Its script and style sheet come from a CDN, pinned to one release and checked by the browser
against the hashes below (Subresource Integrity), and a Content-Security-Policy lets the page run
nothing else: a CDN that served other files, or text injected into the page, would not run on the
server's origin. To move to another release, take the hashes of its two files from the npm
package (`npm pack swagger-ui-dist@VERSION`; `openssl dgst -sha384 -binary FILE | openssl base64 -A`).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

SWAGGER_UI = "https://cdn.jsdelivr.net/npm/swagger-ui-dist@5.35.0"
# (address, integrity)
SCRIPT = (
    f"{SWAGGER_UI}/swagger-ui-bundle.js",
    "sha384-gjRm0bEPMeTmMh5jT2cHccIwCUZSTd8YC+j0d0sXw0MdGEfScduGpSyF3ZSSLkX9",
)
STYLE = (
    f"{SWAGGER_UI}/swagger-ui.css",
    "sha384-WlYgdmXYOOBWL5apwjDEZwN+U3HmXSSu5R6V5aGxEcf7z+KuRNwBhoxKVN1i3D5I",
)


def _start_script(openapi_url: str) -> str:
    options = json.dumps({"url": openapi_url, "dom_id": "#swagger-ui", "deepLinking": True})
    return (
        f"const options = {options};\n"
        "options.presets = [SwaggerUIBundle.presets.apis, SwaggerUIBundle.SwaggerUIStandalonePreset];\n"
        'options.layout = "BaseLayout";\n'
        "window.ui = SwaggerUIBundle(options);\n"
    )


def docs_router(title: str, openapi_url: str) -> APIRouter:
    start = _start_script(openapi_url)
    start_hash = base64.b64encode(hashlib.sha256(start.encode()).digest()).decode()
    policy = "; ".join(
        [
            "default-src 'none'",
            f"script-src {SCRIPT[0]} 'sha256-{start_hash}'",
            # Swagger UI sets style attributes on its elements
            f"style-src {STYLE[0]} 'unsafe-inline'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'",
        ]
    )
    page = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(title)}</title>
<link rel="stylesheet" href="{STYLE[0]}" integrity="{STYLE[1]}" crossorigin="anonymous">
</head>
<body>
<div id="swagger-ui"></div>
<script src="{SCRIPT[0]}" integrity="{SCRIPT[1]}" crossorigin="anonymous"></script>
<script>{start}</script>
</body>
</html>
"""
    headers = {"Content-Security-Policy": policy, "Referrer-Policy": "no-referrer", "Cache-Control": "no-store"}
    router = APIRouter()

    @router.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(page, headers=headers)

    return router
