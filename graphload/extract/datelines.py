"""Datelines: the place, date and wire service that open a news report or press release ("BERLIN, June 24
(Reuters) -", "Tokyo, Dec. 22 (Jiji Press)--", "CAMBRIDGE, Mass.--(BUSINESS WIRE)--", "NEW YORK, March 3, 2021
/PRNewswire/ --"). They name no actor, and the report's first sentence starts after them."""

from __future__ import annotations

import re

_NOT_CITY = r"(?!(?:On|In|At|The|By|For|From|As|After|Before|Since|Until)\b)"  # "On Monday, June 3 -"
_CITY = _NOT_CITY + r"[A-Z][A-Za-z.'’-]*(?:[ /][A-Z][A-Za-z.'’-]*){0,3}"  # "HONG KONG/SEOUL"
_STATE = r"(?:,[ ]*[A-Z][A-Za-z.]{1,12}(?:[ ][A-Z][A-Za-z.]+)?)?"
_DATE = r",?[ ]*[A-Z][a-z]{2,8}\.?[ ]+\d{1,2}(?:,[ ]*\d{4})?"
_WIRE = r"(?:\([A-Za-z .&-]{2,40}\)|/[A-Za-z .&-]{2,40}/)"
_DASH = r"[ ]*(?:--|[–—-])"
DATELINE_RE = re.compile(
    r"^[ \t]*(?:"
    # "DENVER –", "CAMBRIDGE, Mass.--(BUSINESS WIRE)--"
    rf"[A-Z][A-Z .'’/-]+(?:,\s*[A-Z][A-Za-z.]{{1,12}})?\s*[–—-](?:-?[ ]*{_WIRE}{_DASH})?"
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2},\s*[A-Z][A-Za-z.]{1,12}\s+[–—-]\s"  # "Buffalo, NY – "
    rf"|{_CITY}{_STATE}{_DATE}[ ]*{_WIRE}?{_DASH}"  # "Tokyo, Dec. 22 (Jiji Press)--"
    rf"|(?:[A-Z][A-Z .'’/-]+|{_CITY}(?=[ ]*\([A-Z][a-z]))[ ]*{_WIRE}{_DASH}"  # "BERLIN (AP) -", "Tokyo (Reuters) -"
    r")", re.M)


def datelines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each dateline at the start of a line."""
    return [m.span() for m in DATELINE_RE.finditer(text)]
