"""Entity finding and typing on sentences written for these tests."""

from __future__ import annotations

import pytest

from graphload.extract import Extractor
from graphload.extract.datelines import datelines
from graphload.extract.pipeline import title_case
from graphload.read import read_text
from graphload.resolve import Gazetteer, KnownEntity


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Gazetteer([KnownEntity("Quanta", "Organization", ["Quanta Motors"])]))


def entities(extractor: Extractor, text: str) -> dict[str, str]:
    return {e.name: e.type for e in extractor.extract(read_text(text)).entities}


def test_gazetteer_wins_over_model(extractor: Extractor) -> None:
    assert entities(extractor, "Quanta said Quanta Motors would appeal.") == {"Quanta": "Organization"}


def test_descriptor_corrects_type(extractor: Extractor) -> None:
    found = entities(extractor, "The deal covers Brivola, a Danish software firm, and its staff.")
    assert found.get("Brivola") == "Organization"


def test_corporate_suffix_name_found(extractor: Extractor) -> None:
    found = entities(extractor, "Northwind Trading Co. will pay the workers.")
    assert found.get("Northwind Trading Co.") == "Organization"


def test_line_breaks_split_names(extractor: Extractor) -> None:
    found = entities(extractor, "Signed by\n\nJohn Carter, CEO\n\nPeter Lindqvist, CEO")
    assert found.get("John Carter") == "Person" and found.get("Peter Lindqvist") == "Person"


def test_lower_case_words_are_not_names(extractor: Extractor) -> None:
    assert all(name[0].isupper() or name[0].isdigit() for name in entities(extractor, "we publishe the news."))


def test_places_in_a_list_of_firms_are_firms(extractor: Extractor) -> None:
    text = "Members of the Open Data Alliance include Globex Group, Tencent, Vipshop, Carrefour China and Hooli."
    found = entities(extractor, text)
    for name in ("Vipshop", "Carrefour China", "Hooli"):
        assert found.get(name) == "Organization", name


def test_unit_of_a_parent_is_one_actor(extractor: Extractor) -> None:
    text = "Initiated by Globex Group and the Media Law Research Center of Oakridge University, the alliance began."
    assert entities(extractor, text).get("Media Law Research Center of Oakridge University") == "Organization"


@pytest.mark.parametrize(
    "text", ["PORTLAND – Globex Corp. will pay its workers.", "SPRINGFIELD, IL—Globex Corp. sued Initech.",
             "CAMBRIDGE, Mass.--(BUSINESS WIRE)--Globex Corp. (Nasdaq: GLBX) today said it sued Initech.",
             "BERLIN, June 24 (Reuters) - Globex Corp. said on Wednesday it sued Initech.",
             "Tokyo, Dec. 22 (Jiji Press)--Globex Corp. on Tuesday sued Initech."]
)
def test_dateline_place_is_not_an_actor(extractor: Extractor, text: str) -> None:
    """Datelines and wire services ("(Reuters) -", "--(BUSINESS WIRE)--") name no actor and end no name."""
    found = entities(extractor, text)
    assert found.get("Globex Corp.") == "Organization"
    assert set(found) <= {"Globex Corp.", "Initech"}


@pytest.mark.parametrize(("text", "dateline"), [
    ("BERLIN, June 24 (Reuters) - Germany's cartel office said", "BERLIN, June 24 (Reuters) -"),
    ("NEW YORK, March 3, 2021 /PRNewswire/ -- Globex Corp. said", "NEW YORK, March 3, 2021 /PRNewswire/ --"),
    ("WASHINGTON (AP) — The agency said", "WASHINGTON (AP) —"),
    ("OSLO/BERGEN, May 2 (Reuters) - The agency said", "OSLO/BERGEN, May 2 (Reuters) -"),
    ("Globex Motors - the carmaker - said", None),
    ("Globex (GLBX) - shares fell", None),
    ("On Monday, June 3 - the court ruled", None),
])
def test_datelines_are_told_from_sentences(text: str, dateline: str | None) -> None:
    found = [text[a:b] for a, b in datelines(text)]
    assert found == ([dateline] if dateline else [])


