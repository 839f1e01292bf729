"""The gateway's nginx configuration, generated from ONE table of services (stdlib only).

    python deploy/local/gateway_conf.py --container > deploy/docker/nginx.conf

`/api/<service>/...` goes to that service with the prefix stripped; `/` serves the web app's
built files (single-page fallback to index.html); `/api/docs` lists every service's OpenAPI.
The local launcher (infra_gateway.py) renders it under .local/ with local_layout; the container
image (docker-compose.yml) uses the committed deploy/docker/nginx.conf (CONTAINER_LAYOUT).
The table and the settings are in gateway_settings.py.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from pathlib import Path

from gateway_settings import (
    CONTAINER_LAYOUT,
    LOGIN_PATH,
    ROOT,
    ROUTES,
    STREAMS,
    GatewaySettings,
    Layout,
    local_layout,
)

__all__ = ["ROOT", "ROUTES", "STREAMS", "GatewaySettings", "local_layout", "render"]

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "X-Request-ID": "$ouvrage_request_id",
}
MIME_TYPES = {
    "text/html": "html htm",
    "text/css": "css",
    "text/plain": "txt",
    "application/javascript": "js mjs",
    "application/json": "json map",
    "application/manifest+json": "webmanifest",
    "application/wasm": "wasm",
    "image/svg+xml": "svg",
    "image/png": "png",
    "image/jpeg": "jpg jpeg",
    "image/webp": "webp",
    "image/x-icon": "ico",
    "font/woff2": "woff2",
    "font/woff": "woff",
    "application/pdf": "pdf",
}
GZIP_TYPES = (
    "application/json application/problem+json application/javascript text/css "
    "text/plain image/svg+xml application/manifest+json"
)


def problem(status: int, code: str, title: str, detail: str) -> str:
    """A problem+json body shaped like the services' (ouvrage_platform.errors)."""
    body = {
        "type": f"urn:ouvrage:problem:{code}",
        "title": title,
        "status": status,
        "code": code,
        "detail": detail,
    }
    return json.dumps(body, ensure_ascii=False).replace("'", "\\'")


def _headers(indent: str, extra: Mapping[str, str] = {}) -> str:
    # add_header in a block drops the ones inherited from the server: repeat them all
    merged = {**SECURITY_HEADERS, **extra}
    return "".join(f'{indent}add_header {k} "{v}" always;\n' for k, v in merged.items())


def _request_id_maps() -> str:
    # a client's UUID X-Request-ID is passed on; else nginx's random $request_id as a UUID
    # (the services keep only UUIDs as correlation ids: ouvrage_platform.correlation)
    incoming = (
        "~^(?<ia>[0-9a-f]{8})-?(?<ib>[0-9a-f]{4})-?(?<ic>[0-9a-f]{4})-?(?<id>[0-9a-f]{4})-?"
        "(?<ie>[0-9a-f]{12})$"
    )
    return (
        "    map $http_x_request_id $ouvrage_request_id {\n"
        f'        "{incoming}" "$ia-$ib-$ic-$id-$ie";\n'
        "        default $ouvrage_new_request_id;\n    }\n"
        "    map $request_id $ouvrage_new_request_id {\n"
        '        "~^(?<ga>.{8})(?<gb>.{4})(?<gc>.{4})(?<gd>.{4})(?<ge>.{12})$" '
        '"$ga-$gb-$gc-$gd-$ge";\n    }\n'
    )


ACCESS_LOG_FORMAT = (
    '{"time":"$time_iso8601","request_id":"$ouvrage_request_id","remote_addr":"$remote_addr",'
    '"method":"$request_method","path":"$uri","status":$status,"bytes":$body_bytes_sent,'
    '"duration_s":$request_time,"upstream":"$upstream_addr",'
    '"upstream_duration_s":"$upstream_response_time","user_agent":"$http_user_agent"}'
)


