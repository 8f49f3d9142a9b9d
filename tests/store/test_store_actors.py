"""Actor registry: spellings merge across documents, namesakes do not, counts never double.

The sentences are short real-style French wire leads written for these tests
around real names (Belarusian and Vietnamese officials as VNA and AFP spell
them); the Golovchenko article is the VNA excerpt of ``conftest.py``.
"""

from __future__ import annotations

import dataclasses

import pytest
import sqlalchemy as sa

from communique.models import Document, Mention, Result
from communique.store import MIGRATIONS, Store, migrations
from communique.store.actors import match_actor, name_key, name_score
from communique.store.schema import actor_names, mention_actors, schema_migrations


def _article(doc_id: str, text: str, pub_date: str | None, *people: tuple) -> Result:
    """A document whose person mentions are (name, polity, role), found at their offsets."""
    found = []
    for name, polity, role in people:
        start = text.index(name)
        found.append(Mention(doc_id=doc_id, start=start, end=start + len(name), text=name,
                             kind="person", polity=polity, name=name, role=role))  # fmt: skip
    return Result(document=Document(id=doc_id, text=text, pub_date=pub_date),
                  mentions=tuple(found))  # fmt: skip


MINSK_AUG = _article(
    "afp-2020-08-27", "Le président Alexandre Lukashenko a reçu le Premier ministre à Minsk.",
    "2020-08-27", ("Alexandre Lukashenko", "BLR", "président"),
)  # fmt: skip
MINSK_SEP = _article(
    "afp-2020-09-14",
    "Le président biélorusse Alexandre Loukachenko a rencontré Vladimir Poutine à Sotchi.",
    "2020-09-14", ("Alexandre Loukachenko", "BLR", "président"),
    ("Vladimir Poutine", "RUS", "président"),
)  # fmt: skip
MINSK_SURNAME = _article(
    "afp-2020-10-02", "Loukachenko a dénoncé une ingérence étrangère.", "2020-10-02",
    ("Loukachenko", "BLR", None),
)  # fmt: skip
HANOI_SONS = _article(
    "vna-2023-05-10",
    "Le vice-ministre Huynh Ngoc Son a reçu le ministre Bui Thanh Son à Hanoï.", "2023-05-10",
    ("Huynh Ngoc Son", "VNM", "vice-ministre"), ("Bui Thanh Son", "VNM", "ministre"),
)  # fmt: skip


def _save(store: Store, *results: Result, version: str = "0.1.0") -> None:
    for result in results:
        store.save_result(result, extractor_version=version)


def _by_name(store: Store) -> dict[tuple[str, str], dict]:
    return {(actor["polity"], actor["name"]): actor for actor in store.actors()}


def test_store_actors_transliterations_merge_with_dates(store: Store) -> None:
    _save(store, MINSK_SEP, MINSK_AUG)  # saved out of date order on purpose
    blr = store.actors(polity="BLR")
    assert len(blr) == 1
    actor = blr[0]
    assert {s["name"] for s in actor["spellings"]} == {"Alexandre Loukachenko",
                                                       "Alexandre Lukashenko"}  # fmt: skip
    assert (actor["first_seen"], actor["last_seen"]) == ("2020-08-27", "2020-09-14")
    assert (actor["mentions"], actor["documents"]) == (2, 2)
    assert actor["roles"] == [{"role": "président", "first_seen": "2020-08-27",
                               "last_seen": "2020-09-14", "mentions": 2}]  # fmt: skip
    assert store.actor(actor["id"])["doc_ids"] == ["afp-2020-08-27", "afp-2020-09-14"]


def test_store_actors_surname_alone_attaches(store: Store) -> None:
    _save(store, MINSK_AUG, MINSK_SEP, MINSK_SURNAME)
    [actor] = store.actors(polity="BLR")
    assert {s["name"]: s["mentions"] for s in actor["spellings"]}["Loukachenko"] == 1
    assert actor["last_seen"] == "2020-10-02"
    assert actor["name"] in {"Alexandre Loukachenko", "Alexandre Lukashenko"}  # full name shown


