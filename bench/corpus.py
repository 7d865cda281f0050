"""A deterministic generator of news-like documents, so benchmarks run at any size without a download.

Each story is built from our own press-release style templates (fines, lawsuits, dismissals,
acquisitions, alliances) with generated company, person and regulator names and amounts. Document i
depends only on (seed, i), so any slice can be generated alone; a few actors are far more frequent
than the rest, as in real news. Stories also carry the facts they state, which gives the store,
Cypher and rendering benchmarks graphs of the stored shape without running extraction."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graphload.model import Document, Entity, Evidence, Extraction, Relation, entity_id
from graphload.store.graph import claims_of

STEMS = (
    "Arbor", "Bellwether", "Cobalt", "Dunmore", "Eastgate", "Fairhaven", "Granite", "Harrow", "Ironbridge",
    "Juniper", "Kestrel", "Larkspur", "Meridian", "Northwind", "Oakridge", "Pinecrest", "Quarry", "Redfern",
    "Silverline", "Thornbury", "Upland", "Vantage", "Westbrook", "Yarrow", "Zenith", "Ashcombe", "Brightwater",
    "Coldstream", "Driftwood",
)  # 29 stems, 16 trades, 7 suffixes: pairwise coprime
TRADES = (
    "Logistics", "Motors", "Pharma", "Networks", "Foods", "Capital", "Energy", "Semiconductors", "Retail",
    "Telecom", "Robotics", "Airlines", "Mining", "Insurance", "Software", "Textiles",
)
SUFFIXES = ("Inc.", "Ltd", "Group", "Holdings", "Corp.", "AG", "plc")
FIRST = (
    "Amelia", "Bruno", "Chiara", "Daniel", "Elena", "Farid", "Greta", "Hiroshi", "Ines", "Jonas", "Katya",
    "Lucas", "Mei", "Nikolai", "Olga", "Pedro", "Quentin", "Rosa", "Stefan", "Tamsin", "Umar", "Vera",
    "Wen", "Yusuf",
)
LAST = (
    "Albright", "Brennan", "Castillo", "Delacroix", "Eriksen", "Fontaine", "Grummet", "Haddad", "Ivanova",
    "Jablonski", "Kowalczyk", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Pellegrini", "Quist", "Rasmussen",
    "Santoro", "Tanaka", "Uchida", "Vasquez", "Whitlock", "Zielinski",
)
REGIONS = ("Northern", "Coastal", "Federal", "Metropolitan", "Eastern", "Western", "National", "Harbour")
AUTHORITIES = (
    "Markets Authority", "Competition Commission", "Data Protection Office", "Consumer Safety Board",
    "Financial Conduct Agency", "Telecommunications Regulator", "Aviation Authority", "Energy Commission",
)
ROLES = ("chief executive", "finance director", "head of sales", "chief technology officer", "general counsel")
CURRENCIES = (("USD", "${amount}"), ("EUR", "€{amount}"), ("CNY", "{amount} yuan"), ("GBP", "£{amount}"))

# {A} acts on {B}; {R} a regulator, {P} a person, {X} an amount, {Y} a year, {N} a number.
TEMPLATES: dict[str, tuple[str, ...]] = {
    "PENALIZED": (
        "{R} fined {B} {X} for failing to disclose risks to its customers.",
        "{R} said on Tuesday it had imposed a penalty of {X} on {B} over misleading advertising.",
        "{B} was fined {X} by {R} after an investigation into its pricing practices.",
        "In a statement, {R} ordered {B} to pay {X} for breaching data protection rules.",
    ),
    "SUED": (
        "{A} sued {B} in a federal court, alleging that it had copied patented designs.",
        "{A} has filed a lawsuit against {B} seeking {X} in damages over a breach of contract.",
        "{B} was sued by {A} on Monday over unpaid invoices worth {X}.",
    ),
    "DISMISSED": (
        "{A} dismissed its {role} {P} after an internal review found irregularities in the accounts.",
        "{P}, who had served as {role} of {A} since {Y}, was fired by {A} on Friday.",
        "{A} said it had terminated the employment of {P} with immediate effect.",
    ),
    "ACQUIRED": (
        "{A} agreed to acquire {B} for {X}, the companies said in a joint statement.",
        "{A} completed its acquisition of {B}, a deal valued at {X}.",
        "{B} will be bought by {A} in a transaction expected to close next quarter.",
    ),
    "PARTNERS_WITH": (
        "{A} announced a strategic partnership with {B} to develop new products for the {trade} market.",
        "{A} and {B} formed an alliance to share distribution networks across {N} countries.",
        "{A} signed a cooperation agreement with {B} on Wednesday.",
    ),
}
FILLER = (
    "Shares of {A} fell {N} percent in early trading after the announcement.",
    "A spokesperson for {A} declined to comment further on the matter.",
    "Analysts said the decision could weigh on the company's results for the rest of the year.",
    "The company employs about {N},000 people and reported revenue of {X} last year.",
    "{P}, an analyst at {C}, said investors had expected the news for several weeks.",
    "The case is the latest in a series of actions against firms in the {trade} sector.",
    "{A} said it would review its compliance procedures and cooperate fully with the authorities.",
    "The ruling can be appealed within thirty days, according to people familiar with the matter.",
    "Earlier this year {A} opened a new headquarters and hired several hundred engineers.",
    "{C} and {A} have competed for the same contracts since {Y}.",
)


PLAIN_COMPANIES = len(STEMS) * len(TRADES) * len(SUFFIXES)


def company(k: int) -> str:
    """The k-th company name, all distinct: the list lengths are pairwise coprime, so k's remainders
    pick a unique combination (Chinese remainder theorem); numbered names only past the plain ones."""
    numbered, k = divmod(k, PLAIN_COMPANIES)
    stem, trade, suffix = k % len(STEMS), k % len(TRADES), k % len(SUFFIXES)
    numeral = f" {numbered + 1}" if numbered else ""
    return f"{STEMS[stem]}{numeral} {TRADES[trade]} {SUFFIXES[suffix]}"


def person(k: int) -> str:
    k, first = divmod(k, len(FIRST))
    k, last = divmod(k, len(LAST))
    initial = f" {chr(ord('A') + k % 26)}." if k else ""
    return f"{FIRST[first]}{initial} {LAST[last]}"


def regulator(k: int) -> str:
    k, region = divmod(k, len(REGIONS))
    k, authority = divmod(k, len(AUTHORITIES))
    return f"the {REGIONS[region]} {AUTHORITIES[authority]}" + (f" of District {k + 1}" if k else "")


def sentence(template: str, slots: dict[str, str]) -> str:
    text = template.format(**slots)
    return text[0].upper() + text[1:]


@dataclass
class Story:
    path: str
    title: str
    text: str
    entities: dict[str, str] = field(default_factory=dict)  # name -> type
    facts: list[tuple[str, str, str, str, dict[str, Any]]] = field(default_factory=list)  # head, TYPE, tail, sentence

    @property
    def words(self) -> int:
        return len(self.text.split())


class Corpus:
    """N stories over an actor pool that grows with N (so the graph keeps growing too)."""

    def __init__(self, n: int, seed: int = 7) -> None:
        self.n, self.seed = n, seed
        self.companies = max(50, n // 2)
        self.people = max(50, n // 3)
        self.regulators = max(8, min(len(REGIONS) * len(AUTHORITIES) * 4, n // 50))

    def _pick(self, rng: random.Random, pool: int) -> int:
        """Skewed: the square of a uniform draw favours low indices, i.e. a few frequent actors."""
        return int(rng.random() ** 2 * pool)

    def story(self, i: int) -> Story:
        rng = random.Random(self.seed * 1_000_003 + i)
        kind = rng.choice(tuple(TEMPLATES))
        a, b, c = (company(self._pick(rng, self.companies)) for _ in range(3))
        while b == a:
            b = company(rng.randrange(self.companies))
        p, r = person(self._pick(rng, self.people)), regulator(self._pick(rng, self.regulators))
        currency, pattern = rng.choice(CURRENCIES)
        millions = rng.choice((1.5, 2, 3.2, 4, 7.5, 12, 25, 48, 120, 300))
        slots = {
            "A": a, "B": b, "C": c, "P": p, "R": r, "role": rng.choice(ROLES), "trade": rng.choice(TRADES).lower(),
            "X": pattern.format(amount=f"{millions:g} million"), "Y": str(rng.randint(2005, 2023)),
            "N": str(rng.randint(2, 40)),
        }
        main = sentence(rng.choice(TEMPLATES[kind]), slots)
        sentences = [main] + [sentence(f, slots) for f in rng.sample(FILLER, rng.randint(6, 9))]
        if rng.random() < 0.5:  # a second, unrelated claim in the same story
            other = rng.choice(tuple(TEMPLATES))
            sentences.insert(rng.randint(1, len(sentences)), sentence(rng.choice(TEMPLATES[other]), slots))
        paragraphs = [" ".join(sentences[j : j + 3]) for j in range(0, len(sentences), 3)]
        title = main.split(",")[0].rstrip(".")
        head, tail = {"PENALIZED": (r, b), "DISMISSED": (a, p)}.get(kind, (a, b))
        head = head.removeprefix("the ").strip()
        props = {"amount": int(millions * 1_000_000), "currency": currency} if kind == "PENALIZED" else {}
        entities = {a: "Organization", b: "Organization", c: "Organization", p: "Person",
                    r.removeprefix("the "): "Organization"}
        return Story(f"bench/{i:07d}.txt", title, f"{title}\n\n" + "\n\n".join(paragraphs) + "\n",
                     entities, [(head, kind, tail, main, props)])

    def __iter__(self) -> Iterator[Story]:
        return (self.story(i) for i in range(self.n))

    def write(self, directory: Path) -> list[Path]:
        """The stories as .txt files, as a user would load them."""
        directory.mkdir(parents=True, exist_ok=True)
        paths = []
        for story in self:
            path = directory / Path(story.path).name
            path.write_text(story.text, encoding="utf-8")
            paths.append(path)
        return paths


def extraction_of(story: Story) -> Extraction:
    """A story's facts as extraction would ideally find them: the input of a store's write()."""
    doc = Document(story.path, story.title, story.text)
    ids = {name: entity_id(type_, name) for name, type_ in story.entities.items()}
    return Extraction(
        doc,
        [Entity(ids[name], name, type_, [], [(0, len(name))]) for name, type_ in story.entities.items()],
        [Relation(ids[head], kind, ids[tail], props, [Evidence(sentence, 0, len(sentence), doc.id)], 0.8)
         for head, kind, tail, sentence, props in story.facts],
    )


def extractions(n: int, seed: int = 7) -> list[Extraction]:
    return [extraction_of(story) for story in Corpus(n, seed)]


def claims(n: int, seed: int = 7) -> list[dict[str, Any]]:
    """What a store keeps per document, for n stories."""
    return [claims_of(extraction_of(story), "2024-01-01T00:00:00+00:00") for story in Corpus(n, seed)]
