"""An ordinary Dutch tag ("coördinatie") never takes a page down: every tag's slug fits the
/themas/<slug>/ route, the name keeps its accents, existing tags get such a slug by migration
and their old addresses redirect."""

from importlib import import_module

import pytest
from django.apps import apps
from taggit.models import Tag

from themes.factories import LessonIndexPageFactory, LessonLearnedFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def tagged_lesson(home_page, programme):
    index = LessonIndexPageFactory(parent=home_page)
    index.save_revision().publish()
    lesson = LessonLearnedFactory(
        parent=index, live=False, title="Regie bij coördinatie", owner_programme=programme
    )
    lesson.tags.add("coördinatie", "ketenpartners één", "Radicalisering")
    lesson.save_revision().publish()
    return lesson


def test_pages_that_link_a_tag_with_accents_render(client, regisseur, tagged_lesson, programme):
    client.force_login(regisseur)
    for url in [tagged_lesson.get_parent().url, tagged_lesson.url, programme.landing_page.url]:
        response = client.get(url)
        assert response.status_code == 200, url
    html = client.get(tagged_lesson.url).content.decode()
    assert 'href="/themas/coordinatie/"' in html
    assert ">coördinatie<" in html  # the name keeps its accents
    assert 'href="/themas/ketenpartners-een/"' in html


def test_the_theme_page_of_a_tag_with_accents(client, regisseur, tagged_lesson):
    client.force_login(regisseur)
    response = client.get("/themas/coordinatie/")
    assert response.status_code == 200
    assert "coördinatie" in response.content.decode()
    assert "Regie bij coördinatie" in response.content.decode()


def test_old_unicode_addresses_redirect_to_the_theme(client, regisseur, tagged_lesson):
    client.force_login(regisseur)
    response = client.get("/themas/coördinatie/")
    assert response.status_code == 301
    assert response["Location"] == "/themas/coordinatie/"
    assert client.get("/themas/onbekénd/").status_code == 404


def test_slugs_stay_unique_and_never_empty(db):
    first = Tag.objects.create(name="coordinatie")
    second = Tag.objects.create(name="coördinatie")
    symbols = Tag.objects.create(name="#")
    greek = Tag.objects.create(name="Ωμέγα")
    assert first.slug == "coordinatie"
    assert second.slug == "coordinatie_1"
    assert second.name == "coördinatie"
    assert symbols.slug == "thema"
    assert greek.slug == "thema_1"


def test_a_slug_set_by_hand_is_made_to_fit_the_route(db):
    tag = Tag.objects.create(name="Zorg", slug="zorg")
    tag.slug = "zórg en veiligheid"
    tag.save()
    assert tag.slug == "zorg-en-veiligheid"


def test_the_migration_gives_existing_tags_route_slugs_and_keeps_them_unique(db):
    kept = Tag.objects.create(name="coordinatie")
    # Tags as taggit made them before: Unicode slugs (written past the slug receiver).
    accented = Tag.objects.create(name="coördinatie")
    Tag.objects.filter(pk=accented.pk).update(slug="coördinatie")
    suffixed = Tag.objects.create(name="Coördinatie!")
    Tag.objects.filter(pk=suffixed.pk).update(slug="coördinatie_1")
    only_symbols = Tag.objects.create(name="Ωμέγα")
    Tag.objects.filter(pk=only_symbols.pk).update(slug="ωμέγα")

    migration = import_module("portal.migrations.0005_tag_slugs_fit_the_theme_route")
    migration.ascii_slugs(apps, None)

    slugs = dict(Tag.objects.values_list("name", "slug"))
    assert slugs == {
        "coordinatie": "coordinatie",
        "coördinatie": "coordinatie_1",
        "Coördinatie!": "coordinatie_1_1",
        "Ωμέγα": "thema",
    }
    assert Tag.objects.get(pk=kept.pk).slug == "coordinatie"
