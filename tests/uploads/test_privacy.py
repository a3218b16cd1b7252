"""The privacy guard sees uploads too: what readers see of a document or image besides the
page that shows it (title, file name, tags, the text inside PDF and Word files), and the live
pages that show a document whose title changes."""

import pytest
import wagtail_factories
from django.core.files.uploadedfile import SimpleUploadedFile
from taggit.models import Tag
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection

from portal.factories import StandardPageFactory

from .conftest import docx_bytes, form_errors, pdf_bytes, png_bytes, upload_document, upload_image


@pytest.mark.django_db
def test_a_document_title_with_a_bsn_is_refused(admin_client):
    response = upload_document(admin_client, "verslag.txt", b"tekst", title="Dossier bsn 123456782")
    assert "persoonsgegevens" in form_errors(response, "title")
    assert "12•••••82" in form_errors(response, "title")
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_a_document_file_name_with_personal_data_is_refused(admin_client):
    response = upload_document(admin_client, "bsn_123456782.txt", b"tekst", title="Verslag")
    errors = form_errors(response, "file")
    assert "Bestandsnaam" in errors
    assert "andere naam" in errors
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_a_document_tag_with_a_bsn_never_becomes_a_theme(admin_client):
    response = upload_document(admin_client, "verslag.txt", b"tekst", tags="bsn 123456782, nazorg")
    assert response.status_code == 200
    assert "openbare themapagina" in form_errors(response, "tags")
    assert not Document.objects.exists()
    assert not Tag.objects.filter(name__icontains="123456782").exists()


@pytest.mark.django_db
def test_an_image_tag_with_a_bsn_never_becomes_a_theme(admin_client):
    response = upload_image(admin_client, "foto.png", png_bytes(), tags="bsn 123456782")
    assert response.status_code == 200
    assert "openbare themapagina" in form_errors(response, "tags")
    assert not Image.objects.exists()
    assert not Tag.objects.filter(name__icontains="123456782").exists()


@pytest.mark.django_db
def test_ordinary_tags_are_kept(admin_client):
    response = upload_image(admin_client, "foto.png", png_bytes(), tags="nazorg, re-integratie")
    assert response.status_code == 302
    assert set(Image.objects.get().tags.names()) == {"nazorg", "re-integratie"}


@pytest.mark.django_db
def test_the_text_inside_a_pdf_is_scanned(admin_client):
    pdf = pdf_bytes("Verslag van het casusoverleg", "Cliënt met BSN 123456782 is besproken.")
    response = upload_document(admin_client, "verslag.pdf", pdf)
    errors = form_errors(response, "file")
    assert "De tekst in dit bestand lijkt persoonsgegevens te bevatten" in errors
    assert "pagina 1" in errors
    assert "12•••••82" in errors
    assert "123456782" not in errors
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_the_text_inside_a_word_file_is_scanned(admin_client):
    docx = docx_bytes("Notulen", "Contact: j.jansen@example.nl of 06 12345678")
    response = upload_document(admin_client, "notulen.docx", docx)
    errors = form_errors(response, "file")
    assert "e-mailadres" in errors
    assert "telefoonnummer" in errors
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_a_pdf_too_long_to_check_is_refused_not_published_unchecked(admin_client, settings):
    settings.UPLOAD_TEXT_SCAN_MAX_PAGES = 3
    response = upload_document(admin_client, "rapport.pdf", pdf_bytes("Inhoud", pages=4))
    assert "meer dan 3 pagina's" in form_errors(response, "file")
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_a_damaged_pdf_is_refused_with_a_message(admin_client):
    damaged = pdf_bytes("Inhoud")[:200]
    response = upload_document(admin_client, "rapport.pdf", damaged)
    assert response.status_code == 200
    assert "kan niet op persoonsgegevens worden gecontroleerd" in form_errors(response, "file")


@pytest.fixture
def published_page_with_document(programme):
    document = wagtail_factories.DocumentFactory(
        title="Verslag themabijeenkomst", file__filename="verslag.txt", file__data=b"Verslag"
    )
    page = StandardPageFactory(
        parent=programme.landing_page,
        owner_programme=programme,
        title="Werkwijze nazorg",
        body__0__document__document=document,
    )
    page.save_revision().publish()
    return document, page