def test_store_actors_surname_first_then_full_name(store: Store, hanoi: Result) -> None:
    surname = _article("vna-golovchenko", "M. Golovchenko a quitté Hanoï.", "2023-12-09",
                       ("Golovchenko", "BLR", None))  # fmt: skip
    _save(store, surname, hanoi)  # the fixture names "Roman Golovchenko", Premier ministre
    [actor] = store.actors(polity="BLR")
    assert actor["name"] == "Roman Golovchenko"
    assert actor["mentions"] == 2
    assert actor["roles"] == [
        {"role": "Premier ministre", "first_seen": None, "last_seen": None, "mentions": 1}
    ]  # hanoi has no pub_date


def test_store_actors_vietnamese_namesakes_stay_apart(store: Store) -> None:
    _save(store, HANOI_SONS)
    vnm = _by_name(store)
    assert {("VNM", "Huynh Ngoc Son"), ("VNM", "Bui Thanh Son")} <= set(vnm)
    assert vnm[("VNM", "Bui Thanh Son")]["roles"][0]["role"] == "ministre"
    # A bare "Son" could be either: it gets no guess, hence its own actor.
    alone = _article("vna-son", "M. Son a salué la coopération.", "2023-05-11",
                     ("Son", "VNM", None))  # fmt: skip
    _save(store, alone)
    assert len(store.actors(polity="VNM")) == 3
    assert [a["mentions"] for a in store.actors(name="Bui Thanh Son")] == [1]


def test_store_actors_same_name_other_polity_is_another_actor(store: Store) -> None:
    _save(store, MINSK_SEP)
    moscow = _article(
        "afp-moscou",
        "Alexandre Loukachenko est attendu à Moscou.",
        "2020-09-20",
        ("Alexandre Loukachenko", "RUS", None),
    )  # say, a mis-tagged polity
    _save(store, moscow)
    assert {(a["polity"], a["name"]) for a in store.actors(name="loukachenko")} == {
        ("BLR", "Alexandre Loukachenko"), ("RUS", "Alexandre Loukachenko")}  # fmt: skip


def test_store_actors_resave_unchanged_adds_nothing(store: Store) -> None:
    _save(store, MINSK_AUG, MINSK_SEP)
    before = store.actors()
    assert store.save_result(MINSK_SEP, extractor_version="0.1.0") == "unchanged"
    assert store.actors() == before


@pytest.mark.parametrize("how", ["reprocess", "new-version", "updated-text"])
def test_store_actors_reprocess_does_not_double_count(store: Store, how: str) -> None:
    _save(store, MINSK_AUG, MINSK_SEP)
    before = store.actors()
    if how == "reprocess":
        assert store.save_result(MINSK_SEP, extractor_version="0.1.0", reprocess=True) == (
            "reprocessed"
        )
    elif how == "new-version":
        _save(store, MINSK_SEP, version="0.2.0")
    else:
        document = dataclasses.replace(MINSK_SEP.document, text=MINSK_SEP.document.text + " ",
                                       content_hash="")  # fmt: skip
        _save(store, dataclasses.replace(MINSK_SEP, document=document))
    assert store.actors() == before


def test_store_actors_update_that_drops_a_person_forgets_them(store: Store) -> None:
    _save(store, MINSK_AUG, MINSK_SEP)
    assert store.actors(polity="RUS")
    without_putin = dataclasses.replace(MINSK_SEP, mentions=MINSK_SEP.mentions[:1])
    store.save_result(without_putin, extractor_version="0.2.0")
    assert store.actors(polity="RUS") == []  # Poutine had no other mention
    [actor] = store.actors(polity="BLR")
    assert actor["mentions"] == 2
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(mention_actors)).scalar() == 2


