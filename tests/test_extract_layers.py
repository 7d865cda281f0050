"""The general extraction layers, each on sentences invented for these tests (no corpus wording):
roles from the parse, names the model leaves untagged, relation nouns handed over by a passive clause,
and the type signature every edge must fit."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # any post held "at" a place, in an apposition: the post need not be a title word
        ("Prosecutors charged Marcus Hale, a former trader at Wexford Capital, with fraud.",
         ("Marcus Hale", "WORKS_FOR", "Wexford Capital")),
        # the verb says it: "worked at / for"
        ("Keiko Sato, who has worked at Kurosawa Electronics for 20 years, was arrested.",
         ("Keiko Sato", "WORKS_FOR", "Kurosawa Electronics")),
        ("The Central Bank of Ireland supervises Marlin Bank.",
         ("Central Bank of Ireland", "REGULATES", "Marlin Bank")),
        # the doer of an infinitive on an object noun is the subject of the verb that governs it
        ("Volta Cells won a contract to supply batteries to Tessaro Motors.",
         ("Volta Cells", "SUPPLIER_OF", "Tessaro Motors")),
    ],
)
def test_general_frames(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(extractor, text)


def test_a_customer_of_a_bank_does_not_work_there(extractor: Extractor) -> None:
    found = triples(extractor, "Dana Whitt, a customer of Marlin Bank, complained about the fees.")
    assert not [t for t in found if t[1] == "WORKS_FOR"]


def test_a_bank_is_not_a_ban(extractor: Extractor) -> None:
    """Only a plural loses its "s" on the way to a trigger word: "Bank" is no "ban" (PENALIZED)."""
    found = triples(extractor, "The Central Bank of Ireland supervises Marlin Bank.")
    assert not [t for t in found if t[1] == "PENALIZED"]


def test_launching_an_investigation_founds_nothing(extractor: Extractor) -> None:
    """A creation verb whose object is an event noun creates the event: the noun's frame gives the edge."""
    found = triples(extractor, "The Competition Commission of India launched an investigation into Sahyadri Retail.")
    assert ("Competition Commission of India", "INVESTIGATED", "Sahyadri Retail") in found
    assert not [t for t in found if t[1] == "FOUNDED"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Helix Cloud Ltd hired Nadia Perez as chief technology officer.", "Nadia Perez"),
        ("Nadia Perez has been appointed chief technology officer of Helix Cloud Ltd.", "Nadia Perez"),
        ("Piet Vos was ousted as chief executive of Altmark Bank on Friday.", "Piet Vos"),
    ],
)
def test_whoever_holds_a_post_is_a_person(extractor: Extractor, text: str, person: str) -> None:
    """Only people are hired, appointed or ousted as a chief executive, whatever the model's tag."""
    entities = {e.name: e.type for e in extractor.extract(read_text(text)).entities}
    assert entities[person] == "Person"


def test_ousted_as_a_post_of_an_organisation(extractor: Extractor) -> None:
    found = triples(extractor, "Piet Vos was ousted as chief executive of Altmark Bank on Friday.")
    assert {("Piet Vos", "WORKS_FOR", "Altmark Bank"), ("Altmark Bank", "DISMISSED", "Piet Vos")} <= found


def test_the_first_of_a_list_of_people_is_a_person_too(extractor: Extractor) -> None:
    found = triples(extractor, "Pavel Orlov and Dana Whitt founded Lumen Robotics in 2015.")
    assert {("Pavel Orlov", "FOUNDED", "Lumen Robotics"), ("Dana Whitt", "FOUNDED", "Lumen Robotics")} <= found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the regulator" is the authority named before, not the company it acts on
        ("The Harbour Conduct Authority has completed its review of Greyfield Insurance. The regulator fined the "
         "company £4m.", ("Harbour Conduct Authority", "PENALIZED", "Greyfield Insurance")),
        ("The Northern Competition Bureau said Sahyadri Retail had fixed prices. The bureau fined the retailer "
         "$3 million.", ("Northern Competition Bureau", "PENALIZED", "Sahyadri Retail")),
        ("Jonah Reyes, a reporter for the Daily Ledger, obtained the documents. The newspaper later apologised to "
         "Ridgeback Software.", ("Daily Ledger", "APOLOGIZED_TO", "Ridgeback Software")),
    ],
)
def test_descriptions_of_a_trade_or_an_authority(extractor: Extractor, text: str,
                                                 expected: tuple[str, str, str]) -> None:
    assert expected in triples(extractor, text)


