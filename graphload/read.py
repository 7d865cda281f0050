"""Turn files on disk into Documents: article text only, page chrome marked as boilerplate."""

from __future__ import annotations

import glob
import html
import os
import re
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path

from .model import Document

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


class ReadError(Exception):
    """A file that cannot become a document; the message names the file and the reason."""

    @property
    def path(self) -> str:
        """The file named at the start of the message ("docs/a.txt: empty document")."""
        return str(self).split(": ", 1)[0]


def expand_paths(paths: Iterable[str]) -> tuple[list[Path], list[str]]:
    """Files, folders (recursively) and globs -> readable candidate files, plus problems found."""
    files: list[Path] = []
    problems: list[str] = []
    for raw in paths:
        # a real file named "report[1].txt" is that file; only a path that does not exist is a pattern
        exists = Path(raw).exists()
        matches = sorted(glob.glob(raw, recursive=True)) if glob.has_magic(raw) and not exists else [raw]
        if not matches:
            problems.append(f"{raw}: no such file or directory")
        for match in matches:
            p = Path(match)
            if p.is_dir():
                files.extend(
                    sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
                )
            elif p.is_file():
                files.append(p)
            else:
                problems.append(f"{p}: no such file or directory")
    seen: set[Path] = set()
    unique = [f for f in files if not (f.resolve() in seen or seen.add(f.resolve()))]
    return unique, problems


def decode(data: bytes, name: str) -> str:
    """UTF-8 first, then the encodings news sites in our users' languages still use."""
    if b"\x00" in data[:4096] or data[:8].startswith((b"\x89PNG", b"%PDF", b"PK\x03\x04", b"\xff\xd8")):
        raise ReadError(f"{name}: binary file, not text")
    for enc in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc == "gb18030" and not re.search(r"[\u4e00-\u9fff]", text):
            continue  # gb18030 decodes almost anything; accept it only when it yields Chinese
        return text
    return data.decode("cp1252", errors="replace")


class _ArticleParser(HTMLParser):
    """Collects visible text, skipping scripts, styles and navigation chrome."""

    SKIP = {"script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form", "head"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote",
             "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self._skip += 1
        if tag == "title":
            self._in_title = True
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self._skip:
            self._skip -= 1
        if tag == "title":
            self._in_title = False
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> tuple[str, str]:
    parser = _ArticleParser()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines()]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return html.unescape(parser.title).strip(), text


def markdown_to_text(markup: str) -> str:
    """Drop link targets and emphasis marks but keep offsets meaningful line by line."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", markup)
    text = re.sub(r"^#{1,6}\s*", "", text, flags=re.M)
    return re.sub(r"(\*\*|__|`)", "", text)


# Lines that are page furniture wherever they occur; everything after a run of teasers is too.
_CHROME = re.compile(
    r"^(read more|share( this article)?:?|connect with us|skip to main content|published|on|info|"
    r"related( articles| stories)?|advertisement|subscribe.*|sign up.*|home\b.*)$",
    re.I,
)


def find_boilerplate(text: str) -> list[tuple[int, int]]:
    """Character spans of page chrome: menu lines, and teaser blocks ending in "Read More"."""
    spans: list[tuple[int, int]] = []
    offset = 0
    lines = text.splitlines(keepends=True)
    starts = []
    for line in lines:
        starts.append(offset)
        offset += len(line)
    read_more = [i for i, line in enumerate(lines) if line.strip().lower() == "read more"]
    if read_more:
        # the teaser block begins at the paragraph break before the first "Read More"
        first = read_more[0]
        while first > 0 and lines[first - 1].strip():
            first -= 1
        spans.append((starts[first], len(text)))
    for i, line in enumerate(lines):
        if _CHROME.match(line.strip()) or _is_crumb_trail(line):
            spans.append((starts[i], starts[i] + len(line)))
    return spans


def _is_crumb_trail(line: str) -> bool:
    """"Home | News | Publication": a short line of items separated by bars is navigation, not prose."""
    parts = [p.strip() for p in re.split(r"\s[|›»]\s", line.strip())]
    return len(parts) > 1 and all(p and len(p.split()) <= 4 for p in parts)


def read_text(text: str, path: str = "<text>", title: str | None = None) -> Document:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ReadError(f"{path}: empty document")
    if title is None:
        title = next((line.strip() for line in text.splitlines() if line.strip()), "")[:200]
    return Document(path=path, title=title, text=text, boilerplate=find_boilerplate(text))


def read_file(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one file into a Document, or raise ReadError naming the file and the reason."""
    p = Path(path)
    name = str(p)
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise ReadError(
                f"{name}: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit "
                "(raise it with --max-size)"
            )
        data = p.read_bytes()
    except PermissionError:
        raise ReadError(f"{name}: permission denied") from None
    except FileNotFoundError:
        raise ReadError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise ReadError(f"{name}: is a directory") from None
    raw = decode(data, name)
    suffix = p.suffix.lower()
    if suffix in (".html", ".htm") or (suffix not in (".txt", ".md") and "<html" in raw[:2000].lower()):
        title, text = html_to_text(raw)
        return read_text(text, name, title or None)
    if suffix in (".md", ".markdown"):
        return read_text(markdown_to_text(raw), name)
    return read_text(raw, name)


def read_paths(
    paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document | ReadError]:
    """Yield a Document or a ReadError per input, so one bad file never stops a batch."""
    files, problems = expand_paths(paths)
    for problem in problems:
        yield ReadError(problem)
    for f in files:
        try:
            yield read_file(f, max_bytes)
        except ReadError as exc:
            yield exc