def test_trailing_number_is_not_part_of_a_persons_name(extractor: Extractor) -> None:
    found = entities(extractor, "I agree with Maria Gonzales +1. Peter Lindqvist agreed too.")
    assert "Maria Gonzales" in found and not [n for n in found if "+" in n]


def test_navigation_crumbs_are_not_actors(extractor: Extractor) -> None:
    assert not entities(extractor, "Brivola | Publication\n\nGlobex Corp. fined Initech.").get("Brivola")


def test_country_abbreviation_belongs_to_an_acronyms_expansion(extractor: Extractor) -> None:
    text = "The suit was brought by the U.K. Fair Trading Office (FTO) on Monday. The FTO said it would appeal."
    assert [n for n in entities(extractor, text) if "Fair Trading" in n] == ["U.K. Fair Trading Office"]


def test_short_form_of_an_earlier_company_is_that_company(extractor: Extractor) -> None:
    text = "Eastern Freight Co. will pay $1 million. Per the lawsuit, Eastern fired drivers. Eastern’s policy failed."
    found = extractor.extract(read_text(text)).entities
    eastern = [e for e in found if e.name.startswith("Eastern")]
    assert len(eastern) == 1 and {"Eastern", "Eastern’s"} & set(eastern[0].aliases)


def test_gazetteer_name_keeps_its_leading_adjective() -> None:
    gaz = Gazetteer([KnownEntity("Hooli Media", "Organization", ["Big Blue Media Buyer"])])
    found = Extractor(gaz).extract(read_text("The note came from Hooli Media (Big Blue Media Buyer) today.")).entities
    assert [e.name for e in found] == ["Hooli Media"]


def test_adjective_before_a_noun_is_not_a_short_form(extractor: Extractor) -> None:
    text = "Eastern Freight Co. will pay $1 million. Eastern car producers were not involved."
    assert [n for n in entities(extractor, text) if n.startswith("Eastern")] == ["Eastern Freight Co."]


def test_place_inside_an_office_name_is_part_of_it(extractor: Extractor) -> None:
    found = entities(extractor, "Press release\n\nU.S. Attorney’s Office May 2, 2014\n\nThe office said so.")
    assert found.get("U.S. Attorney’s Office") == "Organization"


@pytest.mark.parametrize(
    "text",
    [
        "Globex Exposes Hidden Pricing Scheme: Analyst Leaks Battery Design to Rival Firm\n\n"
        "Globex said on Monday that a former analyst had shared its battery design.",
        "Former Manager of Springfield Software Firm Charged for Stealing Source Code\n\n"
        "A manager who left Initech Ltd in Springfield was charged on Friday.",
    ],
)
def test_headline_words_are_not_names(extractor: Extractor, text: str) -> None:
    found = entities(extractor, text)
    common = {"Exposes", "Leaks", "Analyst", "Firm", "Charged", "Stealing", "Manager"}
    assert not [n for n in found if set(n.split()) & common], found


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Regulator Fines Globex for Hiding Losses", True),
        ("Acme Logistics, Globex Corp. and Initech Group", False),  # a list of names, no minor word
        ("Globex fined for hiding losses", False),
        ("Acme Sues Globex Over Patent Design", True),  # four-letter minor words are capitalised
    ],
)
def test_title_case_lines(line: str, expected: bool) -> None:
    assert title_case(line) is expected


def test_model_numbers_make_a_product(extractor: Extractor) -> None:
    text = "Reviewers praised the Nimbus Z9 Ultra. The Vexa 12 Aurora Special Edition went on sale in May."
    found = entities(extractor, text)
    assert found.get("Nimbus Z9 Ultra") == "Product"
    assert found.get("Vexa 12 Aurora Special Edition") == "Product"
    assert found.get("Vexa") == "Organization"  # the brand right before the model number


