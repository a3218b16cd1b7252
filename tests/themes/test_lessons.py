import csv
import datetime
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from portal.factories import ProgrammeFactory
from themes.constants import FollowUpStatus, LessonKind
from themes.factories import LessonLearnedFactory
from themes.models import ChainPartner, FollowUpStatusChange, LessonLearned

pytestmark = pytest.mark.django_db


def publish(page, user=None):
    page.save_revision(user=user).publish()
    return page


def lesson(index, **kwargs):
    tags = kwargs.pop("tags", None)
    page = LessonLearnedFactory(parent=index, live=False, **kwargs)
    if tags:
        page.tags.add(*tags)
    return publish(page)


def test_chain_partners_are_seeded_by_migration():
    slugs = set(ChainPartner.objects.values_list("slug", flat=True))
    assert {
        "politie",
        "om",
        "reclassering",
        "dji",
        "raad-voor-de-kinderbescherming",
        "ggd",
        "wijkteam",
        "woningcorporatie",
        "school",
        "veilig-thuis",
    } <= slugs


def test_index_filters_by_kind_programme_partner_tag_and_status(
    client, regisseur, lesson_index, programme, other_programme
):
    police = ChainPartner.objects.get(slug="politie")
    practice = lesson(lesson_index, title="Praktijk", owner_programme=programme, tags=["netwerk"])
    bottleneck = lesson(
        lesson_index,
        title="Knelpunt",
        owner_programme=other_programme,
        bottleneck=True,
        chain_partners=[police],
        tags=["informatiedeling"],
    )
    shared = lesson(
        lesson_index,
        title="Gedeeld",
        owner_programme=other_programme,
        system_error=True,
        follow_up_status=FollowUpStatus.SOLVED,
        also_relevant_for=[programme],
    )
    client.force_login(regisseur)

    def titles(query):
        response = client.get(f"/lessen/?{query}")
        assert response.status_code == 200
        return {page.title for page in response.context["lessons"]}

    assert titles("") == {"Praktijk", "Knelpunt", "Gedeeld"}
    assert titles("soort=knelpunt") == {bottleneck.title}
    assert titles("programma=top600") == {practice.title, shared.title}
    assert titles("partner=politie") == {bottleneck.title}
    assert titles("tag=netwerk") == {practice.title}
    assert titles("status=opgelost") == {shared.title}
    assert titles("soort=onzin&partner=bestaat-niet") == {"Praktijk", "Knelpunt", "Gedeeld"}


def test_a_filter_value_that_no_longer_exists_is_reported_and_the_others_still_apply(
    client, regisseur, lesson_index, programme, other_programme
):
    lesson(lesson_index, title="Praktijk", owner_programme=programme, tags=["netwerk"])
    lesson(lesson_index, title="Elders", owner_programme=other_programme, tags=["netwerk"])
    client.force_login(regisseur)
    response = client.get("/lessen/?programma=top600&tag=bestaat-niet-meer")
    assert response.status_code == 200
    assert [page.title for page in response.context["lessons"]] == ["Praktijk"]
    html = response.content.decode()
    assert html.count("Deze keuze bestaat niet (meer) en wordt genegeerd.") == 1
    assert 'aria-invalid="true"' in html


def test_the_register_reports_a_status_it_does_not_list(client, regisseur, lesson_index):
    client.force_login(regisseur)
    response = client.get("/lessen/register/?status=opgelost")
    assert response.status_code == 200
    assert "Deze keuze bestaat niet (meer)" in response.content.decode()


def test_index_renders_in_a_bounded_number_of_queries(client, regisseur, lesson_index, programme):
    police, school = ChainPartner.objects.filter(slug__in=["politie", "school"])
    client.force_login(regisseur)

    def query_count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/lessen/").status_code == 200
        return len(queries)

    lesson(lesson_index, owner_programme=programme, tags=["a"], chain_partners=[police])
    query_count()  # warms the caches (site root paths, glossary terms)
    few = query_count()
    for number in range(12):
        lesson(
            lesson_index,
            owner_programme=ProgrammeFactory(),
            tags=[f"thema-{number}", "a"],
            chain_partners=[police, school],
            bottleneck=True,
        )
    query_count()  # new programmes bring new groups: the cached access reads are read again once
    assert query_count() == few


def test_lesson_page_renders(client, regisseur, lesson_index, programme):
    page = lesson(lesson_index, owner_programme=programme, bottleneck=True, tags=["netwerk"])
    client.force_login(regisseur)
    response = client.get(page.url)
    assert response.status_code == 200
    assert "Opvolging" in response.content.decode()


