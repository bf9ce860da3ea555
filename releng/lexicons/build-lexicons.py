#!/usr/bin/env python3
"""Regenerates the engine's generated lexicons in bundles/org.casenotes.deid/lexicons/.

Sources (all permissively licensed; see bundles/org.casenotes.deid/lexicons/NOTICE.md):
  - SCOWL 2020.12.07 word lists, Debian package `scowl` (/usr/share/dict/scowl): `apt-get install scowl`
  - @faker-js/faker 10.6.0 (MIT), countries-list 3.4.1 (MIT), provinces 1.11.0 (MIT), from the npm
    registry: `npm install @faker-js/faker@10.6.0 countries-list@3.4.1 provinces@1.11.0` in NODE_DIR

usage: build-lexicons.py NODE_DIR [SCOWL_DIR]
The curated lists (titles, relations, professions, ...) are written by hand and not touched here.
"""
import json, os, re, subprocess, sys, unicodedata

NODE_DIR = sys.argv[1]
SCOWL = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/dict/scowl"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bundles", "org.casenotes.deid", "lexicons")

SPELLINGS = ["english", "american", "british", "british_z", "canadian", "australian", "variant_1"]
LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'\u2019 .-]*$")


def scowl(category, max_level):
    """{entry: lowest level} over the spellings of one SCOWL category."""
    found = {}
    for name in sorted(os.listdir(SCOWL)):
        base, _, level = name.rpartition(".")
        spelling, _, cat = base.partition("-")
        if cat != category or spelling not in SPELLINGS or int(level) > max_level:
            continue
        with open(os.path.join(SCOWL, name), encoding="iso-8859-1") as f:
            for line in f:
                w = line.strip()
                if w.endswith("'s"):
                    continue
                if w and (w not in found or int(level) < found[w]):
                    found[w] = int(level)
    return found


def write(name, header, lines):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for h in header:
            f.write("# " + h + "\n")
        for line in lines:
            f.write(line + "\n")
    print(f"{name}: {len(lines)} entries")


def node_json(script):
    return json.loads(subprocess.check_output(["node", "--input-type=module", "-e", script], cwd=NODE_DIR))


def clean(names):
    out = set()
    for n in names:
        n = unicodedata.normalize("NFC", n.strip())
        if n and LATIN.match(n) and len(n) >= 2:
            out.add(n)
    return out


def main():
    # -- common English words with their SCOWL level (10 = most frequent ... 80 = rare)
    words = scowl("words", 80)
    common = {w: lvl for w, lvl in words.items() if w[0].islower()}
    # contractions ("I'm", "don't", "she'd") are everyday words, whatever their case
    for w, lvl in scowl("contractions", 80).items():
        key = w.lower().replace("\u2019", "'")
        common[key] = min(lvl, common.get(key, 99))
    write("english-words.tsv",
          ["Lower-case English words and their SCOWL size level (10 = most common, 80 = rare).",
           "Source: SCOWL 2020.12.07 (english, american, british, canadian, australian, variant_1 spellings).",
           "Licence: SCOWL notice in NOTICE.md (permissive; its sources are public domain or BSD-like)."],
          [f"{w}\t{lvl}" for w, lvl in sorted(common.items())])

    # -- proper nouns: capitalised entries of SCOWL (people, places, brands, nationalities: unclassified)
    proper = {}
    for cat in ("proper-names", "upper"):
        for w, lvl in scowl(cat, 80).items():
            if w[0].isupper() and not w.isupper():
                proper[w] = min(lvl, proper.get(w, 99))
    write("proper-nouns.tsv",
          ["Capitalised proper nouns (people, places, brands, nationalities) and their SCOWL level.",
           "Source: SCOWL 2020.12.07 proper-names and upper lists. Licence: SCOWL notice in NOTICE.md."],
          [f"{w}\t{lvl}" for w, lvl in sorted(proper.items())])

    # -- person names from faker's locales (Latin script only: the notes are written in English)
    faker = node_json("""
import { allLocales } from '@faker-js/faker';
const flat = v => v == null ? [] : Array.isArray(v) ? v.flat(Infinity).filter(x => typeof x === 'string')
  : typeof v === 'object' ? Object.values(v).flatMap(flat) : [];
const out = {};
for (const [loc, def] of Object.entries(allLocales)) {
  const p = def.person || {}, l = def.location || {};
  out[loc] = { first: [...flat(p.first_name), ...flat(p.middle_name)], last: flat(p.last_name),
    city: flat(l.city_name), state: flat(l.state), county: flat(l.county), country: flat(l.country) };
}
console.log(JSON.stringify(out));
""")
    skip = {"en_BORK", "base"}
    first = clean(n for loc, d in faker.items() if loc not in skip for n in d["first"])
    last = clean(n for loc, d in faker.items() if loc not in skip for n in d["last"])
    write("first-names.txt",
          ["Given names from the person data of @faker-js/faker 10.6.0 (all Latin-script locales).",
           "Licence: MIT (see NOTICE.md)."], sorted(first))
    write("surnames.txt",
          ["Family names from the person data of @faker-js/faker 10.6.0 (all Latin-script locales).",
           "Licence: MIT (see NOTICE.md)."], sorted(last))

    # -- places: countries, states/provinces and their codes, cities and counties
    countries = node_json("""
import { countries } from 'countries-list';
console.log(JSON.stringify(Object.values(countries).flatMap(x => [x.name, x.native, x.capital])));
""")
    provinces = json.load(open(os.path.join(NODE_DIR, "node_modules", "provinces", "provinces.json"), encoding="utf-8"))
    places = clean(countries)
    places |= clean(p["name"] for p in provinces)
    places |= clean(a for p in provinces for a in p.get("alt", []) if isinstance(a, str))
    places |= clean(n for loc, d in faker.items() if loc not in skip for k in ("city", "state", "county", "country") for n in d[k])
    write("places.txt",
          ["Countries, capitals, states, provinces, counties and cities.",
           "Sources: countries-list 3.4.1, provinces 1.11.0, @faker-js/faker 10.6.0 location data. Licence: MIT (see NOTICE.md)."],
          sorted(places))
    codes = sorted({(p["country"], p["short"]) for p in provinces
                    if p.get("short") and p["country"] in ("US", "CA", "AU", "IN", "MX", "BR") and p["short"].isalpha()})
    write("region-codes.tsv",
          ["State and province postal codes: COUNTRY<TAB>CODE. Source: provinces 1.11.0 (MIT)."],
          [f"{c}\t{s.upper()}" for c, s in codes])


if __name__ == "__main__":
    main()
