"""Relation patterns on sentences written for these tests (not taken from any corpus)."""

from __future__ import annotations

import pytest

from graphload.extract import Extractor
from graphload.read import read_text
from graphload.resolve import Gazetteer
from tests.extraction import triples


def test_active_fine(extractor: Extractor) -> None:
    found = triples(extractor, "The Federal Trade Commission fined Globex Corp. $5 million on Monday.")
    assert ("Federal Trade Commission", "PENALIZED", "Globex Corp.") in found


def test_passive_with_agent(extractor: Extractor) -> None:
    found = triples(extractor, "Initech Ltd was sued by Umbrella Corporation over unpaid invoices.")
    assert ("Umbrella Corporation", "SUED", "Initech Ltd") in found


def test_apposition_gives_works_for(extractor: Extractor) -> None:
    found = triples(extractor, "Maria Gonzales, the CEO of Hooli, said the results were strong.")
    assert ("Maria Gonzales", "WORKS_FOR", "Hooli") in found


def test_list_of_members(extractor: Extractor) -> None:
    text = "Members of the Open Freight Alliance include Acme Logistics, Globex Corp. and Initech Group."
    found = triples(extractor, text)
    for member in ("Acme Logistics", "Globex Corp.", "Initech Group"):
        assert (member, "MEMBER_OF", "Open Freight Alliance") in found


def test_passive_initiated_by_list(extractor: Extractor) -> None:
    text = "Initiated by Acme Group and Globex Corp., the Clean Water Alliance was established in 2019."
    found = triples(extractor, text)
    assert ("Acme Group", "FOUNDED", "Clean Water Alliance") in found
    assert ("Globex Corp.", "FOUNDED", "Clean Water Alliance") in found


@pytest.mark.xfail(reason="known gap: 'regulators' subject and noun argument order on this parse", strict=True)
def test_noun_acquisition_by(extractor: Extractor) -> None:
    found = triples(extractor, "Regulators cleared the acquisition of Initech Ltd by Globex Corp. last week.")
    assert ("Globex Corp.", "ACQUIRED", "Initech Ltd") in found


@pytest.mark.parametrize(
    "text",
    [
        "If the Federal Trade Commission fined Globex Corp., the shares would fall.",
        "The Federal Trade Commission did not fine Globex Corp. last year.",
        "Would Umbrella Corporation sue Initech Ltd over the invoices?",
        "Even if Globex Corp. apologizes, pays the fines, and Initech Ltd sues its own staff, nobody will care.",
        "Whether the Federal Trade Commission fines Globex Corp. or Initech Ltd will be decided in May.",
    ],
)
def test_negated_and_hypothetical_give_no_edge(extractor: Extractor, text: str) -> None:
    assert not {t for t in triples(extractor, text) if t[1] in ("PENALIZED", "SUED")}


def test_unnamed_employees_become_affiliated_node(extractor: Extractor) -> None:
    found = triples(extractor, "Initech Ltd apologized and dismissed the employees involved.")
    assert ("Initech Ltd", "DISMISSED", "Initech Ltd employee") in found


def test_supplier_who_leaked(extractor: Extractor) -> None:
    text = "Globex Corp. demanded a penalty payment from the supplier who had leaked the drawings."
    found = triples(extractor, text)
    assert ("Globex Corp.", "PENALIZED", "Globex Corp. supplier") in found
    assert ("Globex Corp. supplier", "LEAKED", "Globex Corp.") in found


def test_authority_fine_implies_investigation(extractor: Extractor) -> None:
    found = triples(extractor, "The Competition Commission fined Acme Logistics for price fixing.")
    assert ("Competition Commission", "INVESTIGATED", "Acme Logistics") in found


def test_evidence_has_sentence_offsets_and_confidence(extractor: Extractor) -> None:
    text = "Some intro here.\nThe Federal Trade Commission fined Globex Corp. $5 million."
    x = extractor.extract(read_text(text))
    rel = next(r for r in x.relations if r.type == "PENALIZED")
    ev = rel.evidence[0]
    assert text[ev.start : ev.end].strip() == ev.text and "fined" in ev.text
    assert ev.doc_id == x.document.id and 0 < rel.confidence <= 1
    assert rel.properties == {"amount": 5000000, "currency": "USD"}