def test_he_makes_the_previous_subject_a_person(extractor: Extractor) -> None:
    x = extractor.extract(read_text("Marcus Hale joined Wexford Capital in 2010. He was fired in 2019."))
    assert {e.name: e.type for e in x.entities}["Marcus Hale"] == "Person"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money paid to an authority is a penalty it imposed
        ("Under the settlement, Greyfield Insurance Co. will pay $4 million to the Harbour Department of "
         "Financial Services.", ("Harbour Department of Financial Services", "PENALIZED", "Greyfield Insurance Co.")),
        # paid to settle, with no recipient: imposed by whoever announces it
        ("Corvid Health Inc. will pay $12 million to resolve allegations that it overbilled patients, the "
         "Justice Department said.", ("Justice Department", "PENALIZED", "Corvid Health Inc.")),
        # a guilty plea answers a charge brought by whoever announces it
        ("Marcus Hale pleaded guilty to securities fraud, the Department of Justice announced.",
         ("Department of Justice", "SUED", "Marcus Hale")),
        # a decision reported with "would" is a decision, not a supposition
        ("The Korea Fair Trade Commission said it would impose a fine of 10 billion won on Daeyang Motors Co.",
         ("Korea Fair Trade Commission", "PENALIZED", "Daeyang Motors Co.")),
    ],
)
def test_payments_pleas_and_reported_decisions(extractor: Extractor, text: str,
                                               expected: tuple[str, str, str]) -> None:
    assert expected in triples(extractor, text)


def test_money_paid_to_a_company_is_no_penalty(extractor: Extractor) -> None:
    found = triples(extractor, "Ashby Motors Inc. will pay $40 million to Volta Cells Ltd for battery packs.")
    assert not [t for t in found if t[1] == "PENALIZED"]


