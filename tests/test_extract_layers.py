"""The general extraction layers, each on sentences invented for these tests (no corpus wording):
roles from the parse, names the model leaves untagged, relation nouns handed over by a passive clause,
and the type signature every edge must fit."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from graphload.extract import Extractor
from graphload.extract.rules import _proper_run
from graphload.read import read_text
from tests.extraction import triples


@pytest.mark.parametrize(
    ("text", "person", "employer"),
    [
        ("Brad Okafor is Helix Energy's top lawyer.", "Brad Okafor", "Helix Energy"),
        ("Mark Sutter, Brindle Bank Executive Director of Enforcement, said the bank would appeal.",
         "Mark Sutter", "Brindle Bank"),
        ('"We will appeal," said Assistant Attorney General Paul Renner of the Transport Ministry.',
         "Paul Renner", "Transport Ministry"),
        ("Quarry Foods fired its chief financial officer, Lena Moss, after an audit.", "Lena Moss", "Quarry Foods"),
    ],
)
def test_role_nouns_give_works_for(extractor: Extractor, text: str, person: str, employer: str) -> None:
    assert (person, "WORKS_FOR", employer) in triples(extractor, text)


def test_role_without_an_organisation_gives_no_employer(extractor: Extractor) -> None:
    found = triples(extractor, "Professor Ada Quill said the verdict was fair.")
    assert not [t for t in found if t[1] == "WORKS_FOR"]


def test_untagged_name_in_an_argument_slot_is_an_actor(extractor: Extractor) -> None:
    found = triples(extractor, "The Federal Aviation Administration fined Trenway $4 million on Friday.")
    assert ("Federal Aviation Administration", "PENALIZED", "Trenway") in found


def test_headline_words_are_not_untagged_names(extractor: Extractor) -> None:
    """A headline capitalises every word, so capitals there are no evidence of a name."""
    headline = extractor.nlp("Watchdog Fines Trenway Over Alleged Data Leak")
    body = extractor.nlp("The watchdog fined Trenway on Friday.")
    assert not any(_proper_run(t) for t in headline)
    assert [t.text for t in body if _proper_run(t)] == ["Trenway"]


def test_passive_clause_hands_a_fine_to_its_subject(extractor: Extractor) -> None:
    found = triples(extractor, "Brightwater Mining was handed a fine of $2 million by the Environmental Protection "
                               "Agency.")
    assert ("Environmental Protection Agency", "PENALIZED", "Brightwater Mining") in found
    assert ("Brightwater Mining", "PENALIZED", "Environmental Protection Agency") not in found


def test_employment_needs_a_person(extractor: Extractor) -> None:
    """"led" is a leadership verb for people; an investor leading a round is not employed by it."""
    found = triples(extractor, "Granite Ventures led the round, and Dana Pike now leads Quillo Labs.")
    assert ("Dana Pike", "WORKS_FOR", "Quillo Labs") in found
    assert not [t for t in found if t[1] == "WORKS_FOR" and t[0] == "Granite Ventures"]


def test_each_party_keeps_the_amount_written_after_its_name(extractor: Extractor) -> None:
    text = ("The Maritime Authority fined Orla Lines and Kell Shipping a total of $6 million for the spill. The fines "
            "were set as follows: Orla Lines ($5,000,000) and Kell Shipping ($1,000,000).")
    x = extractor.extract(read_text(text))
    names = {e.id: e.name for e in x.entities}
    amounts = {names[r.tail]: r.properties.get("amount") for r in x.relations if r.type == "PENALIZED"}
    assert amounts.get("Orla Lines") == 5_000_000
    assert amounts.get("Kell Shipping") == 1_000_000


@pytest.mark.parametrize("text, expected", [
    ("The Harbour Data Commission imposed fines of 69.2 billion won on Orbit Search and 30.8 billion won on "
     "Varnox Media.", {"Orbit Search": 69_200_000_000, "Varnox Media": 30_800_000_000}),
    ("Orbit Search was fined €2.4 billion by the Harbour Data Commission, and Varnox Media was fined €900 million "
     "by the same commission.", {"Orbit Search": 2_400_000_000, "Varnox Media": 900_000_000}),
])
def test_each_party_keeps_the_amount_written_beside_it(extractor: Extractor, text: str, expected: dict) -> None:
    """Two penalties in one sentence: each party gets the amount nearest its name, not the sentence's first."""
    x = extractor.extract(read_text(text))
    names = {e.id: e.name for e in x.entities}
    amounts = {names[r.tail]: r.properties.get("amount") for r in x.relations if r.type == "PENALIZED"}
    assert amounts == expected