def test_no_model_still_finds_gazetteer_names() -> None:
    from graphload.resolve import KnownEntity

    gaz = Gazetteer([KnownEntity("Globex", "Organization"), KnownEntity("Initech", "Organization")])
    x = Extractor(gaz, model="none").extract(read_text("Globex fined Initech for the delay."))
    names = {e.id: e.name for e in x.entities}
    assert {"Globex", "Initech"} <= set(names.values())
    assert ("Globex", "PENALIZED", "Initech") in {(names[r.head], r.type, names[r.tail]) for r in x.relations}


def test_each_employer_its_own_unnamed_employees(extractor: Extractor) -> None:
    text = "Both Acme Logistics and Initech Ltd have issued apologies and fired the employees involved."
    found = triples(extractor, text)
    assert ("Acme Logistics", "DISMISSED", "Acme Logistics employee") in found
    assert ("Initech Ltd", "DISMISSED", "Initech Ltd employee") in found


@pytest.mark.parametrize(
    "text",
    [
        "Initech Ltd issued an apology statement regarding the Globex Corp. data leak.",
        "Initech Ltd published an apology letter over the Globex Corp. product leak on Friday.",
    ],
)
def test_apology_noun_about_an_actors_matter(extractor: Extractor, text: str) -> None:
    assert ("Initech Ltd", "APOLOGIZED_TO", "Globex Corp.") in triples(extractor, text)


def test_bracketed_source_is_not_an_argument(extractor: Extractor) -> None:
    found = triples(extractor, "(Business Wire) Initech Ltd sued Globex Corp. on Monday.")
    assert ("Initech Ltd", "SUED", "Globex Corp.") in found
    assert not {t for t in found if t[0] == "Business Wire"}


def test_caption_and_byline_lines_give_employer(extractor: Extractor) -> None:
    text = (
        "Signatories\n\nPicture of Maria Lindgren, CEO Nordics, Brivola\n\nMaria Lindgren, CEO Nordics\n\n"
        "Picture of Tomasz Wierzbicki, CEO Zentrix\n\nTomasz Wierzbicki, CEO\n"
    )
    found = triples(extractor, text)
    assert ("Maria Lindgren", "WORKS_FOR", "Brivola") in found
    assert ("Tomasz Wierzbicki", "WORKS_FOR", "Zentrix") in found
    assert not {t for t in found if "Nordics" in t[2]}


def test_list_after_a_colon_line(extractor: Extractor) -> None:
    text = "The following companies have joined the Open Freight Alliance:\n\nGlobex Corp.\nInitech Ltd\n\nRead more."
    members = {h for h, t, tail in triples(extractor, text) if t == "MEMBER_OF" and tail == "Open Freight Alliance"}
    assert members == {"Globex Corp.", "Initech Ltd"}


def test_listed_officers_found_for_their_companies(extractor: Extractor) -> None:
    text = (
        "The following CEOs signed the pledge on Monday, becoming founding members of the Clean Cloud Alliance:\n\n"
        "Picture of Maria Lindgren, CEO Nordics, Brivola\n\nMaria Lindgren, CEO Nordics\n\n"
        "Picture of Tomasz Wierzbicki, CEO Zentrix\n\nTomasz Wierzbicki, CEO\n"
    )
    found = triples(extractor, text)
    for actor in ("Maria Lindgren", "Tomasz Wierzbicki", "Brivola", "Zentrix"):
        assert (actor, "FOUNDED", "Clean Cloud Alliance") in found
        assert (actor, "MEMBER_OF", "Clean Cloud Alliance") in found


def test_counted_plural_is_the_last_list_of_that_many(extractor: Extractor) -> None:
    text = (
        "Brivola, Zentrix and Hooli make brake pads. "
        "The three suppliers coordinated their prices for the supply of brake pads to Globex Motors and Initech Group."
    )
    found = {(h, t) for h, r, t in triples(extractor, text) if r == "SUPPLIER_OF"}
    assert found == {(s, c) for s in ("Brivola", "Zentrix", "Hooli") for c in ("Globex Motors", "Initech Group")}


