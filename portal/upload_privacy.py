"""The privacy guard over uploads: what readers see of a document or an image besides the page
it is on. Titles, file names (shown as the download's name) and tags (one vocabulary shared by
every content type: a tag becomes a public theme page, `/themas/<tag>/`) are scanned when the
admin form saves them; so is the text inside an uploaded PDF, Word or Excel file or plain text
(txt, csv), read up to a cap
that refuses what is too long to check rather than publishing its unchecked rest. When a
document's title changes, the live pages that show it (found through Wagtail's reference index)
(and images) are scanned again with the new title, since those pages were checked with the old
one.

`upload_findings` is the one entry point (portal/uploads.py calls it from the forms); a new
check of uploads belongs in it. Detection itself is the privacy guard's (`portal.privacy`)."""

from __future__ import annotations

import logging
import os
import re
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Iterator

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from . import privacy

logger = logging.getLogger(__name__)

# Office files are zip archives of XML; unpacked beyond this, it is a zip bomb, not a text.
OFFICE_MAX_UNPACKED_BYTES = 100 * 1024 * 1024
# Lines are scanned together in pieces up to about this size: long enough to keep a number
# with the word that labels it, short enough that a finding's place stays a page or a sheet.
SCAN_PIECE_CHARS = 20_000


class UnreadableText(Exception):
    """The file's text cannot be checked: damaged, protected by a password, or too long."""


def _findings(where: str, text: str) -> list[privacy.Finding]:
    return [
        privacy.Finding(field=where, kind=kind, fragment=fragment, certain=certain)
        for kind, fragment, certain in privacy.scan_text(text)
    ]


def _details(findings: list[privacy.Finding]) -> str:
    shown = "; ".join(str(finding) for finding in findings[:5])
    if len(findings) > 5:
        shown += " " + _("(and %(count)s more)") % {"count": len(findings) - 5}
    return shown


def _refusal(findings: list[privacy.Finding]) -> str:
    return _(
        "This seems to contain personal data, which may never appear on the portal. Remove or "
        "generalise it. Found: %(details)s."
    ) % {"details": _details(findings)}


def _file_name_text(name: str) -> str:
    # Separators in file names stand for spaces: "bsn_123456782.pdf" is "bsn 123456782".
    stem = os.path.splitext(os.path.basename(name or ""))[0]
    return re.sub(r"[_+]+", " ", stem)


# Text inside files ---------------------------------------------------------------------------


def _max_pages() -> int:
    return int(getattr(settings, "UPLOAD_TEXT_SCAN_MAX_PAGES", 200))


def _max_chars() -> int:
    return int(getattr(settings, "UPLOAD_TEXT_SCAN_MAX_CHARS", 1_000_000))


def _pdf_pages(uploaded_file) -> Iterator[tuple[str, str]]:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(uploaded_file)
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableText(_("the PDF is protected with a password"))
        if len(reader.pages) > _max_pages():
            raise UnreadableText(
                _("it has more than %(pages)s pages; split it into parts") % {"pages": _max_pages()}
            )
        for number, page in enumerate(reader.pages, start=1):
            yield _("page %(number)s") % {"number": number}, page.extract_text() or ""
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as error:
        # pypdf raises more than its own errors on a damaged file.
        raise UnreadableText(_("the PDF is damaged")) from error


def _check_archive_size(uploaded_file) -> None:
    """Office files are zip archives: refuse one that unpacks to more than a text could be."""
    try:
        with zipfile.ZipFile(uploaded_file) as archive:
            unpacked = sum(part.file_size for part in archive.infolist())
    except (zipfile.BadZipFile, OSError) as error:
        raise UnreadableText(_("the file is damaged")) from error
    finally:
        uploaded_file.seek(0)
    if unpacked > OFFICE_MAX_UNPACKED_BYTES:
        raise UnreadableText(_("its text is too long to check"))


def _docx_paragraphs(uploaded_file) -> Iterator[tuple[str, str]]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    _check_archive_size(uploaded_file)
    try:
        document = docx.Document(uploaded_file)
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as error:
        raise UnreadableText(_("the Word file is damaged")) from error
    where = _("text")
    for paragraph in document.paragraphs:
        yield where, paragraph.text
    for table in document.tables:
        for row in table.rows:
            yield _("table"), " ".join(cell.text for cell in row.cells)
    for section in document.sections:
        for part in (section.header, section.footer):
            for paragraph in part.paragraphs:
                yield _("header or footer"), paragraph.text