def test_product_line_after_its_maker_is_one_product(extractor: Extractor) -> None:
    text = "Photos of the Globex TRX Tablet 4 leaked.\n\nThe TRX Tablet 4 series by Globex Corp. ships in June."
    x = extractor.extract(read_text(text))
    assert [e.name for e in x.entities if e.type == "Product"] == ["Globex TRX Tablet 4"]


@pytest.mark.parametrize(
    "text",
    [
        "Under Article 102 and Chapter 11 the firm paid RMB 5 million on May 5.",
        "Investing 10 billion, Globex Corp. beat the Fortune Global 500 companies.",
    ],
)
def test_numbered_things_are_not_products(extractor: Extractor, text: str) -> None:
    assert "Product" not in entities(extractor, text).values()


@pytest.mark.parametrize(
    "text",
    [
        "Globex Corp. broke the Fair Wages and Overtime Act (FWOA). The FWOA protects workers.",
        "Initech Ltd has offices on Maple Grove Avenue in Springfield.",
        "Globex Corp. said on Monday that October sales rose.",
    ],
)
def test_laws_addresses_and_months_are_not_actors(extractor: Extractor, text: str) -> None:
    assert [n for n in entities(extractor, text) if "Globex" not in n and "Initech" not in n] == []


def test_company_before_a_lower_case_word_is_kept(extractor: Extractor) -> None:
    found = entities(extractor, "Globex Corp. acted quickly and Initech Ltd paid the law firm.")
    assert {"Globex Corp.", "Initech Ltd"} <= set(found)


def test_industry_word_ends_a_company_name(extractor: Extractor) -> None:
    found = entities(extractor, "Marlow Foods has agreed to buy Kettering Dairy, a regional milk producer.")
    assert found.get("Marlow Foods") == "Organization" and found.get("Kettering Dairy") == "Organization"


def test_industry_word_in_a_headline_ends_no_name(extractor: Extractor) -> None:
    text = "Vorta Cells to Supply Batteries to Ardent Motors\n\nVorta Cells will supply Ardent Motors."
    found = entities(extractor, text)
    assert not [n for n in found if "Supply" in n], found


def test_every_use_of_a_found_name_is_a_mention(extractor: Extractor) -> None:
    text = ("Studio Sues Rival Over Designs\n\nQuorra Games sued Arden Interactive on Monday, alleging that "
            "the rival used documents taken from Quorra Games.")
    quorra = next(e for e in extractor.extract(read_text(text)).entities if e.name == "Quorra Games")
    assert [text[s:e] for s, e in quorra.mentions] == ["Quorra Games", "Quorra Games"]


def test_the_company_is_no_public_body(extractor: Extractor) -> None:
    text = ("Lindqvist Robotics dismissed Omar Hale in May. "
            "The National Crime Bureau investigated Hale with the help of the company.")
    aliases = {e.name: e.aliases for e in extractor.extract(read_text(text)).entities}
    assert "the company" in aliases["Lindqvist Robotics"]
    assert "the company" not in aliases.get("National Crime Bureau", [])


@pytest.mark.parametrize("text", [
    "A Velden-based shipping firm, Marlow Freight, was fined by the Harbour Board.",
    "Marlow Freight hired a Brivola-registered broker to sell its ships.",
])
def test_compound_adjective_is_not_a_name(extractor: Extractor, text: str) -> None:
    found = entities(extractor, text)
    assert "Marlow Freight" in found and not [n for n in found if "-" in n]


def test_acronym_opening_a_company_name_is_part_of_it(extractor: Extractor) -> None:
    text = "The navy awarded contracts to NKV Marine Systems Inc. and Oster Hull Coatings LLC last week."
    assert "NKV Marine Systems Inc." in entities(extractor, text)


