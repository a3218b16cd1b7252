"""Uploads are judged by their content, not their name: what the extension promises, no HTML
a browser could run, a frame budget for animations, and an honest message on a file that is
too large. Every refusal is a Dutch form error, with what was typed kept."""

import pytest
from wagtail.documents.models import Document
from wagtail.images.models import Image

from .conftest import (
    docx_bytes,
    form_errors,
    gif_bytes,
    pdf_bytes,
    png_bytes,
    upload_document,
    upload_image,
)

# The smallest MP4 libmagic recognises: an ISO media "ftyp" box.
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 64
HTML_PAGE = b"<!DOCTYPE html><html><body><script>fetch('/admin/')</script></body></html>"


@pytest.mark.django_db
def test_an_html_page_renamed_pdf_is_refused_and_the_title_kept(admin_client):
    response = upload_document(admin_client, "verslag.pdf", HTML_PAGE, title="Mijn verslag")
    assert response.status_code == 200
    errors = form_errors(response, "file")
    assert "komt niet overeen met de extensie" in errors
    assert "text/html" in errors
    assert 'value="Mijn verslag"' in response.content.decode()
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_a_pdf_html_polyglot_is_refused(admin_client):
    polyglot = pdf_bytes("Agenda") + b"\n<html><body><script>alert(document.cookie)</script>"
    response = upload_document(admin_client, "agenda.pdf", polyglot)
    assert response.status_code == 200
    assert "HTML" in form_errors(response, "file")
    assert "webpaginacode" in form_errors(response, "file")
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_a_word_file_renamed_pdf_is_refused(admin_client):
    response = upload_document(admin_client, "notulen.pdf", docx_bytes("Notulen"))
    assert "komt niet overeen met de extensie" in form_errors(response, "file")
    assert not Document.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("verslag.pdf", pdf_bytes("Verslag van de themabijeenkomst")),
        ("notulen.docx", docx_bytes("Notulen van het overleg")),
        ("deelnemers.csv", b"programma;aantal\nTop600;12\n"),
        ("leesmij.txt", b"Een gewone tekst.\n"),
        ("opname.mp4", MP4),
        ("ondertitels.vtt", b"WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nWelkom.\n"),
    ],
)
def test_ordinary_documents_are_accepted(admin_client, name, content):
    response = upload_document(admin_client, name, content)
    assert response.status_code == 302, response.context["form"].errors
    assert Document.objects.get().title == "Verslag themabijeenkomst"


@pytest.mark.django_db
def test_a_thousand_frame_gif_is_refused(admin_client):
    response = upload_image(admin_client, "animatie.gif", gif_bytes(1000))
    assert response.status_code == 200
    assert "meer dan 200 frames" in form_errors(response, "file")
    assert not Image.objects.exists()


@pytest.mark.django_db
def test_a_short_animation_and_a_still_image_are_accepted(admin_client):
    assert upload_image(admin_client, "kort.gif", gif_bytes(5)).status_code == 302
    assert upload_image(admin_client, "foto.png", png_bytes()).status_code == 302
    assert Image.objects.count() == 2


@pytest.mark.django_db
def test_an_html_page_renamed_png_is_refused(admin_client):
    response = upload_image(admin_client, "foto.png", HTML_PAGE)
    assert response.status_code == 200
    assert not Image.objects.exists()


@pytest.mark.django_db
def test_a_too_large_document_says_so_in_dutch(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1000
    response = upload_document(admin_client, "verslag.pdf", pdf_bytes("x" * 20, pages=20))
    assert response.status_code == 200
    errors = form_errors(response, "file")
    assert "te groot" in errors
    assert "extensie" not in errors
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_the_upload_limit_comes_from_the_setting():
    from django.conf import settings

    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == settings.UPLOAD_MAX_SIZE_MB * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == settings.WAGTAILDOCS_MAX_UPLOAD_SIZE


@pytest.mark.django_db
def test_a_pdf_renamed_mp4_is_refused(admin_client):
    response = upload_document(admin_client, "opname.mp4", pdf_bytes("Geen video"))
    assert "komt niet overeen met de extensie" in form_errors(response, "file")
    assert not Document.objects.exists()