def test_would_under_a_condition_still_supposes(extractor: Extractor) -> None:
    found = triples(extractor, "The commission said it would fine Daeyang Motors Co. if the audit found fraud.")
    assert not [t for t in found if t[1] == "PENALIZED"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "of" after a list of people holds for each; a unit's owner is the employer
        ("The review was conducted by Tom Reeve and Sara Lind of the Harbour Securities Commission's Enforcement "
         "Division.", {("Tom Reeve", "WORKS_FOR", "Harbour Securities Commission"),
                       ("Sara Lind", "WORKS_FOR", "Harbour Securities Commission")}),
        # "who" is said of people; leading a team at a place is working there
        ("Piet Vos, who led the design team at Tessaro Motors, resigned on Monday.",
         {("Piet Vos", "WORKS_FOR", "Tessaro Motors")}),
        # only an organisation has a founder and a chief executive
        ("Nadia Perez, Helix Cloud's founder and chief executive, said the company would expand.",
         {("Nadia Perez", "FOUNDED", "Helix Cloud"), ("Nadia Perez", "WORKS_FOR", "Helix Cloud")}),
        # "the company" may be named only inside a description ("a former Pinewood Media employee")
        ("Elena Varga, a former Pinewood Media employee, sued the company.",
         {("Elena Varga", "SUED", "Pinewood Media"), ("Elena Varga", "WORKS_FOR", "Pinewood Media")}),
    ],
)
def test_people_and_where_they_work(extractor: Extractor, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Volta Cells Ltd has been awarded a $300 million contract by the Harbour Navy to supply batteries.",
         {("Volta Cells Ltd", "SUPPLIER_OF", "Harbour Navy")}),
        ("Kestrel Aerospace Inc. protested the Air Force's decision to award the contract to Marlow Defence Ltd.",
         {("Marlow Defence Ltd.", "SUPPLIER_OF", "Air Force")}),
        # a contract between a public body and firms: the firms supply the body
        ("Harbour Space Agency signed contracts with Orion Launch Inc. and Vega Rockets Ltd to fly astronauts.",
         {("Orion Launch Inc.", "SUPPLIER_OF", "Harbour Space Agency"),
          ("Vega Rockets Ltd", "SUPPLIER_OF", "Harbour Space Agency")}),
        ("Orion Launch Inc. will carry crews to the station under a contract with the Harbour Space Agency.",
         {("Orion Launch Inc.", "SUPPLIER_OF", "Harbour Space Agency")}),
        ("The parts were manufactured by Trelawny Parts Ltd for Ashby Motors Inc.",
         {("Trelawny Parts Ltd", "SUPPLIER_OF", "Ashby Motors Inc.")}),
    ],
)
def test_contracts_and_deliveries(extractor: Extractor, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= triples(extractor, text)


def test_a_contract_between_two_firms_names_no_supplier(extractor: Extractor) -> None:
    """Which side supplies is not said; only a public body on one side tells."""
    found = triples(extractor, "Ashby Motors Inc. signed a contract with Volta Cells Ltd on Monday.")
    assert not [t for t in found if t[1] == "SUPPLIER_OF"]


def test_a_contract_won_is_no_investment(extractor: Extractor) -> None:
    found = triples(extractor, "Marlow Defence Ltd won a contract from the Ministry of Defence worth £2 billion.")
    assert ("Marlow Defence Ltd", "SUPPLIER_OF", "Ministry of Defence") in found
    assert not [t for t in found if t[1] == "INVESTED_IN"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "we" in a quote is the organisation that says it
        ('"We sincerely apologise to Zhenhai Auto," Tidewater Media said in a statement.',
         ("Tidewater Media", "APOLOGIZED_TO", "Zhenhai Auto")),
        # a participle on the object noun: the doer is the subject of the verb
        ("Tidewater Media issued a statement apologizing to Zhenhai Auto and its fans.",
         ("Tidewater Media", "APOLOGIZED_TO", "Zhenhai Auto")),
    ],
)
def test_speakers_and_statements(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(extractor, text)


def test_we_of_a_person_is_not_the_person(extractor: Extractor) -> None:
    """A commissioner's "we" is the institution, not the commissioner: no edge from the person."""
    found = triples(extractor, 'Dana Whitt said: "We fine Orbis Telecom SA today for its cartel."')
    assert not [t for t in found if t[0] == "Dana Whitt" and t[1] == "PENALIZED"]


def test_a_partner_in_the_object_is_not_the_object(extractor: Extractor) -> None:
    found = triples(extractor, "Zhenhai Auto terminated its cooperation with Orbis Parts after the leak.")
    assert not [t for t in found if t[1] == "DISMISSED"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marcus Hale was detained by the Harbour Police Department last week.",
         ("Harbour Police Department", "INVESTIGATED", "Marcus Hale")),
        ("Regulators at the Financial Conduct Authority are looking into Garnet Bank Plc's sales practices.",
         ("Financial Conduct Authority", "INVESTIGATED", "Garnet Bank Plc")),
        ("Marcus Hale was sentenced to three years in prison by the Harbour District Court.",
         ("Harbour District Court", "PENALIZED", "Marcus Hale")),
        # an event noun "from" someone is theirs
        ("Pelham Networks Ltd faces a lawsuit from Quorra Systems Inc.",
         ("Quorra Systems Inc.", "SUED", "Pelham Networks Ltd")),
        ("Grover Media Group has agreed to a takeover by Pembroke Holdings Plc.",
         ("Pembroke Holdings Plc", "ACQUIRED", "Grover Media Group")),
        # done "jointly" by two: partners, whatever the verb
        ("Ilex Pharma Inc. and Corden Biotech Ltd have agreed to jointly develop a vaccine.",
         ("Ilex Pharma Inc.", "PARTNERS_WITH", "Corden Biotech Ltd")),
        ("Nadia Perez started Helix Cloud Ltd in her garage in 2012.", ("Nadia Perez", "FOUNDED", "Helix Cloud Ltd")),
    ],
)
def test_more_frames(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(extractor, text)


def test_a_compound_deal_word_is_no_takeover(extractor: Extractor) -> None:
    found = triples(extractor, "Neither Orbis Media nor Lisle Press mentioned it in their car purchase apologies.")
    assert not [t for t in found if t[1] == "ACQUIRED"]


def test_an_untagged_name_keeps_all_its_words(extractor: Extractor) -> None:
    """spaCy makes a new Token object on every access: the run of a name is found by index, not identity."""
    found = triples(extractor, "Yesterday Damon Crewe leaked the files of Orbis Media.")
    assert ("Damon Crewe", "LEAKED", "Orbis Media") in found


def test_staff_members_named_in_a_list_work_for_the_body(extractor: Extractor) -> None:
    found = triples(extractor, "Harbour Securities Commission staff members responsible for this case are "
                               "Ada Quill and Ben Moss.")
    assert {("Ada Quill", "WORKS_FOR", "Harbour Securities Commission"),
            ("Ben Moss", "WORKS_FOR", "Harbour Securities Commission")} <= found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name ending in "Inc." at the end of a sentence is still the object
        ("The Harbour Trade Commission has sued Brightline Foods Inc. Customers were misled.",
         ("Harbour Trade Commission", "SUED", "Brightline Foods Inc.")),
        # what a filed complaint alleges is a charge by whoever filed it
        ("The Harbour Trade Commission's complaint alleges that Brightline Foods Inc. misled customers.",
         ("Harbour Trade Commission", "SUED", "Brightline Foods Inc.")),
        ("The Harbour Data Office issued Bluefin Apps Ltd with a monetary penalty notice of £500,000.",
         ("Harbour Data Office", "PENALIZED", "Bluefin Apps Ltd")),
        # an imposed payment with no payee: the authority the text is about
        ("The Competition Authority has fined three banks. Garnet Bank Plc must pay €20 million.",
         ("Competition Authority", "PENALIZED", "Garnet Bank Plc")),
    ],
)
def test_press_release_penalties(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(extractor, text)


def test_suing_to_block_a_deal_sues_the_buyer(extractor: Extractor) -> None:
    found = triples(extractor, "The Harbour Department sued to block Orbis Telecom’s acquisition of Lisle Press.")
    assert ("Harbour Department", "SUED", "Orbis Telecom") in found
    assert ("Harbour Department", "SUED", "Lisle Press") not in found


def test_a_first_name_cut_from_a_full_name_is_that_person(extractor: Extractor) -> None:
    text = ("HSC Charges Orbis Telecom and Senior Executive Dana Whitt with Violating Consent Order\n"
            "Today, the Harbour Securities Commission (HSC) is filing a lawsuit against Orbis Telecom and its "
            "executive Dana Whitt.\n")
    names = [e.name for e in extractor.extract(read_text(text)).entities]
    assert "Dana Whitt" in names and "Dana" not in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marcus Hale has been charged by Australian police.", ("Australian police", "SUED", "Marcus Hale")),
        ("The Dutch competition authority imposed a fine of 9 million euros on Velto Logistics.",
         ("Dutch competition authority", "PENALIZED", "Velto Logistics")),
    ],
)
def test_an_authority_named_by_its_country(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(extractor, text)


def test_bare_police_is_nobody_in_particular(extractor: Extractor) -> None:
    """Without a place, "police" would join every document's police into one node."""
    assert not triples(extractor, "Police arrested Marcus Hale on Monday.")


@pytest.mark.parametrize("text", [
    "The Korea Fair Trade Commission said it has imposed a fine of 21.3 billion won on Daeyang Motors Co.",
    "The Korea Fair Trade Commission imposed a 21.3 billion won fine on Daeyang Motors Co.",
])
def test_won_after_an_amount_is_a_currency_not_a_verb(extractor: Extractor, text: str) -> None:
    """The model reads "won" as "win" and hangs "on X" on it; the sentence is parsed again as if it said "yen"."""
    x = extractor.extract(read_text(text))
    names = {e.id: e.name for e in x.entities}
    fines = [r for r in x.relations if r.type == "PENALIZED"]
    assert [(names[r.head], names[r.tail]) for r in fines] == [("Korea Fair Trade Commission", "Daeyang Motors Co.")]
    assert fines[0].properties["currency"] == "KRW" and fines[0].evidence[0].text == text  # the text as written


def test_subcontractors_named_in_a_list_supply_the_subject(extractor: Extractor) -> None:
    found = triples(extractor, "Daeyang Motors forced 14 subcontractors, including Hanul Precision and Sejin Parts, "
                               "to lower their prices.")
    assert {("Hanul Precision", "SUPPLIER_OF", "Daeyang Motors"), ("Sejin Parts", "SUPPLIER_OF", "Daeyang Motors")} \
        <= found


def test_sharing_an_owners_unreleased_material_with_an_outsider_is_a_leak(extractor: Extractor) -> None:
    found = triples(extractor, "Nexa Mobile has dismissed three employees who shared renders of its unreleased "
                               "N9 smartphone with a tech blog.")
    assert {("Nexa Mobile", "DISMISSED", "Nexa Mobile employee"), ("Nexa Mobile employee", "LEAKED", "Nexa Mobile")} \
        <= found


def test_a_surname_alone_and_she_continue_the_person(extractor: Extractor) -> None:
    """A person named in full is named by surname afterwards; "she" as a subject continues the subject before."""
    text = ("Brightwater Bank has appointed Helen Okafor as its new chief executive.\n\n"
            "Okafor, 54, replaces Tom Baxter, who stepped down in May.\n\n"
            "She previously worked at Goldman Sachs.")
    x = extractor.extract(read_text(text))
    okafor = next(e for e in x.entities if e.name == "Helen Okafor")
    assert len(okafor.mentions) == 3
    assert ("Helen Okafor", "WORKS_FOR", "Goldman Sachs") in triples(extractor, text)
    assert ("Tom Baxter", "WORKS_FOR", "Goldman Sachs") not in triples(extractor, text)


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # "the bank" is the story's bank, not the central bank named in passing
    ("Brightwater Bank has appointed Helen Okafor, a former deputy governor of the Central Bank of Harbour, as its "
     "chief executive. Brightwater Bank said the bank was fined £30 million by the Financial Conduct Authority.",
     ("Financial Conduct Authority", "PENALIZED", "Brightwater Bank"),
     ("Financial Conduct Authority", "PENALIZED", "Central Bank of Harbour")),
    # what a relative pronoun stands for is the object; the seller after "from" is not
    ("Brightwater Group also owns Harbour Insurance, which it bought from Lumiere Holdings in 2019.",
     ("Brightwater Group", "ACQUIRED", "Harbour Insurance"), ("Brightwater Group", "ACQUIRED", "Lumiere Holdings")),
])
def test_which_actor_a_word_stands_for(extractor: Extractor, text: str, expected: tuple[str, str, str],
                                       wrong: tuple[str, str, str]) -> None:
    found = triples(extractor, text)
    assert expected in found and wrong not in found


