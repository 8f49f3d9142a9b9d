"""Build HTML pages, RSS/Atom feeds and WARC archives from real seed paragraphs."""

from __future__ import annotations

from html import escape
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

BOILERPLATE = "Abonnez-vous à notre lettre d'information"


def article_page(
    title: str, paragraphs: list[str], *, published: str | None = None, charset: str = "utf-8"
) -> str:
    """A news page with navigation, a dated article and a footer, as sites publish them."""
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="fr"><head><meta charset="{charset}">'
        f"<title>{escape(title)} | VietnamPlus</title>{meta}"
        f'<meta property="og:site_name" content="VietnamPlus"></head><body>'
        '<nav><ul><li><a href="/">Accueil</a></li><li><a href="/monde">Monde</a></li>'
        '<li><a href="/economie">Économie</a></li></ul></nav>'
        f"<main><article><h1>{escape(title)}</h1>{body}</article></main>"
        f"<footer><p>{BOILERPLATE}</p><p>© VNA</p></footer></body></html>"
    )


def write_warc(path: Path, records: list[tuple[str, int, str, bytes]]) -> Path:
    """A gzipped WARC with a request before each response: (url, status, type, payload)."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, status, content_type, payload in records:
            request = writer.create_warc_record(
                url,
                "request",
                payload=BytesIO(b""),
                http_headers=StatusAndHeaders(
                    f"GET {url} HTTP/1.1", [("Host", "example")], is_http_request=True
                ),
            )
            writer.write_record(request)
            headers = StatusAndHeaders(
                f"{status} OK" if status == 200 else f"{status} Not Found",
                [("Content-Type", content_type)],
                protocol="HTTP/1.1",
            )
            response = writer.create_warc_record(
                url, "response", payload=BytesIO(payload), http_headers=headers
            )
            writer.write_record(response)
    return path
