"""What an upload must pass before it is stored: every document and image added or replaced in
the admin (upload page, multiple upload, the choosers in the page editor) goes through the forms
below, set as Wagtail's form bases (`WAGTAILDOCS_DOCUMENT_FORM_BASE`,
`WAGTAILIMAGES_IMAGE_FORM_BASE`).

In this order, each refusal a Dutch message on the form, with the rest of what was typed kept:

1. the size (`UPLOAD_MAX_SIZE_MB`; Wagtail's own check, with its message left alone);
2. the content, not the name: libmagic (python-magic) must find the type the extension promises,
   and a file that carries HTML (an HTML page renamed `.pdf`, a PDF/HTML polyglot) is refused,
   since a browser may render it as a page of the portal;
3. for images, a frame budget (`UPLOAD_IMAGE_MAX_FRAMES`) next to Wagtail's pixel budget, which
   counts every frame (`WAGTAILIMAGES_MAX_IMAGE_PIXELS`): a GIF of a thousand frames costs a
   thousand decodes for each rendition;
4. the virus scanner (`portal.virus_scan`);
5. the privacy guard over everything of the upload that readers see (`portal.upload_privacy`):
   title, file name, tags, the text inside PDF and Word files, and the live pages that show a
   document whose title changes."""

from __future__ import annotations

import logging
import os
import re
import zipfile

import magic
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.forms.utils import ErrorList
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from . import upload_privacy, virus_scan

logger = logging.getLogger(__name__)

# What libmagic may call a file with each extension. The Office and OpenDocument formats are
# zip archives; libmagic names them by their type only when the archive lists its parts in the
# usual order, so "application/zip" passes when the archive holds the part that makes the type.
ZIP = "application/zip"
CONTENT_TYPES = {
    "pdf": {"application/pdf"},
    "txt": {"text/plain"},
    "csv": {"text/plain", "text/csv", "application/csv"},
    "rtf": {"text/rtf"},
    "zip": {ZIP},
    "mp4": {"video/mp4"},
    "webm": {"video/webm"},
    "vtt": {"text/vtt", "text/plain"},
    "docx": {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP},
    "xlsx": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP},
    "pptx": {"application/vnd.openxmlformats-officedocument.presentationml.presentation", ZIP},
    "odt": {"application/vnd.oasis.opendocument.text", ZIP},
    "gif": {"image/gif"},
    "jpg": {"image/jpeg"},
    "jpeg": {"image/jpeg"},
    "png": {"image/png"},
    "webp": {"image/webp"},
}
ZIP_PART = {
    "docx": "word/document.xml",
    "xlsx": "xl/workbook.xml",
    "pptx": "ppt/presentation.xml",
    "odt": "content.xml",
}
# A compressed archive's bytes say nothing about HTML inside it (and its parts are never served
# as pages); every other format is searched whole.
ARCHIVES = {"zip", "docx", "xlsx", "pptx", "odt"}
# What makes a browser treat bytes as a page and run or load something. Not every tag: PDFs
# carry XML of their own (XMP metadata, XFA forms) that a browser never renders.
HTML_MARKUP = re.compile(
    rb"<\s*(?:!doctype\s+html|html|head|body|script|iframe|frame|svg|object|embed)[\s/>]",
    re.IGNORECASE,
)
MAGIC_HEAD_BYTES = 1024 * 1024


def file_extension(uploaded_file) -> str:
    return os.path.splitext(uploaded_file.name or "")[1].lower().lstrip(".")


def _read_all(uploaded_file) -> bytes:
    uploaded_file.seek(0)
    try:
        return uploaded_file.read()
    finally:
        uploaded_file.seek(0)


def _zip_holds(uploaded_file, part: str) -> bool:
    try:
        with zipfile.ZipFile(uploaded_file) as archive:
            return part in archive.namelist()
    except Exception:  # noqa: BLE001 (a damaged archive is simply not of this format)
        return False
    finally:
        uploaded_file.seek(0)


