"""Requests the portal cannot read answer 400 with a Dutch page, never 500, and save nothing:
malformed rich text and StreamField submissions, page links whose id is not a number, NUL
characters, and the admin's page API (run on PostgreSQL by the test command's second pass)."""

import datetime
import json

import pytest
from django.utils import timezone
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from portal.factories import StandardPageFactory, UserFactory

pytestmark = pytest.mark.django_db

ORIGINAL_TEXT = "<p>Gewone tekst.</p>"


@pytest.fixture
def admin_user(db):
    return UserFactory(username="beheer", is_superuser=True, is_staff=True)


@pytest.fixture
def page(programme):
    page = StandardPageFactory(
        parent=programme.landing_page,
        owner_programme=programme,
        title="Werkwijze ketenaanpak",
        body=[("paragraph", RichText(ORIGINAL_TEXT))],
    )
    page.save_revision().publish()
    return page


def edit_data(page, programme, body_value=None):
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": "Een samenvatting.",
            "owner_programme": programme.pk,
            "tags": "",
            "body": streamfield([("paragraph", rich_text("<p>Nieuwe tekst.</p>"))]),
            "review_by": (timezone.localdate() + datetime.timedelta(days=100)).isoformat(),
            "comments": inline_formset([]),
        }
    )
    if body_value is not None:
        data["body-0-value"] = body_value
    return data


def contentstate_link(link_data):
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "a1b2c",
                    "text": "de werkwijze",
                    "type": "unstyled",
                    "depth": 0,
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 3, "length": 9, "key": 0}],
                }
            ],
            "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": link_data}},
        }
    )


def assert_refused_and_unchanged(response, page):
    assert response.status_code == 400
    assert "Er is niets opgeslagen" in response.content.decode()
    page.refresh_from_db()
    latest = page.get_latest_revision_as_object()
    assert str(latest.body[0].value) == ORIGINAL_TEXT
    assert latest.summary == page.summary


@pytest.mark.parametrize(
    "body_value",
    [
        pytest.param("<p>geen JSON</p>", id="rich-text-not-json"),
        pytest.param(contentstate_link({"id": "abc", "url": "/x/"}), id="page-id-not-a-number"),
        pytest.param(contentstate_link({"id": "1 OR 1=1"}), id="page-link-id-injection"),
    ],
)
def test_malformed_rich_text_in_the_editor_is_a_bad_request(
    client, admin_user, page, programme, body_value
):
    client.force_login(admin_user)
    response = client.post(
        f"/admin/pages/{page.pk}/edit/", edit_data(page, programme, body_value=body_value)
    )
    assert_refused_and_unchanged(response, page)


def test_a_page_link_chosen_in_the_editor_still_saves(client, admin_user, page, programme):
    client.force_login(admin_user)
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        edit_data(page, programme, body_value=contentstate_link({"id": programme.landing_page.pk})),
    )
    assert response.status_code == 302, response.content
    assert response["Location"] == f"/admin/pages/{page.pk}/edit/"
    page.refresh_from_db()
    body = page.get_latest_revision_as_object().body
    assert f'linktype="page" id="{programme.landing_page.pk}"' in str(body[0].value.source)


@pytest.mark.parametrize("field", ["body-count", "body-0-type", "body-0-order"])
def test_streamfield_submission_missing_its_bookkeeping_is_a_bad_request(
    client, admin_user, page, programme, field
):
    client.force_login(admin_user)
    data = edit_data(page, programme)
    del data[field]
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert_refused_and_unchanged(response, page)


def test_streamfield_count_that_is_not_a_number_is_a_bad_request(
    client, admin_user, page, programme
):
    client.force_login(admin_user)
    data = edit_data(page, programme)
    data["body-count"] = "veel"
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert_refused_and_unchanged(response, page)


def test_a_stored_page_link_with_a_malformed_id_renders_as_a_broken_link(client, admin_user, page):
    page.body = [
        ("paragraph", RichText('<p>Zie <a linktype="page" id="abc">de werkwijze</a>.</p>'))
    ]
    page.save_revision().publish()
    client.force_login(admin_user)
    front = client.get(page.url)
    assert front.status_code == 200
    assert "de werkwijze" in front.content.decode()
    editor = client.get(f"/admin/pages/{page.pk}/edit/")
    assert editor.status_code == 200


def test_nul_in_tag_autocomplete_is_a_bad_request(client, admin_user):
    client.force_login(admin_user)
    response = client.get("/admin/tag-autocomplete/", {"term": "coördi\x00natie"})
    assert response.status_code == 400
    assert "Er is niets opgeslagen" in response.content.decode()


def test_nul_in_a_submitted_form_is_refused_before_anything_is_saved(
    client, admin_user, page, programme
):
    client.force_login(admin_user)
    data = edit_data(page, programme)
    data["summary"] = "Een samen\x00vatting."
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert_refused_and_unchanged(response, page)


def test_tag_autocomplete_still_answers(client, admin_user, page):
    page.tags.add("coördinatie")
    client.force_login(admin_user)
    response = client.get("/admin/tag-autocomplete/", {"term": "coör"})
    assert response.status_code == 200
    assert "coördinatie" in response.json()


@pytest.mark.parametrize("has_children", ["true", "false"])
def test_admin_page_api_search_with_the_children_filter_is_a_bad_request(
    client, admin_user, page, has_children
):
    client.force_login(admin_user)
    response = client.get(
        "/admin/api/main/pages/", {"search": "werkwijze", "has_children": has_children}
    )
    assert response.status_code == 400
    assert "numchild" in response.json()["message"]


def test_admin_page_api_search_for_the_explorer(client, admin_user, page):
    client.force_login(admin_user)
    response = client.get(
        "/admin/api/main/pages/",
        {"search": "werkwijze", "child_of": page.get_parent().pk, "for_explorer": "1"},
    )
    assert response.status_code == 200, response.content
    assert [item["title"] for item in response.json()["items"]] == ["Werkwijze ketenaanpak"]


def test_admin_page_api_refuses_an_unknown_search_operator(client, admin_user, page):
    client.force_login(admin_user)
    response = client.get(
        "/admin/api/main/pages/", {"search": "werkwijze", "search_operator": "xor"}
    )
    assert response.status_code == 400
    assert "search_operator" in response.json()["message"]
    found = client.get("/admin/api/main/pages/", {"search": "werkwijze", "search_operator": "or"})
    assert found.status_code == 200


@pytest.mark.parametrize(
    ("listing", "params"),
    [
        ("/admin/snippets/portal/glossaryentry/", {"q": "RvdK"}),
        ("/admin/snippets/portal/glossaryentry/", {"q": "RvdK", "ordering": "-full_term"}),
        ("/admin/snippets/portal/glossaryentry/", {"q": "RvdK", "programme": "1"}),
        ("/admin/snippets/portal/programme/", {"q": "Top", "ordering": "contact_name"}),
    ],
)
def test_searching_the_portal_snippet_listings_sorts_and_filters(
    client, admin_user, programme, listing, params
):
    client.force_login(admin_user)
    assert client.get(listing, params).status_code == 200


def test_a_number_too_large_for_the_database_is_a_bad_request(client, regisseur):
    client.force_login(regisseur)
    response = client.post("/voortgang/les/99999999999999999999999/afgerond/")
    assert response.status_code in (400, 404)


def test_a_certificate_code_with_accents_is_not_found_rather_than_an_error(client, regisseur):
    client.force_login(regisseur)
    response = client.get("/certificaat/", {"code": "ÄB-12"})
    assert response.status_code == 302
    assert response["Location"] == "/certificaat/B12/"
