"""RSS and Atom files through feedparser: one document per entry."""

from __future__ import annotations

from html import escape
from pathlib import Path

import pytest

from communique.ingest import read_sources
from communique.ingest.feed import fragment_to_text
from communique.models import Document, Problem

TITLE_1 = "Le Vietnam renforce sa coopération avec l'Azerbaïdjan"
TITLE_2 = "Le Vietnam et Cuba resserrent leurs liens d’amitié traditionnels"


def _rss(paragraphs: list[str]) -> str:
    content = escape("".join(f"<p>{p}</p>" for p in paragraphs[:3]))
    summary = escape(f"<p>{paragraphs[3]}</p>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Le Courrier du Vietnam</title>
  <link>https://www.lecourrier.vn/</link>
  <language>fr-fr</language>
  <item>
    <title>{escape(TITLE_1)}</title>
    <link>https://www.lecourrier.vn/azerbaidjan</link>
    <guid>https://www.lecourrier.vn/?p=1001</guid>
    <pubDate>Tue, 08 Dec 2020 01:30:00 +0700</pubDate>
    <description>{summary}</description>
    <content:encoded>{content}</content:encoded>
  </item>
  <item>
    <title>{escape(TITLE_2)}</title>
    <link>https://www.lecourrier.vn/cuba</link>
    <description>{summary}</description>
  </item>
</channel>
</rss>"""


def _atom(paragraphs: list[str]) -> str:
    content = escape("".join(f"<p>{p}</p>" for p in paragraphs[:2]))
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <title>VietnamPlus</title>
  <id>urn:vietnamplus:fr</id>
  <updated>2020-12-08T10:00:00+07:00</updated>
  <entry>
    <title>{escape(TITLE_1)}</title>
    <id>urn:vietnamplus:azerbaidjan</id>
    <link href="https://fr.vietnamplus.vn/azerbaidjan.vnp"/>
    <published>2020-12-07T22:15:00+07:00</published>
    <updated>2020-12-08T09:00:00+07:00</updated>
    <content type="html">{content}</content>
  </entry>
</feed>"""


def test_feed_rss_entries_are_documents(tmp_path: Path, seed_paragraphs: list[str]) -> None:
    path = tmp_path / "courrier.rss"
    path.write_text(_rss(seed_paragraphs), encoding="utf-8")
    first, second = read_sources([path], pub_date="2020-12-10")
    assert isinstance(first, Document)
    assert first.id == "https://www.lecourrier.vn/?p=1001"
    assert first.title == TITLE_1
    assert first.text == "\n\n".join([TITLE_1, "\n".join(seed_paragraphs[:3])])
    assert first.pub_date == "2020-12-08"  # as written: in UTC it was still 7 December
    assert first.url == "https://www.lecourrier.vn/azerbaidjan"
    assert first.source == "Le Courrier du Vietnam"
    assert first.language == "fr"
    assert first.origin == f"{path}#1"
    # no guid: stem and position; no content: the summary; no date: the --date fallback
    assert second.id == "courrier-2"
    assert second.text == f"{TITLE_2}\n\n{seed_paragraphs[3]}"
    assert second.pub_date == "2020-12-10"


def test_feed_atom_entry_uses_published_day(tmp_path: Path, seed_paragraphs: list[str]) -> None:
    path = tmp_path / "vietnamplus.atom"
    path.write_text(_atom(seed_paragraphs), encoding="utf-8")
    (doc,) = read_sources([path])
    assert doc.id == "urn:vietnamplus:azerbaidjan"
    assert doc.pub_date == "2020-12-07"
    assert doc.text.endswith(seed_paragraphs[1])
    assert doc.source == "VietnamPlus"
    assert doc.language == "fr"


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        (
            "<p>Hanoï (VNA) – Le ministre a reçu l&#8217;ambassadeur.</p>"
            "<p>Deuxième &amp; fin.</p>",
            "Hanoï (VNA) – Le ministre a reçu l’ambassadeur.\nDeuxième & fin.",
        ),
        (
            "Le Vietnam et <b>Cuba</b> resserrent<br/>leurs liens",
            "Le Vietnam et Cuba resserrent\nleurs liens",
        ),
        ("<ul><li>santé</li><li>éducation</li></ul>", "santé\néducation"),
        ("Texte brut sans balise", "Texte brut sans balise"),
    ],
)
def test_feed_fragment_to_text_keeps_blocks_apart(fragment: str, text: str) -> None:
    assert fragment_to_text(fragment) == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (
            '<?xml version="1.0"?><catalogue><livre>Le Petit Prince</livre></catalogue>',
            "feed has no entries",
        ),
        ("<rss><channel><title>Vide", "not an RSS or Atom feed"),
    ],
)
def test_feed_xml_that_is_no_feed_is_a_problem(tmp_path: Path, data: str, reason: str) -> None:
    path = tmp_path / "donnees.xml"
    path.write_text(data, encoding="utf-8")
    (problem,) = read_sources([path])
    assert isinstance(problem, Problem)
    assert problem.reason.startswith(reason)