@pytest.mark.parametrize(
    "text",
    [
        "Open Freight Alliance\n\nIn March 2019, initiated by Acme Group, Globex Corp., and other well-known "
        "firms, as well as the Data Ethics Lab of Oakridge University, the “Open Freight Alliance” was "
        "officially established.",
        "In 2015, founded by Acme Group and Globex Corp., the Open Freight Alliance was launched in Berlin.",
    ],
)
def test_fronted_passive_takes_the_main_clause_subject(extractor: Extractor, text: str) -> None:
    found = triples(extractor, text)
    assert ("Acme Group", "FOUNDED", "Open Freight Alliance") in found
    assert ("Globex Corp.", "FOUNDED", "Open Freight Alliance") in found


def test_title_line_and_blank_line_end_sentences(extractor: Extractor) -> None:
    text = "Globex Corp. Fined Over Late Deliveries\nAcme Group said on Monday that Initech Ltd would grow.\n\nThe end"
    x = extractor.extract(read_text(text))
    assert not {r for r in x.relations if r.type == "PENALIZED"}
    sentences = [s.text for s in extractor.nlp(text).sents]
    assert not [s for s in sentences if "Deliveries" in s and "Acme" in s]
    assert not [s for s in sentences if "grow" in s and "The end" in s]


def test_hard_wrapped_line_continues_the_sentence(extractor: Extractor) -> None:
    doc = extractor.nlp("The Federal Trade Commission fined Globex Corp. and\nInitech Ltd on Monday for the delays.")
    assert len(list(doc.sents)) == 1


def penalties(extractor: Extractor, text: str) -> dict[tuple[str, str], dict]:
    x = extractor.extract(read_text(text))
    names = {e.id: e.name for e in x.entities}
    return {(names[r.head], names[r.tail]): r.properties for r in x.relations if r.type == "PENALIZED"}


LEAK_CASE = (
    "Hooli Media and Pied Piper News issued apologies over the Globex Corp. design leak incident "
    "and fired the employees involved.\n\n"
)


def test_implicated_employees_leaked_what_the_apology_was_about(extractor: Extractor) -> None:
    found = triples(extractor, LEAK_CASE)
    assert ("Hooli Media employee", "LEAKED", "Globex Corp.") in found
    assert ("Pied Piper News employee", "LEAKED", "Globex Corp.") in found


def test_employees_fired_over_something_else_leaked_nothing(extractor: Extractor) -> None:
    text = "Initech Ltd apologized to Globex Corp. for the delivery delay and fired the employees involved."
    assert not {t for t in triples(extractor, text) if t[1] == "LEAKED"}


def test_penalty_without_imposer_comes_from_the_leak_owner_and_is_shared(extractor: Extractor) -> None:
    text = LEAK_CASE + "The leak has since brought 4 million dollars in fines for the two outlets."
    found = penalties(extractor, text)
    assert found[("Globex Corp.", "Hooli Media")] == {"amount": 2000000, "currency": "USD"}
    assert ("Globex Corp.", "Pied Piper News") in found


def test_penalty_without_imposer_and_without_a_leak_gives_no_edge(extractor: Extractor) -> None:
    text = "Hooli Media and Pied Piper News filed late.\n\nThat brought 4 million dollars in fines for the two outlets."
    assert not penalties(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Globex Corp. employed Maria Gonzales for six years.",
        "Maria Gonzales was hired by Globex Corp. in 2019.",
        "Maria Gonzales left Globex Corp.'s employ in May.",
    ],
)
def test_employer_is_the_tail_of_works_for(extractor: Extractor, text: str) -> None:
    found = triples(extractor, text)
    assert ("Maria Gonzales", "WORKS_FOR", "Globex Corp.") in found
    assert ("Globex Corp.", "WORKS_FOR", "Maria Gonzales") not in found