def test_copyright_and_photo_credit_lines_name_no_actor(extractor: Extractor) -> None:
    text = ("Kite Electronics has sued Orbit Phones in a California federal court.\n"
            "Photo: Reuters/File\n"
            "Copyright 2024 Tech Daily News. All rights reserved.\n")
    names = {e.name for e in extractor.extract(read_text(text)).entities}
    assert names == {"Kite Electronics", "Orbit Phones"}


def test_a_copyright_lawsuit_is_no_copyright_notice(extractor: Extractor) -> None:
    found = triples(extractor, "Kite Electronics sued Orbit Phones for copyright infringement on Monday.")
    assert ("Kite Electronics", "SUED", "Orbit Phones") in found


def test_acronyms_of_general_terms_are_no_actors(extractor: Extractor) -> None:
    text = "The Federal Trade Commission opened an inquiry into AI investments by Orbit Phones at 9:55 GMT."
    names = {e.name for e in extractor.extract(read_text(text)).entities}
    assert names == {"Federal Trade Commission", "Orbit Phones"}


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # each person's own title goes with the organisation named right before it
    ("Kite Electronics President Sara Lind and Orbit Phones CEO Tom Baxter signed the agreement.",
     {("Sara Lind", "WORKS_FOR", "Kite Electronics"), ("Tom Baxter", "WORKS_FOR", "Orbit Phones")},
     ("Tom Baxter", "WORKS_FOR", "Kite Electronics")),
    # removed as chairman: dismissed by, and so worked for, the company
    ("The board of Orbit Phones voted to remove Tom Baxter as chairman.",
     {("Orbit Phones", "DISMISSED", "Tom Baxter"), ("Tom Baxter", "WORKS_FOR", "Orbit Phones")}, None),
])
def test_titles_and_removals(extractor: Extractor, text: str, expected: set[tuple[str, str, str]],
                             wrong: tuple[str, str, str] | None) -> None:
    found = triples(extractor, text)
    assert expected <= found and wrong not in found


