"""The batch runner and the pipeline end to end, on the real seed articles.

The seed assertions say what a reader of the article would code, not how many
events the current rules find: counts change as the rules improve, these facts
do not.  The teaser and caption checks pin down the promise of the clean stage
as seen from the output: no evidence is read from a *Voir plus* block or a photo
caption.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from communique.batch import count_documents, extract_paths, ingest_paths
from communique.models import Document, Problem, Result
from communique.pipeline import Pipeline
from communique.store import Store

DATA = Path(__file__).parent / "data" / "cli"
SEEDS = DATA / "seeds"
SEED_IDS = sorted(path.stem for path in SEEDS.glob("*.txt"))
TEASER = "\nVoir plus\n"
CAPTION = re.compile(r"Photo\s*:|ảnh \d")  # a photo caption or credit line
FRENCH = ("Le Premier ministre français a rencontré le chancelier allemand à Berlin le 3 mars "
          "2021 pour discuter de la coopération en matière de défense.")
ENGLISH = ("The President of the United States met the Prime Minister of Japan in Washington on "
           "Tuesday to discuss trade and security in the Pacific region.")


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:  # type: ignore[no-untyped-def]
    return Pipeline(nlp=nlp)


@pytest.fixture(scope="module")
def seed_results(pipeline: Pipeline) -> dict[str, Result]:
    problems: list[Problem] = []
    results = {r.document.id: r for r in extract_paths([SEEDS], pipeline, problems=problems)}
    assert problems == []
    return results


def events_of(result: Result, type: str) -> list:  # type: ignore[type-arg]
    return [event for event in result.events if event.type == type]


# ---------------------------------------------------------------- pipeline and batch


@pytest.mark.model
def test_pipeline_process_yields_one_result_per_document_in_order(pipeline: Pipeline) -> None:
    documents = [
        Document(id="fr-1", text=FRENCH, language="fr"),
        Document(id="blank", text="   \n"),
        Document(id="en-1", text=ENGLISH, language="en"),
        Document(id="fr-2", text=FRENCH.replace("Berlin", "Bonn"), language="fr"),
    ]
    pipeline.batch_size = 3  # the order must survive a batch boundary
    results = list(pipeline.process(iter(documents)))
    assert [r.document.id for r in results] == ["fr-1", "blank", "en-1", "fr-2"]
    assert results[1].skipped == "empty text" and results[1].events == ()
    assert "not French" in (results[2].skipped or "") and results[2].events == ()
    assert results[0].skipped is None and results[0].events


@pytest.mark.model
def test_batch_extract_paths_keeps_a_line_for_unreadable_text_files(pipeline: Pipeline,
                                                                    tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "c.docx").write_bytes(b"PK")
    (tmp_path / "d.txt").write_text(FRENCH, encoding="utf-8")
    problems: list[Problem] = []
    results = list(extract_paths([tmp_path], pipeline, problems=problems, pub_date="2021-03-04"))
    assert [r.document.id for r in results] == ["a", "b", "d"]  # not the .docx: not a document
    assert results[1].skipped and "binary" in results[1].skipped
    assert results[1].to_gold() == {"doc_id": "b", "pub_date": "2021-03-04", "events": []}
    assert {Path(p.origin).name for p in problems} == {"b.txt", "c.docx"}


@pytest.mark.model
def test_batch_extract_paths_only_codes_the_asked_documents(pipeline: Pipeline) -> None:
    wanted = {SEED_IDS[1], SEED_IDS[3]}
    results = list(extract_paths([SEEDS], pipeline, problems=[], only=wanted))
    assert [r.document.id for r in results] == sorted(wanted)


def test_batch_count_documents_counts_files_and_jsonl_lines(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n{"text": "z"}\n',
                                      encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK")
    assert count_documents([tmp_path]) == 5
    assert count_documents([tmp_path / "a.txt", tmp_path / "c.jsonl"]) == 4


@pytest.mark.parametrize("source", ["-", "feed.rss", "crawl.warc.gz"])
def test_batch_count_documents_is_unknown_for_streams_and_containers(tmp_path: Path,
                                                                      source: str) -> None:
    if source != "-":
        (tmp_path / source).write_bytes(b"x")
        source = str(tmp_path / source)
    assert count_documents([source]) is None


@pytest.mark.model
def test_batch_ingest_paths_reports_a_repeated_document_id(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for folder, city in (("un", "Berlin"), ("deux", "Bonn")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "note.txt").write_text(FRENCH.replace("Berlin", city),
                                                    encoding="utf-8")
    with Store.open(tmp_path / "t.db") as store:
        report = ingest_paths([tmp_path / "un", tmp_path / "deux"], store,
                              lambda: Pipeline(nlp=nlp))
        (warning,) = report.problems
        assert not warning.fatal and "already read" in warning.reason
        assert report.outcomes == {"new": 1, "updated": 1} and not report.failed
        stored = store.document("note")
        assert stored is not None and "Bonn" in stored["text"]


# ---------------------------------------------------------------- the seeds, end to end


@pytest.mark.model
def test_pipeline_seed_000_belarus_prime_minister_visits_hanoi(
        seed_results: dict[str, Result]) -> None:
    consults = events_of(seed_results["000_16a7b6badb296c05"], "CONSULT")
    assert any(e.actor == ("BLR",) and e.recipient == ("VNM",) and e.date == "--12-07"
               and e.status == "occurred" for e in consults), consults


@pytest.mark.model
def test_pipeline_seed_001_to_lam_in_minsk_and_the_award(seed_results: dict[str, Result]) -> None:
    result = seed_results["001_e52cb4cd3b8fc08c"]
    assert any(e.actor == ("VNM",) and e.recipient == ("BLR",)
               for e in events_of(result, "CONSULT"))
    awards = [e for e in events_of(result, "SUPPORT") if e.mode == "award"]
    assert any(e.actor == ("BLR",) and e.recipient == ("VNM",)
               and "Ordre de l'Amitié" in e.evidence.text for e in awards), awards


@pytest.mark.model
@pytest.mark.parametrize("doc_id", SEED_IDS)
def test_pipeline_seed_evidence_is_the_original_text_at_its_offsets(
        seed_results: dict[str, Result], doc_id: str) -> None:
    result = seed_results[doc_id]
    assert result.events
    for event in result.events:
        assert event.evidence is not None
        assert result.document.text[event.evidence.start:event.evidence.end] == event.evidence.text


def _caption_lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        if CAPTION.search(line):
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _noisy_seeds() -> list[str]:
    """The seeds with a teaser block or a caption line (001 to 004; 000 has neither)."""
    found = []
    for doc_id in SEED_IDS:
        text = (SEEDS / f"{doc_id}.txt").read_text(encoding="utf-8")
        if TEASER in text or _caption_lines(text):
            found.append(doc_id)
    return found


@pytest.mark.model
@pytest.mark.parametrize("doc_id", _noisy_seeds())
def test_pipeline_seed_evidence_avoids_teasers_and_captions(seed_results: dict[str, Result],
                                                           doc_id: str) -> None:
    result = seed_results[doc_id]
    text = result.document.text
    teaser = text.find(TEASER)
    captions = _caption_lines(text)
    for event in result.events:
        start, end = event.evidence.start, event.evidence.end
        assert teaser < 0 or end <= teaser, f"{event.type} read from the teaser block"
        inside = [(s, e) for s, e in captions if start < e and s < end]
        caption = text[inside[0][0]:inside[0][1]] if inside else ""
        assert not inside, f"{event.type} evidence overlaps a caption: {caption!r}"