def check_content_type(uploaded_file) -> None:
    """The file is what its extension says, by its bytes, and carries no HTML."""
    extension = file_extension(uploaded_file)
    allowed = CONTENT_TYPES.get(extension)
    if allowed is None:
        return  # Wagtail's extension check refuses what is not in the lists
    content = _read_all(uploaded_file)
    found = magic.from_buffer(content[:MAGIC_HEAD_BYTES], mime=True)
    if (
        found == ZIP
        and extension in ZIP_PART
        and not _zip_holds(uploaded_file, ZIP_PART[extension])
    ):
        allowed = allowed - {ZIP}  # a zip archive, but not of this format
    if found not in allowed:
        raise ValidationError(
            _(
                "The content of this file does not match its extension: a .%(extension)s file "
                "was expected, but this is %(content_type)s. Upload the original file, without "
                "renaming it."
            )
            % {"extension": extension, "content_type": found},
            code="content_type_mismatch",
        )
    if extension not in ARCHIVES and HTML_MARKUP.search(content):
        raise ValidationError(
            _(
                "This file contains HTML (web page code), which could run in a reader's "
                "browser. Upload a file without it, e.g. the PDF as exported from the word "
                "processor."
            ),
            code="contains_html",
        )


def check_frame_budget(uploaded_file) -> None:
    """Count frames one by one and stop at the budget, so a file of a million tiny frames is
    not decoded whole to find out."""
    budget = int(getattr(settings, "UPLOAD_IMAGE_MAX_FRAMES", 200))
    uploaded_file.seek(0)
    try:
        with PILImage.open(uploaded_file) as image:
            frames = 1
            while frames <= budget:
                try:
                    image.seek(frames)
                except EOFError:
                    return
                frames += 1
    except Exception:  # noqa: BLE001 (Pillow raises many kinds on a damaged file)
        return  # not readable as an image: Wagtail's own check says so
    finally:
        uploaded_file.seek(0)
    raise ValidationError(
        _(
            "This animated image has more than %(budget)s frames. Upload a shorter animation "
            "or a still image."
        )
        % {"budget": budget},
        code="too_many_frames",
    )


def check_viruses(uploaded_file) -> None:
    verdict = virus_scan.scan_upload(uploaded_file)
    if verdict.clean is False:
        logger.warning("Upload %r refused: virus scanner found %s", uploaded_file.name, verdict)
        raise ValidationError(
            _(
                "The virus scanner found malware in this file (%(signature)s). It has not been "
                "saved. Do not open the original; report it to the service desk."
            )
            % {"signature": verdict.signature},
            code="virus_found",
        )
    if verdict.clean is None:
        if virus_scan.scanner_required():
            logger.error("Upload %r refused: not scanned (%s)", uploaded_file.name, verdict.problem)
            raise ValidationError(
                _(
                    "The virus scanner cannot be reached, so no files can be uploaded at the "
                    "moment. Try again later; if this persists, tell the service desk."
                ),
                code="virus_scanner_unavailable",
            )
        logger.warning("Upload %r not scanned: %s", uploaded_file.name, verdict.problem)


class UploadInspectionMixin:
    """The checks of the module docstring, for Wagtail's document and image form bases."""

    is_image = False

    def new_upload(self):
        uploaded = self.cleaned_data.get("file") if hasattr(self, "cleaned_data") else None
        return uploaded if isinstance(uploaded, UploadedFile) else None

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if isinstance(uploaded, UploadedFile):
            check_content_type(uploaded)
            if self.is_image:
                check_frame_budget(uploaded)
            check_viruses(uploaded)
        return uploaded

    def clean(self):
        cleaned_data = super().clean()
        errors = upload_privacy.upload_findings(
            texts={
                name: cleaned_data.get(name) or ""
                for name in ("title", "description")
                if name in self.fields
            },
            uploaded_file=self.new_upload(),
            tags=cleaned_data.get("tags") if "tags" in self.fields else None,
            instance=self.instance,
            changed=self.changed_data,
        )
        for field, messages in errors.items():
            for message in messages:
                self.add_error(field if field in self.fields else None, message)
        return cleaned_data

    def _post_clean(self):
        # A file the form already refused (too large, wrong content) never reaches the model,
        # so the model's own extension check would add a misleading second error on the empty
        # file ("extension '' not allowed"): keep the form's message alone.
        refused = list(self._errors.get("file", [])) if "file" in self.fields else []
        super()._post_clean()
        if refused:
            self._errors["file"] = ErrorList(refused)


class DocumentForm(UploadInspectionMixin, BaseDocumentForm):
    pass


class ImageForm(UploadInspectionMixin, BaseImageForm):
    is_image = True