def test_a_name_ending_in_a_plural_noun_is_an_organisation(extractor: Extractor) -> None:
    """People are not plural nouns: "Orbit Phones", "Kite Cars" (the model tags some such names PERSON)."""
    x = extractor.extract(read_text("Sara Lind joins Orbit Phones as chief operating officer."))
    assert {e.name: e.type for e in x.entities}["Orbit Phones"] == "Organization"


def test_removing_images_dismisses_nobody(extractor: Extractor) -> None:
    assert not triples(extractor, "Orbit Phones removed the leaked images of Kite Cars from its website.")


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # a participle describing the subject is not under the main verb's "plans": the founding is stated
    ("Voltis Energy makes batteries. The company, founded in 2019 by former Kite Electronics engineers Mia Berg and "
     "Jonas Keller, plans to build a factory.",
     {("Mia Berg", "FOUNDED", "Voltis Energy"), ("Jonas Keller", "FOUNDED", "Voltis Energy"),
      ("Jonas Keller", "WORKS_FOR", "Kite Electronics")},
     ("Kite Electronics", "FOUNDED", "Voltis Energy")),  # the employer in a title is no founder
    ("Voltis Energy said on Tuesday it had raised $120 million in a Series C round led by Harbinger Capital.",
     {("Harbinger Capital", "INVESTED_IN", "Voltis Energy")}, None),
    ("The Harbour Securities Commission sued Orbit Phones CEO Tom Baxter.",
     {("Harbour Securities Commission", "SUED", "Tom Baxter"), ("Tom Baxter", "WORKS_FOR", "Orbit Phones")},
     ("Harbour Securities Commission", "SUED", "Orbit Phones")),
])
def test_scope_titles_and_rounds(extractor: Extractor, text: str, expected: set[tuple[str, str, str]],
                                 wrong: tuple[str, str, str] | None) -> None:
    found = triples(extractor, text)
    assert expected <= found and wrong not in found


