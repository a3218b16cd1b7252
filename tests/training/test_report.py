"""The manager report in the admin: who may see it, team aggregates, individual rows only for
the managers of a programme, CSV and XLSX exports, and bounded query counts."""

import io
import re

import openpyxl
import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from portal.constants import Role
from portal.factories import ProgrammeFactory
from tests.conftest import user_with_role
from training import services
from training.factories import LessonFactory, TrainingModuleFactory, reflection
from training.models import ReflectionAnswer

from .conftest import lessons_of

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/training/"
PEOPLE = "/admin/reports/training/people/"


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.fixture
def radicalisering(programme_index):
    return ProgrammeFactory(
        name="Radicalisering", short_name="Radicalisering", slug="radicalisering"
    )


@pytest.fixture
def team(radicalisering, module):
    """Two learners in the Radicalisering team, one of whom completed the module."""
    done = user_with_role(Role.REGISSEUR, username="klaar", first_name="Kim", last_name="Klaar")
    busy = user_with_role(Role.REGISSEUR, username="bezig", first_name="Bo", last_name="Bezig")
    for user in (done, busy):
        user.groups.add(radicalisering.team_group)
    for lesson in lessons_of(module):
        for block in lesson.knowledge_checks():
            services.knowledge_check_submit(
                user=done, lesson=lesson, check_id=block.id, selected=["0"]
            )
        services.lesson_mark_completed(user=done, lesson=lesson)
    services.lesson_mark_completed(user=busy, lesson=lessons_of(module)[0])
    return done, busy


@pytest.fixture
def manager(radicalisering):
    user = user_with_role(Role.MANAGER, username="chef")
    user.groups.add(radicalisering.manager_group)
    return user


def test_manager_role_reaches_the_admin_but_edits_nothing(client, manager):
    assert manager.has_perm("wagtailadmin.access_admin")
    client.force_login(manager)
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/pages/").status_code == 302
    assert client.get(REPORT).status_code == 200


def test_learners_do_not_see_the_report(client, regisseur):
    client.force_login(regisseur)
    assert client.get(REPORT).status_code == 302  # no admin access at all
    staff = user_with_role(Role.PROGRAMMAMEDEWERKER, username="medewerker")
    client.force_login(staff)
    assert client.get(REPORT).status_code in (302, 403)


def test_team_aggregates_per_module(client, manager, team, radicalisering, module):
    client.force_login(manager)
    response = client.get(REPORT, {"programme": radicalisering.pk})
    row = next(row for row in response.context["object_list"] if row.pk == module.pk)
    assert (row.team_size, row.started_count, row.completed_count) == (2, 2, 1)
    assert row.completion_rate == 50
    html = body(response).decode()
    assert "<svg" in html and "50%" in html
    assert "Klaar" not in html and "klaar" not in html  # no individual names in aggregates


