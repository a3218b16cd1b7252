"""Facets and their counts against a direct database query, combined filters, and only what
the reader may see: restricted pages never reach results, counts, fragments or suggestions."""

import pytest
from django.db.models import Q
from wagtail import hooks
from wagtail.models import PageViewRestriction

from portal.constants import AudienceCode
from portal.models import Audience, KnowledgePage, StandardPage
from search.results import SearchRequest
from search.selectors import search_pages, title_suggestions

pytestmark = pytest.mark.django_db


def counts(results, param):
    for facet in results.facets:
        if facet.param == param:
            return {value.value: value.count for value in facet.values}
    return {}


@pytest.fixture
def corpus(backend, make_page, programme, other_programme):
    make_page("Netwerk rond de jongere", programme=programme, tags=["netwerk", "jeugd"])
    make_page("Netwerk van partners", programme=programme, tags=["netwerk"])
    make_page("Netwerk in de wijk", programme=other_programme, tags=["netwerk", "wijk"])
    other = make_page("Netwerk en school", programme=other_programme, tags=["onderwijs"])
    other.also_relevant_for.set([programme])
    other.save_revision().publish()
    make_page("Iets heel anders", programme=programme, tags=["jeugd"])
    from .conftest import settle

    settle()
    return backend


def test_programme_and_tag_counts_match_the_database(corpus, reader, programme):
    results = search_pages(request=SearchRequest(query="netwerk"), user=reader)
    matching = KnowledgePage.objects.live().filter(title__icontains="netwerk")
    assert results.total == matching.count() == 4
    expected_programme = matching.filter(
        Q(owner_programme=programme) | Q(also_relevant_for=programme)
    ).distinct()
    assert counts(results, "programma")[programme.slug] == expected_programme.count() == 3
    assert counts(results, "tag")["netwerk"] == matching.filter(tags__slug="netwerk").count()
    assert counts(results, "type") == {"portal.standardpage": 4}


def test_filters_combine_and_counts_follow(corpus, reader, programme, other_programme):
    request = SearchRequest(query="netwerk", filters={"programma": [other_programme.slug]})
    results = search_pages(request=request, user=reader)
    assert {hit.page.title for hit in results.hits} == {"Netwerk in de wijk", "Netwerk en school"}
    # The programme facet counts as if its own filter were off: both values stay choosable.
    assert counts(results, "programma")[programme.slug] == 3
    assert counts(results, "tag") == {"netwerk": 1, "wijk": 1, "onderwijs": 1}

    request.filters["tag"] = ["wijk"]
    results = search_pages(request=request, user=reader)
    assert [hit.page.title for hit in results.hits] == ["Netwerk in de wijk"]


def test_filters_without_query_list_everything_that_matches(corpus, reader):
    results = search_pages(request=SearchRequest(filters={"tag": ["jeugd"]}), user=reader)
    assert results.total == 2


def test_restricted_page_is_invisible_everywhere(backend, make_page, programme, reader, redactie):
    page = make_page("Geheime casusbespreking", programme=programme, tags=["geheim"])
    make_page("Openbare casusbespreking", programme=programme)
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([programme.manager_group])

    results = search_pages(request=SearchRequest(query="casusbespreking"), user=reader)
    assert [hit.page.title for hit in results.hits] == ["Openbare casusbespreking"]
    assert results.total == 1
    assert "geheim" not in counts(results, "tag")
    assert search_pages(request=SearchRequest(query="geheime"), user=reader).total == 0
    assert search_pages(request=SearchRequest(filters={"tag": ["geheim"]}), user=reader).total == 0
    suggestions = title_suggestions(prefix="geh", user=reader)
    assert suggestions == {"tags": [], "pages": []}

    reader.groups.add(programme.manager_group)
    results = search_pages(request=SearchRequest(query="geheime"), user=reader)
    assert [hit.page.title for hit in results.hits] == ["Geheime casusbespreking"]


def test_other_apps_register_type_specific_facets(backend, make_page, publish, programme, reader):
    """E.g. the kind and status of lessons learned: the owning app registers a hook, search
    code stays as it is."""

    def audience_facet():
        return {
            "param": "doelgroep",
            "label": "Doelgroep",
            "model": StandardPage,
            "field": lambda page: [audience.code for audience in page.audiences.all()],
        }

    with hooks.register_temporarily("register_search_facet", audience_facet):
        page = make_page("Inwerken bij het team", programme=programme, live=False)
        page.audiences.set([Audience.objects.get_or_create(code=AudienceCode.NIEUWE_MEDEWERKER)[0]])
        publish(page)
        results = search_pages(request=SearchRequest(query="inwerken"), user=reader)
        assert counts(results, "doelgroep") == {AudienceCode.NIEUWE_MEDEWERKER.value: 1}
        filtered = search_pages(
            request=SearchRequest(query="inwerken", filters={"doelgroep": ["regisseur"]}),
            user=reader,
        )
        assert filtered.total == 0