def _http_block(s: GatewaySettings, upstreams: Mapping[str, str], lay: Layout) -> str:
    types = "".join(f"        {mime} {ext};\n" for mime, ext in MIME_TYPES.items())
    ups = "".join(
        f"    upstream ouvrage_{name} {{\n        server {address};\n"
        f"        keepalive {lay.upstream_keepalive};\n    }}\n"
        for name, address in upstreams.items()
    )
    temps = "".join(
        f"    {kind}_temp_path {lay.temp}/{kind};\n"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    cors = ""
    if s.cors_origins:
        allowed = "".join(f'        "{origin}" $http_origin;\n' for origin in s.cors_origins)
        cors = (
            f'    map $http_origin $ouvrage_cors_origin {{\n        default "";\n{allowed}    }}\n'
        )
    return (
        f"    types {{\n{types}    }}\n"
        "    default_type application/octet-stream;\n"
        "    charset_types application/json application/problem+json;\n"
        "    server_tokens off;\n    sendfile on;\n    tcp_nodelay on;\n"
        # relative Location headers: behind another proxy, nginx's own host:port would be wrong
        "    absolute_redirect off;\n"
        "    keepalive_timeout 65s;\n"
        f"{temps}"
        f"    client_max_body_size {s.body_limit};\n"
        f"{_request_id_maps()}{cors}"
        f"    log_format ouvrage_json escape=json '{ACCESS_LOG_FORMAT}';\n"
        # buffered: one write per 32 KiB or per second, not one per request
        f"    access_log {lay.access_log} ouvrage_json{lay.access_log_buffer};\n"
        f"    limit_req_zone $binary_remote_addr zone=ouvrage_login:10m "
        f"rate={s.login_rate_per_minute}r/m;\n"
        "    limit_req_status 429;\n    limit_req_log_level warn;\n"
        # small answers (a record) are sent as they are: compressing them costs more than it saves
        "    gzip on;\n    gzip_comp_level 4;\n    gzip_min_length 1024;\n"
        f"    gzip_proxied any;\n    gzip_vary on;\n    gzip_types {GZIP_TYPES};\n"
        # keep-alive connections to the services (HTTP/1.1, no Connection header)
        "    proxy_http_version 1.1;\n"
        '    proxy_set_header Connection "";\n'
        "    proxy_set_header Host $host;\n"
        "    proxy_set_header X-Real-IP $remote_addr;\n"
        "    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n"
        "    proxy_set_header X-Forwarded-Proto $scheme;\n"
        "    proxy_set_header X-Request-ID $ouvrage_request_id;\n"
        "    proxy_set_header X-Correlation-ID $ouvrage_request_id;\n"
        "    proxy_connect_timeout 5s;\n    proxy_read_timeout 60s;\n"
        # the gateway's own copies of these replace the services' (no doubled header)
        + "".join(f"    proxy_hide_header {name};\n" for name in SECURITY_HEADERS)
        + ups
    )


def _api_locations(s: GatewaySettings, upstreams: Mapping[str, str]) -> str:
    cors = ""
    if s.cors_origins:
        cors = _headers(
            "            ",
            {
                "Access-Control-Allow-Origin": "$ouvrage_cors_origin",
                "Access-Control-Allow-Credentials": "true",
                "Access-Control-Allow-Headers": "Authorization, Content-Type, If-Match, "
                "Idempotency-Key, X-Request-ID, X-Ouvrage-CSRF",
                "Access-Control-Allow-Methods": "GET, POST, PUT, PATCH, DELETE",
                "Access-Control-Expose-Headers": "ETag, X-Request-ID, Location",
                "Vary": "Origin",
            },
        )
        # the preflight of an allowed origin is answered here (the services have no OPTIONS)
        cors += "            if ($request_method = OPTIONS) {\n"
        cors += "                return 204;\n            }\n"
    out = []
    for name in upstreams:
        out.append(
            f"        location /api/{name}/ {{\n{cors}"
            f"            proxy_pass http://ouvrage_{name}/;\n"
            # the services' own Location headers (/clients/<id>) are seen under their prefix
            f"            proxy_redirect / /api/{name}/;\n        }}\n"
        )
    if "identity" in upstreams:
        out.append(
            f"        location = {LOGIN_PATH} {{\n{cors}"
            f"            limit_req zone=ouvrage_login burst={s.login_burst} nodelay;\n"
            "            proxy_pass http://ouvrage_identity/auth/token;\n        }\n"
        )
    for path in STREAMS:
        service, rest = path.removeprefix("/api/").split("/", 1)
        if service in upstreams:
            out.append(
                f"        location {path} {{\n{cors}"
                f"            proxy_pass http://ouvrage_{service}/{rest};\n"
                "            proxy_buffering off;\n            proxy_cache off;\n"
                f"            proxy_read_timeout {s.stream_read_timeout};\n"
                "            gzip off;\n        }\n"
            )
    return "".join(out)


def _docs_locations(upstreams: Mapping[str, str], lay: Layout) -> str:
    listed = json.dumps(list(upstreams))
    return (
        "        location = /api/docs {\n            return 302 /api/docs/;\n        }\n"
        "        location /api/docs/ {\n"
        f"            alias {lay.docs_dir}/;\n            index index.html;\n"
        f"{_headers('            ', {'Cache-Control': 'no-cache'})}        }}\n"
        "        location = /api/docs/services.json {\n"
        "            default_type application/json;\n"
        f"{_headers('            ', {'Cache-Control': 'no-cache'})}"
        f"            return 200 '{listed}';\n        }}\n"
    )


def _static_locations(root: Path) -> str:
    hashed = {"Cache-Control": "public, max-age=31536000, immutable"}
    return (
        f"        location / {{\n            root {root};\n"
        "            try_files $uri $uri/ /index.html;\n        }\n"
        f"        location = /index.html {{\n            root {root};\n"
        f"{_headers('            ', {'Cache-Control': 'no-cache'})}        }}\n"
        f"        location /assets/ {{\n            root {root};\n"
        f"{_headers('            ', hashed)}"
        "            try_files $uri =404;\n        }\n"
    )


def _problem_block(status: int, code: str, title: str, detail: str) -> str:
    extra = {"Retry-After": "60"} if status == 429 else {}
    return (
        "            default_type application/problem+json;\n"
        f"{_headers('            ', extra)}"
        f"            return {status} '{problem(status, code, title, detail)}';\n"
    )


def _error_locations(s: GatewaySettings) -> str:
    """The gateway's own refusals, as problem+json (status, stable code, French detail)."""
    errors = {
        "payload_too_large": (
            413, "Requête trop volumineuse",
            f"Le contenu envoyé dépasse la taille autorisée ({s.body_limit}).",
        ),
        "too_many_requests": (
            429, "Trop de requêtes",
            "Trop de tentatives de connexion depuis cette adresse : réessayez dans une minute.",
        ),
        # 503 (not nginx's 502): the service is out of reach for now, the client may retry
        "service_unavailable": (
            503, "Service indisponible",
            "Le service est momentanément indisponible : réessayez dans un instant.",
        ),
    }  # fmt: skip
    named = "".join(
        f"        location @{code} {{\n{_problem_block(status, code, title, detail)}        }}\n"
        for code, (status, title, detail) in errors.items()
    )
    unknown = _problem_block(
        404, "unknown_service", "Ressource introuvable", "Aucun service ne répond à cette adresse."
    )
    return (
        "        error_page 413 = @payload_too_large;\n"
        "        error_page 429 = @too_many_requests;\n"
        "        error_page 502 504 = @service_unavailable;\n"
        f"{named}        location /api/ {{\n{unknown}        }}\n"
    )


def _server(s: GatewaySettings, upstreams: Mapping[str, str], lay: Layout) -> str:
    host = s.listen_host
    listens = []
    redirect = ""
    if s.https_port is not None and lay.certificate:
        listens.append(f"        listen {host}:{s.https_port} ssl http2;\n")
        tls = (
            f"        ssl_certificate {lay.certificate};\n"
            f"        ssl_certificate_key {lay.certificate_key};\n"
            "        ssl_protocols TLSv1.2 TLSv1.3;\n"
            "        ssl_session_cache shared:ouvrage_tls:1m;\n"
        )
        if s.redirect_https:
            redirect = (
                f"    server {{\n        listen {host}:{s.http_port};\n"
                f"        return 308 https://$host:{s.https_port}$request_uri;\n    }}\n"
            )
        else:
            listens.append(f"        listen {host}:{s.http_port};\n")
    else:
        listens.append(f"        listen {host}:{s.http_port};\n")
        tls = ""
    return (
        f"{redirect}    server {{\n{''.join(listens)}{tls}        server_name _;\n"
        f"{_headers('        ')}"
        f"{_error_locations(s)}"
        f"{_api_locations(s, upstreams)}{_docs_locations(upstreams, lay)}"
        f"{_static_locations(s.web_root())}    }}\n"
    )


def render(s: GatewaySettings, upstreams: Mapping[str, str], lay: Layout) -> str:
    """nginx.conf for these settings, services (name -> host:port) and file layout."""
    user = f"user {lay.worker_user};\n" if lay.worker_user else ""
    return (
        "# generated by deploy/local/gateway_conf.py from the ROUTES table of\n"
        "# deploy/local/gateway_settings.py: do not edit\n"
        f"{user}worker_processes {lay.worker_processes};\n"
        f"pid {lay.pid};\nerror_log {lay.error_log} warn;\ndaemon off;\n"
        "events {\n    worker_connections 1024;\n}\n"
        f"http {{\n{_http_block(s, upstreams, lay)}{_server(s, upstreams, lay)}}}\n"
    )


def container_conf() -> str:
    """The configuration of the official nginx image in docker-compose.yml."""
    settings = GatewaySettings(
        https_port=None, listen_host="0.0.0.0", static_dir=Path("/usr/share/nginx/html")
    )
    upstreams = {name: f"{name}:{port}" for name, port in ROUTES.items()}
    return render(settings, upstreams, CONTAINER_LAYOUT)


if __name__ == "__main__":
    if sys.argv[1:] != ["--container"]:
        print("usage: gateway_conf.py --container", file=sys.stderr)
        sys.exit(2)
    sys.stdout.write(container_conf())