def test_follow_up_history_records_each_published_status_once(lesson_index, programme, redactie):
    page = lesson(lesson_index, owner_programme=programme, bottleneck=True)
    page.follow_up_status = FollowUpStatus.IN_PROGRESS
    page.follow_up_actions = "Overleg gepland."
    publish(page, user=redactie)
    publish(page, user=redactie)  # the same status again records nothing
    page.follow_up_status = FollowUpStatus.SOLVED
    page.evidence_of_effect = "De monitor laat het effect zien."
    page.save_revision(user=redactie)  # a draft is not history
    changes = list(FollowUpStatusChange.objects.filter(lesson=page))
    assert [(c.from_status, c.to_status) for c in changes] == [
        ("", FollowUpStatus.OPEN),
        (FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS),
    ]
    assert changes[1].changed_by == redactie
    assert changes[1].note == "Overleg gepland."


def test_register_lists_unresolved_bottlenecks_oldest_first(
    client, regisseur, lesson_index, programme, other_programme
):
    newer = lesson(lesson_index, title="Nieuwer", owner_programme=programme, bottleneck=True)
    older = lesson(
        lesson_index,
        title="Ouder",
        owner_programme=other_programme,
        system_error=True,
        follow_up_status=FollowUpStatus.IN_PROGRESS,
    )
    LessonLearned.objects.filter(pk=older.pk).update(
        first_published_at=timezone.now() - datetime.timedelta(days=100)
    )
    lesson(
        lesson_index,
        title="Opgelost",
        owner_programme=programme,
        bottleneck=True,
        follow_up_status=FollowUpStatus.SOLVED,
    )
    lesson(lesson_index, title="Praktijk", owner_programme=programme)
    client.force_login(regisseur)

    response = client.get("/lessen/register/")
    assert [page.title for page in response.context["lessons"]] == ["Ouder", "Nieuwer"]
    response = client.get("/lessen/register/?programma=top600")
    assert [page.title for page in response.context["lessons"]] == [newer.title]
    response = client.get("/lessen/register/?soort=systeemfout")
    assert [page.title for page in response.context["lessons"]] == ["Ouder"]


def test_register_exports_csv_with_the_same_filters(client, regisseur, lesson_index, programme):
    lesson(
        lesson_index,
        title="Knelpunt A",
        owner_programme=programme,
        bottleneck=True,
        follow_up_owner="Ketenregie",
        chain_partners=ChainPartner.objects.filter(slug="om"),
    )
    lesson(lesson_index, title="Fout B", owner_programme=programme, system_error=True)
    client.force_login(regisseur)
    response = client.get("/lessen/register.csv?soort=knelpunt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 2
    assert rows[1][1:7] == [
        "Knelpunt",
        "Knelpunt A",
        "Top600",
        "Openbaar Ministerie",
        "Open",
        "Ketenregie",
    ]


def test_bottleneck_needs_a_follow_up_status(programme):
    from django.core.exceptions import ValidationError

    page = LessonLearned(kind=LessonKind.BOTTLENECK, follow_up_status="")
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "follow_up_status" in error.value.message_dict
    page = LessonLearned(kind=LessonKind.GOOD_PRACTICE, follow_up_status=FollowUpStatus.OPEN)
    with pytest.raises(ValidationError):
        page.clean()


def test_blame_free_lesson_hides_the_author_from_readers_only(
    client, regisseur, redactie, lesson_index, programme, staff_of_programme
):
    page = lesson(
        lesson_index, owner_programme=programme, blame_free=True, owner=staff_of_programme
    )
    staff_of_programme.first_name, staff_of_programme.last_name = "Pim", "Programma"
    staff_of_programme.save()
    client.force_login(regisseur)
    content = client.get(page.url).content.decode()
    assert "een collega van Top600" in content
    assert "Pim Programma" not in content
    client.force_login(redactie)
    assert "Pim Programma" in client.get(page.url).content.decode()


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_the_register_export_cannot_carry_a_spreadsheet_formula(
    client, regisseur, lesson_index, programme, start
):
    lesson(
        lesson_index,
        title=f"{start}1+1 knelpunt",
        owner_programme=programme,
        bottleneck=True,
        follow_up_owner="@SUM(A1:A9)",
        follow_up_actions="-2+3 gesprekken",
    )
    client.force_login(regisseur)
    response = client.get("/lessen/register.csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[1][2] == f"'{start}1+1 knelpunt"
    assert rows[1][6] == "'@SUM(A1:A9)"
    assert rows[1][8] == "'-2+3 gesprekken"
    assert rows[1][0][0].isdigit()  # dates and plain text stay as they are