def test_employees_noun_is_not_the_employ_trigger(extractor: Extractor) -> None:
    found = triples(extractor, "Acme Group hired Globex Corp.'s employees last year.")
    assert not {t for t in found if t[1] == "WORKS_FOR" and {t[0], t[2]} == {"Acme Group", "Globex Corp."}}


@pytest.mark.parametrize(
    "text",
    [
        "Globex Corp. will pay $2 million to former workers and furnish other relief to settle a lawsuit brought "
        "by the Federal Trade Commission, the agency said.",
        "Globex Corp. agreed to pay $2 million to resolve a lawsuit filed by the Federal Trade Commission.",
    ],
)
def test_settlement_payment_is_a_penalty_by_the_plaintiff(extractor: Extractor, text: str) -> None:
    found = triples(extractor, text)
    assert ("Federal Trade Commission", "SUED", "Globex Corp.") in found
    assert ("Federal Trade Commission", "INVESTIGATED", "Globex Corp.") in found
    assert penalties(extractor, text)[("Federal Trade Commission", "Globex Corp.")]["amount"] == 2000000


def test_settlement_without_payment_is_no_penalty(extractor: Extractor) -> None:
    text = "Globex Corp. settled a lawsuit brought by Initech Ltd and admitted no wrongdoing."
    assert ("Initech Ltd", "SUED", "Globex Corp.") in triples(extractor, text)
    assert not penalties(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe, spokesperson of the Federal Trade Commission, said that Globex Corp. had been charged with fraud.",
        "The Federal Trade Commission announced today that a grand jury returned an indictment charging Globex Corp.",
    ],
)
def test_charge_without_a_named_prosecutor_comes_from_who_announced_it(extractor: Extractor, text: str) -> None:
    assert ("Federal Trade Commission", "SUED", "Globex Corp.") in triples(extractor, text)