def test_a_supply_agreement_between_two_firms_names_no_supplier(extractor: Extractor) -> None:
    found = triples(extractor, "Ashby Motors signed a supply agreement with Volta Cells for battery packs.")
    assert not [t for t in found if t[1] == "SUPPLIER_OF"]
    found = triples(extractor, "The Harbour Navy signed a supply contract with Volta Cells Ltd.")
    assert ("Volta Cells Ltd.", "SUPPLIER_OF", "Harbour Navy") in found


def test_the_appointer_holds_no_post(extractor: Extractor) -> None:
    """"Helix Cloud appointed X as CTO": X is the person; Helix Cloud, its employer, stays an organisation."""
    x = extractor.extract(read_text("Helix Cloud appointed Nadia Perez as its new chief technology officer."))
    assert {e.name: e.type for e in x.entities} == {"Helix Cloud": "Organization", "Nadia Perez": "Person"}


def test_trade_words_end_firm_names(extractor: Extractor) -> None:
    assert ("Harbinger Fund", "INVESTED_IN", "Qinghe Battery") in triples(
        extractor, "Harbinger Fund has invested 300 million yuan in Qinghe Battery.")


def test_ending_the_contracts_of_staff_dismisses_them(extractor: Extractor) -> None:
    found = triples(extractor, "Sunfield Electric has terminated the contracts of three employees who leaked the "
                               "designs.")
    assert ("Sunfield Electric", "DISMISSED", "Sunfield Electric employee") in found


