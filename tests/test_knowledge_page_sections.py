"""The `register_knowledge_page_section` hook: apps add a section under every knowledge page
without the page's app or template knowing them."""

import pytest
from wagtail import hooks

from portal.factories import StandardPageFactory
from portal.page_sections import KnowledgePageSection

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def only_the_sections_of_these_tests(monkeypatch):
    """The apps' own sections (related material, following, ...) are left out here: these
    tests are about the hook, with sections of their own."""
    from wagtail.hooks import _hooks

    monkeypatch.setitem(_hooks, "register_knowledge_page_section", [])


@pytest.fixture
def pages(home_page, programme, other_programme):
    return {
        "page": StandardPageFactory(
            parent=home_page, owner_programme=programme, title="Werkwijze Top600"
        ),
        # A draft: search never shows it, so only the sections of these tests do.
        "other": StandardPageFactory(
            parent=home_page,
            owner_programme=other_programme,
            title="Werkwijze Radicalisering",
            live=False,
        ),
    }


def test_registered_sections_show_under_a_knowledge_page_in_their_order(client, regisseur, pages):
    seen = []

    def later(page, request):
        seen.append((page, request.user))
        return KnowledgePageSection(
            title="Tweede sectie",
            template="portal/home/recent_knowledge.html",
            order=20,
            context={"pages": [pages["other"]]},
        )

    def first(page, request):
        return KnowledgePageSection(
            title="Eerste sectie",
            template="portal/home/recent_knowledge.html",
            order=10,
            context={"pages": [pages["other"]]},
        )

    def hidden(page, request):
        return None

    client.force_login(regisseur)
    with (
        hooks.register_temporarily("register_knowledge_page_section", later),
        hooks.register_temporarily("register_knowledge_page_section", first),
        hooks.register_temporarily("register_knowledge_page_section", hidden),
    ):
        html = client.get(pages["page"].url).content.decode()
    assert seen == [(pages["page"], regisseur)]
    assert html.index("Eerste sectie") < html.index("Tweede sectie")
    assert html.count('aria-labelledby="page-section-') == 2
    assert html.count("Werkwijze Radicalisering") == 2  # the body of each section


def test_no_sections_no_markup_and_none_on_other_pages(client, regisseur, pages, programme):
    def always(page, request):
        return KnowledgePageSection(
            title="Altijd", template="portal/home/recent_knowledge.html", context={"pages": []}
        )

    client.force_login(regisseur)
    with hooks.register_temporarily("register_knowledge_page_section", lambda page, r: None):
        assert "page-section-" not in client.get(pages["page"].url).content.decode()
    with hooks.register_temporarily("register_knowledge_page_section", always):
        # A programme's landing page is no knowledge page.
        response = client.get(programme.landing_page.url)
    assert response.status_code == 200
    assert "Altijd" not in response.content.decode()