def _xlsx_rows(uploaded_file) -> Iterator[tuple[str, str]]:
    import openpyxl

    _check_archive_size(uploaded_file)
    try:
        workbook = openpyxl.load_workbook(uploaded_file, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise UnreadableText(_("the spreadsheet is damaged")) from error
    try:
        for sheet in workbook.worksheets:
            where = _("sheet %(name)s") % {"name": sheet.title}
            for row in sheet.iter_rows(values_only=True):
                yield where, " ".join(str(value) for value in row if value is not None)
    finally:
        workbook.close()


def _plain_text(uploaded_file) -> Iterator[tuple[str, str]]:
    content = uploaded_file.read(_max_chars() * 4 + 1)
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = content.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = content.decode("latin-1")
    where = _("text")
    for line in text.splitlines():
        yield where, line


TEXT_READERS = {
    "pdf": _pdf_pages,
    "docx": _docx_paragraphs,
    "xlsx": _xlsx_rows,
    "txt": _plain_text,
    "csv": _plain_text,
}


def file_text_findings(uploaded_file) -> list[privacy.Finding]:
    """The findings in the text of a PDF, Word, Excel or plain-text file; raises UnreadableText
    when it cannot all be checked (PowerPoint and OpenDocument files are not read yet).
    Consecutive lines of one place (a page, a sheet) are scanned together, in pieces of
    SCAN_PIECE_CHARS, so that a number and the word labelling it on the line before are seen
    as one."""
    extension = os.path.splitext(uploaded_file.name or "")[1].lower().lstrip(".")
    reader = TEXT_READERS.get(extension)
    if reader is None:
        return []
    uploaded_file.seek(0)
    findings: list[privacy.Finding] = []
    read = 0
    piece: list[str] = []
    piece_where = None

    def scan_piece():
        if piece:
            label = _("File contents › %(where)s") % {"where": piece_where}
            findings.extend(_findings(label, "\n".join(piece)))
            piece.clear()

    try:
        for where, text in reader(uploaded_file):
            read += len(text)
            if read > _max_chars():
                raise UnreadableText(
                    _("its text is longer than %(chars)s characters") % {"chars": _max_chars()}
                )
            if where != piece_where or sum(map(len, piece)) > SCAN_PIECE_CHARS:
                scan_piece()
                piece_where = where
            piece.append(text)
        scan_piece()
    except UnreadableText:
        raise
    except Exception as error:  # noqa: BLE001 (the parsers raise many kinds on a hostile file)
        logger.info("Text of upload %r unreadable: %r", uploaded_file.name, error)
        raise UnreadableText(_("the file is damaged")) from error
    finally:
        uploaded_file.seek(0)
    return findings


# Pages that show a document or image -------------------------------------------------------


def live_pages_using(instance) -> list:
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page, ReferenceIndex

    page_type = ContentType.objects.get_for_model(Page)
    page_ids = (
        ReferenceIndex.get_references_to(instance)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    )
    return list(Page.objects.live().filter(pk__in=[int(pk) for pk in page_ids]).specific())


def findings_on_pages_with(instance, values: dict[str, str]) -> list[tuple[object, list]]:
    """(page, new findings) for each live page that shows the document or image, scanned as
    it would be with the new values (e.g. a title). They are written in a savepoint that is
    rolled back, so the pages load the document as they will, and nothing changes."""
    pages = live_pages_using(instance)
    if not pages:
        return []
    before = {page.pk: {(f.kind, f.fragment) for f in privacy.scan_page(page)} for page in pages}
    results = []
    with transaction.atomic():
        type(instance).objects.filter(pk=instance.pk).update(**values)
        for page in live_pages_using(instance):
            new = [
                finding
                for finding in privacy.scan_page(page)
                if (finding.kind, finding.fragment) not in before.get(page.pk, set())
            ]
            if new:
                results.append((page, new))
        transaction.set_rollback(True)
    return results


# The one entry point -------------------------------------------------------------------------

FIELD_LABELS = {"title": _lazy("Title"), "description": _lazy("Description")}


def upload_findings(
    *,
    texts: dict[str, str],
    uploaded_file=None,
    tags: Iterable[str] | None = None,
    instance=None,
    changed: Iterable[str] = (),
) -> dict[str, list[str]]:
    """Form field -> Dutch messages, for everything of an upload that readers may see.
    `texts`: the form's text fields (title, an image's description); `uploaded_file`: a new
    upload (None when the file stays); `instance`: the document or image, with `changed` the
    fields the editor changed, for the re-check of the live pages that show it."""
    errors: dict[str, list[str]] = defaultdict(list)
    # Lookalike letters, invisible characters and direction tricks in what names the file.
    errors["title"].extend(privacy.check_label(texts.get("title") or ""))
    for tag in tags or ():
        errors["tags"].extend(privacy.check_label(tag))
    if uploaded_file is not None:
        errors["file"].extend(privacy.check_label(uploaded_file.name))
    for field, text in texts.items():
        findings = _findings(str(FIELD_LABELS.get(field, field)), text or "")
        if findings:
            errors[field].append(_refusal(findings))
    for tag in tags or ():
        findings = _findings(_("Tags"), tag)
        if findings:
            errors["tags"].append(
                _(
                    "The tag “%(tag)s” seems to contain personal data; tags are shared by the "
                    "whole portal and each one has a public theme page. Remove it. Found: "
                    "%(details)s."
                )
                % {"tag": privacy.mask(tag), "details": _details(findings)}
            )
    if uploaded_file is not None:
        findings = _findings(_("File name"), _file_name_text(uploaded_file.name))
        if findings:
            errors["file"].append(
                _refusal(findings) + " " + _("Rename the file and upload it again.")
            )
        try:
            findings = file_text_findings(uploaded_file)
        except UnreadableText as reason:
            errors["file"].append(
                _(
                    "The text in this file cannot be checked for personal data (%(reason)s), "
                    "so it cannot be uploaded."
                )
                % {"reason": reason}
            )
        else:
            if findings:
                errors["file"].append(
                    _(
                        "The text in this file seems to contain personal data, which may never "
                        "appear on the portal. Remove or generalise it in the file and upload "
                        "it again. Found: %(details)s."
                    )
                    % {"details": _details(findings)}
                )
    changed_texts = {field: text for field, text in texts.items() if field in set(changed)}
    if instance is not None and instance.pk and changed_texts:
        for page, findings in findings_on_pages_with(instance, changed_texts):
            errors[next(iter(changed_texts))].append(
                _(
                    "With this change the published page “%(page)s”, which shows this file, "
                    "would contain personal data. Change it back or generalise it. Found: "
                    "%(details)s."
                )
                % {"page": page.title, "details": _details(findings)}
            )
    return {field: messages for field, messages in errors.items() if messages}
