"""ChainPartner moved from themes to portal with its table: a database migrated before the move
keeps its partners, the lessons' links to them and the content type (permissions, history)."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from portal.models import ChainPartner
from themes.factories import LessonIndexPageFactory, LessonLearnedFactory
from themes.models import LessonLearned

BEFORE_THE_MOVE = [
    ("portal", "0005_tag_slugs_fit_the_theme_route"),
    ("themes", "0004_meetingindexpage_thememeeting_meetingspeaker_and_more"),
]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_moving_chain_partner_keeps_its_rows_and_the_lessons_links(home_page, programme):
    index = LessonIndexPageFactory(parent=home_page)
    lesson = LessonLearnedFactory(parent=index, owner_programme=programme)
    lesson.chain_partners.set(ChainPartner.objects.filter(slug__in=["politie", "om"]))
    lesson.save()
    partner_ids = dict(ChainPartner.objects.values_list("slug", "pk"))

    old_apps = migrate(BEFORE_THE_MOVE)
    OldChainPartner = old_apps.get_model("themes", "ChainPartner")
    assert dict(OldChainPartner.objects.values_list("slug", "pk")) == partner_ids
    OldLesson = old_apps.get_model("themes", "LessonLearned")
    assert set(
        OldLesson.objects.get(pk=lesson.pk).chain_partners.values_list("slug", flat=True)
    ) == {"politie", "om"}
    OldContentType = old_apps.get_model("contenttypes", "ContentType")
    assert OldContentType.objects.filter(app_label="themes", model="chainpartner").exists()
    # A partner added while the model still lived in themes comes along too.
    OldChainPartner.objects.create(name="Stichting Nazorg", slug="stichting-nazorg")

    executor = MigrationExecutor(connection)
    migrate(executor.loader.graph.leaf_nodes())

    ContentType.objects.clear_cache()
    assert dict(
        ChainPartner.objects.exclude(slug="stichting-nazorg").values_list("slug", "pk")
    ) == (partner_ids)
    assert ChainPartner.objects.filter(slug="stichting-nazorg").exists()
    assert set(
        LessonLearned.objects.get(pk=lesson.pk).chain_partners.values_list("slug", flat=True)
    ) == {"politie", "om"}
    assert ContentType.objects.get_for_model(ChainPartner).app_label == "portal"
    assert not ContentType.objects.filter(app_label="themes", model="chainpartner").exists()