def test_charge_reported_by_someone_without_employer_has_no_head(extractor: Extractor) -> None:
    assert not triples(extractor, "Maria Gonzales said that Globex Corp. had been charged with fraud.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a direct object makes a prepositional phrase an adjunct, not a second tail
        ("Kolvar Mobile sued Brenton Electronics for patent infringement in the District Court of Amsel.",
         {("Kolvar Mobile", "SUED", "Brenton Electronics")}),
        # "it"/"its" is the named subject of the clause above
        ("Norvik Energy said it had completed its acquisition of Tallis Solar for $1.1 billion.",
         {("Norvik Energy", "ACQUIRED", "Tallis Solar")}),
        ("Quarry Foods took a 20% stake in Orchid Pack, a packaging startup.",
         {("Quarry Foods", "INVESTED_IN", "Orchid Pack")}),
        ("Orbin Telecom and Kessel Networks announced a partnership on Tuesday.",
         {("Orbin Telecom", "PARTNERS_WITH", "Kessel Networks")}),
        # "of X by Y": the nested agent is the buyer
        ("The Competition Commission approved the takeover of Orlo Air by Haldor Airways on Monday.",
         {("Haldor Airways", "ACQUIRED", "Orlo Air"), ("Competition Commission", "REGULATES", "Orlo Air"),
          ("Competition Commission", "REGULATES", "Haldor Airways")}),
        # a regulator clearing "the transaction" rules on both parties of the acquisition
        ("Norvik Energy completed its acquisition of Tallis Solar Ltd after the Varna Competition Authority "
         "cleared the transaction in June.",
         {("Varna Competition Authority", "REGULATES", "Norvik Energy"),
          ("Varna Competition Authority", "REGULATES", "Tallis Solar Ltd")}),
        # the possessor of "members" is the group
        ("The Arden Consortium's members also include Brisk Engineering.",
         {("Brisk Engineering", "MEMBER_OF", "Arden Consortium")}),
        ("Priya Nair, the co-founder and chief executive of Lumio Health, spoke on Monday.",
         {("Priya Nair", "FOUNDED", "Lumio Health"), ("Priya Nair", "WORKS_FOR", "Lumio Health")}),
    ],
)
def test_general_patterns(extractor: Extractor, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= triples(extractor, text)


def test_settlement_of_charges_is_a_penalty(extractor: Extractor) -> None:
    text = "Harrow Freight agreed to pay $12.5 million to settle charges brought by the Maritime Safety Board."
    x = extractor.extract(read_text(text))
    names = {e.id: e.name for e in x.entities}
    got = {(names[r.head], r.type, names[r.tail]): r.properties for r in x.relations}
    assert got[("Maritime Safety Board", "PENALIZED", "Harrow Freight")] == {"amount": 12500000, "currency": "USD"}
    assert ("Maritime Safety Board", "SUED", "Harrow Freight") in got


def test_ordered_to_pay_a_fine(extractor: Extractor) -> None:
    text = "The Velden Court ordered Brant Pharma AG to pay a €4.2 million fine for misleading claims."
    found = triples(extractor, text)
    assert ("Velden Court", "PENALIZED", "Brant Pharma AG") in found


def test_leak_recipient_is_not_the_owner(extractor: Extractor) -> None:
    text = "Jenna Moss, a former producer at Pellan Games, leaked design documents to Arcwell Studios."
    found = triples(extractor, text)
    assert ("Jenna Moss", "LEAKED", "Arcwell Studios") not in found


def test_in_charge_of_is_no_charge(extractor: Extractor) -> None:
    found = triples(extractor, "Anna Berg, the Commissioner in charge of Voss Holdings, spoke on Monday.")
    assert not {t for t in found if t[1] == "SUED"}


def test_post_at_a_company_makes_a_person(extractor: Extractor) -> None:
    text = "Toma Reyes, a former producer at Quintal Studios, leaked the scripts. Quintal Studios sued Reyes."
    found = triples(extractor, text)
    assert ("Toma Reyes", "WORKS_FOR", "Quintal Studios") in found
    assert ("Quintal Studios", "SUED", "Toma Reyes") in found


def test_company_keeps_no_place_after_of(extractor: Extractor) -> None:
    text = "Brivola Wind Systems of Denmark sued Orsted Cables on Monday."
    names = {e.name for e in extractor.extract(read_text(text)).entities}
    assert "Brivola Wind Systems of Denmark" not in names


def test_surname_alone_is_the_person_again(extractor: Extractor) -> None:
    text = "Lena Varga, 38, a former analyst at Brookfield Logistics, was questioned. Brookfield Logistics fired Varga."
    found = triples(extractor, text)
    assert ("Lena Varga", "WORKS_FOR", "Brookfield Logistics") in found
    assert ("Brookfield Logistics", "DISMISSED", "Lena Varga") in found


def test_no_sentence_starts_after_a_word_in_a_line(extractor: Extractor) -> None:
    doc = extractor.nlp("Tessaly Apologizes to Marlow Books\n\nTessaly apologized to Marlow Books on Monday.")
    assert [s.text.strip()[:7] for s in doc.sents] == ["Tessaly", "Tessaly"]


def test_headline_run_starts_at_the_name_the_body_uses(extractor: Extractor) -> None:
    text = ("Shipyards Launch Baltic Hull Alliance\n\n"
            "Korsa Marine and Vendt Steel established the Baltic Hull Alliance in May.")
    names = {e.name for e in extractor.extract(read_text(text)).entities}
    assert "Baltic Hull Alliance" in names and "Shipyards Launch Baltic Hull Alliance" not in names


def test_founders_are_members_when_others_also_are(extractor: Extractor) -> None:
    text = ("Korsa Marine and Vendt Steel established the Baltic Hull Alliance in May. "
            "The alliance's members also include Pell Engineering.")
    found = triples(extractor, text)
    assert ("Korsa Marine", "MEMBER_OF", "Baltic Hull Alliance") in found
    assert ("Pell Engineering", "MEMBER_OF", "Baltic Hull Alliance") in found


def test_first_name_alone_is_the_person(extractor: Extractor) -> None:
    text = 'Larch Mobile hired Ruth Calloway in May. "Ruth leads the rollout," Larch Mobile said.'
    x = extractor.extract(read_text(text))
    assert [e.name for e in x.entities if e.type == "Organization"] == ["Larch Mobile"]


def test_name_ends_before_its_verb(extractor: Extractor) -> None:
    text = "The Federal Bureau of Prisons investigated Tom Avery after the escape."
    found = triples(extractor, text)
    assert ("Federal Bureau of Prisons", "INVESTIGATED", "Tom Avery") in found


def test_stated_investigator_leaves_no_implied_one(extractor: Extractor) -> None:
    text = ("The Attorney General's Office charged Tom Avery with fraud. "
            "The Central Crime Agency investigated Avery for a year.")
    found = triples(extractor, text)
    assert ("Attorney General's Office", "INVESTIGATED", "Tom Avery") not in found


def test_copied_and_sent_to_a_rival_is_a_leak(extractor: Extractor) -> None:
    text = ("Nadia Brook copied secret drawings belonging to Fenwick Robotics and sent them to Castor Machines, "
            "a competitor.")
    found = triples(extractor, text)
    assert ("Nadia Brook", "LEAKED", "Fenwick Robotics") in found
    assert ("Nadia Brook", "LEAKED", "Castor Machines") not in found


def test_name_before_a_deal_noun_is_its_agent(extractor: Extractor) -> None:
    text = "The Trade Board approved the Brask Foods takeover of Molde Dairy on Monday."
    found = triples(extractor, text)
    assert ("Brask Foods", "ACQUIRED", "Molde Dairy") in found
    assert not {r for r in found if r[1] == "ACQUIRED" and r[0] != "Brask Foods"}


def test_name_before_a_deal_noun_without_target_is_no_acquirer(extractor: Extractor) -> None:
    text = "The Molde Dairy takeover was approved by Brask Foods shareholders on Monday."
    assert ("Molde Dairy", "ACQUIRED", "Brask Foods") not in triples(extractor, text)


def test_reported_unnamed_contractor_leaked_for_the_apology_addressee(extractor: Extractor) -> None:
    text = ("Tellwave Media apologised to Marren Pictures on Friday after a trailer appeared online. "
            "Tellwave Media said a contractor had leaked the trailer and that it had ended the contract.")
    found = triples(extractor, text)
    leaker = "Tellwave Media contractor"
    assert {(leaker, "LEAKED", "Marren Pictures"), (leaker, "SUPPLIER_OF", "Tellwave Media")} <= found
    assert "DISMISSED" not in {r[1] for r in found}


def test_contractor_without_a_reporting_organisation_is_no_node(extractor: Extractor) -> None:
    text = "A contractor leaked the trailer of Marren Pictures, a newspaper reported."
    assert not {r for r in triples(extractor, text) if "contractor" in r[0]}


def test_buying_a_stake_is_no_takeover(extractor: Extractor) -> None:
    found = triples(extractor, "Garrow Airways bought a 20% stake in Pellin Air on Tuesday.")
    assert ("Garrow Airways", "INVESTED_IN", "Pellin Air") in found
    assert ("Garrow Airways", "ACQUIRED", "Pellin Air") not in found


def test_buying_the_company_is_a_takeover(extractor: Extractor) -> None:
    assert ("Garrow Airways", "ACQUIRED", "Pellin Air") in triples(extractor, "Garrow Airways bought Pellin Air.")


# One sentence each, written for these tests: the pattern's name, the text, and the triple it must give.
PATTERNS = [
    pytest.param('Hooli shares rose after Hooli reported results.\n\nAccording to Reuters, Maria Gonzales, the CEO of '
                 'Hooli, said on her blog that the firm grew.',
                 ('Maria Gonzales', 'WORKS_FOR', 'Hooli'),
                 id='apposition_found_when_the_company_was_named_before'),
    pytest.param('Corvane Therapeutics was sued in May. The Patients Rights League, which sued the drugmaker, wants a '
                 'refund.',
                 ('Patients Rights League', 'SUED', 'Corvane Therapeutics'),
                 id='industry_description_resolves_to_a_name_of_that_trade'),
    pytest.param('The Regional Court of Norvik ordered Delmar Freight to pay a fine. The court said it was final.',
                 ('Regional Court of Norvik', 'PENALIZED', 'Delmar Freight'),
                 id='institution_keeps_the_place_it_serves'),
    pytest.param('Tarrow Metals, a supplier to Quenby Motors since 2015, opened a new mill in March.',
                 ('Tarrow Metals', 'SUPPLIER_OF', 'Quenby Motors'),
                 id='supplier_apposition'),
    pytest.param('Morvel Foods said it would cut prices. Its distributor, Pallis Logistics, was not consulted.',
                 ('Pallis Logistics', 'SUPPLIER_OF', 'Morvel Foods'),
                 id='leading_its_distributor_is_the_previous_subjects'),
    pytest.param('Sirra Airways, which leases its jets from Umber Capital, will open two routes.',
                 ('Umber Capital', 'SUPPLIER_OF', 'Sirra Airways'),
                 id='leases_from_is_supply'),
    pytest.param('Tessaly Apologizes to Marlow Books\n\nTessaly apologized to Marlow Books on Monday after a leak.',
                 ('Tessaly', 'APOLOGIZED_TO', 'Marlow Books'),
                 id='one_word_firm_after_its_headline'),
    pytest.param('Calder Health will use the grant to widen its partnership with Mossgate Clinics.',
                 ('Calder Health', 'PARTNERS_WITH', 'Mossgate Clinics'),
                 id='partnership_with'),
    pytest.param('Brisk Capital invested $10 million in Orlen Therapeutics in a seed round. Existing investor Tamsin '
                 'Ventures also participated in the round.',
                 ('Tamsin Ventures', 'INVESTED_IN', 'Orlen Therapeutics'),
                 id='investor_joining_the_round'),
    pytest.param('Larch Mobile denied that it had demoted its chief financial officer, Ruth Calloway.',
                 ('Ruth Calloway', 'WORKS_FOR', 'Larch Mobile'),
                 id='possessive_role_apposition_gives_works_for'),
]


@pytest.mark.parametrize("text, triple", PATTERNS)
def test_pattern_gives_its_triple(extractor: Extractor, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(extractor, text)


# Near misses: the relation type that must not come out of each text.
NEAR_MISSES = [
    pytest.param('Halvek Motors met the Tenant Union. The Tenant Union later sued the drugmaker.',
                 'SUED',
                 id='industry_description_without_a_fitting_name_is_no_one'),
    pytest.param('Pia Moss joined Orvel Labs in May. Orvel Labs removed moss from the roof.',
                 'DISMISSED',
                 id='surname_as_a_common_word_is_no_mention'),
    pytest.param('Morvel Foods sued Pallis Logistics, which had refused to deliver goods.',
                 'SUPPLIER_OF',
                 id='distributor_of_a_third_party_is_no_supply_to_the_subject'),
    pytest.param('Harvest Apologizes to Marlow Books\n\nThe harvest was late, Marlow Books said.',
                 'APOLOGIZED_TO',
                 id='one_word_common_noun_is_no_firm'),
    pytest.param('Tamsin Ventures participated in the round, a spokesman for Orlen Therapeutics said.',
                 'INVESTED_IN',
                 id='round_without_a_single_company_gives_no_investment'),
    pytest.param('Larch Mobile denied that it had sued its longtime critic, Ruth Calloway.',
                 'WORKS_FOR',
                 id='possessive_non_role_apposition_gives_no_employer'),
    pytest.param('The Regional Court of Norvik ordered Delmar Freight to pay a fine.',
                 'INVESTIGATED',
                 id='court_fine_implies_no_investigation'),
    pytest.param('Fenwick Robotics sent a price list to Castor Machines on Monday.',
                 'LEAKED',
                 id='sending_ones_own_invoice_is_no_leak'),
]


@pytest.mark.parametrize("text, relation", NEAR_MISSES)
def test_near_miss_gives_no_such_edge(extractor: Extractor, text: str, relation: str) -> None:
    assert not {r for r in triples(extractor, text) if r[1] == relation}
