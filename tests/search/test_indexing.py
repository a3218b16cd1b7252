"""Keeping the index true: publish, unpublish, delete, move; drafts never leak; a rebuild swaps
the alias while searches go on; an unreachable engine neither breaks saves nor the search page,
and a later sync catches up."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from search import index
from search.models import SearchDocument
from search.results import SearchRequest
from search.selectors import search_drift, search_pages

from .conftest import settle

pytestmark = pytest.mark.django_db


def found(query, user):
    return [
        hit.page.title for hit in search_pages(request=SearchRequest(query=query), user=user).hits
    ]


def test_publish_unpublish_and_delete(
    backend, make_page, programme, reader, django_capture_on_commit_callbacks
):
    page = make_page("Huisvesting na detentie", programme=programme)
    assert found("huisvesting", reader) == ["Huisvesting na detentie"]

    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    settle()
    assert found("huisvesting", reader) == []

    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    settle()
    assert found("huisvesting", reader) == ["Huisvesting na detentie"]

    with django_capture_on_commit_callbacks(execute=True):
        page.delete()
    settle()
    assert found("huisvesting", reader) == []
    assert search_drift().in_step


def test_move_updates_the_path_used_for_permissions(
    backend, make_page, home_page, programme, reader, django_capture_on_commit_callbacks
):
    from wagtail.models import PageViewRestriction

    section = make_page("Besloten sectie", programme=programme)
    PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    page = make_page("Schuldhulp in de wijk", programme=programme)
    assert found("schuldhulp", reader) == ["Schuldhulp in de wijk"]

    with django_capture_on_commit_callbacks(execute=True):
        page.move(section, pos="last-child")
    settle()
    assert found("schuldhulp", reader) == []
    assert SearchDocument.objects.get(key=f"page:{page.pk}").path.startswith(section.path)


def test_draft_text_never_reaches_search(
    backend, make_page, programme, reader, django_capture_on_commit_callbacks
):
    page = make_page("Terugkeer na detentie", programme=programme)
    page.title = "Terugkeer na detentie met vertrouwelijk conceptwoord"
    page.summary = "vertrouwelijk conceptwoord"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision()  # a draft, not published
    settle()
    assert found("conceptwoord", reader) == []
    assert found("terugkeer", reader) == ["Terugkeer na detentie"]
    call_command("search_rebuild", stdout=open("/dev/null", "w"))  # noqa: SIM115
    settle()
    assert found("conceptwoord", reader) == []


def test_rebuild_swaps_the_alias_while_searches_go_on(engine, make_page, programme, reader):
    make_page("Preventie in het onderwijs", programme=programme)
    before = index.indices_behind_alias()
    seen_during_rebuild = []

    def progress(done, total):
        # Mid-rebuild, searches still answer from the old index.
        seen_during_rebuild.append(found("preventie", reader))

    from search.services import search_rebuild

    new_name = search_rebuild(progress=progress)
    assert seen_during_rebuild and all(
        titles == ["Preventie in het onderwijs"] for titles in seen_during_rebuild
    )
    assert index.indices_behind_alias() == [new_name] != before
    assert found("preventie", reader) == ["Preventie in het onderwijs"]
    from search.engine import get_engine

    assert get_engine().request("GET", f"/{before[0]}", params={"ignore_unavailable": "true"}) == {}


def test_engine_down_saves_succeed_search_falls_back_then_sync_catches_up(
    engine, settings, make_page, programme, client, reader, django_capture_on_commit_callbacks
):
    live_url = settings.SEARCH_URL
    settings.SEARCH_URL = "http://127.0.0.1:9"  # nothing listens here
    page = make_page("Verslavingszorg en toezicht", programme=programme)
    assert page.live
    assert SearchDocument.objects.get(key=f"page:{page.pk}").engine_pending

    client.force_login(reader)
    response = client.get(reverse("search"), {"q": "toezicht"})
    assert response.status_code == 200
    assert "Verslavingszorg en toezicht" in response.content.decode()
    assert response.context["results"].engine_unavailable
    assert b"ams-alert--warning" in response.content
    assert client.get("/healthz").json()["checks"]["search"] == "degraded"

    settings.SEARCH_URL = live_url
    assert search_drift().engine_keys == set()
    call_command("search_sync", stdout=open("/dev/null", "w"))  # noqa: SIM115
    results = search_pages(request=SearchRequest(query="toezicht"), user=reader)
    assert results.backend == "engine"
    assert [hit.page.title for hit in results.hits] == ["Verslavingszorg en toezicht"]
    assert search_drift().in_step
    assert client.get("/healthz").json()["checks"]["search"] == "ok"


def test_rebuild_forgets_a_page_taken_offline_behind_search_back(
    backend, make_page, programme, reader
):
    from portal.models import KnowledgePage
    from search.models import SearchDocument

    def total(query):
        return search_pages(request=SearchRequest(query=query), user=reader).total

    kept = make_page("Nazorg na detentie", programme=programme)
    gone = make_page("Nazorg bij schulden", programme=programme)
    KnowledgePage.objects.filter(pk=gone.pk).update(live=False)  # no signal reaches search
    settle()
    assert total("nazorg") == 2  # the count is stale until search hears of it
    call_command("search_rebuild", stdout=open("/dev/null", "w"))  # noqa: SIM115
    settle()
    assert total("nazorg") == 1
    assert found("nazorg", reader) == [kept.title]
    assert not SearchDocument.objects.filter(key=f"page:{gone.pk}", is_removed=False).exists()


def test_a_page_with_an_image_publishes_and_its_caption_is_found(
    dutch_backend, make_page, publish, programme, reader
):
    """An image block's value is the image itself: indexing it used to fail the publish."""
    import wagtail_factories

    image = wagtail_factories.ImageFactory(title="Foto")
    page = make_page("Terugblik op de bijeenkomst", programme=programme, live=False)
    page.body = [("image", {"image": image, "caption": "Zonnewijzer in de binnentuin"})]
    page.save()
    publish(page)

    assert found("zonnewijzer", reader) == ["Terugblik op de bijeenkomst"]
