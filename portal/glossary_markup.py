"""Explain glossary abbreviations where they appear in rendered pages.

The first time an abbreviation such as "RvdK" appears in the main content of a page it is wrapped
in ``<abbr title="Raad voor de Kinderbescherming">RvdK</abbr>``, so a new employee can hover it
instead of looking it up. This happens at render time only: stored content is never changed, and
an editor who renames a term sees every page follow.

The rendered HTML is scanned with a small tokenizer instead of being parsed into a tree and
serialised again: a tree round-trip would rewrite ``<br>`` as ``<br/>``, re-quote attributes and
re-escape entities across the whole page. Here only the text where an ``<abbr>`` is inserted
changes; every other byte of the page comes out as it went in.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import GlossaryEntry

GLOSSARY_CACHE_KEY = "portal:glossary:terms:v1"
# The receivers below invalidate on every change; the timeout only bounds the damage of a change
# that bypasses signals (a queryset ``update()`` or a manual SQL fix).
GLOSSARY_CACHE_TIMEOUT = 60 * 60 * 24

# Text inside these elements is never explained: a link or button label would change meaning or
# layout, a heading is read as a title, code must stay literal, and an <abbr>/<dfn> already explains
# itself. An occurrence skipped here does not count as "the first one".
SKIPPED_ELEMENTS = frozenset(
    {
        "a",
        "abbr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "code",
        "pre",
        "script",
        "style",
        "button",
        "label",
        "option",
        "textarea",
        "title",
        "dfn",
    }
)
# Their content is raw text in HTML: a "<" inside does not open a tag.
RAW_TEXT_ELEMENTS = frozenset({"script", "style", "textarea", "title"})
VOID_ELEMENTS = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    }
)

_TOKEN = re.compile(
    r"""
    (?P<comment><!--.*?(?:-->|\Z))
  | (?P<declaration><![^>]*(?:>|\Z))
  | (?P<pi><\?[^>]*(?:>|\Z))
  | (?P<endtag></(?P<endname>[A-Za-z][^\s/>]*)[^>]*(?:>|\Z))
  | (?P<starttag><(?P<startname>[A-Za-z][^\s/>]*)(?:[^>"']|"[^"]*"|'[^']*')*(?:>|\Z))
    """,
    re.VERBOSE | re.DOTALL,
)
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")


def _tokenize(markup: str) -> list[tuple[str, str, str]]:
    """Split markup into (kind, raw text, lowercased tag name) tokens; joined they give back the
    input exactly. Kinds: "text", "start", "end", "other"; raw-text element content is "raw"."""
    tokens: list[tuple[str, str, str]] = []
    position = 0
    length = len(markup)
    while position < length:
        next_lt = markup.find("<", position)
        if next_lt == -1:
            tokens.append(("text", markup[position:], ""))
            break
        match = _TOKEN.match(markup, next_lt)
        if match is None:  # a lone "<" is text
            tokens.append(("text", markup[position : next_lt + 1], ""))
            position = next_lt + 1
            continue
        if next_lt > position:
            tokens.append(("text", markup[position:next_lt], ""))
        raw = match.group(0)
        position = match.end()
        if match.group("starttag"):
            name = match.group("startname").lower()
            tokens.append(("start", raw, name))
            if name in RAW_TEXT_ELEMENTS and not raw.endswith("/>"):
                closing = re.compile(rf"</{name}(?=[\s/>])", re.IGNORECASE).search(markup, position)
                end = closing.start() if closing else length
                if end > position:
                    tokens.append(("raw", markup[position:end], name))
                position = end
        elif match.group("endtag"):
            tokens.append(("end", raw, match.group("endname").lower()))
        else:
            tokens.append(("other", raw, ""))
    return tokens


def _walk(tokens: list[tuple[str, str, str]]):
    """Yield (kind, raw, name, inside) with the names of the open elements in ``inside``."""
    open_elements: list[str] = []
    for kind, raw, name in tokens:
        if kind == "start":
            yield kind, raw, name, open_elements
            if name not in VOID_ELEMENTS and not raw.endswith("/>"):
                open_elements.append(name)
        elif kind == "end":
            if name in open_elements:
                # Close the element and anything left open inside it (an unclosed <p> or <li>).
                while open_elements.pop() != name:
                    pass
            yield kind, raw, name, open_elements
        else:
            yield kind, raw, name, open_elements


@lru_cache(maxsize=16)
def _pattern(abbreviations: tuple[str, ...]) -> re.Pattern[str]:
    # Abbreviations are matched as escaped markup ("D&amp;T") and as written, longest first so that
    # "iPGA" wins over "PGA" and "MDA++" over "MDA". The lookarounds make whole-word matches that
    # also work for abbreviations that start or end in a non-word character.
    spellings = sorted(
        {html.escape(abbreviation, quote=False) for abbreviation in abbreviations}
        | set(abbreviations),
        key=lambda spelling: (-len(spelling), spelling),
    )
    alternatives = "|".join(re.escape(spelling) for spelling in spellings)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def abbreviate_html(markup: str, terms: dict[str, str]) -> str:
    """Wrap the first eligible occurrence of each abbreviation in ``terms`` (abbreviation ->
    full term) in an ``<abbr>`` whose title is the full term. Matching is whole-word and
    case-sensitive, in text only, outside the ``SKIPPED_ELEMENTS``. An abbreviation that the
    markup already explains with an ``<abbr>`` of its own is left alone."""
    terms = {abbreviation: term for abbreviation, term in terms.items() if abbreviation and term}
    if not terms or not markup:
        return markup
    tokens = _tokenize(markup)

    pending = set(terms)
    abbr_text: list[str] | None = None
    for kind, raw, name, _inside in _walk(tokens):
        if kind == "start" and name == "abbr":
            abbr_text = []
        elif kind == "end" and name == "abbr" and abbr_text is not None:
            pending.discard(html.unescape("".join(abbr_text)).strip())
            abbr_text = None
        elif kind == "text" and abbr_text is not None:
            abbr_text.append(raw)
    if not pending:
        return markup

    pattern = _pattern(tuple(sorted(pending)))
    output: list[str] = []
    for kind, raw, _name, inside in _walk(tokens):
        if kind != "text" or not pending or SKIPPED_ELEMENTS.intersection(inside):
            output.append(raw)
            continue
        output.append(_abbreviate_text(raw, terms, pending, pattern))
    return "".join(output)


def _abbreviate_text(
    text: str, terms: dict[str, str], pending: set[str], pattern: re.Pattern[str]
) -> str:
    entities = [match.span() for match in _ENTITY.finditer(text)] if "&" in text else []
    pieces: list[str] = []
    position = 0
    for match in pattern.finditer(text):
        abbreviation = html.unescape(match.group(0))
        if abbreviation not in pending:
            continue
        start, end = match.span()
        # A match may contain a whole entity ("D&amp;T") but never cut one ("&nbsp;" for "nbsp").
        if any(
            e_start < end and start < e_end and not (start <= e_start and e_end <= end)
            for e_start, e_end in entities
        ):
            continue
        pending.discard(abbreviation)
        title = html.escape(terms[abbreviation], quote=True)
        pieces.append(text[position:start])
        pieces.append(f'<abbr title="{title}">{match.group(0)}</abbr>')
        position = end
    if not pieces:
        return text
    pieces.append(text[position:])
    return "".join(pieces)


def glossary_terms() -> dict[str, str]:
    """Abbreviation -> full term for every glossary entry. Cached: one query on a cold cache,
    none after; invalidated whenever an entry is saved or deleted."""
    terms = cache.get(GLOSSARY_CACHE_KEY)
    if terms is None:
        terms = dict(GlossaryEntry.objects.order_by().values_list("abbreviation", "full_term"))
        cache.set(GLOSSARY_CACHE_KEY, terms, GLOSSARY_CACHE_TIMEOUT)
    return terms


def glossary_terms_invalidate() -> None:
    cache.delete(GLOSSARY_CACHE_KEY)


@receiver(post_save, sender=GlossaryEntry, dispatch_uid="portal.glossary_terms_saved")
@receiver(post_delete, sender=GlossaryEntry, dispatch_uid="portal.glossary_terms_deleted")
def glossary_entry_changed(sender, **kwargs) -> None:
    from django.db import transaction

    glossary_terms_invalidate()
    # A page rendered by another request before this transaction commits would cache the old
    # terms again; clearing once more after the commit closes that window.
    transaction.on_commit(glossary_terms_invalidate)
