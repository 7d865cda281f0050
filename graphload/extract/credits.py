"""Credit lines that close a wire report: "(Reporting by Jane Doe in Oslo and John Roe; Editing by Ann Lee)".
The people they name work for the wire service the report's dateline names ("OSLO, May 2 (Reuters) -")."""

from __future__ import annotations

import re

from .datelines import DATELINE_RE

CREDIT_RE = re.compile(r"\(\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|research)\s+by\b[^()]{3,300}\)",
                       re.I)
WIRE_RE = re.compile(r"\(([A-Za-z .&-]{2,40})\)|/([A-Za-z .&-]{2,40})/")


def wire_service(text: str) -> str | None:
    """The wire service named in the report's first dateline: "Reuters" of "SEOUL, July 7 (Reuters) -"."""
    dateline = DATELINE_RE.search(text)
    wire = WIRE_RE.search(dateline.group(0)) if dateline else None
    return (wire.group(1) or wire.group(2)).strip() if wire else None


def credit_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each credit line in brackets."""
    return [m.span() for m in CREDIT_RE.finditer(text)]
