"""Build graphload/extract/given_names.txt: first names common across many countries, for typing a
"Marcus Hale" the model tagged as an organisation.

Run by hand; the package reads only the file it writes. Source: the name data of nomquamgender 0.1.4
(MIT licence; counts of a first name in 36 national and international name registers), read straight from
its wheel so that its numpy/pandas imports are not needed:

    pip install --no-deps nomquamgender==0.1.4
    python scripts/build_given_names.py

A name is kept when at least MIN_SOURCES registers list it, MIN_COUNT times in all, and WordNet 3.0 (Debian
`wordnet-base`) has no lower-case word of that spelling: "Mark", "Rose" or "Summit" begin firm names as
often as people's, "Marcus" and "Nadia" do not.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "graphload" / "extract" / "given_names.txt"
WNDB = Path("/usr/share/wordnet")
MIN_SOURCES, MIN_COUNT = 15, 1000


def common_words() -> set[str]:
    """Every word WordNet writes in lower case in some synset (its data files keep the case of each word)."""
    words = set()
    for pos in ("noun", "verb", "adj", "adv"):
        for line in (WNDB / f"data.{pos}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue  # the licence header
            fields = line.split()
            count = int(fields[3], 16)
            words.update(w for w in fields[4 : 4 + 2 * count : 2] if w.islower())
    return words


def main() -> None:
    spec = importlib.util.find_spec("nomquamgender")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("pip install --no-deps nomquamgender==0.1.4 first")
    data = json.loads((Path(spec.submodule_search_locations[0]) / "name_data.json").read_text(encoding="utf-8"))
    common = common_words()
    names = sorted(name for name, (sources, count, *_) in data.items()
                   if re.fullmatch(r"[a-z]{3,}", name) and sources >= MIN_SOURCES and count >= MIN_COUNT
                   and name not in common)
    header = (f"# Written by scripts/build_given_names.py from nomquamgender 0.1.4 (MIT): first names in at least "
              f"{MIN_SOURCES} name registers, {MIN_COUNT}+ times, that WordNet 3.0 has no lower-case word for.\n")
    OUTPUT.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
