"""Long documents (judgments, annual reports, transcripts) load like short ones: read section by section,
one entity per actor across sections, evidence offsets into the whole text, and a failure costs one file."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphload.cli import cli
from graphload.extract.sections import SectionReader, section_spans
from graphload.store import EmbeddedStore

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "data" / "docs").glob("*.txt"))

# An invented trade: lantern makers, bell founders and orchards, none of them real.
GUILDS = ["Harrowgate Lantern Guild", "Brisklow Bell Foundry", "Tansley Orchard Cooperative", "Quimby Glass Works",
          "Ostrander Rope Company", "Fennick Kiln Company", "Pellworth Candle Company", "Dunmere Wick Traders"]
REASONS = ["selling cracked lanterns at the spring fair", "ringing bells past the curfew",
           "shipping sour cider in unmarked barrels", "late delivery of brass hinges",
           "a dispute over a shared kiln yard", "mislabelled beeswax candles"]
LATE_HEAD, LATE_TAIL = "Calloway Tinsmiths", "Yarrowby Clockworks"  # named only near the end


def paragraph(rng: random.Random) -> str:
    a, b, c = rng.sample(GUILDS, 3)
    sentences = [
        f"{a} fined {b} for {rng.choice(REASONS)}, a penalty of {rng.randint(2, 90)} crowns.",
        f"{c} sued {a} over {rng.choice(REASONS)}.",
        f"The hearing took {rng.randint(2, 9)} days and the clerk read {rng.randint(10, 99)} letters aloud.",
        f"Witnesses described the workshop floor, the smell of tallow and a broken ladder near the {rng.choice(['east', 'west'])} door.",  # noqa: E501
    ]
    rng.shuffle(sentences)
    return " ".join(sentences[: rng.randint(2, 4)])


def long_text(chars: int, opening: str = "", closing: str = "", seed: int = 7) -> str:
    """About `chars` characters of paragraphs; `closing` is the last paragraph."""
    rng = random.Random(seed)
    paragraphs = [opening] if opening else []
    size = len(opening)
    while size < chars:
        paragraphs.append(paragraph(rng))
        size += len(paragraphs[-1]) + 2
    paragraphs.append(closing or f"{LATE_HEAD} sued {LATE_TAIL} over a stolen pendulum design.")
    return "\n\n".join(paragraphs) + "\n"


def aliases_file(folder: Path) -> Path:
    """Without a statistical model only gazetteer names are actors."""
    path = folder / "aliases.yml"
    names = [*GUILDS, LATE_HEAD, LATE_TAIL]
    path.write_text("entities:\n" + "".join(f"  - {{name: {n}, type: Organization}}\n" for n in names))
    return path


def load(folder: Path, store: Path, *options: str) -> str:
    result = CliRunner().invoke(cli, ["load", "--store", str(store), *options, str(folder)])
    assert result.exit_code == 0, result.output
    return result.output


def evidence(store: Path, head: str, type_: str, tail: str) -> list[dict]:
    """The evidence of the stored relation between the entities named `head` and `tail`."""
    graph = EmbeddedStore(store).graph()
    ids = {data.get("name"): node for node, data in graph.nodes(data=True)}
    return graph.edges[ids[head], ids[tail], type_]["evidence"]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    for sample in SAMPLES:
        shutil.copy(sample, docs)
    return docs


def test_a_5_mb_document_loads_with_the_samples(folder: Path, tmp_path: Path) -> None:
    """spaCy refuses over 1,000,000 characters (E088); with model "none" the blank pipeline has the
    same limit, so this is the section path at the size that used to stop the whole load."""
    text = long_text(5_000_000)
    (folder / "judgment.txt").write_text(text)
    output = load(folder, tmp_path / "s", "--model", "none", "--aliases", str(aliases_file(tmp_path)))
    assert "loaded 3 documents" in output and "skipped" not in output
    late = evidence(tmp_path / "s", LATE_HEAD, "SUED", LATE_TAIL)
    assert len(late) == 1 and late[0]["start"] > 4_900_000
    assert text[late[0]["start"] : late[0]["end"]].strip() == late[0]["text"]
    assert late[0]["text"] == f"{LATE_HEAD} sued {LATE_TAIL} over a stolen pendulum design."
    fines = evidence(tmp_path / "s", "Harrowgate Lantern Guild", "PENALIZED", "Quimby Glass Works")
    assert max(ev["start"] for ev in fines) > 4_000_000  # every section's evidence, in whole-text offsets
    assert all(text[ev["start"] : ev["end"]].strip() == ev["text"] for ev in fines)


def test_with_the_model_an_actor_named_in_the_first_section_is_the_same_in_the_last(
    folder: Path, tmp_path: Path
) -> None:
    opening = "Marlowe Kettle Company opened a showroom for copper kettles beside the harbour."
    closing = "Marlowe sued Yarrowby Clockworks over a stolen pendulum design."
    text = long_text(1_200_000, opening, closing)
    (folder / "transcript.txt").write_text(text)
    output = load(folder, tmp_path / "s")
    assert "loaded 3 documents" in output and "skipped" not in output
    late = evidence(tmp_path / "s", "Marlowe Kettle Company", "SUED", LATE_TAIL)
    assert len(late) == 1 and late[0]["start"] > 1_150_000
    assert text[late[0]["start"] : late[0]["end"]].strip() == late[0]["text"] == closing


def test_sections_end_at_paragraph_breaks_and_cover_the_text() -> None:
    text = long_text(60_000)
    spans = list(section_spans(text, 10_000))
    assert [s for s, _ in spans[1:]] == [e for _, e in spans[:-1]] and spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(e - s <= 10_000 for s, e in spans)
    assert all(text[:s].endswith("\n\n") for s, _ in spans[1:])  # no sentence is cut in two


def test_a_document_that_cannot_be_read_is_one_line_and_the_rest_loads(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (folder / "report.txt").write_text(long_text(200_000))
    add = SectionReader.add

    def out_of_memory(self: SectionReader, start: int, parsed: object) -> None:
        if self.document.path.endswith("report.txt") and start > 100_000:
            raise MemoryError()
        add(self, start, parsed)  # type: ignore[arg-type]

    monkeypatch.setattr(SectionReader, "add", out_of_memory)
    output = load(folder, tmp_path / "s", "--model", "none", "--aliases", str(aliases_file(tmp_path)))
    skipped = [line for line in output.splitlines() if line.startswith("skipped")]
    assert skipped == [f"skipped {folder / 'report.txt'}: could not be extracted (MemoryError)"]
    assert "loaded 2 documents" in output