def test_an_unnamed_penaliser_is_the_authority_the_text_is_about(extractor: Extractor) -> None:
    text = ("The Harbour Safety Commission published its findings on Monday. The Harbour Safety Commission said "
            "the inspections took a year. Orla Lines was fined $2 million for the breaches.")
    assert ("Harbour Safety Commission", "PENALIZED", "Orla Lines") in triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "supplier", "client"),
    [
        ("The Navy awarded Kestrel Shipyards a contract worth $2 billion to build six frigates.",
         "Kestrel Shipyards", "Navy"),
        ("The contracts were awarded by the Transport Ministry to regional firms in Ohio (Orla Rail and Tamsin "
         "Works).", "Tamsin Works", "Transport Ministry"),
        ("Harbor Dredging won a $40 million contract from the Port Authority of Lumen.", "Harbor Dredging",
         "Port Authority of Lumen"),
        ("Quillo Labs received a Defense Department contract for drone batteries.", "Quillo Labs",
         "Defense Department"),
    ],
)
def test_contract_awards_make_suppliers(extractor: Extractor, text: str, supplier: str, client: str) -> None:
    assert (supplier, "SUPPLIER_OF", client) in triples(extractor, text)


def test_a_contract_that_might_be_awarded_is_no_supply(extractor: Extractor) -> None:
    found = triples(extractor, "The Navy might award Kestrel Shipyards a contract next year.")
    assert not [t for t in found if t[1] == "SUPPLIER_OF"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Orla Lines is under investigation by the Federal Maritime Commission.",
         ("Federal Maritime Commission", "INVESTIGATED", "Orla Lines")),
        ("The Federal Maritime Commission banned Dana Voss from the industry for five years.",
         ("Federal Maritime Commission", "PENALIZED", "Dana Voss")),
        ("Dana Voss leaked confidential documents belonging to Tamsin Freight to a journalist.",
         ("Dana Voss", "LEAKED", "Tamsin Freight")),
        ("The Ostrava Cloud Alliance was launched with founding members including Nimbus Data and Perlow Software.",
         ("Perlow Software", "MEMBER_OF", "Ostrava Cloud Alliance")),
        ("Granite Ventures led the funding round in Quillo Labs.", ("Granite Ventures", "INVESTED_IN", "Quillo Labs")),
        ("Admiral James Corby was relieved of command by the Navy last week.", ("Navy", "DISMISSED", "James Corby")),
        ("Zenith Foods expressed regret to Harbor Grain for the delays.",
         ("Zenith Foods", "APOLOGIZED_TO", "Harbor Grain")),
    ],
)
def test_argument_structures(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(extractor, text)


def test_an_institutions_bare_head_noun_is_that_institution(extractor: Extractor) -> None:
    text = ("The Maritime Safety Commission fined Orla Lines $2 million on Monday. The Commission said Orla Lines "
            "had ignored three warnings.")
    x = extractor.extract(read_text(text))
    assert [e.name for e in x.entities if "Commission" in e.name] == ["Maritime Safety Commission"]


def test_a_title_case_headline_is_parsed_as_a_sentence(extractor: Extractor) -> None:
    """"Charges" in a headline is the verb, as in the sentence-case reading, not part of one long name."""
    text = ("Maritime Board Charges Keltron and Senior Executive Dana Voss with Fraud\n\n"
            "The Maritime Board said Keltron had hidden losses from investors.\n")
    found = triples(extractor, text)
    assert ("Maritime Board", "SUED", "Keltron") in found
    assert ("Maritime Board", "SUED", "Dana Voss") in found


def test_a_product_that_acts_stands_for_its_maker(extractor: Extractor) -> None:
    text = ("Orla Motors unveiled the Orla X5 sedan in May. Orla X5 photo leaks resulted in a $2 million penalty for "
            "Tamsin Parts.")
    found = triples(extractor, text)
    assert ("Orla Motors", "PENALIZED", "Tamsin Parts") in found
    assert not [t for t in found if t[0] == "Orla X5"]


def test_co_actors_of_a_joint_action_are_partners(extractor: Extractor) -> None:
    joint = triples(extractor, "The Harbour Authority and the Coastal Guard jointly fined Orla Lines $3 million.")
    plain = triples(extractor, "The Harbour Authority and the Coastal Guard fined Orla Lines $3 million.")
    assert ("Harbour Authority", "PARTNERS_WITH", "Coastal Guard") in joint
    assert not [t for t in plain if t[1] == "PARTNERS_WITH"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Harbour Authority ruled on Monday that Orla Lines had breached its licence.",
         ("Harbour Authority", "REGULATES", "Orla Lines")),
        ("The Harbour Authority found that Orla Lines and Kell Shipping had colluded.",
         ("Harbour Authority", "INVESTIGATED", "Kell Shipping")),
        ("Dana Voss, the co-founder of Kestrel Networks, resigned.", ("Dana Voss", "FOUNDED", "Kestrel Networks")),
    ],
)
def test_findings_and_founder_titles(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(extractor, text)


def test_only_an_authority_finds_against_someone(extractor: Extractor) -> None:
    assert not triples(extractor, "Rival carriers found that Orla Lines was cheaper than Kell Shipping.")


def test_a_person_joining_a_company_works_for_it(extractor: Extractor) -> None:
    company = triples(extractor, "Dana Voss joined Kestrel Networks in 2015.")
    alliance = triples(extractor, "Dana Voss joined the Open Freight Alliance in 2015.")
    assert ("Dana Voss", "WORKS_FOR", "Kestrel Networks") in company
    assert ("Dana Voss", "MEMBER_OF", "Open Freight Alliance") in alliance


def test_a_surname_the_model_missed_is_the_person_named_before(extractor: Extractor) -> None:
    text = ("Telwave dismissed its network director, Alan Pryce, in May. Pryce later sued Telwave for unfair "
            "dismissal.")
    x = extractor.extract(read_text(text))
    assert "Pryce" not in {e.name for e in x.entities}
    assert ("Alan Pryce", "SUED", "Telwave") in triples(extractor, text)


def test_a_settlement_announced_by_an_authority(extractor: Extractor) -> None:
    text = ("The Securities and Exchange Commission today announced that Brightwater Capital LLC and its former chief "
            "executive, Owen Marsh, agreed to pay $4 million to settle charges that they misled investors. The SEC's "
            "investigation was supervised by Raj Patel of the Enforcement Division.")
    x = extractor.extract(read_text(text))
    names = {e.id: e.name for e in x.entities}
    found = {(names[r.head], r.type, names[r.tail]): r.properties for r in x.relations}
    assert found[("Securities and Exchange Commission", "PENALIZED", "Brightwater Capital LLC")]["amount"] == 4_000_000
    assert ("Securities and Exchange Commission", "SUED", "Owen Marsh") in found
    assert found[("Owen Marsh", "WORKS_FOR", "Brightwater Capital LLC")] == {"role": "former chief executive"}
    assert ("Raj Patel", "WORKS_FOR", "Enforcement Division") in found
    assert not [k for k in found if k[1] == "SUED" and k[0] != "Securities and Exchange Commission"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Orion Mobile makes phones. Kestrel Semiconductor supplies chips to Orion.",
         ("Kestrel Semiconductor", "SUPPLIER_OF", "Orion Mobile")),
        ("Orion Mobile makes phones.\n\nOrion founder and CEO Li Ming said sales rose.",
         ("Li Ming", "FOUNDED", "Orion Mobile")),
        ("They joined the Secure Supply Alliance, an industry group set up by Orion Mobile and Kestrel Semiconductor.",
         ("Kestrel Semiconductor", "FOUNDED", "Secure Supply Alliance")),
    ],
)
def test_short_names_datives_and_groups_set_up(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(extractor, text)


def test_nobody_is_a_member_of_a_company(extractor: Extractor) -> None:
    found = triples(extractor, "Members of the Harbor Data Forum include Kestrel Semiconductor and Tanglin Displays "
                               "Inc.\n\nMembers of Tanglin Displays Inc. include Kestrel Semiconductor.")
    assert ("Kestrel Semiconductor", "MEMBER_OF", "Harbor Data Forum") in found
    assert ("Kestrel Semiconductor", "MEMBER_OF", "Tanglin Displays Inc.") not in found


def test_the_company_is_the_story_s_subject_not_a_rival_named_in_passing(extractor: Extractor) -> None:
    text = ("Orion Mobile reported record sales. Orion Mobile also hired 200 engineers. Its founder Li Ming said "
            "Orion Mobile had overtaken Vexa Technologies. The company then joined the Secure Supply Alliance.")
    assert ("Orion Mobile", "MEMBER_OF", "Secure Supply Alliance") in triples(extractor, text)


def test_a_compensation_demand_is_a_penalty(extractor: Extractor) -> None:
    x = extractor.extract(read_text("Orion Mobile demanded 500,000 yuan in compensation from Nimbus Daily."))
    names = {e.id: e.name for e in x.entities}
    found = {(names[r.head], r.type, names[r.tail]): r.properties for r in x.relations}
    assert found[("Orion Mobile", "PENALIZED", "Nimbus Daily")] == {"amount": 500000, "currency": "CNY"}


def test_unnamed_staff_of_an_organisation_are_one_group(extractor: Extractor) -> None:
    text = ("Nimbus Daily said two of its employees had leaked images of the phone. Nimbus Daily said it had fired "
            "the two staff members.")
    x = extractor.extract(read_text(text))
    assert [e.name for e in x.entities if e.type == "Person"] == ["Nimbus Daily employee"]
    assert ("Nimbus Daily", "DISMISSED", "Nimbus Daily employee") in triples(extractor, text)


def test_titles_are_titles_not_clauses(extractor: Extractor) -> None:
    clause = triples(extractor, "The Harbour Senate is expected to confirm General Dana Voss next week.")
    employer = triples(extractor, "We thank the staff of Kestrel Relief International, Mr. Ahmadi's employer.")
    assert not [t for t in clause if t[1] == "WORKS_FOR"]
    assert ("Ahmadi", "WORKS_FOR", "Kestrel Relief International") in employer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kestrel Aerospace will build 179 tankers for the Air Force under the contract.",
         ("Kestrel Aerospace", "SUPPLIER_OF", "Air Force")),
        ("The Air Force chose Kestrel Aerospace over Orla Defense for the tanker deal.",
         ("Kestrel Aerospace", "SUPPLIER_OF", "Air Force")),
        ("The National Space Office selected Nimbus Launch Systems to transport astronauts to the station.",
         ("Nimbus Launch Systems", "SUPPLIER_OF", "National Space Office")),
    ],
)
def test_goods_and_selections_for_a_client(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(extractor, text)


def test_selling_a_company_is_no_supply(extractor: Extractor) -> None:
    found = triples(extractor, "Orla Defense sold Kestrel Aerospace to Vantor Holdings last year.")
    assert not [t for t in found if t[1] == "SUPPLIER_OF"]


def confidences(extractor: Extractor, text: str) -> dict[tuple[str, str, str], float]:
    x = extractor.extract(read_text(text))
    names = {e.id: e.name for e in x.entities}
    return {(names[r.head], r.type, names[r.tail]): r.confidence for r in x.relations}


def test_denials_give_no_edge_and_allegations_a_weaker_one(extractor: Extractor) -> None:
    key = ("Orion Mobile", "LEAKED", "Kestrel Networks")
    stated = confidences(extractor, "Orion Mobile leaked the files of Kestrel Networks.")
    alleged = confidences(extractor, "Orion Mobile allegedly leaked the files of Kestrel Networks.")
    accused = confidences(extractor, "Orion Mobile was accused of leaking the files of Kestrel Networks.")
    assert key not in confidences(extractor, "Orion Mobile denied that it had leaked the files of Kestrel Networks.")
    assert key not in confidences(extractor, "Orion Mobile denied leaking the files of Kestrel Networks.")
    assert alleged[key] < stated[key]
    assert accused[key] < stated[key]


def test_the_doer_of_a_gerund_after_a_preposition(extractor: Extractor) -> None:
    found = triples(extractor, "The Data Authority fined Orion Mobile for leaking the files of Kestrel Networks.")
    assert ("Orion Mobile", "LEAKED", "Kestrel Networks") in found
    assert ("Data Authority", "LEAKED", "Kestrel Networks") not in found


def test_a_regulator_clearing_a_deal_acquires_nothing(extractor: Extractor) -> None:
    found = triples(extractor, "The Competition Board cleared the proposed acquisition of Morpho Sensors.")
    assert ("Competition Board", "REGULATES", "Morpho Sensors") in found
    assert ("Competition Board", "ACQUIRED", "Morpho Sensors") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kestrel Networks named Dana Voss as its chief executive on Monday.",
         ("Dana Voss", "WORKS_FOR", "Kestrel Networks")),
        ("Dana Voss was appointed chief executive of Kestrel Networks in May.",
         ("Dana Voss", "WORKS_FOR", "Kestrel Networks")),
        ("Orla Lines is backed by Granite Ventures.", ("Granite Ventures", "INVESTED_IN", "Orla Lines")),
    ],
)
def test_appointments_and_backers(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(extractor, text)


def test_naming_a_product_employs_nobody(extractor: Extractor) -> None:
    found = triples(extractor, "Kestrel Networks named its new router Orla after a river.")
    assert not [t for t in found if t[1] == "WORKS_FOR"]


def test_money_raised_from_investors(extractor: Extractor) -> None:
    raised = triples(extractor, "Orla Lines raised $50 million from Granite Ventures and Birch Capital.")
    damages = triples(extractor, "Orla Lines received $2 million in damages from Kell Shipping.")
    assert ("Birch Capital", "INVESTED_IN", "Orla Lines") in raised
    assert not [t for t in damages if t[1] == "INVESTED_IN"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tamsin Freight took Kell Shipping to court over unpaid fees.", ("Tamsin Freight", "SUED", "Kell Shipping")),
        ("Tamsin Freight filed a complaint against Kell Shipping with the Maritime Board.",
         ("Tamsin Freight", "SUED", "Kell Shipping")),
    ],
)
def test_legal_action_idioms(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(extractor, text)


@pytest.mark.parametrize("text", [
    "Tamsin Freight has every right to pursue legal action against Kell Shipping.",
    "Tamsin Freight plans to sue Kell Shipping next year.",
    "Tamsin Freight threatened to take Kell Shipping to court.",
    "Tamsin Freight took Kell Shipping to Rotterdam.",
])
def test_rights_plans_threats_and_trips_are_no_lawsuit(extractor: Extractor, text: str) -> None:
    assert not [t for t in triples(extractor, text) if t[1] == "SUED"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Department of Labor assessed $1.5 million in civil money penalties against Kestrel Sanitation.",
         ("Department of Labor", "PENALIZED", "Kestrel Sanitation")),
        ("Kestrel Sanitation paid $1.5 million in penalties to the Department of Labor.",
         ("Department of Labor", "PENALIZED", "Kestrel Sanitation")),
        ("The Securities Commission charged Orla Motors, its former chief executive Dana Voss and former director "
         "Alan Pryce with fraud.", ("Dana Voss", "WORKS_FOR", "Orla Motors")),
        ("The Labor Standards Division found that Kestrel Sanitation employed children in hazardous jobs.",
         ("Labor Standards Division", "INVESTIGATED", "Kestrel Sanitation")),
    ],
)
def test_regulator_press_release_phrasing(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Orla Lines, which builds ferries for the Harbour Authority, reported higher profits.",
         ("Orla Lines", "SUPPLIER_OF", "Harbour Authority")),
        ("Kestrel Aerospace won the contract to build the capsules for the National Space Office.",
         ("Kestrel Aerospace", "SUPPLIER_OF", "National Space Office")),
        ("Under the agreements, Kestrel Aerospace will provide four flights for the National Space Office.",
         ("Kestrel Aerospace", "SUPPLIER_OF", "National Space Office")),
    ],
)
def test_supply_in_relative_clauses_and_contract_purposes(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(extractor, text)


@pytest.mark.parametrize("text", [
    "The European Commission opened an investigation into whether Halvex Pharma abused its dominant position.",
    "The European Commission is investigating whether Halvex Pharma abused its dominant position.",
])
def test_looking_into_whether_someone_did_something(extractor: Extractor, text: str) -> None:
    assert ("European Commission", "INVESTIGATED", "Halvex Pharma") in triples(extractor, text)


def test_the_punished_did_the_deed_and_recipients_own_nothing(extractor: Extractor) -> None:
    sacked = triples(extractor, "Kestrel Labs sacked three employees over the leak of Orla Motors data.")
    leaked = triples(extractor, "Rui Costa leaked cabinet papers to the newspaper Diario Norte.")
    assert ("Kestrel Labs employee", "LEAKED", "Orla Motors") in sacked
    assert ("Kestrel Labs", "LEAKED", "Orla Motors") not in sacked
    assert ("Rui Costa", "LEAKED", "Diario Norte") not in leaked


def test_a_reported_dismissal_of_an_unnamed_employee(extractor: Extractor) -> None:
    text = ("Car review site Chezhu Daily apologised to Orion Mobile. In a post on Monday, Chezhu Daily said an editor "
            "had obtained the pictures and that the editor had been fired.")
    assert ("Chezhu Daily", "DISMISSED", "Chezhu Daily editor") in triples(extractor, text)


def test_bare_institution_words_and_dateline_capitals_are_no_untagged_names(extractor: Extractor) -> None:
    x = extractor.extract(read_text("PORT VELDEN – The Maritime Board said the Commission fined Orla Lines."))
    assert not {"Commission", "PORT VELDEN", "VELDEN"} & {e.name for e in x.entities}


def test_a_names_possessor_employs_the_person(extractor: Extractor) -> None:
    assert ("Dana Voss", "WORKS_FOR", "Acme Robotics") in triples(
        extractor, "Acme Robotics' Dana Voss said the fine was unfair.")


def test_a_dismissal_without_agent_is_the_employers(extractor: Extractor) -> None:
    text = "Dana Voss, a senior engineer at Kestrel Networks, was fired on Monday after the leak."
    assert ("Kestrel Networks", "DISMISSED", "Dana Voss") in triples(extractor, text)
    assert not [t for t in triples(extractor, "Dana Voss was fired on Monday.") if t[1] == "DISMISSED"]


def test_government_posts_are_held_for_a_country(extractor: Extractor) -> None:
    found = triples(extractor, "Pakistani Foreign Minister Hina Rabbani Khar met U.S. Defense Secretary Leon Panetta.")
    assert ("Hina Rabbani Khar", "WORKS_FOR", "Pakistan") in found
    assert ("Leon Panetta", "WORKS_FOR", "United States") in found
    lawyer = triples(extractor, "British lawyer Dana Voss said the fine was fair.")
    assert not [t for t in lawyer if t[1] == "WORKS_FOR"]


def test_a_title_without_employer_is_held_in_the_one_body_named_for_it(extractor: Extractor) -> None:
    text = "The European Commission fined Orla Lines. Commissioner Margrethe Lind said the cartel hurt drivers."
    assert ("Margrethe Lind", "WORKS_FOR", "European Commission") in triples(extractor, text)
    two = ("The European Commission and the Harbour Commission fined Orla Lines. Commissioner Margrethe Lind said "
           "the cartel hurt drivers.")
    assert not [t for t in triples(extractor, two) if t[1] == "WORKS_FOR"]


def test_an_order_against_someone_is_a_sanction(extractor: Extractor) -> None:
    found = triples(extractor, "The Export Control Bureau issued an order against Tamsin Freight and Kell Shipping.")
    assert ("Export Control Bureau", "PENALIZED", "Kell Shipping") in found


def test_people_named_as_what_a_role_phrase_is(extractor: Extractor) -> None:
    text = ("Harbour Commission enforcement staff members responsible for this case are Andrew Ridge, Dana Voss and "
            "Paul Renner.")
    found = triples(extractor, text)
    assert {p for p, t, o in found if t == "WORKS_FOR" and o == "Harbour Commission"} == {
        "Andrew Ridge", "Dana Voss", "Paul Renner"}


def test_they_is_the_group_named_before_not_a_singular_speaker(extractor: Extractor) -> None:
    text = ("Kell Shipping and Orla Lines were fined by the Maritime Board. The Maritime Board said they had leaked "
            "the files of Vantor Freight.")
    found = triples(extractor, text)
    assert ("Orla Lines", "LEAKED", "Vantor Freight") in found
    assert ("Maritime Board", "LEAKED", "Vantor Freight") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Velden District Court ordered Kell Shipping to pay Tamsin Freight $2 million in damages.",
         ("Velden District Court", "PENALIZED", "Kell Shipping")),
        ("A federal jury found Dana Voss guilty of stealing trade secrets from Orla Motors.",
         ("Dana Voss", "LEAKED", "Orla Motors")),
        ("Dana Voss was sentenced to six months in prison after pleading guilty to stealing trade secrets from "
         "Orla Motors.", ("Dana Voss", "LEAKED", "Orla Motors")),
        ("Kell Shipping lost its lawsuit against the Maritime Board.", ("Kell Shipping", "SUED", "Maritime Board")),
        ("Tamsin Freight won a $3 million judgment against Kell Shipping.",
         ("Tamsin Freight", "SUED", "Kell Shipping")),
    ],
)
def test_court_language(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(extractor, text)


def test_making_secret_material_public_is_a_leak(extractor: Extractor) -> None:
    found = triples(extractor, "WikiLinks published secret cables of the Foreign Office.")
    plain = triples(extractor, "WikiLinks published annual reports of the Foreign Office.")
    assert ("WikiLinks", "LEAKED", "Foreign Office") in found
    assert not [t for t in plain if t[1] == "LEAKED"]


def test_a_title_the_parser_hangs_on_an_initial_is_still_the_persons(extractor: Extractor) -> None:
    """Parsers attach "Chairman" to the initial of "N Varadan" as often as to the surname; the title belongs to
    the whole name either way. The parse is written out here so that the test does not depend on the model."""
    text = "Harlow Mills group Chairman N Varadan spoke."
    tagged = extractor.nlp(text)
    forced = Doc(tagged.vocab, words=[t.text for t in tagged], spaces=[bool(t.whitespace_) for t in tagged],
                 heads=[1, 2, 3, 4, 5, 6, 6, 6], deps=["compound"] * 5 + ["nsubj", "ROOT", "punct"],
                 pos=[t.pos_ for t in tagged], tags=[t.tag_ for t in tagged], lemmas=[t.lemma_ for t in tagged],
                 sent_starts=[True] + [False] * 7, ents=["B-ORG", "I-ORG", "O", "O", "B-PERSON", "I-PERSON", "O", "O"])
    assert forced[3].head.text == "N"
    x = extractor.read(read_text(text), [(0, forced)])
    names = {e.id: e.name for e in x.entities}
    assert ("N Varadan", "WORKS_FOR", "Harlow Mills") in {(names[r.head], r.type, names[r.tail]) for r in x.relations}
