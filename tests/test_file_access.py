"""Uploaded files stay as restricted as their collection: nothing under MEDIA_ROOT is served raw,
documents only through Wagtail's document view, original images never, renditions only to
those who may see the image; stored names cannot be guessed. A logged-in user who lacks access
gets a Dutch 403 page, never a redirect loop."""

import re

import pytest
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.documents.models import document_served
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from portal.constants import Role
from portal.factories import StandardPageFactory
from tests.conftest import user_with_role

pytestmark = pytest.mark.django_db

TOKEN = r"[A-Za-z0-9_-]{16}"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def restricted_collection(programme):
    collection = Collection.get_first_root_node().add_child(name="Top600 vertrouwelijk")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(programme.team_group)
    return collection


@pytest.fixture
def document(restricted_collection):
    document = get_document_model()(title="Casusverslag", collection=restricted_collection)
    document.file.save("verslag.pdf", ContentFile(PDF), save=False)
    document.save()
    return document


@pytest.fixture
def image(restricted_collection):
    return wagtail_factories.ImageFactory(
        title="Netwerkkaart",
        collection=restricted_collection,
        file__filename="kaart.png",
        file__format="PNG",
    )


@pytest.fixture
def member(programme):
    user = user_with_role(Role.REGISSEUR, username="lid-top600")
    user.groups.add(programme.team_group)
    return user


@pytest.fixture
def reader_of_other_programme(other_programme):
    user = user_with_role(Role.REGISSEUR, username="lezer-radicalisering")
    user.groups.add(other_programme.team_group)
    return user


def every_url_of(document, image, rendition):
    """Each address a file could be fetched at: the storage URLs, the old predictable names and
    Wagtail's document view."""
    return [
        f"/media/{document.file.name}",
        "/media/documents/verslag.pdf",
        document.url,
        f"/media/{image.file.name}",
        "/media/original_images/kaart.png",
        rendition.url,
    ]


def test_stored_names_are_unguessable_and_keep_the_file_name(document, image):
    assert re.fullmatch(rf"documents/{TOKEN}/verslag\.pdf", document.file.name)
    assert document.filename == "verslag.pdf"  # the download keeps its readable name
    assert re.fullmatch(rf"original_images/{TOKEN}/kaart\.png", image.file.name)
    rendition = image.get_rendition("width-100")
    assert re.fullmatch(rf"images/{TOKEN}/kaart\.width-100\.png", rendition.file.name)
    again = get_document_model()(title="Casusverslag", collection=document.collection)
    again.file.save("verslag.pdf", ContentFile(PDF), save=False)
    assert again.file.name != document.file.name


def test_a_reader_of_another_programme_gets_no_file_by_any_url(
    client, document, image, reader_of_other_programme
):
    rendition = image.get_rendition("width-100")
    client.force_login(reader_of_other_programme)
    for url in every_url_of(document, image, rendition):
        response = client.get(url, follow=True)
        assert response.status_code in (403, 404), url
        assert response.redirect_chain == [], url
        assert not response.headers.get("Content-Type", "").startswith(
            ("image/", "application/pdf")
        )
    denied = client.get(document.url)
    assert denied.status_code == 403
    html = denied.content.decode()
    assert "Je hebt hier geen toegang toe" in html
    assert "Team Top600" in html  # what is missing
    assert "redacteuren van Top600" in html  # whom to ask
    assert "Redactie" in html


def test_a_member_gets_documents_through_the_document_view_only(client, document, member):
    served = []

    def record(sender, instance, **kwargs):
        served.append(instance.pk)

    document_served.connect(record)
    try:
        client.force_login(member)
        assert client.get(f"/media/{document.file.name}").status_code == 404
        response = client.get(document.url)
    finally:
        document_served.disconnect(record)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert served == [document.pk]


def test_a_member_sees_renditions_on_pages_but_never_the_original(client, image, member, programme):
    page = StandardPageFactory(
        parent=programme.landing_page, owner_programme=programme, body__0__image__image=image
    )
    client.force_login(member)
    html = client.get(page.url).content.decode()
    src = re.search(r'<img[^>]+src="([^"]+)"', html).group(1)
    assert src.startswith("/media/images/")
    response = client.get(src)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")
    assert client.get(f"/media/{image.file.name}").status_code == 404


def test_files_stored_before_keep_working(client, member, settings):
    (settings.MEDIA_ROOT / "documents").mkdir(parents=True)
    (settings.MEDIA_ROOT / "documents" / "oud.pdf").write_bytes(PDF)
    document = get_document_model().objects.create(title="Oud", file="documents/oud.pdf")
    client.force_login(member)
    assert client.get("/media/documents/oud.pdf").status_code == 404
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF


def test_anonymous_visitors_are_sent_to_the_login(client, document, image):
    rendition = image.get_rendition("width-100")
    for url in (document.url, rendition.url):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/?next=")


# Redirect loops -------------------------------------------------------------------------------


@pytest.fixture
def restricted_page(programme):
    page = StandardPageFactory(
        parent=programme.landing_page, owner_programme=programme, title="Casusoverleg Top600"
    )
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(programme.team_group)
    return page


def test_a_restricted_page_answers_a_dutch_403_not_a_redirect_loop(
    client, restricted_page, reader_of_other_programme, member
):
    client.force_login(reader_of_other_programme)
    response = client.get(restricted_page.url, follow=True)
    assert response.redirect_chain == []
    assert response.status_code == 403
    html = response.content.decode()
    assert '<html lang="nl"' in html
    assert "Casusoverleg Top600" in html
    assert "Team Top600" in html
    assert "redacteuren van Top600" in html
    client.force_login(member)
    assert client.get(restricted_page.url).status_code == 200


def test_anonymous_visitors_of_a_restricted_page_still_get_the_login(client, restricted_page):
    response = client.get(restricted_page.url, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0].startswith("/accounts/login/?next=")


def test_a_logged_in_reader_sent_to_the_login_page_for_the_admin_is_not_sent_back(client, member):
    client.force_login(member)
    for start in ("/admin/pages/", "/admin/login/?next=/admin/pages/"):
        response = client.get(start, follow=True)
        assert response.status_code == 403, start
        assert response.redirect_chain[-1][0] == "/accounts/login/?next=/admin/pages/"
        assert "de beheeromgeving van het Kennisportaal" in response.content.decode()


def test_a_logged_in_user_on_the_login_page_still_goes_where_they_asked(client, member):
    """E.g. a login tab left open while they logged in in another one."""
    client.force_login(member)
    assert client.get("/accounts/login/?next=/begrippen/")["Location"] == "/begrippen/"
    assert client.get("/accounts/login/")["Location"] == "/"


def test_the_editorial_team_sees_restricted_thumbnails_in_the_admin(client, image, redactie):
    """Redactie manages every collection: the admin's thumbnails of its images must show."""
    rendition = image.get_rendition("max-165x165")
    client.force_login(redactie)
    assert client.get(rendition.url).status_code == 200
    assert client.get(f"/media/{image.file.name}").status_code == 404