def test_and_inside_a_company_name(extractor: Extractor) -> None:
    text = "Work went to firms in Missouri (Northfield Armament Ordnance and Coastal Systems, and Day & Brantley)."
    found = entities(extractor, text)
    assert "Northfield Armament Ordnance and Coastal Systems" in found and "Coastal Systems" not in found


def test_no_name_ends_in_a_linking_word(extractor: Extractor) -> None:
    text = "Work went to firms in Ohio (Halvorsen Optics and Precision Systems, and Brantley Foods)."
    found = entities(extractor, text)
    assert "Halvorsen Optics" in found and not [n for n in found if n.endswith(" and")]


@pytest.mark.parametrize("text", [
    "The lender failed to keep minimum liquid reserves (MLR) above the floor. Its MLR fell again in May.",
    "The Hearing Officer issued a Recommended Ruling (“RR”) on May 2. The RR found that Dalton Mills erred.",
])
def test_acronym_of_a_term_is_no_actor(extractor: Extractor, text: str) -> None:
    found = entities(extractor, text)
    assert not {"MLR", "RR"} & set(found)


@pytest.mark.parametrize("text", [
    "The rule was published at 58 Ont. Gaz. 1193 and Dalton Mills Ltd. objected to it.",
    "Notice was given at 81 Ont. Gaz. 23011 (May 4, 2021). Dalton Mills Ltd. contested the notice.",
    "Dalton Mills Ltd. appealed the Temporary Landing Order (“TLO”) issued against it on June 2.",
])
def test_citations_and_documents_are_no_actors(extractor: Extractor, text: str) -> None:
    assert set(entities(extractor, text)) == {"Dalton Mills Ltd."}


@pytest.mark.parametrize("text", [
    "II. Discussion\n\nThe Harbour Board fined Dalton Mills Ltd. in May.",
    "For Immediate Release\n\nPress Release\n\nThe Harbour Board fined Dalton Mills Ltd.",
    "I. Background\n\nThe Harbour Board fined Dalton Mills Ltd. in May.",
    "In the Matter of Dalton Mills Ltd., Respondent.\n\nThe Harbour Board fined Dalton Mills Ltd.",
    "Breaking News\n\nThe Harbour Board fined Dalton Mills on March 1, 2024.",
])
def test_headings_documents_and_parties_are_no_actors(extractor: Extractor, text: str) -> None:
    found = entities(extractor, text)
    assert [n for n in found if "Dalton Mills" in n]
    assert set(found) <= {"Dalton Mills", "Dalton Mills Ltd.", "Harbour Board"}, found


@pytest.mark.parametrize("name", ["Harlow Partners, LP", "Zeta Learning PBC"])
def test_legal_form_makes_an_organisation(extractor: Extractor, name: str) -> None:
    found = entities(extractor, f"{name} agreed to pay the fine, said Maria Gonzales.")
    assert found.get(name) == "Organization"


def test_date_glued_to_a_name_is_cut_off(extractor: Extractor) -> None:
    found = entities(extractor, "By Harbour Media AffairsOctober 5, 2023\n\nThe Harbour Board fined Dalton Mills Ltd.")
    assert "Dalton Mills Ltd." in found
    assert not [n for n in found if "October" in n or found[n] == "Product"], found


@pytest.mark.parametrize("text", [
    "NOTICE OF HEARING PURSUANT TO RULE 4 OF THE HARBOUR SAFETY CODE, SECTIONS 2(a) AND 7 OF THE PORT ACT\n\n"
    "The Harbour Board fined Dalton Mills Ltd.",
    "The Harbour Board alleges that: A. OVERVIEW 1. This matter concerns waste dumped by Dalton Mills Ltd.",
    "#Shipping - Board fines Dalton Mills Ltd.\n\nThe Harbour Board fined Dalton Mills Ltd.",
])
def test_capital_headings_and_crumbs_are_no_actors(extractor: Extractor, text: str) -> None:
    assert set(entities(extractor, text)) <= {"Dalton Mills Ltd.", "Harbour Board"}