def test_a_name_after_a_noun_that_says_what_it_is_is_an_organisation(extractor: Extractor) -> None:
    text = "The round was backed by the Norwegian sovereign fund Statsfond and consumer group Altroconsumo."
    entities = {e.name: e.type for e in extractor.extract(read_text(text)).entities}
    assert entities == {"Statsfond": "Organization", "Altroconsumo": "Organization"}


@pytest.mark.parametrize(("text", "partners"), [
    ("Ilex Pharma and Corden Biotech signed a strategic cooperation agreement.", True),
    ("Ilex Pharma formed a strategic alliance with Corden Biotech.", True),
    ("Ilex Pharma reached a settlement agreement with Corden Biotech.", False),
    ("Ilex Pharma and Corden Biotech joined the Strategic Research Alliance.", False),
])
def test_an_agreement_of_a_working_together_kind_is_a_partnership(extractor: Extractor, text: str,
                                                                  partners: bool) -> None:
    found = triples(extractor, text)
    assert (("Ilex Pharma", "PARTNERS_WITH", "Corden Biotech") in found) == partners


def test_an_investigation_without_a_target_is_into_whom_its_author_fined(extractor: Extractor) -> None:
    found = triples(extractor, "The KFTC fined Daeyang Motors 21 billion won on Monday. The KFTC began its "
                               "investigation in 2022 after a complaint.")
    assert ("KFTC", "INVESTIGATED", "Daeyang Motors") in found


def test_a_name_with_an_organisation_works_there(extractor: Extractor) -> None:
    assert ("Steve Ember", "WORKS_FOR", "Harbour News Agency") in triples(
        extractor, "I am Steve Ember with the Harbour News Agency.")


@pytest.mark.parametrize("text", [
    "Ridgeback Software accused Damon Crewe of stealing its source code.",
    "Prosecutors said Damon Crewe downloaded confidential files from Ridgeback Software and gave them to "
    "Pelham Networks.",
])
def test_taking_an_owners_material_is_a_leak_of_that_owner(extractor: Extractor, text: str) -> None:
    found = triples(extractor, text)
    assert ("Damon Crewe", "LEAKED", "Ridgeback Software") in found
    assert not [t for t in found if t[1] == "LEAKED" and t[2] == "Pelham Networks"]


def test_its_members_are_not_it(extractor: Extractor) -> None:
    found = triples(extractor, "The Green Data Coalition was launched in May. Its members will work closely with "
                               "the European Commission.")
    assert not [t for t in found if t[1] == "PARTNERS_WITH"]