def edit_document(client, document, **data):
    return client.post(
        f"/admin/documents/edit/{document.pk}/",
        {
            "title": document.title,
            "collection": Collection.get_first_root_node().pk,
            "tags": "",
            **data,
        },
    )


@pytest.mark.django_db
def test_a_title_edit_rechecks_the_live_pages_that_show_the_document(
    admin_client, published_page_with_document
):
    document, page = published_page_with_document
    response = edit_document(admin_client, document, title="Verslag voor j.jansen@example.nl")
    assert response.status_code == 200
    errors = form_errors(response, "title")
    assert "gepubliceerde pagina “Werkwijze nazorg”" in errors
    document.refresh_from_db()
    assert document.title == "Verslag themabijeenkomst"


@pytest.mark.django_db
def test_an_ordinary_title_edit_is_saved(admin_client, published_page_with_document):
    document, _page = published_page_with_document
    response = edit_document(admin_client, document, title="Verslag van de bijeenkomst")
    assert response.status_code == 302, response.context["form"].errors
    document.refresh_from_db()
    assert document.title == "Verslag van de bijeenkomst"


@pytest.mark.django_db
def test_the_multiple_upload_is_guarded_too(admin_client):
    response = admin_client.post(
        "/admin/documents/multiple/add/",
        {
            "files[]": SimpleUploadedFile(
                "verslag.pdf", pdf_bytes("Geboren op 12-03-1985 in Amsterdam")
            ),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert "persoonsgegevens" in response.json()["error_message"]
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_the_text_of_plain_text_and_excel_files_is_scanned(admin_client):
    import io

    import openpyxl

    response = upload_document(admin_client, "lijst.csv", b"naam;telefoon\nJansen;06 12345678\n")
    assert "telefoonnummer" in form_errors(response, "file")
    workbook = openpyxl.Workbook()
    workbook.active.append(["Rekening", "NL91 ABNA 0417 1643 00"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = upload_document(admin_client, "overzicht.xlsx", buffer.getvalue())
    assert "IBAN" in form_errors(response, "file")
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_an_image_description_edit_rechecks_the_live_pages_that_show_it(admin_client, programme):
    image = wagtail_factories.ImageFactory(title="Foto", description="Zaal tijdens de sessie")
    page = StandardPageFactory(
        parent=programme.landing_page,
        owner_programme=programme,
        title="Terugblik",
        body__0__image__image=image,
    )
    assert page.live
    response = admin_client.post(
        f"/admin/images/{image.pk}/",
        {
            "title": "Foto",
            "description": "Bel de bewoner op 06 12345678",
            "collection": image.collection_id,
            "tags": "",
        },
    )
    assert response.status_code == 200
    errors = form_errors(response, "description")
    assert "telefoonnummer" in errors
    assert "gepubliceerde pagina “Terugblik”" in errors
    image.refresh_from_db()
    assert image.description == "Zaal tijdens de sessie"


@pytest.mark.django_db
def test_a_damaged_word_file_is_refused_with_a_message(admin_client):
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document>kapot")
    response = upload_document(admin_client, "notulen.docx", buffer.getvalue())
    assert response.status_code == 200
    assert "kan niet op persoonsgegevens worden gecontroleerd" in form_errors(response, "file")
    assert not Document.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("field", "upload"),
    [
        ("title", {"name": "verslag.txt", "title": "R\u0430dicalisering"}),  # Cyrillic а
        ("tags", {"name": "verslag.txt", "title": "Verslag", "tags": "na\u200bzorg"}),
    ],
)
def test_a_lookalike_or_hidden_character_in_what_names_a_document_is_refused(
    admin_client, field, upload
):
    name = upload.pop("name")
    response = upload_document(admin_client, name, b"tekst", **upload)
    assert response.status_code == 200
    assert form_errors(response, field)
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_a_direction_override_never_reaches_a_stored_file_name(admin_client):
    # Django's upload parser drops unprintable characters from file names; the label check
    # is there for names that arrive another way.
    response = upload_document(admin_client, "verslag\u202etxt.exe.txt", b"tekst")
    assert response.status_code == 302
    assert "\u202e" not in Document.objects.get().file.name