@pytest.mark.parametrize(("text", "word"), [
    ("The Fleet said it had dropped the claim. The Fleet added that the U.S. Fleet would not appeal.", "Fleet"),
    ("The Agriculture Department fined Dalton Mills Ltd. on Monday. The Department of Agriculture said the mill "
     "had erred.", "Agriculture"),
    ("Shopwell said the deal would close in May. Shopwell.com, Inc. agreed to buy Dalton Mills Ltd.", "Shopwell"),
])
def test_variants_of_an_organisations_name_are_one_actor(extractor: Extractor, text: str, word: str) -> None:
    assert len([n for n in entities(extractor, text) if word in n]) == 1


@pytest.mark.parametrize(("text", "name"), [
    ("The Royal Commission into Harbour Safety and Pilotage heard evidence from Dalton Mills Ltd. on Monday.",
     "Royal Commission into Harbour Safety and Pilotage"),
    ("The Catholic Archdiocese of Boston said it would cooperate with the inquiry.", "Catholic Archdiocese of Boston"),
])
def test_body_named_after_what_it_serves_keeps_it(extractor: Extractor, text: str, name: str) -> None:
    found = entities(extractor, text)
    assert name in found and not [n for n in found if n != name and n in name], found


def test_founders_possessive_opens_a_firms_name(extractor: Extractor) -> None:
    text = ("COLUMBUS, Ohio – Dana’s Kitchens, LLC violated federal law when it fired a cook, the agency said. "
            "Dana’s said it would appeal.")
    assert entities(extractor, text) == {"Dana’s Kitchens, LLC": "Organization"}


@pytest.mark.parametrize("text", [
    "Dalton Mills Ltd., a Licensed Timber Exporter (LTE) based in Oslo, was fined. Every LTE must keep records.",
    "The Harbour Board said Dalton Mills Ltd. broke the Harbour Safety Regulations twice.",
])
def test_classes_and_rules_are_no_actors(extractor: Extractor, text: str) -> None:
    assert set(entities(extractor, text)) <= {"Dalton Mills Ltd.", "Harbour Board"}


def test_name_broken_by_a_hard_line_wrap_is_one_person(extractor: Extractor) -> None:
    text = ("since November.\nLabour Minister Margaret Anne\nThornton announced the decision after a telephone call "
            "this morning with\nthe mayor.")
    assert entities(extractor, text) == {"Margaret Anne Thornton": "Person"}


@pytest.mark.parametrize(("text", "name"), [
    ("The files were first obtained by the Kestrel news agency. Kestrel co-founder Dana Voss said so.", "Kestrel"),
    ("Under Secretary of Transportation Dana Voss said the Harbour Board would appeal.", "Dana Voss"),
])
def test_name_ends_before_the_noun_it_modifies_and_a_post_is_no_actor(
        extractor: Extractor, text: str, name: str) -> None:
    found = entities(extractor, text)
    assert name in found and not [n for n in found if n.endswith((" news", " co")) or n == "Transportation"], found


def test_surname_named_before_the_full_name_is_that_person(extractor: Extractor) -> None:
    text = ("Thornton said the port needed a change, according to Commissioner Thornton's office. "
            "Margaret Thornton is the mayor.")
    assert entities(extractor, text) == {"Margaret Thornton": "Person"}


@pytest.mark.parametrize(("text", "absent"), [
    ("The Chinese have long opposed the Harbour Board, said Dana Voss.", "Chinese"),
    ("Norway's Royal Commission into Harbour Safety heard Dana Voss on Monday.",
     "Norway's Royal Commission into Harbour Safety"),
])
def test_nationality_and_place_possessive_are_no_names(extractor: Extractor, text: str, absent: str) -> None:
    assert absent not in entities(extractor, text)


def test_and_inside_an_institutions_name(extractor: Extractor) -> None:
    text = "II. The Harbour and Fisheries Commission (“Commission”) finds that Dalton Mills Ltd. dumped waste."
    found = entities(extractor, text)
    assert "Harbour and Fisheries Commission" in found and "Fisheries Commission" not in found


