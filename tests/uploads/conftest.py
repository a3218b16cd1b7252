"""Upload tests go through the admin's forms against a real ClamAV daemon: the one the test
command starts (scripts/clamav.sh, exported as CLAMAV_URL), or one this fixture starts."""

import io
import os
import subprocess
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from reportlab.pdfgen import canvas
from wagtail.models import Collection

from portal.factories import UserFactory

ROOT = Path(__file__).resolve().parents[2]

# The EICAR test file: harmless, and detected by every virus scanner as if it were malware.
# Built here from its two halves, so that no file in the repository is one.
EICAR = (r"X5O!P%@AP[4\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*").encode()


@pytest.fixture(scope="session")
def clamav_url():
    if os.environ.get("CLAMAV_URL"):
        yield os.environ["CLAMAV_URL"]
        return
    script = str(ROOT / "scripts" / "clamav.sh")
    yield subprocess.check_output(["bash", script, "start"], text=True).strip()
    subprocess.run(["bash", script, "stop"], check=False)


@pytest.fixture(autouse=True)
def _virus_scanner(settings, clamav_url):
    settings.CLAMAV_URL = clamav_url
    settings.CLAMAV_REQUIRED = True


@pytest.fixture
def editor(db):
    return UserFactory(username="upload-redactie", is_superuser=True, is_staff=True)


@pytest.fixture
def admin_client(client, editor):
    client.force_login(editor)
    return client


def pdf_bytes(*lines: str, pages: int = 1) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for _page in range(pages):
        for number, line in enumerate(lines):
            pdf.drawString(72, 720 - 20 * number, line)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def docx_bytes(*paragraphs: str) -> bytes:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def gif_bytes(frames: int, size=(8, 8)) -> bytes:
    # Each frame differs from the one before (Pillow merges identical frames).
    images = [PILImage.new("L", size, color=(index % 2) * 255) for index in range(frames)]
    buffer = io.BytesIO()
    images[0].save(buffer, format="GIF", save_all=True, append_images=images[1:], duration=20)
    return buffer.getvalue()


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (20, 20), "white").save(buffer, format="PNG")
    return buffer.getvalue()


def upload_document(client, name: str, content: bytes, title="Verslag themabijeenkomst", **data):
    return client.post(
        "/admin/documents/add/",
        {
            "title": title,
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
            "tags": data.pop("tags", ""),
            **data,
        },
    )


def upload_image(client, name: str, content: bytes, title="Foto bijeenkomst", **data):
    return client.post(
        "/admin/images/add/",
        {
            "title": title,
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
            "tags": data.pop("tags", ""),
            **data,
        },
    )


def form_errors(response, field: str) -> str:
    return " ".join(response.context["form"].errors.get(field, []))
