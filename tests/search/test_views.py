"""The search page, suggestions and related content through HTTP, as a reader uses them."""

import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db

BAD_QUERIES = [
    '"',
    "*:*",
    "foo:bar",
    "AND",
    "OR NOT",
    "(",
    "title:{x TO y]",
    "x" * 10_000,
    "netwerk " * 2_000,
    "\\",
    "/regex/",
    "~",
]


@pytest.fixture
def logged_in(client, reader):
    client.force_login(reader)
    return client


@pytest.mark.parametrize("query", BAD_QUERIES)
def test_odd_input_gets_a_normal_answer(backend, logged_in, make_page, programme, query):
    make_page("Netwerk rond de persoon", programme=programme)
    response = logged_in.get(
        reverse("search"), {"q": query, "pagina": "x", "jaar": "abc", "sorteer": "<script>"}
    )
    assert response.status_code == 200
    if len(query) > 200:
        assert "alleen de eerste 200 tekens" in response.content.decode()


def test_a_nul_byte_in_the_query_gets_the_dutch_bad_request_page(backend, logged_in):
    """No browser sends one; the portal answers every request carrying one alike
    (portal/bad_requests.py), before it reaches the database."""
    response = logged_in.get(reverse("search"), {"q": "a\x00b"})
    assert response.status_code == 400
    assert "Dit verzoek kan het portaal niet verwerken" in response.content.decode()


def test_results_facets_highlights_and_pagination(
    backend, logged_in, make_page, programme, other_programme
):
    for number in range(12):
        make_page(
            f"Toezicht en begeleiding deel {number}",
            programme=programme if number % 2 else other_programme,
            summary="Over toezicht op de persoon.",
            tags=["toezicht"],
        )
    response = logged_in.get(reverse("search"), {"q": "toezicht", "programma": programme.slug})
    body = response.content.decode()
    assert response.status_code == 200
    assert response.context["results"].total == 6
    assert "<mark>toezicht</mark>" in body.lower() or "<mark>Toezicht</mark>" in body
    assert 'name="programma" value="top600"' in body and "checked" in body

    page_one = logged_in.get(reverse("search"), {"q": "toezicht"})
    assert page_one.context["results"].total == 12
    assert len(page_one.context["results"].hits) == 10
    page_two = logged_in.get(reverse("search"), {"q": "toezicht", "pagina": 2})
    assert len(page_two.context["results"].hits) == 2
    by_date = logged_in.get(reverse("search"), {"q": "toezicht", "sorteer": "datum"})
    assert by_date.context["results"].hits[0].page.title == "Toezicht en begeleiding deel 11"


def test_query_count_does_not_grow_with_results(
    backend, logged_in, make_page, programme, django_assert_max_num_queries
):
    for number in range(15):
        make_page(f"Reclassering en toezicht {number}", programme=programme, tags=["reclassering"])
    # The query expansions (synonyms, abbreviations, partner names) are cached between
    # searches, as they are in use; the first search of a process reads them.
    logged_in.get(reverse("search"), {"q": "toezicht"})
    with django_assert_max_num_queries(25):
        response = logged_in.get(reverse("search"), {"q": "reclassering"})
    assert response.context["results"].total == 15


def test_empty_state_suggests_spelling_and_themes(backend, logged_in, make_page, programme):
    make_page("Huisvesting voor jongeren", programme=programme, tags=["huisvesting"])
    response = logged_in.get(reverse("search"), {"q": "qqqq zzzz"})
    body = response.content.decode()
    assert response.context["results"].total == 0
    assert "Niets gevonden" in body
    assert 'href="/themas/huisvesting/"' in body  # a theme to explore


def test_suggestions_while_typing_only_visible(logged_in, backend, make_page, programme):
    make_page("Detentie en terugkeer", programme=programme, tags=["detentie"])
    hidden = make_page("Detentie: vertrouwelijk", programme=programme)
    PageViewRestriction.objects.create(
        page=hidden, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    data = logged_in.get(reverse("search_suggestions"), {"q": "deten"}).json()
    assert [tag["name"] for tag in data["tags"]] == ["detentie"]
    assert [page["title"] for page in data["pages"]] == ["Detentie en terugkeer"]


def test_header_has_a_search_box(logged_in, home_page):
    response = logged_in.get("/")
    assert 'action="/zoeken/"' in response.content.decode()


def test_search_buttons_are_design_system_buttons_and_sort_waits_for_its_button(
    logged_in, make_page, programme, no_engine
):
    """ADS 4.4 has no search field button of its own: the header's and the page's search
    buttons are its primary icon-only buttons. Sorting applies with its button (a select that
    submitted on change would leave the page at every arrow key, WCAG 3.2.2) and comes back to
    the results."""
    make_page("Netwerk rond de persoon", programme=programme)
    body = logged_in.get(reverse("search"), {"q": "netwerk"}).content.decode()
    assert "ams-search-field__button" not in body
    assert body.count('class="ams-button ams-button--primary ams-button--icon-only"') == 2
    sort_form = body[body.index('class="portal-sort"') - 80 :]
    sort_form = sort_form[: sort_form.index("</form>")]
    assert 'action="/zoeken/#results"' in sort_form
    assert "data-autosubmit" not in sort_form and "portal-no-js-only" not in sort_form
    assert '<button type="submit" class="ams-button ams-button--secondary">Sorteren' in sort_form


def test_healthz_reports_search(client, backend):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["checks"]["search"] == "ok"


def test_search_check_reports_drift_and_rebuild_repairs_it(engine, make_page, programme):
    from django.core.management import CommandError, call_command

    from search.models import SearchDocument

    page = make_page("Toezicht op afspraken", programme=programme)
    call_command("search_check", stdout=open("/dev/null", "w"))  # noqa: SIM115
    SearchDocument.objects.filter(key=f"page:{page.pk}").delete()  # a row lost behind search's back
    with pytest.raises(CommandError):
        call_command("search_check", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("search_rebuild", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("search_check", stdout=open("/dev/null", "w"))  # noqa: SIM115
