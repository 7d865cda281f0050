"""What the general layers must find, and must not, on sentences invented for these tests (no corpus wording):
one table of relation cases grouped by layer, one of entity types, and the few behaviours that need more than
a triple to check (mentions counted, evidence kept as written)."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from graphload.extract import Extractor
from graphload.read import read_text
from tests.extraction import triples

Triple = tuple[str, str, str]


def case(text: str, present: Iterable[Triple] = (), absent: Iterable[Triple] = (), no_types: Iterable[str] = (),
         *, id: str) -> object:
    """`present` must all be found, no triple of `absent`, and no relation of a type in `no_types`."""
    return pytest.param(text, set(present), set(absent), set(no_types), id=id)


RELATIONS = [
    # Arguments through a document, a naming clause, a post held "as"
    case("The Harbour Trade Commission passed a final order imposing a penalty on Kestrel Batteries, the Ministry of "
         "Commerce said on Thursday.", [("Harbour Trade Commission", "PENALIZED", "Kestrel Batteries")],
         [("Ministry of Commerce", "PENALIZED", "Kestrel Batteries")], id="order-imposing-a-penalty"),
    case("The Harbour Securities Board passed an order imposing a penalty of Rs. 14,00,000 on Kestrel Motors Limited.",
         [("Harbour Securities Board", "PENALIZED", "Kestrel Motors Limited")],
         [("Harbour Securities Board", "PENALIZED", "Rs")], id="a-currency-is-no-actor"),
    case("The Open Freight Network has several industry leaders including Orbis Labs, Kestrel Systems and Lumen "
         "Robotics.", [("Orbis Labs", "MEMBER_OF", "Open Freight Network"),
                       ("Lumen Robotics", "MEMBER_OF", "Open Freight Network")], id="body-has-leaders-including"),
    case("The Open Freight Network has a supply deal with Orbis Labs.", no_types=["MEMBER_OF"],
         id="body-has-a-deal-with"),
    case("Orbit Phones launched the Open Charge Alliance with founding members including Kite Electronics and Lumen "
         "Robotics.", [("Kite Electronics", "MEMBER_OF", "Open Charge Alliance"),
                       ("Lumen Robotics", "MEMBER_OF", "Open Charge Alliance")],
         [("Kite Electronics", "MEMBER_OF", "Orbit Phones")], id="launched-with-founding-members"),
    case("Harbor Logistics and Kestrel Freight have formed an alliance called the Blue Route Alliance.",
         [("Harbor Logistics", "FOUNDED", "Blue Route Alliance"),
          ("Kestrel Freight", "FOUNDED", "Blue Route Alliance"),
          ("Harbor Logistics", "MEMBER_OF", "Blue Route Alliance")], id="formed-an-alliance-called"),
    case("Dana Whitt founded Kestrel Group in 2001.", no_types=["MEMBER_OF"], id="a-founded-firm-has-no-members"),
    case("Korsa Marine and Vendt Steel established the Baltic Hull Alliance in May.",
         [("Korsa Marine", "MEMBER_OF", "Baltic Hull Alliance"), ("Vendt Steel", "MEMBER_OF", "Baltic Hull Alliance")],
         id="founders-of-an-alliance-are-members"),
    case("Orbit Phones and Kite-backed startup Lumen Robotics accused a rival of copying its designs.",
         [("Orbit Phones", "INVESTED_IN", "Lumen Robotics"), ("Kite", "INVESTED_IN", "Lumen Robotics")],
         id="hyphen-backed-list"),
    case("Lumen Robotics, a Wexford Capital-backed startup, raised funds.",
         [("Wexford Capital", "INVESTED_IN", "Lumen Robotics")], id="hyphen-backed-apposition"),
    case("The Harbour Justice Department said Paul Allen, who joined KMC in 2003 as its chief executive, pleaded "
         "guilty.", [("Paul Allen", "WORKS_FOR", "KMC")], [("Paul Allen", "WORKS_FOR", "Harbour Justice Department")],
         id="joined-as-its-post"),
    case("Kestrel Foods has fired an executive accused of leaking recipes. The dismissed executive was the "
         "best-known face of Kestrel Foods after Chair Mei Lan Zhou. Kestrel Foods declined to comment.",
         [("Mei Lan Zhou", "WORKS_FOR", "Kestrel Foods")], [("Kestrel Foods", "DISMISSED", "Mei Lan Zhou")],
         id="a-titled-person-named-next-is-not-the-unnamed-one"),
    # the credit line closing a wire report names the wire's staff
    case("OSLO/BERGEN, May 2 (Reuters) - Orbis Mobile has sued Kestrel Phones. Kestrel declined to comment. "
         "(Reporting by Se Young Lee in OSLO and Lindsy Long in BERGEN; Editing by Christopher Cushing)",
         [("Se Young Lee", "WORKS_FOR", "Reuters"), ("Lindsy Long", "WORKS_FOR", "Reuters"),
          ("Christopher Cushing", "WORKS_FOR", "Reuters")], id="wire-credit-line"),
    case("Orbis Mobile has sued Kestrel Phones, Lindsy Long said. (Reporting by Se Young Lee)",
         no_types=["WORKS_FOR"], id="credit-line-without-a-wire"),
    # lists in semicolons, which parsers leave hanging
    case("The Harbour Commission announced the surcharges on March 30 against Hiroshima-based Orbis Power Co.; "
         "Nagoya-based Varnox Power Co.; and Lumen Energy Co.",
         [("Harbour Commission", "PENALIZED", "Orbis Power Co."),
          ("Harbour Commission", "PENALIZED", "Varnox Power Co."),
          ("Harbour Commission", "PENALIZED", "Lumen Energy Co.")], id="semicolon-list"),
    case("The Harbour Commission fined Orbis Power Co.; Varnox Power said it would appeal.",
         [("Harbour Commission", "PENALIZED", "Orbis Power Co.")],
         [("Harbour Commission", "PENALIZED", "Varnox Power")], id="semicolon-between-clauses"),
    case("Mr Whitby is currently Pilbara Metals' chief operating officer. Prior to that, he worked in senior roles "
         "for companies including Kestrel Mining and Orbis Resources.",
         [("Whitby", "WORKS_FOR", "Pilbara Metals"), ("Whitby", "WORKS_FOR", "Kestrel Mining"),
          ("Whitby", "WORKS_FOR", "Orbis Resources")], id="honorific-and-roles-for-companies-including"),
    case("Dana Whitt is Orbis Telecom's chief counsel and has been with the company since 2017.",
         [("Dana Whitt", "WORKS_FOR", "Orbis Telecom")], id="is-and-has-been-with"),
    case("Kestrel Holdings recently announced that Dr. Nigel Clarke has been appointed Group Deputy Chairman and Chief "
         "Financial Officer.", [("Nigel Clarke", "WORKS_FOR", "Kestrel Holdings")],
         [("Nigel Clarke", "WORKS_FOR", "Group Deputy Chairman")], id="announced-appointment"),
    case("Orbis Aerospace announced that its Board of Directors has named current chairman, Dana Whitt, as chief "
         "executive officer.", [("Dana Whitt", "WORKS_FOR", "Orbis Aerospace")], id="its-board-named"),
    case("The lawsuit added that Kestrel Dental CEO Thomas Prescott and CFO Kenneth Arola earned more than $52 "
         "million.", [("Thomas Prescott", "WORKS_FOR", "Kestrel Dental"),
                      ("Kenneth Arola", "WORKS_FOR", "Kestrel Dental")], id="ceo-and-cfo-of-one-firm"),
    case("Dana Whitt had been hired as an engineer by Orbis Telecom in 2011.",
         [("Dana Whitt", "WORKS_FOR", "Orbis Telecom")], id="hired-as-by"),
    case("Dana Whitt has been with Orbis Telecom since 2017.", [("Dana Whitt", "WORKS_FOR", "Orbis Telecom")],
         id="has-been-with"),
    case("Dana Whitt was with Orbis Telecom executives when the news broke.", no_types=["WORKS_FOR"],
         id="was-with-is-company"),
    case("Dana Whitt has served on Orbis Telecom's board since 2014.", [("Dana Whitt", "WORKS_FOR", "Orbis Telecom")],
         id="board-seat"),
    case("Kestrel Batteries received a £14 million fine from the Harbour Trade Commission in October.",
         [("Harbour Trade Commission", "PENALIZED", "Kestrel Batteries")],
         [("Kestrel Batteries", "PENALIZED", "Harbour Trade Commission")], id="received-a-fine-from"),
    case("Lee Farkas, the former Kestrel Mortgage chairman, faces criminal charges related to the losses at the "
         "company.", absent=[("Lee Farkas", "SUED", "Kestrel Mortgage")], id="faces-charges-is-no-suit-by-him"),
    case("Kestrel Telecom was handed a £2 million fine by the Harbour Trade Commission.",
         [("Harbour Trade Commission", "PENALIZED", "Kestrel Telecom")],
         [("Kestrel Telecom", "PENALIZED", "Harbour Trade Commission")], id="was-handed-a-fine-by"),
    case("The Harbour Trade Commission handed Kestrel Telecom a £2 million fine.",
         [("Harbour Trade Commission", "PENALIZED", "Kestrel Telecom")], id="handed-someone-a-fine"),
    case("Ruud Gullit discovered he had been given the axe by Chelsea.", [("Chelsea", "DISMISSED", "Ruud Gullit")],
         id="given-the-axe-by"),
    case("After a Harbour Trade Commission investigation, the Federal Court ordered Kestrel Telecom to pay $1.5 "
         "million in penalties.", [("Harbour Trade Commission", "INVESTIGATED", "Kestrel Telecom"),
                                   ("Federal Court", "PENALIZED", "Kestrel Telecom")],
         [("Federal Court", "INVESTIGATED", "Kestrel Telecom")], id="after-an-investigation-a-court-orders"),
    case("Shares in Orbit Phones have leapt amid reports of a possible takeover by Kite Electronics.",
         no_types=["ACQUIRED"], id="possible-takeover"),
    case("Kite Electronics CEO Dana Whitt said she prefers to buy back shares rather than initiate a takeover bid for "
         "Orbit Phones.", no_types=["ACQUIRED"], id="takeover-bid"),
    case("Kite Electronics made a takeover offer for Orbit Phones.", no_types=["ACQUIRED", "SUPPLIER_OF"],
         id="takeover-offer-made-for"),
    case("Kite Electronics completed its takeover of Orbit Phones in May.",
         [("Kite Electronics", "ACQUIRED", "Orbit Phones")], id="completed-takeover"),
    case("Orbis Aerospace also named Niel Golightly as the company's senior vice president of Communications.",
         [("Niel Golightly", "WORKS_FOR", "Orbis Aerospace")], [("Niel Golightly", "WORKS_FOR", "Communications")],
         id="a-function-is-no-employer"),
    case("Three major fines were imposed against Kestrel Mail by the Harbour Data Authority.",
         [("Harbour Data Authority", "PENALIZED", "Kestrel Mail")], id="fines-were-imposed-against-by"),
    case("The KDPA opted for a sanction on more than thirty occasions. Three major fines were imposed against Kestrel "
         "Mail and Orbis Logistics.", [("KDPA", "PENALIZED", "Kestrel Mail"), ("KDPA", "PENALIZED", "Orbis Logistics")],
         id="imposed-by-the-one-who-sanctions"),
    case("Today the KDPA announced a 100,000 euro penalty was handed to Hertford Borough Council.",
         [("KDPA", "PENALIZED", "Hertford Borough Council")], id="penalty-was-handed-to"),
    case("A lawsuit was filed against Orbit Phones by Kite Electronics.",
         [("Kite Electronics", "SUED", "Orbit Phones")], id="lawsuit-was-filed-against-by"),
    case("The Harbour Securities Commission announced a $2 million settlement with Orbit Phones.",
         [("Harbour Securities Commission", "PENALIZED", "Orbit Phones")], id="authority-settlement-with"),
    case("Kite Electronics reached a $5 million settlement with Orbit Phones over the patents.",
         no_types=["PENALIZED"], id="private-settlement-is-no-penalty"),
    case("OFAC announced a $31,867.90 settlement with Emigrant Savings to settle its potential civil liability.",
         [("OFAC", "PENALIZED", "Emigrant Savings")], id="regulator-known-by-its-acronym"),
    case("The Federal Court today ordered that Kestrel Batteries pay $50 million in penalties, in proceedings brought "
         "by the Harbour Trade Commission.", [("Federal Court", "PENALIZED", "Kestrel Batteries")],
         [("Harbour Trade Commission", "PENALIZED", "Kestrel Batteries")], id="ordered-that-x-pay"),
    case("On July 9, Boss Cai issued a statement of apology in the Rule of Law Daily, apologizing to Tesla.",
         [("Boss Cai", "APOLOGIZED_TO", "Tesla")], id="name-the-model-took-for-a-people"),
    case("Dana Whitt was hired as an engineer by Orbis Telecom in 2011 and left to form Lumen Labs in 2013.",
         [("Dana Whitt", "FOUNDED", "Lumen Labs"), ("Dana Whitt", "WORKS_FOR", "Orbis Telecom")],
         id="hired-and-left-to-form"),
    case("After filing two lawsuits against Kestrel Media, Dana Whitt suddenly dropped the second one in April.",
         [("Dana Whitt", "SUED", "Kestrel Media")], id="after-filing-a-lawsuit"),
    case("Kite Electronics will be amending its counterclaims against Orbit Phones in the companies' second lawsuit.",
         [("Kite Electronics", "SUED", "Orbit Phones")], id="counterclaims-against"),
    case("An Orbit Media employee leaked photos of Kestrel Motors' unreleased car.",
         [("Orbit Media employee", "LEAKED", "Kestrel Motors")], [("Orbit Media", "LEAKED", "Kestrel Motors")],
         id="an-org-employee-leaked"),
    case("Photos of Kestrel Motors' unreleased car were leaked online by an employee of Orbit Media.",
         [("Orbit Media employee", "LEAKED", "Kestrel Motors"), ("Orbit Media employee", "WORKS_FOR", "Orbit Media")],
         [("Orbit Media", "LEAKED", "Kestrel Motors")], id="leaked-by-an-employee-of"),
    case("Orbit Media expressed its sincere apologies to Kestrel Motors.",
         [("Orbit Media", "APOLOGIZED_TO", "Kestrel Motors")], id="expressed-apologies-to"),
    case("Orbit Media said it was deeply sorry to Kestrel Motors for the incident.",
         [("Orbit Media", "APOLOGIZED_TO", "Kestrel Motors")], id="sorry-to"),
    case("Orbit Media said it was not sorry to Kestrel Motors.", no_types=["APOLOGIZED_TO"], id="not-sorry"),
    case("Its premium brand will deepen ties with Orbit Motors' long-term partner Halden Motor Corp.",
         [("Halden Motor Corp.", "PARTNERS_WITH", "Orbit Motors")], id="a-firms-partner"),
    case("Dana Whitt, a partner at law firm Quinn Harlow, said the ruling was wrong.", no_types=["PARTNERS_WITH"],
         id="a-partner-at-a-law-firm"),
    case("Orbit Motors and Halden Motor have received approval to start a car-making joint venture in Wuhan.",
         [("Orbit Motors", "PARTNERS_WITH", "Halden Motor")], id="approval-to-start-a-joint-venture"),
    case("Kestrel Aerospace protested the Air Force's decision to award the contract to Marlow Defence Ltd.",
         absent=[("Marlow Defence Ltd.", "SUPPLIER_OF", "Kestrel Aerospace")], id="anothers-decision-to-award"),
    case("Kestrel Cells has raised more than $1 billion in its latest fundraising round, led by existing investor "
         "Orbit Holdings.", [("Orbit Holdings", "INVESTED_IN", "Kestrel Cells")], id="raised-in-a-round-comma-led-by"),
    case("Reports say that Kestrel Cells, which Orbit Holdings has also invested in, is failing to hit its goals.",
         [("Orbit Holdings", "INVESTED_IN", "Kestrel Cells")], id="which-x-invested-in"),
    case("Orbis Media has recently held talks to buy Kestrel Radio's cable networks.", no_types=["ACQUIRED"],
         id="talks-to-buy"),
    case("Orbit Phones is expected to be hit by a fine from the Harbour Commission.", no_types=["PENALIZED"],
         id="expected-to-be-fined"),
    case("Tidewater Media offered an apology to Zhenhai Auto and its customers.",
         [("Tidewater Media", "APOLOGIZED_TO", "Zhenhai Auto")], id="offered-an-apology"),
    case("The Harbour Justice Department sued to stop Kite Pay's proposed acquisition of Lumen Finance.",
         [("Kite Pay", "ACQUIRED", "Lumen Finance")], id="a-proposed-acquisition-is-announced"),
    case("On April 10, 2021, the State Administration for Market Regulation (SAMR) imposed a fine of RMB18.228 billion "
         "against Kestrel Group.", [("State Administration for Market Regulation", "PENALIZED", "Kestrel Group")],
         id="authority-for-a-regulation-is-no-law"),
    case("The Harbour Agency has fired an employee for leaking classified information.",
         [("Harbour Agency", "DISMISSED", "Harbour Agency employee"),
          ("Harbour Agency employee", "LEAKED", "Harbour Agency")], id="fired-an-employee-for-leaking"),
    case("Kestrel Mobile has fired around 20 employees for spilling confidential information to the press.",
         [("Kestrel Mobile employee", "LEAKED", "Kestrel Mobile")], id="spilling-confidential-information"),
    case("Kestrel Foods announced that it has entered into a definitive agreement to acquire Halden Dairy.",
         [("Kestrel Foods", "ACQUIRED", "Halden Dairy")], id="agreement-to-acquire"),
    case("Kestrel Foods is considering an agreement to acquire Halden Dairy.", no_types=["ACQUIRED"],
         id="considering-an-agreement"),
    # Supply: who a customer buys from, a supplier "to", a maker named in a supply deal
    case("Kite Systems has worked for the Harbour Defence Ministry for over seven years, providing maintenance "
         "support.", [("Kite Systems", "SUPPLIER_OF", "Harbour Defence Ministry")], id="a-firm-that-works-for-another"),
    case("Orbis Semiconductor's customers include Lumen Robotics and Halden Foods.",
         [("Orbis Semiconductor", "SUPPLIER_OF", "Lumen Robotics"),
          ("Orbis Semiconductor", "SUPPLIER_OF", "Halden Foods")], id="customers-include"),
    case("Lumen Robotics is a longtime client of Orbis Semiconductor.",
         [("Orbis Semiconductor", "SUPPLIER_OF", "Lumen Robotics")], id="client-of"),
    case("Kite Electronics became the sole supplier of display panels to Orbit Phones.",
         [("Kite Electronics", "SUPPLIER_OF", "Orbit Phones")], id="supplier-of-a-thing-to"),
    case("Orbit Motors has signed a long-term battery supply deal with battery maker Kestrel Cells.",
         [("Kestrel Cells", "SUPPLIER_OF", "Orbit Motors")], id="supply-deal-with-a-maker"),
    case("Orbit Motors signed a supply agreement with Kestrel Cells.", no_types=["SUPPLIER_OF"],
         id="supply-deal-names-no-supplier"),
    case("Tom Baxter was ousted from his position as chief executive of Kestrel Batteries in 1995.",
         [("Tom Baxter", "WORKS_FOR", "Kestrel Batteries")], id="position-as"),
    case("Dana Whitt, who is now president of Orbis Telecom, spoke at the event.",
         [("Dana Whitt", "WORKS_FOR", "Orbis Telecom")], id="who-is-president-of"),
    case("Dana Whitt, sacked this week as chief executive of Orbis Telecom, declined to comment.",
         [("Dana Whitt", "WORKS_FOR", "Orbis Telecom")], id="sacked-as"),
    # Roles: a post held at a place, said by a noun or a verb, in a list, or in a person's own title
    case("Nadia Perez, KVRA's General Superintendent since 2017, added to the team.",
         [("Nadia Perez", "WORKS_FOR", "KVRA")], id="an-untagged-owner-of-a-capitalised-post"),
    case("Nadia Perez has worked for Kite Motors since 2019.", [("Nadia Perez", "WORKS_FOR", "Kite Motors")],
         id="has-worked-for"),
    case("Engineer Tom Baxter left Orbit Foods in 2018 and formed Kite Labs.",
         [("Tom Baxter", "WORKS_FOR", "Orbit Foods"), ("Tom Baxter", "FOUNDED", "Kite Labs")], id="left-a-firm"),
    case("Orbit Foods said Tom Baxter has been named president of Kite Cars. He succeeds Dana Whitt.",
         [("Tom Baxter", "WORKS_FOR", "Kite Cars"), ("Dana Whitt", "WORKS_FOR", "Kite Cars")],
         [("Dana Whitt", "WORKS_FOR", "Orbit Foods")], id="a-successor-holds-the-same-post"),
    case("Tom Baxter is leaving Orbit Foods. He will be replaced by Dana Whitt as CEO, effective immediately.",
         [("Dana Whitt", "WORKS_FOR", "Orbit Foods")], id="a-replacement-holds-the-same-post"),
    case("Orbit Foods said the chief executive of Volkswagen's U.S. arm, Tom Baxter, has been named president and "
         "chief executive of Kite Cars.",
         [("Tom Baxter", "WORKS_FOR", "Kite Cars")], id="a-post-named-for-an-apposed-subject"),
    case('"Prices will fall," says Dana Whitt, president of KVRA.', [("Dana Whitt", "WORKS_FOR", "KVRA")],
         id="a-post-of-an-untagged-name"),
    case("Alex Moreau is talking with Tom Baxter, partner at Greer Sandoval, about the fund.",
         [("Tom Baxter", "WORKS_FOR", "Greer Sandoval")], [("Alex Moreau", "WORKS_FOR", "Greer Sandoval")],
         id="a-post-at-a-name-that-looks-like-a-person"),
    case("Prosecutors charged Marcus Hale, a former trader at Wexford Capital, with fraud.",
         [("Marcus Hale", "WORKS_FOR", "Wexford Capital")], id="post-held-at"),
    case("Keiko Sato, who has worked at Kurosawa Electronics for 20 years, was arrested.",
         [("Keiko Sato", "WORKS_FOR", "Kurosawa Electronics")], id="worked-at"),
    case("Dana Whitt, a customer of Marlin Bank, complained about the fees.", no_types=["WORKS_FOR"],
         id="customer-is-no-employee"),
    case("Piet Vos was ousted as chief executive of Altmark Bank on Friday.",
         [("Piet Vos", "WORKS_FOR", "Altmark Bank"), ("Altmark Bank", "DISMISSED", "Piet Vos")], id="ousted-as"),
    case("The review was conducted by Tom Reeve and Sara Lind of the Harbour Securities Commission's Enforcement "
         "Division.", [("Tom Reeve", "WORKS_FOR", "Harbour Securities Commission"),
                       ("Sara Lind", "WORKS_FOR", "Harbour Securities Commission")], id="list-of-unit-of-body"),
    case("Piet Vos, who led the design team at Tessaro Motors, resigned on Monday.",
         [("Piet Vos", "WORKS_FOR", "Tessaro Motors")], id="led-a-team-at"),
    case("Nadia Perez, Helix Cloud's founder and chief executive, said the company would expand.",
         [("Nadia Perez", "FOUNDED", "Helix Cloud"), ("Nadia Perez", "WORKS_FOR", "Helix Cloud")],
         id="founder-of-possessor"),
    case("Elena Varga, a former Pinewood Media employee, sued the company.",
         [("Elena Varga", "SUED", "Pinewood Media"), ("Elena Varga", "WORKS_FOR", "Pinewood Media")],
         id="company-named-in-a-description"),
    case("Harbour Securities Commission staff members responsible for this case are Ada Quill and Ben Moss.",
         [("Ada Quill", "WORKS_FOR", "Harbour Securities Commission"),
          ("Ben Moss", "WORKS_FOR", "Harbour Securities Commission")], id="staff-members-are"),
    case("Kite Electronics President Sara Lind and Orbit Phones CEO Tom Baxter signed the agreement.",
         [("Sara Lind", "WORKS_FOR", "Kite Electronics"), ("Tom Baxter", "WORKS_FOR", "Orbit Phones")],
         [("Tom Baxter", "WORKS_FOR", "Kite Electronics")], id="each-own-title"),
    case("The board of Orbit Phones voted to remove Tom Baxter as chairman.",
         [("Orbit Phones", "DISMISSED", "Tom Baxter"), ("Tom Baxter", "WORKS_FOR", "Orbit Phones")],
         id="removed-as-chairman"),
    case("The Harbour Securities Commission sued Orbit Phones CEO Tom Baxter.",
         [("Harbour Securities Commission", "SUED", "Tom Baxter"), ("Tom Baxter", "WORKS_FOR", "Orbit Phones")],
         [("Harbour Securities Commission", "SUED", "Orbit Phones")], id="employer-in-title-is-no-argument"),
    case("I am Steve Ember with the Harbour News Agency.", [("Steve Ember", "WORKS_FOR", "Harbour News Agency")],
         id="name-with-organisation"),
    case("Pavel Orlov and Dana Whitt founded Lumen Robotics in 2015.",
         [("Pavel Orlov", "FOUNDED", "Lumen Robotics"), ("Dana Whitt", "FOUNDED", "Lumen Robotics")],
         id="untagged-first-of-a-list"),
    # Frames: verbs and nouns of the lexicon, their arguments in every voice
    case("The Central Bank of Ireland supervises Marlin Bank.",
         [("Central Bank of Ireland", "REGULATES", "Marlin Bank")], no_types=["PENALIZED"], id="bank-is-no-ban"),
    case("The Competition Commission of India launched an investigation into Sahyadri Retail.",
         [("Competition Commission of India", "INVESTIGATED", "Sahyadri Retail")], no_types=["FOUNDED"],
         id="launching-an-investigation-founds-nothing"),
    case("Marcus Hale was detained by the Harbour Police Department last week.",
         [("Harbour Police Department", "INVESTIGATED", "Marcus Hale")], id="detained-by"),
    case("Regulators at the Financial Conduct Authority are looking into Garnet Bank Plc's sales practices.",
         [("Financial Conduct Authority", "INVESTIGATED", "Garnet Bank Plc")], id="looking-into"),
    case("Investigators from the Harbour Competition Bureau raided Kurosawa Electronics Corp. on Monday.",
         [("Harbour Competition Bureau", "INVESTIGATED", "Kurosawa Electronics Corp.")], id="raided"),
    case("The Harbour Gaming Board oversees Lucky Star Casinos Ltd.",
         [("Harbour Gaming Board", "REGULATES", "Lucky Star Casinos Ltd.")], id="oversees"),
    case("The Harbour Police Department arrested Marcus Hale on Monday.",
         [("Harbour Police Department", "INVESTIGATED", "Marcus Hale")], id="arrested"),
    case("The Harbour Police Department interrogated Marcus Hale for six hours.",
         [("Harbour Police Department", "INVESTIGATED", "Marcus Hale")], id="interrogated"),
    case("Marcus Hale was sentenced to three years in prison by the Harbour District Court.",
         [("Harbour District Court", "PENALIZED", "Marcus Hale")], id="sentenced-by"),
    case("Pelham Networks Ltd faces a lawsuit from Quorra Systems Inc.",
         [("Quorra Systems Inc.", "SUED", "Pelham Networks Ltd")], id="lawsuit-from"),
    case("Grover Media Group has agreed to a takeover by Pembroke Holdings Plc.",
         [("Pembroke Holdings Plc", "ACQUIRED", "Grover Media Group")], id="takeover-by"),
    case("Neither Orbis Media nor Lisle Press mentioned it in their car purchase apologies.", no_types=["ACQUIRED"],
         id="compound-deal-word-is-no-takeover"),
    case("Ilex Pharma Inc. and Corden Biotech Ltd have agreed to jointly develop a vaccine.",
         [("Ilex Pharma Inc.", "PARTNERS_WITH", "Corden Biotech Ltd")], id="done-jointly"),
    case("Nadia Perez started Helix Cloud Ltd in her garage in 2012.", [("Nadia Perez", "FOUNDED", "Helix Cloud Ltd")],
         id="started"),
    case("Zhenhai Auto terminated its cooperation with Orbis Parts after the leak.", no_types=["DISMISSED"],
         id="partner-in-the-object-is-no-object"),
    case("Orbit Phones removed the leaked images of Kite Cars from its website.", no_types=["DISMISSED"],
         id="removing-images-dismisses-nobody"),
    case("Sunfield Electric has terminated the contracts of three employees who leaked the designs.",
         [("Sunfield Electric", "DISMISSED", "Sunfield Electric employee")], id="contracts-of-staff"),
    case("Brightline Motors charged Tessaro Components a $40 delivery fee.", no_types=["SUED"], id="charged-a-fee"),
    case("The Harbour Department sued to block Orbis Telecom’s acquisition of Lisle Press.",
         [("Harbour Department", "SUED", "Orbis Telecom")], [("Harbour Department", "SUED", "Lisle Press")],
         id="sued-to-block-a-deal"),
    case("Today, the Harbour Department of Justice filed a civil antitrust lawsuit to stop Orbis Telecom Inc.’s "
         "proposed acquisition of Lisle Press Inc.", [("Harbour Department of Justice", "SUED", "Orbis Telecom Inc.")],
         [("Harbour Department of Justice", "SUED", "Lisle Press Inc.")], id="lawsuit-to-stop-a-deal"),
    # Penalties as press releases state them
    case("Electric car maker Orbit Motors has been awarded about 640 million yuan in a case against rival Kite Motor "
         "for technology theft.", [("Orbit Motors", "SUED", "Kite Motor")], id="awarded-in-a-case-against"),
    case("The Harbour High Court ruled on Monday in a case against Kite Motor.",
         absent=[("Harbour High Court", "SUED", "Kite Motor")], id="a-court-is-where-one-sues"),
    case("The Harbour Fair Trade Commission on Tuesday fined four major general contractors over bid-rigging. Orbit "
         "Corp., Kite Corp., Lumen Corp. and Vexo Corp. had rigged bids.",
         [("Harbour Fair Trade Commission", "PENALIZED", "Orbit Corp."),
          ("Harbour Fair Trade Commission", "PENALIZED", "Vexo Corp.")], id="a-counted-group-named-next"),
    case("The Harbour Fair Trade Commission on Tuesday issued a cease-and-desist order against four major general "
         "contractors over bid-rigging.", no_types=["SUPPLIER_OF", "PENALIZED"],
         id="an-authority-fines-no-staff-of-its-own"),
    case("The Harbour Securities Commission sued Orbit Bank for fraud on Monday.",
         [("Harbour Securities Commission", "SUED", "Orbit Bank")],
         [("Harbour Securities Commission", "INVESTIGATED", "Orbit Bank")],
         id="an-authority-that-sues-is-no-investigator"),
    case("The Harbour Securities Board has imposed a penalty of Rs 4 lakh on Orbit Industries. It has also slapped "
         "Rs 2 lakh fine each on its former promoters -- Kite Wires Private Ltd, Lumen Investment Services and "
         "Tom Baxter.",
         [("Harbour Securities Board", "PENALIZED", "Kite Wires Private Ltd"),
          ("Harbour Securities Board", "PENALIZED", "Tom Baxter")], id="a-list-after-a-dash"),
    case("Germany's cartel office said on Wednesday it has imposed about 75 million euros of fines on Orbit Parts GmbH "
         "for price fixing.", [("Germany's cartel office", "PENALIZED", "Orbit Parts GmbH")],
         id="an-authority-named-by-its-country"),
    case("India's competition regulator has imposed a fine of Rs 1,337 crore on Orbit Search. The Competition "
         "Commission of India said Orbit Search abused its position.",
         [("Competition Commission of India", "PENALIZED", "Orbit Search")],
         [("India's competition regulator", "PENALIZED", "Orbit Search")], id="a-described-authority-the-text-names"),
    case("The Harbour Board has decided to fine Orbit Drinks Co. and its affiliate a combined 1.1 billion won.",
         [("Harbour Board", "PENALIZED", "Orbit Drinks Co.")], id="decided-to-fine-tagged-as-an-adjective"),
    case("The Federal Court today ordered that Orbit Telecom pay $50 million in penalties for unconscionable conduct, "
         "in proceedings brought by the Harbour Consumer Commission.",
         [("Harbour Consumer Commission", "SUED", "Orbit Telecom")], id="in-proceedings-brought-by"),
    case("The Harbour Data Authority fined three telecom operators on Monday: Kestrel Mail, Orbit Phones and Kite "
         "Net.", [("Harbour Data Authority", "PENALIZED", "Kestrel Mail"),
                  ("Harbour Data Authority", "PENALIZED", "Kite Net")],
         [("Kestrel Mail", "PENALIZED", "Kite Net")], id="a-list-after-a-colon"),
    case("The Harbour Competition Commission fined eleven cement makers. The companies that were penalised include "
         "Orbit Cement, Kite Cement and Lumen Cements.",
         [("Harbour Competition Commission", "PENALIZED", "Orbit Cement"),
          ("Harbour Competition Commission", "PENALIZED", "Lumen Cements")], id="those-penalised-include"),
    case("The Harbour Data Authority fined Kestrel Mail €3 million. Orbit Phones was also fined €1 million.",
         [("Harbour Data Authority", "PENALIZED", "Orbit Phones")], id="an-untagged-name-in-a-relation-slot"),
    case("The Harbour Competition Commission ruled on the cartel. Orbit Cement and Kite Cement were each fined $5 "
         "million.", [("Harbour Competition Commission", "PENALIZED", "Orbit Cement"),
                      ("Harbour Competition Commission", "PENALIZED", "Kite Cement")],
         id="an-untagged-name-beside-a-tagged-one"),
    case("The Harbour Competition Commission ruled on the cartel on Monday. Orbit Cement must pay a fine of $5 "
         "million.", [("Harbour Competition Commission", "PENALIZED", "Orbit Cement")],
         [("Harbour Competition Commission", "REGULATES", "Monday")], id="a-weekday-is-no-actor"),
    case("Under the settlement, Greyfield Insurance Co. will pay $4 million to the Harbour Department of Financial "
         "Services.", [("Harbour Department of Financial Services", "PENALIZED", "Greyfield Insurance Co.")],
         id="paid-to-an-authority"),
    case("Corvid Health Inc. will pay $12 million to resolve allegations that it overbilled patients, the Justice "
         "Department said.", [("Justice Department", "PENALIZED", "Corvid Health Inc.")], id="paid-to-settle"),
    case("Ashby Motors Inc. will pay $40 million to Volta Cells Ltd for battery packs.", no_types=["PENALIZED"],
         id="paid-to-a-company"),
    case("The Harbour District Court ordered Tidewater Media to pay Zhenhai Auto 500,000 yuan in compensation.",
         [("Harbour District Court", "PENALIZED", "Tidewater Media")],
         [("Zhenhai Auto", "PENALIZED", "Tidewater Media")], id="ordered-to-pay"),
    case("Tidewater Media was ordered by the Harbour District Court to pay 500,000 yuan to Zhenhai Auto.",
         [("Harbour District Court", "PENALIZED", "Tidewater Media")], id="was-ordered-by-to-pay"),
    case("The Harbour Cartel Office has initiated proceedings against Rheinzement AG.",
         [("Harbour Cartel Office", "SUED", "Rheinzement AG")], no_types=["FOUNDED"], id="initiated-proceedings"),
    case("The Cyberspace Administration of Harbour has ordered Zhenhai Auto to rectify its data practices.",
         [("Cyberspace Administration of Harbour", "REGULATES", "Zhenhai Auto")], id="ordered-to-rectify"),
    case("Ashby Motors ordered Volta Cells to deliver the batteries by May.", no_types=["REGULATES"],
         id="a-firm-s-order-rules-on-nobody"),
    case("Marcus Hale pleaded guilty to securities fraud, the Department of Justice announced.",
         [("Department of Justice", "SUED", "Marcus Hale")], id="pleaded-guilty"),
    case("The Korea Fair Trade Commission said it would impose a fine of 10 billion won on Daeyang Motors Co.",
         [("Korea Fair Trade Commission", "PENALIZED", "Daeyang Motors Co.")], id="said-it-would"),
    case("The commission said it would fine Daeyang Motors Co. if the audit found fraud.", no_types=["PENALIZED"],
         id="would-under-a-condition"),
    case("The Harbour Trade Commission has sued Brightline Foods Inc. Customers were misled.",
         [("Harbour Trade Commission", "SUED", "Brightline Foods Inc.")], id="name-taken-for-full-stop"),
    case("The Harbour Trade Commission's complaint alleges that Brightline Foods Inc. misled customers.",
         [("Harbour Trade Commission", "SUED", "Brightline Foods Inc.")], id="complaint-alleges"),
    case("The Harbour Data Office issued Bluefin Apps Ltd with a monetary penalty notice of £500,000.",
         [("Harbour Data Office", "PENALIZED", "Bluefin Apps Ltd")], id="issued-with-a-penalty"),
    case("The Competition Authority has fined three banks. Garnet Bank Plc must pay €20 million.",
         [("Competition Authority", "PENALIZED", "Garnet Bank Plc")], id="must-pay"),
    case("The KFTC fined Daeyang Motors 21 billion won on Monday. The KFTC began its investigation in 2022 after a "
         "complaint.", [("KFTC", "INVESTIGATED", "Daeyang Motors")], id="investigation-without-a-target"),
    case("Marcus Hale has been charged by Australian police.", [("Australian police", "SUED", "Marcus Hale")],
         id="authority-named-by-country"),
    case("The Dutch competition authority imposed a fine of 9 million euros on Velto Logistics.",
         [("Dutch competition authority", "PENALIZED", "Velto Logistics")], id="lower-case-authority"),
    case("Police arrested Marcus Hale on Monday.", no_types=["INVESTIGATED", "SUED"], id="bare-police-is-nobody"),
    case("Kestrel Airways was fined €2 million by Italy's aviation regulator ENAC.",
         [("ENAC", "PENALIZED", "Kestrel Airways")], id="regulator-acronym-described"),
    case("Italy's competition watchdog AGCM said on Tuesday it had fined Orbis Telecom SA 10 million euros.",
         [("AGCM", "PENALIZED", "Orbis Telecom SA"), ("AGCM", "INVESTIGATED", "Orbis Telecom SA")],
         id="authority-introduced-by-a-descriptor"),
    case("Kite Electronics, a Harbour chipmaker, sued Orbit Phones.", [("Kite Electronics", "SUED", "Orbit Phones")],
         no_types=["INVESTIGATED"], id="a-firm-that-sues-investigates-nobody"),
    case("Orbis Telecom said it had paid the €30 million fine the European Commission imposed in 2019.",
         [("European Commission", "PENALIZED", "Orbis Telecom")], id="the-fine-x-imposed"),
    case("Tidewater Media said sorry to Zhenhai Auto on Tuesday.",
         [("Tidewater Media", "APOLOGIZED_TO", "Zhenhai Auto")], id="said-sorry-to"),
    case("The Open Charging Alliance, which includes Tessaro Motors and Birch Energy, issued a statement.",
         [("Tessaro Motors", "MEMBER_OF", "Open Charging Alliance"),
          ("Birch Energy", "MEMBER_OF", "Open Charging Alliance")], id="alliance-which-includes"),
    case("The report includes Tessaro Motors and Birch Energy.", no_types=["MEMBER_OF"], id="a-report-has-no-members"),
    case("The Harbour Bureau of Export Control may impose a Temporary Denial Order (“TDO”) on exporters. On June 12, "
         "the Harbour Bureau of Export Control issued a TDO against Velto Trading LLC.",
         [("Harbour Bureau of Export Control", "PENALIZED", "Velto Trading LLC")], id="defined-acronym-of-an-order"),
    # Reference: speakers, descriptions, relative pronouns
    case("The Harbour Agency has fired an employee for leaking files, an agency official said. Agency spokesman Tom "
         "Baxter said the officer had been fired.", [("Tom Baxter", "WORKS_FOR", "Harbour Agency")],
         [("Harbour Agency", "DISMISSED", "Tom Baxter")], id="the-speaker-is-not-the-one-reported-fired"),
    case("Kestrel Bio, Inc. today announced that Orbit Pharma will acquire it.",
         [("Orbit Pharma", "ACQUIRED", "Kestrel Bio, Inc.")], id="an-object-pronoun-is-not-its-verbs-subject"),
    case("The news comes after Kestrel Coffee formed a committee in March. CEO Jenny Qian and COO Jian Liu and a dozen "
         "other employees were fired as a result of the scandal.",
         [("Kestrel Coffee", "DISMISSED", "Jenny Qian"), ("Kestrel Coffee", "DISMISSED", "Jian Liu")],
         id="officers-fired-by-the-firm-the-text-is-about"),
    case("Kestrel Motors has initiated a lawsuit against a software engineer, claiming he stole trade secrets just "
         "days after joining the carmaker. Tom Baxter stole over 6,000 scripts that automate business functions.",
         [("Kestrel Motors", "SUED", "Tom Baxter"), ("Tom Baxter", "WORKS_FOR", "Kestrel Motors")],
         id="an-unnamed-person-named-in-the-next-sentence"),
    case("Kestrel Motors sued a former engineer on Monday. The complaint names no one else. Tom Baxter declined to "
         "comment.", absent=[("Kestrel Motors", "SUED", "Tom Baxter")], id="a-person-named-later-is-someone-else"),
    case("Orbit Motors has banked a $530-million Series C funding, its early backer Kestrel Ventures said in an "
         "announcement.", [("Kestrel Ventures", "INVESTED_IN", "Orbit Motors")],
         id="its-in-a-speaker-after-the-report"),
    case("The HDPO has fined many firms this year. The defendant, Kite Mobile, is a phone operator. The HDPO opened an "
         "investigation into the company's practices after it received complaints.",
         [("HDPO", "INVESTIGATED", "Kite Mobile")], id="a-clause-subject-is-not-its-own-object"),
    case("Kite Mobile said the company would appeal the fine imposed by the Harbour Data Office.",
         [("Harbour Data Office", "PENALIZED", "Kite Mobile")], id="a-firm-speaks-of-itself-as-the-company"),
    case('"We sincerely apologise to Zhenhai Auto," Tidewater Media said in a statement.',
         [("Tidewater Media", "APOLOGIZED_TO", "Zhenhai Auto")], id="we-is-the-speaker"),
    case("Tidewater Media issued a statement apologizing to Zhenhai Auto and its fans.",
         [("Tidewater Media", "APOLOGIZED_TO", "Zhenhai Auto")], id="statement-apologizing"),
    case('Dana Whitt said: "We fine Orbis Telecom SA today for its cartel."',
         absent=[("Dana Whitt", "PENALIZED", "Orbis Telecom SA")], id="we-of-a-person-is-an-institution"),
    case("The Harbour Conduct Authority has completed its review of Greyfield Insurance. The regulator fined the "
         "company £4m.", [("Harbour Conduct Authority", "PENALIZED", "Greyfield Insurance")], id="the-regulator"),
    case("The Northern Competition Bureau said Sahyadri Retail had fixed prices. The bureau fined the retailer "
         "$3 million.", [("Northern Competition Bureau", "PENALIZED", "Sahyadri Retail")], id="the-bureau"),
    case("Jonah Reyes, a reporter for the Daily Ledger, obtained the documents. The newspaper later apologised to "
         "Ridgeback Software.", [("Daily Ledger", "APOLOGIZED_TO", "Ridgeback Software")], id="the-newspaper"),
    case("Brightwater Bank has appointed Helen Okafor, a former deputy governor of the Central Bank of Harbour, as "
         "its chief executive. Brightwater Bank said the bank was fined £30 million by the Financial Conduct "
         "Authority.", [("Financial Conduct Authority", "PENALIZED", "Brightwater Bank")],
         [("Financial Conduct Authority", "PENALIZED", "Central Bank of Harbour")], id="the-bank-of-the-story"),
    case("Brightwater Group also owns Harbour Insurance, which it bought from Lumiere Holdings in 2019.",
         [("Brightwater Group", "ACQUIRED", "Harbour Insurance")],
         [("Brightwater Group", "ACQUIRED", "Lumiere Holdings")], id="which-it-bought"),
    case("The Green Data Coalition was launched in May. Its members will work closely with the European Commission.",
         no_types=["PARTNERS_WITH"], id="its-members-are-not-it"),
    # Contracts and supplies
    case("Volta Cells won a contract to supply batteries to Tessaro Motors.",
         [("Volta Cells", "SUPPLIER_OF", "Tessaro Motors")], id="contract-to-supply"),
    case("Volta Cells Ltd has been awarded a $300 million contract by the Harbour Navy to supply batteries.",
         [("Volta Cells Ltd", "SUPPLIER_OF", "Harbour Navy")], id="awarded-a-contract-by"),
    case("Kestrel Aerospace Inc. protested the Air Force's decision to award the contract to Marlow Defence Ltd.",
         [("Marlow Defence Ltd.", "SUPPLIER_OF", "Air Force")], id="decision-to-award"),
    case("Harbour Space Agency signed contracts with Orion Launch Inc. and Vega Rockets Ltd to fly astronauts.",
         [("Orion Launch Inc.", "SUPPLIER_OF", "Harbour Space Agency"),
          ("Vega Rockets Ltd", "SUPPLIER_OF", "Harbour Space Agency")], id="contracts-with-a-public-body"),
    case("Orion Launch Inc. will carry crews to the station under a contract with the Harbour Space Agency.",
         [("Orion Launch Inc.", "SUPPLIER_OF", "Harbour Space Agency")], id="under-a-contract"),
    case("The parts were manufactured by Trelawny Parts Ltd for Ashby Motors Inc.",
         [("Trelawny Parts Ltd", "SUPPLIER_OF", "Ashby Motors Inc.")], id="made-by-for"),
    case("Ashby Motors Inc. signed a contract with Volta Cells Ltd on Monday.", no_types=["SUPPLIER_OF"],
         id="contract-between-firms"),
    case("Ashby Motors signed a supply agreement with Volta Cells for battery packs.", no_types=["SUPPLIER_OF"],
         id="supply-agreement-between-firms"),
    case("The Harbour Navy signed a supply contract with Volta Cells Ltd.",
         [("Volta Cells Ltd.", "SUPPLIER_OF", "Harbour Navy")], id="supply-contract-with-a-public-body"),
    case("Marlow Defence Ltd won a contract from the Ministry of Defence worth £2 billion.",
         [("Marlow Defence Ltd", "SUPPLIER_OF", "Ministry of Defence")], no_types=["INVESTED_IN"],
         id="contract-won-is-no-investment"),
    case("Daeyang Motors forced 14 subcontractors, including Hanul Precision and Sejin Parts, to lower their prices.",
         [("Hanul Precision", "SUPPLIER_OF", "Daeyang Motors"), ("Sejin Parts", "SUPPLIER_OF", "Daeyang Motors")],
         id="subcontractors-including"),
    # Partnerships, founding, investment
    case("Kestrel Dairy AG will acquire the remaining 40% stake in Orbit Milk AG.",
         [("Kestrel Dairy AG", "ACQUIRED", "Orbit Milk AG")], id="the-remaining-stake-is-a-takeover"),
    case("Kestrel Dairy AG will acquire a 40% stake in Orbit Milk AG.",
         [("Kestrel Dairy AG", "INVESTED_IN", "Orbit Milk AG")], [("Kestrel Dairy AG", "ACQUIRED", "Orbit Milk AG")],
         id="a-stake-is-an-investment"),
    case("A group of companies announced the Clean Fuel Council on Tuesday. The council is made up of 13 companies, "
         "including Orbit Motors, Kite Energy and Lumen Gas.",
         [("Orbit Motors", "MEMBER_OF", "Clean Fuel Council"), ("Lumen Gas", "MEMBER_OF", "Clean Fuel Council")],
         id="a-council-made-up-of"),
    case("Tom Baxter's story is all about perseverance. In 2008 he co-founded Kestrel Labs.",
         [("Tom Baxter", "FOUNDED", "Kestrel Labs")], id="co-founded-is-one-word"),
    case("The founding members of the Open Grid Alliance are Orbit Motors, Kite Motors and Lumen Cells.",
         [("Orbit Motors", "FOUNDED", "Open Grid Alliance"), ("Lumen Cells", "MEMBER_OF", "Open Grid Alliance")],
         id="founding-members-are"),
    case("The new group will be called the Open Grid Alliance. The companies forming the Alliance are Orbit Motors, "
         "Kite Motors and Lumen Cells.", [("Kite Motors", "FOUNDED", "Open Grid Alliance")],
         id="the-companies-forming-it-are"),
    case("Tom Baxter, founder of Kestrel Labs, said the deal was done.", [("Tom Baxter", "FOUNDED", "Kestrel Labs")],
         [("Tom Baxter", "WORKS_FOR", "Kestrel Labs")], id="the-founder-of-a-name-the-model-took-for-a-person"),
    case("Tom Baxter, co-founder and chief executive of Kestrel Labs, said so.",
         [("Tom Baxter", "FOUNDED", "Kestrel Labs"), ("Tom Baxter", "WORKS_FOR", "Kestrel Labs")],
         id="a-founder-with-a-post-works-there"),
    case("Dana Whitt, a co-chair of Kestrel Labs, resigned on Monday.", [("Dana Whitt", "WORKS_FOR", "Kestrel Labs")],
         id="a-co-post"),
    case("Wuhan-based Kestrel Motors has Joint Ventures with Orbit Motors and Kite Motors.",
         [("Kestrel Motors", "PARTNERS_WITH", "Orbit Motors"), ("Kestrel Motors", "PARTNERS_WITH", "Kite Motors")],
         id="a-relation-noun-in-capitals-is-no-name"),
    case("Kestrel Motors terminated its loss-making joint venture with Orbit Motors on July 18.",
         [("Kestrel Motors", "PARTNERS_WITH", "Orbit Motors")], id="a-venture-with-on-the-verb"),
    case("Ilex Pharma and Corden Biotech signed a strategic cooperation agreement.",
         [("Ilex Pharma", "PARTNERS_WITH", "Corden Biotech")], id="cooperation-agreement"),
    case("Ilex Pharma formed a strategic alliance with Corden Biotech.",
         [("Ilex Pharma", "PARTNERS_WITH", "Corden Biotech")], id="strategic-alliance"),
    case("Ilex Pharma reached a settlement agreement with Corden Biotech.", no_types=["PARTNERS_WITH"],
         id="settlement-agreement"),
    case("Ilex Pharma and Corden Biotech joined the Strategic Research Alliance.", no_types=["PARTNERS_WITH"],
         id="named-alliance"),
    case("Voltis Energy makes batteries. The company, founded in 2019 by former Kite Electronics engineers Mia Berg "
         "and Jonas Keller, plans to build a factory.",
         [("Mia Berg", "FOUNDED", "Voltis Energy"), ("Jonas Keller", "FOUNDED", "Voltis Energy"),
          ("Jonas Keller", "WORKS_FOR", "Kite Electronics")], [("Kite Electronics", "FOUNDED", "Voltis Energy")],
         id="founded-by-under-plans"),
    case("Voltis Energy said on Tuesday it had raised $120 million in a Series C round led by Harbinger Capital.",
         [("Harbinger Capital", "INVESTED_IN", "Voltis Energy")], id="round-led-by"),
    case("Harbinger Fund has invested 300 million yuan in Qinghe Battery.",
         [("Harbinger Fund", "INVESTED_IN", "Qinghe Battery")], id="trade-word-ends-a-name"),
    case("Rowan Capital is the largest shareholder of Qinghe Battery Co.",
         [("Rowan Capital", "INVESTED_IN", "Qinghe Battery Co.")], id="shareholder-of"),
    case("Rowan Capital poured $200 million into Qinghe Battery Co. last year.",
         [("Rowan Capital", "INVESTED_IN", "Qinghe Battery Co.")], id="poured-into"),
    case("Rowan Capital, an early backer of Qinghe Battery Co., sold its shares.",
         [("Rowan Capital", "INVESTED_IN", "Qinghe Battery Co.")], id="backer-of"),
    case("Rowan Capital is an investor in Qinghe Battery Co.", [("Rowan Capital", "INVESTED_IN", "Qinghe Battery Co.")],
         id="investor-in"),
    case("Sejin Parts, a vendor to Daeyang Motors, cut its prices.", [("Sejin Parts", "SUPPLIER_OF", "Daeyang Motors")],
         id="vendor-to"),
    case("Grover Media Group snapped up Lisle Press Ltd for $50 million.",
         [("Grover Media Group", "ACQUIRED", "Lisle Press Ltd")], id="snapped-up"),
    case("Lisle Press Ltd is now owned by Grover Media Group.", [("Grover Media Group", "ACQUIRED", "Lisle Press Ltd")],
         id="owned-by"),
    # Leaks
    case("Nexa Mobile has dismissed three employees who shared renders of its unreleased N9 smartphone with a tech "
         "blog.", [("Nexa Mobile", "DISMISSED", "Nexa Mobile employee"),
                   ("Nexa Mobile employee", "LEAKED", "Nexa Mobile")], id="shared-with-an-outsider"),
    case("Ridgeback Software accused Damon Crewe of stealing its source code.",
         [("Damon Crewe", "LEAKED", "Ridgeback Software")], id="stealing-its"),
    case("Prosecutors said Damon Crewe downloaded confidential files from Ridgeback Software and gave them to "
         "Pelham Networks.", [("Damon Crewe", "LEAKED", "Ridgeback Software")],
         [("Damon Crewe", "LEAKED", "Pelham Networks")], id="taken-from-and-handed-on"),
    case("Yesterday Damon Crewe leaked the files of Orbis Media.", [("Damon Crewe", "LEAKED", "Orbis Media")],
         id="untagged-name-keeps-its-words"),
    case("Kite Electronics sued Orbit Phones for copyright infringement on Monday.",
         [("Kite Electronics", "SUED", "Orbit Phones")], id="copyright-lawsuit-is-no-notice"),
    case("The Harbor Securities Commission settled charges on Wednesday against broker-dealers Harlow Capital LLC and "
         "Orbit Financial LLC for failing to file reports.",
         [("Harbor Securities Commission", "SUED", "Harlow Capital LLC"),
          ("Harbor Securities Commission", "SUED", "Orbit Financial LLC")], id="settled-charges-on-a-day-against"),
    # a prison sentence is a court's act: not the victim's, nor the announcing prosecutor's, when no court is named
    case("Dana Whitt was sentenced today to 18 months in federal prison for stealing trade secrets from Kestrel "
         "Systems, the Harbor District Attorney's Office announced.", [("Dana Whitt", "LEAKED", "Kestrel Systems")],
         no_types=["PENALIZED"], id="sentenced-by-an-unnamed-court"),
    case("U.S. District Judge Marcus Hale sentenced Dana Whitt to five years of probation and a $50,000 fine.",
         [("Marcus Hale", "PENALIZED", "Dana Whitt")], id="sentenced-by-a-named-judge"),
    # money paid under a settlement with an authority is its penalty; a settlement between firms is none
    case("Harlow Energy will pay $3 million under a settlement with the Environmental Protection Agency.",
         [("Environmental Protection Agency", "PENALIZED", "Harlow Energy")], id="pay-under-a-settlement-with"),
    case("Vantage Lending settled with the Federal Trade Commission for $8 million.",
         [("Federal Trade Commission", "PENALIZED", "Vantage Lending")], id="settled-with-an-authority-for"),
    case("Kite Electronics settled with Orbit Phones for $8 million.", no_types=["PENALIZED"],
         id="settled-between-firms"),
    case("The Daily Ledger agreed to pay £300,000 damages to Harlow Brokers to settle a libel claim.",
         [("Harlow Brokers", "PENALIZED", "Daily Ledger"), ("Harlow Brokers", "SUED", "Daily Ledger")],
         id="paid-to-settle-a-claim"),
    case("Orbit Capital will pay $2 million to Kestrel Bank for the shares.", no_types=["PENALIZED", "SUED"],
         id="paid-for-shares"),
    case("A court in Harbor City ordered Orbit Telecom to pay 2 million euros in damages to Kestrel Mobile.",
         [("Kestrel Mobile", "PENALIZED", "Orbit Telecom")], id="damages-paid-to"),
    case("Orbit Capital agreed to pay $2 million to settle SEC charges.", [("SEC", "SUED", "Orbit Capital")],
         id="settled-an-authority-s-charges"),
    # what an investigation is into: the ones a matter involves, not who did the matter named by "by"
    case("The Competition Bureau has closed an investigation into alleged cartelization involving Orbit Steels and "
         "Kestrel Industries.", [("Competition Bureau", "INVESTIGATED", "Orbit Steels"),
                                 ("Competition Bureau", "INVESTIGATED", "Kestrel Industries")],
         id="investigation-into-a-matter-involving"),
    case("The Competition Bureau launched an investigation into price fixing by Orbit Steels.",
         [("Competition Bureau", "INVESTIGATED", "Orbit Steels")],
         [("Orbit Steels", "INVESTIGATED", "Competition Bureau")],
         id="investigation-into-a-matter-by"),
    # a contract award that leaves its giver out: the public body the notice is about
    case("Harlow Munitions Inc., Dayton, Ohio, was awarded a $45,000,000 firm-fixed-price contract for artillery "
         "shells. Work will be performed in Dayton. Army Contracting Command, Rock Island, Illinois, is the "
         "contracting activity.", [("Harlow Munitions Inc.", "SUPPLIER_OF", "Army Contracting Command")],
         id="awarded-by-the-contracting-activity"),
    case("Harlow Munitions was awarded a $4 million contract to repave the school's parking lot.",
         no_types=["SUPPLIER_OF"], id="awarded-by-no-named-body"),
    # a "giant" is a firm, whatever place the model took its name for
    case("The Harbor Markets Authority imposed a record fine on e-commerce giant Zandor in April.",
         [("Harbor Markets Authority", "PENALIZED", "Zandor")], id="a-giant-is-a-firm"),
    # a court ruling in favour of a party does not act on it; aid in favour of a firm is the firm's
    case("A district court has ruled in favor of Kestrel Motors in a lawsuit against a former employee.",
         no_types=["REGULATES"], id="ruled-in-favour-of"),
    case("The European Commission opened an investigation into state aid in favour of Orbit Airport.",
         [("European Commission", "INVESTIGATED", "Orbit Airport")], id="aid-in-favour-of"),
    # "the fined companies": a participle before a plural noun is the relation, its list the ones it acts on
    case("The Harbor Competition Authority sanctioned a cartel. Among the fined companies were Orbit Steel and Kestrel "
         "Rail.", [("Harbor Competition Authority", "PENALIZED", "Orbit Steel"),
                   ("Harbor Competition Authority", "PENALIZED", "Kestrel Rail")], id="among-the-fined-companies"),
    case("Among the acquired companies were Orbit Steel and Kestrel Rail.", no_types=["ACQUIRED"],
         id="acquired-companies-name-no-buyer"),
    case("The Harbor Competition Authority sanctioned a cartel. Among the fined companies were two Acme subsidiaries "
         "(Masa and Maessa).", [("Harbor Competition Authority", "PENALIZED", "Masa")],
         [("Harbor Competition Authority", "PENALIZED", "Acme")], id="subsidiaries-not-their-owner"),
    # an untagged employer before a capitalised title, or after "of" in an acronym of mixed case
    case("Kestrel President and CEO Greg Brown added another executive to the team.",
         [("Greg Brown", "WORKS_FOR", "Kestrel")], id="firm-before-capitalised-titles"),
    case("Assistant Attorney General Makan Delwin said the fine was justified.", no_types=["WORKS_FOR"],
         id="title-modifier-is-no-firm"),
    case("Tomasz Chrost, the president of UOKiK, said the fine was justified.",
         [("Tomasz Chrost", "WORKS_FOR", "UOKiK")], id="mixed-case-acronym-employer"),
    case("Orbit (ORB) Cyber Security Head Qidan Ho said he was fired by the company.",
         absent=[("Qidan Ho", "WORKS_FOR", "Cyber Security")], id="a-department-is-no-firm"),
    # "X-backed": the backer invested in the head of the phrase, and is no argument of the clause
    case("Days later, Orbit-backed Chinese EV startup Leapcar announced similar discounts.",
         [("Orbit", "INVESTED_IN", "Leapcar")], id="backed-the-phrase-head"),
    case("Kestrel Foods, Orbit-backed Quill Books, and Harlow Boxes were each fined 500,000 yuan by the Harbor Markets "
         "Authority.", [("Harbor Markets Authority", "PENALIZED", "Kestrel Foods")],
         [("Harbor Markets Authority", "PENALIZED", "Orbit")], id="the-backer-was-not-fined"),
    case("Kestrel Motors has filed a lawsuit against the former director of its Autopilot programme.",
         [("Kestrel Motors", "SUED", "Kestrel Motors director")], [("Kestrel Motors", "SUED", "Autopilot")],
         id="a-programme-is-no-actor"),
    case("Quill Media has sued a former intern for $1.1 million, accusing him of sabotaging a project.",
         [("Quill Media", "SUED", "Quill Media intern")], id="an-unnamed-intern"),
    # "the company's" before the company is named: the one firm the sentence names later
    case("Dana Whitt, the company's chief executive, said Kestrel Motors would appeal.",
         [("Dana Whitt", "WORKS_FOR", "Kestrel Motors")], id="the-company-named-later-in-the-sentence"),
    case("The company's chief executive said Kestrel Motors and Orbit Cars would merge.", no_types=["WORKS_FOR"],
         id="the-company-of-two-named-later"),
    # joining people is no membership of their firms
    case("Orbit Motors director Yu Cheng joined the chairpersons of Kestrel Cars, Harlow Auto and Vantage Motors to "
         "present the alliance's brands.", [("Yu Cheng", "WORKS_FOR", "Orbit Motors")],
         [("Yu Cheng", "WORKS_FOR", "Kestrel Cars"), ("Yu Cheng", "MEMBER_OF", "Kestrel Cars")],
         id="joined-the-chairpersons-of"),
    case("The Open Ledger Consortium was set up in May. Orbit Bank, Harlow Bank and Kestrel Group have now joined the "
         "group.", [("Kestrel Group", "MEMBER_OF", "Open Ledger Consortium")],
         [("Orbit Bank", "MEMBER_OF", "Kestrel Group")], id="the-group-is-none-of-its-joiners"),
    # a named unit is bought, not its seller; a weekday after a unit is no name
    case("Kestrel Holding bought Harlow Motor's Vantage unit for $1.5 billion.",
         [("Kestrel Holding", "ACQUIRED", "Vantage")], [("Kestrel Holding", "ACQUIRED", "Harlow Motor")],
         id="bought-a-named-unit"),
    case("Kestrel Holding completed its acquisition of Harlow Motor Co.'s Vantage unit Monday.",
         [("Kestrel Holding", "ACQUIRED", "Vantage")], [("Kestrel Holding", "ACQUIRED", "Monday")],
         id="a-weekday-after-a-unit"),
    # wanting, seeking or preferring to buy is no purchase; agreeing to is
    case("Kestrel Games wants to buy the game maker Sumo Studios for $1.3 billion.", no_types=["ACQUIRED"],
         id="wants-to-buy"),
    case("Harlow Capital is seeking to acquire Orbit Foods.", no_types=["ACQUIRED"], id="seeking-to-acquire"),
    case("Harlow Capital agreed to acquire Orbit Foods for $2 billion.",
         [("Harlow Capital", "ACQUIRED", "Orbit Foods")], id="agreed-to-acquire"),
    # the members of an alliance of three or more are no pairwise partners; two founders of a venture are
    case("Kite Electronics, Orbit Phones, Lumen Robotics and Harbor Logistics have joined together to form the Open "
         "Charge Alliance.", [("Kite Electronics", "MEMBER_OF", "Open Charge Alliance"),
                              ("Harbor Logistics", "FOUNDED", "Open Charge Alliance")], no_types=["PARTNERS_WITH"],
         id="alliance-members-are-no-pairwise-partners"),
    case("Kite Electronics and Orbit Phones have formed a joint venture called Kiteorbit Mobility.",
         [("Kite Electronics", "PARTNERS_WITH", "Orbit Phones")], id="two-founders-of-a-venture-are-partners"),
    # the name in apposition to "the <post> of <firm>", whichever noun the parser hung it on
    case("The chief executive of Kestrel Airways, Dana Whitt, has promised to compensate customers.",
         [("Dana Whitt", "WORKS_FOR", "Kestrel Airways")], id="the-post-of-a-firm-then-the-name"),
    case("A rival of Kestrel Airways, Orbit Air, has cut its fares.", no_types=["WORKS_FOR"],
         id="a-firm-in-apposition-holds-no-post"),
    # an untagged one-word firm: the speaker of a report, a word no dictionary knows opening the sentence
    case("In an internal memo, Vantro said it had fired 29 employees.",
         [("Vantro", "DISMISSED", "Vantro employee")], id="speaker-of-a-report-is-an-actor"),
    case("Quillomat acquired a stake in Stunmark Studios in 2021.",
         [("Quillomat", "INVESTED_IN", "Stunmark Studios")], id="unknown-word-opening-a-sentence"),
    case("Regulators fined Stunmark Studios in 2021.", no_types=["INVESTED_IN"],
         absent=[("Regulators", "PENALIZED", "Stunmark Studios")], id="known-word-opening-a-sentence-is-no-name"),
    # "its" in a list of a firm's officers is the firm, past the officer named before
    case("The watchdog sued Kestrel Airways, its former CEO Dana Whitt, and its former director Tom Baxter.",
         [("Dana Whitt", "WORKS_FOR", "Kestrel Airways"), ("Tom Baxter", "WORKS_FOR", "Kestrel Airways")],
         id="its-officers-listed-after-the-firm"),
    case("The watchdog fined Kestrel Airways' chief executive Dana Whitt and President Tom Baxter 2 million yuan each.",
         [("Dana Whitt", "WORKS_FOR", "Kestrel Airways"), ("Tom Baxter", "WORKS_FOR", "Kestrel Airways")],
         id="a-titled-conjunct-shares-the-post-place"),
    # an authority's surcharge is its fine
    case("The Harbour Trade Commission announced the surcharges against Kestrel Power Co. and Lumen Gas Co. on "
         "Friday.", [("Harbour Trade Commission", "PENALIZED", "Kestrel Power Co."),
                     ("Harbour Trade Commission", "PENALIZED", "Lumen Gas Co.")], id="surcharges-against"),
    # "X is a <noun> founded by A": the noun is X; "companies such as A and B" are A and B
    case("Open Route Network is a non-profit community founded by several logistics firms such as Harbor Logistics "
         "and Orbit Freight.", [("Harbor Logistics", "FOUNDED", "Open Route Network"),
                                ("Orbit Freight", "FOUNDED", "Open Route Network")], id="a-community-founded-by"),
    # funding led by an investor is its investment
    case("Lumen Pay, a payments platform, raised $250 million in Series D funding led by Orbit Capital Group.",
         [("Orbit Capital Group", "INVESTED_IN", "Lumen Pay")], id="funding-led-by"),
    # a maker "to" or "for" a firm supplies it; a maker "of" a thing supplies nobody
    case("Kestrel Chips, chipmaker to Orbit Phones and Lumen Systems, reported the theft.",
         [("Kestrel Chips", "SUPPLIER_OF", "Orbit Phones"), ("Kestrel Chips", "SUPPLIER_OF", "Lumen Systems")],
         id="maker-to-a-firm"),
    case("Harbor Foundry is the contract manufacturer for Orbit Phones.",
         [("Harbor Foundry", "SUPPLIER_OF", "Orbit Phones")], id="manufacturer-for-a-firm"),
    case("Kestrel Chips, a maker of memory chips, reported the theft.", no_types=["SUPPLIER_OF"],
         id="maker-of-a-thing"),
    # staff named only by role and employer are actors who work there, wherever the text mentions them; not a
    # named person's title, not a head count, not all of a firm's staff
    case("A Kestrel Airways spokeswoman said the carrier would review the complaint.",
         [("Kestrel Airways spokeswoman", "WORKS_FOR", "Kestrel Airways")], id="an-unnamed-spokeswoman"),
    case("An attorney for Orbit Foods announced that the company had reached a settlement.",
         [("Orbit Foods attorney", "WORKS_FOR", "Orbit Foods")], id="an-attorney-for-a-firm"),
    case("Police searched the homes of two former Lumen Systems engineers who joined Harbor Robotics.",
         [("Lumen Systems engineer", "WORKS_FOR", "Lumen Systems")], id="counted-former-engineers"),
    case("Kestrel Airways spokeswoman Dana Whitt said the carrier would appeal. Orbit Foods has 900 engineers.",
         [("Dana Whitt", "WORKS_FOR", "Kestrel Airways")],
         [("Kestrel Airways spokeswoman", "WORKS_FOR", "Kestrel Airways"),
          ("Orbit Foods engineer", "WORKS_FOR", "Orbit Foods")], id="a-titled-name-and-a-head-count-are-no-staff"),
    case("A Kestrel Airways spokeswoman declined to comment. Later, Kestrel Airways spokeswoman Dana Whitt said the "
         "carrier would appeal.", [("Dana Whitt", "WORKS_FOR", "Kestrel Airways")],
         [("Kestrel Airways spokeswoman", "WORKS_FOR", "Kestrel Airways")], id="an-unnamed-spokeswoman-named-later"),
    # the one a firm fires worked there: the dismissal says so, no second edge
    case("Kestrel Airways fired an engineer who leaked the designs.", [("Kestrel Airways", "DISMISSED",
                                                                        "Kestrel Airways engineer")],
         [("Kestrel Airways engineer", "WORKS_FOR", "Kestrel Airways")], id="a-dismissed-engineer"),
    # an unnamed staff member in an argument is that employer's, not the employer, whoever acts on them
    case("South Korean prosecutors said they indicted a former Kestrel Electronics executive on Monday.",
         [("South Korean prosecutors", "SUED", "Kestrel Electronics executive")],
         [("South Korean prosecutors", "SUED", "Kestrel Electronics")], id="indicted-a-former-firm-executive"),
    case("Dana Whitt apologized to Orbit Foods employees in a statement on Monday.",
         [("Dana Whitt", "APOLOGIZED_TO", "Orbit Foods employee")], id="apologized-to-a-firms-employees"),
    # authorities named by their countries: each country its own
    case("Kestrel Mining agreed to pay $632 million in penalties to US, Brazilian and Swiss authorities.",
         [("US authorities", "PENALIZED", "Kestrel Mining"), ("Brazilian authorities", "PENALIZED", "Kestrel Mining"),
          ("Swiss authorities", "PENALIZED", "Kestrel Mining")], id="coordinated-countries-authorities"),
    # members or investors of no named body: the body the document is about
    case("The Blue Route Alliance was launched in May. The current members include Kestrel Freight, Orbit Shipping "
         "Ltd and Varnox Ports.", [("Kestrel Freight", "MEMBER_OF", "Blue Route Alliance"),
                                   ("Varnox Ports", "MEMBER_OF", "Blue Route Alliance")],
         id="the-current-members-include"),
    case("Lumen Pay raised $250 million in a round led by Orbit Capital. Other investors include Alta Park Capital and "
         "Whale Rock Partners.", [("Alta Park Capital", "INVESTED_IN", "Lumen Pay"),
                                  ("Whale Rock Partners", "INVESTED_IN", "Lumen Pay")], id="other-investors-include"),
    # a quoted name before a word for a body names it; that body has members
    case("The “Varnox-Q” initiative aims to share supply data. Kestrel Freight and Orbit Shipping Ltd are members of "
         "Varnox-Q.", [("Kestrel Freight", "MEMBER_OF", "Varnox-Q")], id="a-quoted-initiative"),
    # two firm names joined by "and", the second its own name, are two firms
    case("Kestrel Chemicals is jointly owned by Varnox Construction and Quillet Oil.",
         [("Varnox Construction", "ACQUIRED", "Kestrel Chemicals"), ("Quillet Oil", "ACQUIRED", "Kestrel Chemicals")],
         id="two-owners-joined-by-and"),
    # a judge's own title before the name, the court named before it
    case("Harbour Federal Court Justice Dana Whitt said on Monday the penalty must be higher.",
         [("Dana Whitt", "WORKS_FOR", "Harbour Federal Court")], id="court-justice-title"),
    # bringing someone before a court, by its name too
    case("Whitt dragged Kestrel Holdings to the tribunal in 2017.", [("Whitt", "SUED", "Kestrel Holdings")],
         id="dragged-to-the-tribunal"),
    case("The Harbour Company Law Tribunal (HCLT) sits in Velden. Orbit Freight took Kestrel Holdings to the HCLT.",
         [("Orbit Freight", "SUED", "Kestrel Holdings")], id="took-to-a-named-tribunal"),
]


@pytest.mark.parametrize(("text", "present", "absent", "no_types"), RELATIONS)
def test_relations(extractor: Extractor, text: str, present: set[Triple], absent: set[Triple],
                   no_types: set[str]) -> None:
    found = triples(extractor, text)
    assert present <= found
    assert not found & absent
    assert not {t for t in found if t[1] in no_types}


ENTITIES = [
    # only people are hired, appointed or ousted as a chief executive, whatever the model's tag
    pytest.param("Helix Cloud Ltd hired Nadia Perez as chief technology officer.", {"Nadia Perez": "Person"},
                 id="hired-as"),
    pytest.param("Nadia Perez has been appointed chief technology officer of Helix Cloud Ltd.",
                 {"Nadia Perez": "Person"}, id="appointed"),
    pytest.param("Helix Cloud appointed Nadia Perez as its new chief technology officer.",
                 {"Helix Cloud": "Organization", "Nadia Perez": "Person"}, id="the-appointer-holds-no-post"),
    pytest.param("Marcus Hale joined Wexford Capital in 2010. He was fired in 2019.", {"Marcus Hale": "Person"},
                 id="he-makes-the-subject-a-person"),
    pytest.param("Chang joined Orbit Phones in January. He was formerly a senior executive of Kite Electronics.",
                 {"Chang": "Person"}, id="he-makes-a-one-word-subject-a-person"),
    pytest.param("Sara Lind joins Orbit Phones as chief operating officer.", {"Orbit Phones": "Organization"},
                 id="plural-noun-ends-a-firm"),
    pytest.param("The U.S. Attorney's Office announced that Dana Whitt was fined $2 million.",
                 {"U.S. Attorney's Office": "Organization", "Attorney's Office": None}, id="country-prefix-kept"),
    pytest.param("Japan's Fair Trade Commission fined Orbit Freight on Tuesday.",
                 {"Fair Trade Commission": "Organization", "Japan's Fair Trade Commission": None},
                 id="a-place-possessive-left-out"),
    pytest.param("Tessaro assembles tablets for Quillomart (QLMT) and phones for Veltrix (VLX).",
                 {"Quillomart": "Organization", "Veltrix": "Organization", "QLMT": None, "VLX": None},
                 id="a-bare-ticker-names-a-listed-firm"),
    pytest.param("The round was backed by the Norwegian sovereign fund Statsfond and consumer group Altroconsumo.",
                 {"Statsfond": "Organization", "Altroconsumo": "Organization"}, id="described-names"),
    # a common first name then a surname is a person, whatever the model's tag; firms named after two first
    # names, firms with a trade word, and places stay what they are
    pytest.param("Nadia Perez co-founded Helix Cloud in 2015.", {"Nadia Perez": "Person"}, id="first-name"),
    pytest.param("Keiko Sato, an analyst with Orion Research, said the fine was modest.",
                 {"Keiko Sato": "Person", "Orion Research": "Organization"}, id="first-name-then-trade-word"),
    pytest.param("Regulators in Hong Kong fined Morgan Stanley for trading lapses.",
                 {"Morgan Stanley": "Organization", "Hong Kong": None}, id="two-first-names-and-a-place"),
    # a name listed among firms only is a firm, whatever the model's tag; a list with a person in it says nothing
    pytest.param("Investors include Alta Park Capital, Tiger Peak and Glynn Capital.",
                 {"Tiger Peak": "Organization"}, id="listed-with-firms-only"),
    pytest.param("Prosecutors charged Dana Whitt, Varnox International and Quillet Limited.",
                 {"Dana Whitt": "Person"}, id="a-person-listed-with-firms"),
    # an initial written without a full stop is part of the name (but "A" and "I" are words)
    pytest.param("The Harbor Data Alliance has more than 40 members including Orbis Labs, Kestrel Systems and Lumen "
                 "Robotics.", {"Orbis Labs": "Organization", "Kestrel Systems": "Organization"},
                 id="names-listed-with-a-comma-are-two"),
    pytest.param("I thank Chair Tan Wei and the whole team.", {"Tan Wei": "Person"}, id="title-out-of-a-person-name"),
    pytest.param('"We look forward to it," Orbis Rail Chairman and Chief Executive Officer (CEO) K Martin Vale said.',
                 {"K Martin Vale": "Person"}, id="initial-without-a-stop"),
    pytest.param("The board thanked Orbis Rail president R Tomas Berg for his service.",
                 {"R Tomas Berg": "Person"}, id="initial-after-a-title"),
]


@pytest.mark.parametrize(("text", "types"), ENTITIES)
def test_entity_types(extractor: Extractor, text: str, types: dict[str, str]) -> None:
    found = {e.name: e.type for e in extractor.extract(read_text(text)).entities}
    assert {name: found.get(name) for name in types} == types


@pytest.mark.parametrize(("text", "names"), [
    pytest.param("Kite Electronics has sued Orbit Phones in a California federal court.\nPhoto: Reuters/File\n"
                 "Copyright 2024 Tech Daily News. All rights reserved.\n", {"Kite Electronics", "Orbit Phones"},
                 id="chrome-lines"),
    pytest.param("We use cookies to improve your visit to Kestrel Daily.\nThe Harbour Data Authority fined Orbit Mail "
                 "€3 million for cookies set without consent and for a newsletter sent without it.",
                 {"Harbour Data Authority", "Orbit Mail"}, id="a-chrome-word-in-a-news-sentence"),
    pytest.param("The Federal Trade Commission opened an inquiry into AI investments by Orbit Phones at 9:55 GMT.",
                 {"Federal Trade Commission", "Orbit Phones"}, id="term-acronyms"),
    pytest.param("HSC Charges Orbis Telecom and Senior Executive Dana Whitt with Violating Consent Order\n"
                 "Today, the Harbour Securities Commission (HSC) is filing a lawsuit against Orbis Telecom and its "
                 "executive Dana Whitt.\n", {"Harbour Securities Commission", "Orbis Telecom", "Dana Whitt"},
                 id="first-name-cut-from-a-full-name"),
    pytest.param("Boston-based Corvane (NYSE: CRV) is one of the largest insurers in the region. Corvane (Nasdaq: "
                 "CRVN) was fined.", {"Corvane"}, id="ticker-is-the-listed-firm"),
    pytest.param("Orbit Motors has a long-standing supply agreement with Japan’s Kestrel Cells Corp.",
                 {"Orbit Motors", "Kestrel Cells Corp."}, id="country-possessive-is-no-part-of-the-name"),
    pytest.param("Kestrel plc (LON: KSTL) won a contract with the Defense Logistics Agency.",
                 {"Kestrel plc", "Defense Logistics Agency"}, id="london-ticker"),
    pytest.param("Nadia Perez, KVRA's General Superintendent since 2017, added to the team.", {"Nadia Perez", "KVRA"},
                 id="a-capitalised-post-is-no-name"),
    pytest.param("The Harbour Cartel Office said on Wednesday it has fined Orbit Parts GmbH.",
                 {"Harbour Cartel Office", "Orbit Parts GmbH"}, id="a-legal-form-the-model-left-out"),
    pytest.param("The Tribunal, presided over by Hon. Thomas Okosun, upheld the penalty.",
                 {"Tribunal", "Thomas Okosun"}, id="an-honorific-is-no-name"),
    pytest.param("Orbis Telecom and Kestrel Networks Announce Partnership\n\nOrbis Telecom and Kestrel Networks "
                 "announced a partnership on Tuesday. Kestrel Networks will supply equipment to Orbis Telecom.",
                 {"Orbis Telecom", "Kestrel Networks"}, id="a-headline-with-no-minor-word"),
    pytest.param("Kestrel Motors has Joint Ventures with Orbit Motors.", {"Kestrel Motors", "Orbit Motors"},
                 id="a-relation-noun-in-capitals"),
    pytest.param("Kestrel Cells (300750.SZ) said it signed an agreement with Orbit Motors (ORBM.O).",
                 {"Kestrel Cells", "Orbit Motors"}, id="wire-ticker-is-the-listed-firm"),
    pytest.param("Orbit Motors joined the “Varnox-Q” initiative. Its chief called it a “Trojan Horse” network.",
                 {"Orbit Motors", "Varnox-Q"}, id="a-quoted-name-of-a-body-not-a-figure-of-speech"),
])
def test_only_actors_are_entities(extractor: Extractor, text: str, names: set[str]) -> None:
    assert {e.name for e in extractor.extract(read_text(text)).entities} == names


def test_a_surname_alone_and_she_continue_the_person(extractor: Extractor) -> None:
    """A person named in full is named by surname afterwards; "she" as a subject continues the subject before."""
    text = ("Brightwater Bank has appointed Helen Okafor as its new chief executive.\n\n"
            "Okafor, 54, replaces Tom Baxter, who stepped down in May.\n\n"
            "She previously worked at Goldman Sachs.")
    okafor = next(e for e in extractor.extract(read_text(text)).entities if e.name == "Helen Okafor")
    assert len(okafor.mentions) == 3
    found = triples(extractor, text)
    assert ("Helen Okafor", "WORKS_FOR", "Goldman Sachs") in found
    assert ("Tom Baxter", "WORKS_FOR", "Goldman Sachs") not in found


def test_a_watchdog_is_the_authority_the_text_is_about(extractor: Extractor) -> None:
    """"The competition watchdog imposed ..., according to the ministry": of the authorities named, the one named
    most, not the ministry that reports it."""
    text = ("The Harbour Competition Commission (HCC) fined Kestrel Cells and Orbis Batteries, the Trade Ministry "
            "said Thursday. The rules allow a full reduction. The competition watchdog imposed a penalty of 85 "
            "million euros on Orbis Batteries, according to the ministry.")
    found = triples(extractor, text)
    assert ("Harbour Competition Commission", "PENALIZED", "Orbis Batteries") in found
    assert ("Trade Ministry", "PENALIZED", "Orbis Batteries") not in found


@pytest.mark.parametrize(("text", "unit"), [
    ("Today, the Harbour Trade Commission is filing a lawsuit against Kestrel Analytics. Through its subsidiary, "
     "Kestrel Analytics Interactive, the company also sells policies.", "Kestrel Analytics Interactive"),
    ("Today, the Harbour Trade Commission sued Kestrel Analytics. Kestrel Analytics Direct, a unit of the company, "
     "sells phones.", "Kestrel Analytics Direct"),
])
def test_a_subsidiary_is_not_its_parent(extractor: Extractor, text: str, unit: str) -> None:
    """A firm named before a subsidiary whose name begins with the firm's is not a short form of it."""
    found = triples(extractor, text)
    assert ("Harbour Trade Commission", "SUED", "Kestrel Analytics") in found
    assert ("Harbour Trade Commission", "SUED", unit) not in found


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


