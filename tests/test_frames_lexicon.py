"""The WordNet-derived trigger lexicon (graphload/extract/frames.yml), on sentences written for these tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from graphload.extract import Extractor, relation_lexicon
from tests.extraction import triples

RELATION_TYPES = {"PENALIZED", "DISMISSED", "SUED", "APOLOGIZED_TO", "LEAKED", "WORKS_FOR", "MEMBER_OF", "FOUNDED",
                  "SUPPLIER_OF", "PARTNERS_WITH", "ACQUIRED", "INVESTED_IN", "REGULATES", "INVESTIGATED"}
PROVENANCE = re.compile(r"hand|[a-z_'-]+\.[nv]\.\d\d (synonym|hyponym|verb_group|derivation)")


def _yaml(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))




def test_generated_frames_load_with_provenance() -> None:
    frames = _yaml(relation_lexicon.FRAMES_PATH)
    for section, pos in (("verbs", "verb"), ("nouns", "noun")):
        assert len(frames[section]) > 20
        for entry in frames[section]:
            assert entry["pos"] == pos and entry["type"] in RELATION_TYPES, entry
            assert entry["source"] and all(PROVENANCE.fullmatch(s) for s in entry["source"]), entry
    lex = relation_lexicon.lexicon()
    assert {e["lemma"] for e in frames["verbs"]} <= set(lex.verbs)
    assert {e["lemma"] for e in frames["nouns"]} <= set(lex.nouns)


def test_hand_entries_win_over_frames(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    frames = tmp_path / "frames.yml"
    frames.write_text(yaml.safe_dump({
        "verbs": [{"lemma": "sue", "pos": "verb", "type": "ACQUIRED", "source": ["x.v.01 synonym"]},
                  {"lemma": "arraign", "pos": "verb", "type": "SUED", "source": ["x.v.01 synonym"]}],
        "nouns": [], "light_verbs": {}, "with_light_verbs": []}), encoding="utf-8")
    monkeypatch.setattr(relation_lexicon, "FRAMES_PATH", frames)
    lex = relation_lexicon.lexicon.__wrapped__(relation_lexicon.LEXICON_PATH)
    assert lex.verbs["sue"] == "SUED" and lex.verbs["arraign"] == "SUED"


# (sentence, trigger the hand list lacked, expected edge)
FOUND = [
    ("The Harlow County Court ordered the forfeiture of Pellworth Bank's assets.", "forfeiture",
     ("Harlow County Court", "PENALIZED", "Pellworth Bank")),
    ("The Larkspur Theatre Company ousted its artistic director Dana Voss in May.", "oust",
     ("Larkspur Theatre Company", "DISMISSED", "Dana Voss")),
    ("Quillon Studios furloughed its producer Dana Voss last spring.", "furlough",
     ("Quillon Studios", "DISMISSED", "Dana Voss")),
    ("The board of Quillon Studios forced out Dana Voss after the audit.", "force out",
     ("Quillon Studios", "DISMISSED", "Dana Voss")),
    ("Orchard Foods filed a countersuit against Kestrel Logistics.", "countersuit",
     ("Orchard Foods", "SUED", "Kestrel Logistics")),
    ("Orchard Foods began litigation against Kestrel Logistics in March.", "litigation",
     ("Orchard Foods", "SUED", "Kestrel Logistics")),
    ("Orchard Foods litigated against Kestrel Logistics for years.", "litigate",
     ("Orchard Foods", "SUED", "Kestrel Logistics")),
    ("Marta Ilves divulged Corvane Robotics' battery designs to a rival.", "divulge",
     ("Marta Ilves", "LEAKED", "Corvane Robotics")),
    ("Tessaro Components rejoined the Northern Cycling Federation in 2019.", "rejoin",
     ("Tessaro Components", "MEMBER_OF", "Northern Cycling Federation")),
    ("The Dorrin Tennis Association affiliated with the Northern Sports Federation in 2019.", "affiliate",
     ("Dorrin Tennis Association", "MEMBER_OF", "Northern Sports Federation")),
    ("Tomas Brekke set up Quillfeather Press in 2004.", "set up",
     ("Tomas Brekke", "FOUNDED", "Quillfeather Press")),
    ("Tessaro Components won a contract for the supplying of brake pads to Brightline Motors.", "supplying",
     ("Tessaro Components", "SUPPLIER_OF", "Brightline Motors")),
    ("Quillfeather Press announced a collaboration with Marrow Books.", "collaboration",
     ("Quillfeather Press", "PARTNERS_WITH", "Marrow Books")),
    ("Halden Foods bought out Pemberly Dairy last year.", "buy out", ("Halden Foods", "ACQUIRED", "Pemberly Dairy")),
    ("Halden Foods took over Pemberly Dairy last year.", "take over", ("Halden Foods", "ACQUIRED", "Pemberly Dairy")),
    ("Halden Foods completed its purchase of Pemberly Dairy.", "purchase",
     ("Halden Foods", "ACQUIRED", "Pemberly Dairy")),
    ("Corvid Ventures funded Lumasoft Inc. in 2021.", "fund", ("Corvid Ventures", "INVESTED_IN", "Lumasoft Inc.")),
    ("Corvid Ventures bought into Lumasoft Inc. in 2021.", "buy into",
     ("Corvid Ventures", "INVESTED_IN", "Lumasoft Inc.")),
    ("The Alpine Rail Authority announced its approval of Vennick Trains' new carriages.", "approval",
     ("Alpine Rail Authority", "REGULATES", "Vennick Trains")),
    ("The Securities Authority opened an inquiry into Pellworth Bank.", "inquiry",
     ("Securities Authority", "INVESTIGATED", "Pellworth Bank")),
]


@pytest.mark.parametrize(("text", "trigger", "edge"), FOUND)
def test_wordnet_trigger_gives_edge(extractor: Extractor, text: str, trigger: str, edge: tuple[str, str, str]) -> None:
    frames = _yaml(relation_lexicon.FRAMES_PATH)
    new = [e for e in frames["verbs"] + frames["nouns"] if e["lemma"] == trigger and "hand" not in e["source"]]
    assert new  # from WordNet, not in the hand list
    assert edge in triples(extractor, text)


# Light-verb frames: the noun's tail hangs on the verb ("opened a probe into X", "hit X with a fine").
LIGHT = [
    ("The Securities Authority launched a probe into Pellworth Bank on Tuesday.",
     ("Securities Authority", "INVESTIGATED", "Pellworth Bank")),
    ("Vantor Airlines issued an apology to Marla Quint after the incident.",
     ("Vantor Airlines", "APOLOGIZED_TO", "Marla Quint")),
    ("The Maritime Safety Board hit Harbor Mutual Insurance with a $2 million fine.",
     ("Maritime Safety Board", "PENALIZED", "Harbor Mutual Insurance")),
    ("Halvorsen Capital slapped Kestrel Logistics with a lawsuit in March.",
     ("Halvorsen Capital", "SUED", "Kestrel Logistics")),
]


@pytest.mark.parametrize(("text", "edge"), LIGHT)
def test_light_verb_frame_gives_edge(extractor: Extractor, text: str, edge: tuple[str, str, str]) -> None:
    assert edge in triples(extractor, text)


# Senses the review dropped: (sentence, relation type it must not produce)
TRAPS = [
    ("The Larkspur Rovers fired up the grill before meeting Dana Voss.", "DISMISSED"),
    ("Marla Quint discharged the patient Dana Voss from the Kestrel Clinic.", "DISMISSED"),
    ("Vantor Airlines launched a new route with Marla Travel.", "FOUNDED"),
    ("Tomas Brekke attended the founding of Quillfeather Press in 2004.", "FOUNDED"),
    ("Kestrel Logistics filed for bankruptcy protection in Ohio with the help of Orchard Foods.", "SUED"),
    ("Tessaro Components provided details to Brightline Motors on Friday.", "SUPPLIER_OF"),
    ("Orchard Foods revealed its new cereal to Kestrel Logistics at a trade fair.", "LEAKED"),
    ("Pellworth Bank found a new site for its office near Harbor Mutual.", "FOUNDED"),
]


@pytest.mark.parametrize(("text", "rel_type"), TRAPS)
def test_polysemy_trap_gives_no_edge(extractor: Extractor, text: str, rel_type: str) -> None:
    assert not {t for t in triples(extractor, text) if t[1] == rel_type}


@pytest.mark.parametrize(("text", "rel_type"), [
    ("Brightline Motors charged Tessaro Components a $40 delivery fee.", "SUED"),
    pytest.param("Harbor Mutual Insurance cooperated with the Securities Authority's investigation.", "PARTNERS_WITH",
                 marks=pytest.mark.xfail(reason="hand entry (relations.yml): 'cooperate' keeps its assistance sense",
                                         strict=True)),
])
def test_hand_entry_traps(extractor: Extractor, text: str, rel_type: str) -> None:
    assert not {t for t in triples(extractor, text) if t[1] == rel_type}