def test_individual_rows_only_for_managers_of_the_programme(client, manager, team, top600):
    other_team_member = user_with_role(Role.REGISSEUR, username="elders", last_name="Elders")
    other_team_member.groups.add(top600.team_group)
    client.force_login(manager)
    html = body(client.get(PEOPLE)).decode()
    assert "Kim Klaar" in html and "Bo Bezig" in html
    assert "Elders" not in html

    manager_without_programme = user_with_role(Role.MANAGER, username="losse-manager")
    client.force_login(manager_without_programme)
    assert client.get(REPORT).status_code == 200
    response = client.get(PEOPLE)  # Wagtail answers "permission denied" with a redirect
    assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_exports_as_csv_and_xlsx(client, manager, team, radicalisering):
    client.force_login(manager)
    csv = body(client.get(REPORT, {"programme": radicalisering.pk, "export": "csv"})).decode()
    # Dutch Excel: a BOM, semicolons, local times as day-month-year.
    assert csv.splitlines()[0].startswith("\ufeffModule;Programma;Versie")
    assert "Regie voeren;Top600;1.0;2;2;1;50" in csv

    response = client.get(PEOPLE, {"export": "csv"})
    people = body(response).decode()
    assert "Kim Klaar;klaar;Regie voeren" in people
    started = people.splitlines()[1].split(";")[4]
    assert re.fullmatch(r"\d{2}-\d{2}-\d{4} \d{2}:\d{2}", started), started
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == (
        f'attachment; filename="leervoortgang-per-persoon-{today}.csv"'
    )

    response = client.get(REPORT, {"programme": radicalisering.pk, "export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(body(response))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Module"
    # The last two: certificates expiring within 30 days and expired (none expire here).
    assert ("Regie voeren", "Top600", "1.0", 2, 2, 1, 50, 0, 0) in rows


def test_reflection_answers_are_in_no_report(client, manager, team, catalogue, top600):
    done, _busy = team
    module = TrainingModuleFactory(parent=catalogue, owner_programme=top600, slug="reflectie")
    lesson = LessonFactory(parent=module, body=[reflection("Wat leerde je?")])
    services.reflection_save(
        user=done, lesson=lesson, block_id=lesson.body[0].id, text="GEHEIM-INZICHT"
    )
    assert ReflectionAnswer.objects.exists()
    client.force_login(manager)
    for url in (REPORT, PEOPLE):
        for params in ({}, {"export": "csv"}):
            assert "GEHEIM-INZICHT" not in body(client.get(url, params)).decode()


def report_queries(client, url, params) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
        body(response)
    assert response.status_code == 200
    return len(queries)


def test_report_queries_do_not_grow_with_learners_or_modules(
    client, manager, team, radicalisering, catalogue, top600
):
    client.force_login(manager)
    params = {"programme": radicalisering.pk}
    report_queries(client, REPORT, params)  # warm per-process caches
    before = report_queries(client, REPORT, params)
    people_before = report_queries(client, PEOPLE, {})
    newcomers = Group.objects.get(name=Role.NIEUWE_MEDEWERKER)
    for number in range(4):
        extra = TrainingModuleFactory(parent=catalogue, owner_programme=top600)
        lesson = LessonFactory(parent=extra)
        learner = user_with_role(Role.REGISSEUR, username=f"extra-{number}")
        learner.groups.add(radicalisering.team_group, newcomers)
        services.lesson_mark_completed(user=learner, lesson=lesson)
    # New memberships make the cached access reads go stale once: read them again first.
    report_queries(client, REPORT, params)
    report_queries(client, PEOPLE, {})
    assert report_queries(client, REPORT, params) == before
    assert report_queries(client, PEOPLE, {}) == people_before
    assert before <= 40


def test_exports_cannot_carry_a_spreadsheet_formula(client, manager, team, radicalisering, module):
    module.title = "=1+1 Regie voeren"
    module.save_revision().publish()
    done, _busy = team
    done.first_name = "@SUM(A1:A3)"
    done.save()
    client.force_login(manager)
    csv = body(client.get(REPORT, {"programme": radicalisering.pk, "export": "csv"})).decode()
    assert "'=1+1 Regie voeren;Top600;1.0;2;2;1;50" in csv
    people = body(client.get(PEOPLE, {"export": "csv"})).decode()
    assert "'@SUM(A1:A3) Klaar;klaar;'=1+1 Regie voeren" in people

    for url, params in ((REPORT, {"programme": radicalisering.pk}), (PEOPLE, {})):
        response = client.get(url, {**params, "export": "xlsx"})
        sheet = openpyxl.load_workbook(io.BytesIO(body(response))).active
        cells = [cell for row in sheet.iter_rows(values_only=True) for cell in row]
        assert "'=1+1 Regie voeren" in cells
        assert not any(isinstance(cell, str) and cell.startswith("=") for cell in cells)
    assert "'@SUM(A1:A3) Klaar" in cells


def test_the_report_opens_on_the_managers_own_programme(client, manager, team, radicalisering):
    outsider = user_with_role(Role.REGISSEUR, username="buiten")  # no team of the manager's
    assert outsider.pk
    client.force_login(manager)
    html = body(client.get(REPORT)).decode()
    assert "2 deelnemers in het team van Radicalisering." in html
    assert "Regie voeren" in html


def test_the_group_filter_lists_no_technical_groups(client, manager, radicalisering):
    client.force_login(manager)
    html = body(client.get(REPORT)).decode()
    assert f'value="{radicalisering.pk}">Radicalisering</option>' in html
    for group in (radicalisering.team_group, radicalisering.manager_group):
        assert f'<option value="{group.pk}"' not in html


def test_a_small_group_outside_the_managers_programmes_is_refused(
    client, manager, team, radicalisering, module
):
    other = ProgrammeFactory(name="Top400", short_name="Top400", slug="top400")
    lone = user_with_role(Role.REGISSEUR, username="alleen")
    lone.groups.add(other.team_group)
    client.force_login(manager)
    for params in ({"programme": other.pk}, {"programme": other.pk, "export": "csv"}):
        content = body(client.get(REPORT, params)).decode()
        assert "Regie voeren;" not in content
    html = body(client.get(REPORT, {"programme": other.pk})).decode()
    assert "minder dan 5 mensen" in html
    # The manager's own programme is shown whatever its size.
    html = body(client.get(REPORT, {"programme": radicalisering.pk})).decode()
    assert "minder dan 5 mensen" not in html
    assert "2 deelnemers in het team van Radicalisering." in html