def test_a_title_after_and_is_the_title_alone(extractor: Extractor) -> None:
    """"sued Acme and executive Jane Roe": Jane Roe works for Acme as "executive", not as "and executive"."""
    x = extractor.extract(read_text("The Harbour Trade Commission sued Kestrel Analytics and executive John Dane."))
    names = {e.id: e.name for e in x.entities}
    roles = [r.properties.get("role") for r in x.relations
             if r.type == "WORKS_FOR" and (names[r.head], names[r.tail]) == ("John Dane", "Kestrel Analytics")]
    assert roles == ["executive"]


@pytest.mark.parametrize(("text", "found"), [
    ("Kestrel Mobile says it has notified its customers. Kestrel Mobile says it is sorry for the breach. CEO Mike "
     "Sorensen said in a statement that the company spends a lot on security. Kestrel Mobile shares fell.",
     {("Mike Sorensen", "WORKS_FOR", "Kestrel Mobile")}),
    # a regulator's text quotes the officers of firms it names: whose post it is, is not said
    ("The Harbour Trade Commission fined Kestrel Mobile. Kestrel Mobile must pay $2 million. Kestrel Mobile will "
     "appeal, chief executive Mike Sorensen said.", set()),
    # no firm stands out
    ("Kestrel Mobile and Orbit Phones compete. Kestrel Mobile and Orbit Phones both grew. Kestrel Mobile and Orbit "
     "Phones agreed. CEO Mike Sorensen said so.", set()),
])
def test_a_firms_post_named_without_the_firm_is_at_the_firm_the_text_is_about(
        extractor: Extractor, text: str, found: set[Triple]) -> None:
    """"CEO Mike Sorensen said": at the one firm the text is about, if one stands out and no authority speaks."""
    assert {t for t in triples(extractor, text) if t[0] == "Mike Sorensen" and t[1] == "WORKS_FOR"} == found


def test_an_unnamed_actor_the_text_names_later_is_that_person(extractor: Extractor) -> None:
    """"is suing a former employee ... The employee, Simon Lancaster, ...": one person, not an "Acme employee" node."""
    text = ("Kestrel Phones is suing a former employee for allegedly divulging its trade secrets to a reporter. The "
            "employee, Simon Lancaster, who worked as a product designer at the company, was accused of leaking.")
    x = extractor.extract(read_text(text))
    assert "Kestrel Phones employee" not in {e.name for e in x.entities}
    found = triples(extractor, text)
    assert {("Kestrel Phones", "SUED", "Simon Lancaster"), ("Simon Lancaster", "WORKS_FOR", "Kestrel Phones")} <= found