def test_store_actors_read_api_filters(store: Store) -> None:
    _save(store, MINSK_AUG, MINSK_SEP, MINSK_SURNAME, HANOI_SONS)
    first = store.actors()[0]  # most mentioned first
    assert (first["polity"], first["mentions"]) == ("BLR", 3)
    assert [a["name"] for a in store.actors(name="Bui Thanh Sơn")] == ["Bui Thanh Son"]
    assert len(store.actors(limit=2)) == 2
    assert store.actors(name="100%") == []
    assert store.actor(10_000) is None


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Alexandre Loukachenko", "Alexander Lukashenko", True),
        ("Vladimir Poutine", "Vladimir Putin", True),
        ("Sergueï Lavrov", "Sergey Lavrov", True),
        ("Alexandre Grigorievitch Loukachenko", "Alexandre Loukachenko", True),
        ("Huynh Ngoc Son", "Bui Thanh Son", False),
        ("Nguyen Van Son", "Nguyen Van Sen", False),
        ("Nguyen Van Truong", "Nguyen Van Thuong", False),
        ("Tran Thanh Man", "Tran Thanh Minh", False),
        ("Bùi Thanh Sơn", "Bui Thanh Son", True),
        ("Emmanuel Macron", "Emmanuel Moulin", False),
        ("Mohamed Morsi", "Mohamed Mursi", True),
        ("Nicos Anastasiades", "Nikos Anastasiades", True),
        ("Dmitri Medvedev", "Dmitry Medvedev", True),
        ("Bachar al-Assad", "Bachar el-Assad", True),
        ("Tamim Bin Hamad", "Tamim ben Hamad Al-Thani", True),
        ("Henri Cukierman", "Roger Cukierman", False),
        ("Mike Pompeo", "Mike Pence", False),
        ("Kim Jong-un", "Kim Jong-il", False),
        ("Dmitri Medvedev", "Svetlana Medvedeva", False),
    ],
)
def test_store_actors_name_score(a: str, b: str, same: bool) -> None:
    assert (name_score(name_key(a), name_key(b)) >= 86) is same
    assert (match_actor(name_key(a), {1: {name_key(b)}}) == 1) is same


def test_store_actors_name_key_drops_honorifics_and_initials() -> None:
    assert name_key("M. A. Loukachenko") == ("loukachenko",)
    assert name_key("Bùi Thanh Sơn") == ("bui", "thanh", "son")
    assert name_key("Kim Jong-un") == ("kim", "jong", "un")


def test_store_actors_migration_upgrades_old_database(tmp_path, monkeypatch, hanoi) -> None:
    path = tmp_path / "communique.sqlite"
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:2])  # the code before 0003
    with Store.open(path) as old:
        _save(old, MINSK_AUG, MINSK_SEP, hanoi)
        assert not sa.inspect(old.engine).has_table("actor_names")
        assert old.actors() == []
    monkeypatch.undo()
    with Store.open(path) as store:
        with store.engine.connect() as conn:
            applied = set(conn.execute(sa.select(schema_migrations.c.name)).scalars())
        assert "0003_actor_registry" in applied
        blr = _by_name(store)
        assert blr[("BLR", "Roman Golovchenko")]["mentions"] == 1
        [lukashenko] = [a for a in store.actors(polity="BLR") if a["mentions"] == 2]
        assert lukashenko["first_seen"] == "2020-08-27"
        before = store.actors()
        # Idempotent: running the migration again (as after a crash) links nothing twice.
        with store.engine.begin() as conn:
            migrations.MIGRATIONS[2][1](conn)
        assert store.actors() == before
        _save(store, MINSK_SURNAME)  # and saves now feed the registry
        assert store.actor(lukashenko["id"])["mentions"] == 3
    with Store.open(path) as again:
        assert migrations.apply_migrations(again.engine) == []


def test_store_actors_spellings_store_folded_key(store: Store) -> None:
    _save(store, HANOI_SONS)
    with store.engine.connect() as conn:
        folded = set(conn.execute(sa.select(actor_names.c.folded)).scalars())
    assert folded == {"huynh ngoc son", "bui thanh son"}
