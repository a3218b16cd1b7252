"""What a page says: every text an editor wrote on it, with where it is, and the scan of a page
per field and across fields (a BSN split over two blocks, "Het BSN is 1234" / "56782", is still
one BSN to a reader)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from bs4 import BeautifulSoup
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import RichText

from .detectors import scan_spans, scan_text
from .findings import Finding
from .normalise import normalise

ALT_TEXT = _("alternative text")
IMAGE_TITLE = _("image title")
DOCUMENT_TITLE = _("document title")
TABLE_CELL = _("table cell")

# Technical fields of Wagtail's Page that editors never write in.
SKIPPED_FIELDS = {
    "path",
    "url_path",
    "draft_title",
    "content_type",
    "locale",
    "translation_key",
    "latest_revision_created_at",
}


def html_text(html: str) -> str:
    """The text of rich text or HTML as a reader meets it: the words, link targets and the
    alternative texts of embedded images."""
    soup = BeautifulSoup(html or "", "html.parser")
    hrefs = " ".join(link.get("href", "") for link in soup.find_all("a"))
    alts = " ".join(embed.get("alt", "") for embed in soup.find_all(["embed", "img"]))
    return " ".join(part for part in (soup.get_text(" "), hrefs, alts) if part).strip()


def linked_document_titles(html: str) -> list[str]:
    """The titles of the documents a rich text links to: the reader sees them on hover and in
    the link's target, and a title may have been edited after the page was written."""
    from wagtail.documents import get_document_model

    if "document" not in (html or ""):
        return []
    soup = BeautifulSoup(html, "html.parser")
    ids = {
        link.get("id", "")
        for link in soup.find_all("a", attrs={"linktype": "document"})
        if str(link.get("id", "")).isdigit()
    }
    if not ids:
        return []
    documents = get_document_model().objects.filter(pk__in=ids).order_by("pk")
    return list(documents.values_list("title", flat=True))


def rich_text_texts(html: str, where: str) -> Iterator[tuple[str, str]]:
    yield where, html_text(html)
    for title in linked_document_titles(html):
        yield f"{where} › {DOCUMENT_TITLE}", title


def _field_label(field) -> str:
    return str(getattr(field, "verbose_name", field.name)).capitalize()


def _block_label(block) -> str:
    return str(block.label or block.name or "").capitalize()


def block_texts(block, value, where: str) -> Iterator[tuple[str, str]]:
    """(where, text) for every text inside a StreamField value, however deeply nested."""
    from wagtail.documents.models import AbstractDocument
    from wagtail.images.models import AbstractImage

    if value is None:
        return
    if isinstance(block, blocks.StreamBlock) or isinstance(value, blocks.StreamValue):
        for child in value:
            yield from block_texts(
                child.block, child.value, f"{where} › {_block_label(child.block)}"
            )
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            yield from block_texts(block.child_block, item, where)
    elif isinstance(value, AbstractImage):
        # ImageBlock (a StructBlock) puts its alt text on the image it returns.
        yield f"{where} › {IMAGE_TITLE}", value.title
        alt_text = getattr(value, "contextual_alt_text", None)
        yield f"{where} › {ALT_TEXT}", alt_text or value.default_alt_text
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            yield from block_texts(
                child_block, value.get(name), f"{where} › {_block_label(child_block)}"
            )
    elif isinstance(value, RichText):
        yield from rich_text_texts(value.source, where)
    elif isinstance(value, AbstractDocument):
        yield f"{where} › {DOCUMENT_TITLE}", value.title
    elif _is_table(value):
        for row in _table_rows(value):
            for cell in row:
                yield f"{where} › {TABLE_CELL}", html_text(str(cell or ""))
    elif isinstance(value, str):
        yield where, html_text(value) if "<" in value else value
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, str):
                yield f"{where} › {key}", item


def _is_table(value) -> bool:
    return (isinstance(value, dict) and "data" in value) or hasattr(value, "rows")


def _table_rows(value):
    if isinstance(value, dict):
        rows = list(value.get("data") or [])
        return rows + [[value.get("table_caption", "")]]
    return [[str(cell) for cell in row] for row in value.rows] + [[getattr(value, "caption", "")]]


def model_texts(instance, prefix: str = "") -> Iterator[tuple[str, str]]:
    for field in instance._meta.get_fields():
        if not getattr(field, "concrete", False) or field.name in SKIPPED_FIELDS:
            continue
        label = f"{prefix}{_field_label(field)}"
        if isinstance(field, StreamField):
            value = getattr(instance, field.name)
            yield from block_texts(field.stream_block, value, label)
        elif isinstance(field, RichTextField):
            yield from rich_text_texts(getattr(instance, field.attname) or "", label)
        elif isinstance(field, models.CharField | models.TextField) and not field.choices:
            value = getattr(instance, field.attname) or ""
            yield label, html_text(value) if "<" in value else value


def page_texts(page) -> Iterator[tuple[str, str]]:
    """(field, text) for everything an editor wrote on a page: its fields, StreamFields with
    nested blocks, tables, documents' titles (also of documents linked from rich text) and
    images' alt texts, tags and inline children (agenda items, speakers)."""
    yield from model_texts(page)
    tags = getattr(page, "tags", None)
    if tags is not None:
        for tag in tags.all():
            yield gettext("Tags"), tag.name
    for relation in getattr(page._meta, "child_relations", []):
        manager = getattr(page, relation.get_accessor_name(), None)
        if manager is None:
            continue
        label = str(relation.related_model._meta.verbose_name).capitalize()
        for child in manager.all():
            yield from model_texts(child, prefix=f"{label} › ")


def scan_texts(texts: list[tuple[str, str]]) -> list[Finding]:
    """Findings in each (field, text), then in all texts read as one sequence: what only shows
    when two neighbouring fields are read together is reported for both ("A + B")."""
    findings = []
    for field, text in texts:
        for kind, fragment, certain in scan_text(text):
            findings.append(Finding(field=field, kind=kind, fragment=fragment, certain=certain))
    texts = [(field, text) for field, text in texts if text and text.strip()]
    if len(texts) < 2:
        return findings
    starts, position = [], 0
    for _field, text in texts:
        starts.append(position)
        position += len(text) + 1
    joined = normalise(" ".join(text for _field, text in texts))

    for span in scan_spans(joined.text):
        start, end = joined.original_span(span.start, span.end)
        first, last = bisect_right(starts, start) - 1, bisect_right(starts, end - 1) - 1
        if first != last:
            fields = " + ".join(dict.fromkeys(field for field, _text in texts[first : last + 1]))
            findings.append(
                Finding(
                    field=fields,
                    kind=span.kind,
                    fragment=joined.original[start:end].strip(),
                    certain=span.certain,
                )
            )
    return findings


def scan_page(page) -> list[Finding]:
    return scan_texts(list(page_texts(page)))
