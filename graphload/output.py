"""Rows -> text for people (aligned table) and for other tools (JSON, CSV)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

FORMATS = ("table", "json", "csv")
MAX_CELL = 60  # a table cell longer than this is cut; JSON and CSV keep everything


def _short(value: Any) -> Any:
    """Document ids cut to 16 characters for people (still unique enough for `graphload forget`)."""
    if isinstance(value, str) and value.startswith("sha256:"):
        return value[:16]
    if isinstance(value, list):
        return [_short(v) for v in value]
    return value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (list, tuple, dict)):
        value = json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def table(rows: Sequence[dict[str, Any]]) -> str:
    """Columns padded to their widest cell; long cells (evidence lists) are cut with an ellipsis."""
    if not rows:
        return "(no rows)"
    columns = list(rows[0])
    cells = [[_cell(_short(r.get(c))).replace("\n", " ") for c in columns] for r in rows]
    cells = [[c if len(c) <= MAX_CELL else c[: MAX_CELL - 1] + "…" for c in row] for row in cells]
    widths = [max(len(str(col)), *(len(row[i]) for row in cells)) for i, col in enumerate(columns)]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    return "\n".join(lines)


def to_json(rows: Sequence[dict[str, Any]]) -> str:
    return json.dumps(list(rows), ensure_ascii=False, indent=2, default=str)


def to_csv(rows: Sequence[dict[str, Any]]) -> str:
    """RFC 4180 CSV with a header; lists and maps are JSON inside their cell."""
    if not rows:
        return ""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(list(rows[0]))
    writer.writerows([_spreadsheet_safe(v) for v in r.values()] for r in rows)
    return buf.getvalue().removesuffix("\n")  # the caller ends the last line


def _spreadsheet_safe(value: Any) -> str:
    """Text from documents that starts like a formula (= + - @) gets a leading apostrophe, so a
    spreadsheet shows it instead of running it; numbers stay numbers."""
    cell = _cell(value)
    return "'" + cell if isinstance(value, str) and cell[:1] in ("=", "+", "-", "@") else cell


def format_rows(rows: Sequence[dict[str, Any]], fmt: str) -> str:
    return {"table": table, "json": to_json, "csv": to_csv}[fmt](rows)
