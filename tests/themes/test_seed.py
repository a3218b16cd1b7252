from io import StringIO

import pytest
from django.core.management import call_command

from themes.constants import KINDS_WITH_FOLLOW_UP, FollowUpStatus
from themes.models import FollowUpStatusChange, LessonLearned

pytestmark = pytest.mark.django_db


def test_seed_demo_adds_lessons_with_overlapping_themes_and_follow_ups():
    call_command("seed_demo", stdout=StringIO())
    lessons = LessonLearned.objects.live()
    assert lessons.count() >= 40
    assert lessons.values("owner_programme").distinct().count() >= 5
    follow_ups = lessons.filter(kind__in=KINDS_WITH_FOLLOW_UP)
    assert follow_ups.count() >= 10
    assert set(follow_ups.values_list("follow_up_status", flat=True)) == set(FollowUpStatus.values)
    shared_theme = lessons.filter(tagged_items__tag__slug="informatiedeling")
    assert {"top400", "radicalisering"} <= set(
        shared_theme.values_list("owner_programme__slug", flat=True)
    )
    solved = follow_ups.filter(follow_up_status=FollowUpStatus.SOLVED).first()
    assert FollowUpStatusChange.objects.filter(lesson=solved).count() == 3