def test_portfolio_alone_is_its_department(extractor: Extractor) -> None:
    text = "The Department of Labour fined Dalton Mills Ltd. on Monday. Labour said the mill had erred."
    assert entities(extractor, text) == {"Department of Labour": "Organization", "Dalton Mills Ltd.": "Organization"}


def test_owner_and_its_unit_are_two_actors(extractor: Extractor) -> None:
    text = "Dana Voss, head of the Harbour Board’s Licensing Division, said Dalton Mills Ltd. would be fined."
    found = entities(extractor, text)
    assert {"Harbour Board", "Licensing Division"} <= set(found), found


def test_stock_listing_is_no_actor(extractor: Extractor) -> None:
    found = entities(extractor, "Springfield-based Dalton Mills Ltd. (NASDAQ: DLTN) owns three sawmills in Ohio.")
    assert "Dalton Mills Ltd." in found and "NASDAQ" not in found, found


def test_defined_surname_is_that_person(extractor: Extractor) -> None:
    text = ("The Harbour Board finds that Dalton Mills Ltd. paid Dana Marisol Voss (“Voss”), the founder of "
            "Kestrel Shipping. Voss, in turn, sold the permits. Voss later moved abroad.")
    found = entities(extractor, text)
    assert found.get("Dana Marisol Voss") == "Person" and "Voss" not in found, found


def test_firm_of_a_country_ends_before_it(extractor: Extractor) -> None:
    text = "The Commission has approved the acquisition of Nordvik Wind Power of Estonia, by Halden Electric Company."
    found = entities(extractor, text)
    assert "Nordvik Wind Power" in found and not [n for n in found if "Estonia" in n], found


def test_bare_institution_word_naming_no_organisation_is_no_actor(extractor: Extractor) -> None:
    text = "Dalton Mills Ltd. was sentenced on Monday. The Group said the mill had been warned. Dana Voss said so."
    assert "Group" not in entities(extractor, text)


def test_corporate_name_does_not_reach_into_the_sentence_before(extractor: Extractor) -> None:
    text = "The Harbour Court fined Dalton Mills Ltd. The Court said the mill must pay."
    assert set(entities(extractor, text)) == {"Harbour Court", "Dalton Mills Ltd."}


def test_headline_verb_ends_a_name(extractor: Extractor) -> None:
    text = ("Voss, Thornton Agree to Settle Harbour Dispute\n\n"
            "Dana Voss and Margaret Thornton agreed on Monday to settle their dispute.")
    assert not [n for n in entities(extractor, text) if n.endswith("Agree")]


def test_named_vessel_is_a_product_not_a_person(extractor: Extractor) -> None:
    text = "The tanker Nordic Grace was seized by the coast guard of Estonia, Kestrel Shipping said."
    found = entities(extractor, text)
    assert found.get("Nordic Grace") == "Product", found


def test_place_in_apposition_to_a_name_is_its_location(extractor: Extractor) -> None:
    text = ("The contracts were awarded by Navy Supply Centers in Rock Island, Illinois, and Velden Arsenal, "
            "New Jersey, to Kestrel Marine Inc. and Oster Signals Inc.")
    found = entities(extractor, text)
    assert "Kestrel Marine Inc." in found and "New Jersey" not in found, found


def test_noun_with_a_possessive_determiner_is_no_name(extractor: Extractor) -> None:
    text = ("Kestrel had no chance to fix things: for a split second, the catastrophe of its first EV leaked ahead "
            "of the official launch.")
    assert "EV" not in entities(extractor, text)


def test_navigation_labels_are_no_actors(extractor: Extractor) -> None:
    text = "Menu\nSections\nRead more: Kestrel News\n\nThe Harbour Board fined Dalton Mills Ltd. on Monday."
    assert set(entities(extractor, text)) == {"Harbour Board", "Dalton Mills Ltd."}
