"""The equivalence of an original and its adaptations holds in every direction that is
configured (training.equivalence): an adaptation's completion counts for the original, the
original's for an adaptation, and one adopter's adaptation for another adopter's. Checked for
learning paths, mandatory training and its due dates, prerequisites, the home page's "Verplicht
leren" and the manager report; and the pages cost the same number of queries with one
adaptation as with five, for a reader outside and a reader inside an adopting programme."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.constants import Role
from portal.factories import ProgrammeFactory
from tests.conftest import user_with_role
from training import services
from training.factories import LessonFactory, TrainingModuleFactory
from training.selectors import (
    learning_path_for,
    module_completion_report,
    my_learning,
    overdue_report,
)

from .test_adoption import adaptation_of, complete, mandatory_path

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/training/"
DIRECTIONS = ["adaptation-for-original", "original-for-adaptation", "adaptation-for-adaptation"]


@pytest.fixture
def radicalisering(programme_index):
    return ProgrammeFactory(
        name="Radicalisering", short_name="Radicalisering", slug="radicalisering"
    )


@pytest.fixture
def top400(programme_index):
    return ProgrammeFactory(name="Top400", short_name="Top400", slug="top400")


@pytest.fixture(params=DIRECTIONS)
def required_and_completed(request, module, radicalisering, top400):
    """(the module a path or prerequisite requires, the equivalent module the learner does)."""
    adaptation = adaptation_of(module, radicalisering, "regie-voeren-radicalisering")
    return {
        "adaptation-for-original": (module, adaptation),
        "original-for-adaptation": (adaptation, module),
        "adaptation-for-adaptation": (
            adaptation,
            adaptation_of(module, top400, "regie-voeren-top400"),
        ),
    }[request.param]


def test_a_mandatory_path_is_satisfied_in_every_direction(
    client, required_and_completed, regisseur
):
    required, completed = required_and_completed
    path = mandatory_path(required)
    client.force_login(regisseur)
    assert learning_path_for(user=regisseur, slug=path.slug).overdue
    assert "Regisseursopleiding" in client.get("/").content.decode()

    complete(regisseur, completed)
    progress = learning_path_for(user=regisseur, slug=path.slug)
    assert progress.completed and not progress.overdue
    assert progress.completed_count == 1
    assert progress.modules[0][1].completed_via == completed
    assert progress.next_module is None
    mine = my_learning(user=regisseur)
    assert mine["overdue_count"] == 0
    assert mine["mandatory_paths"][0].completed
    # The home page's "Verplicht leren" drops the path; its page counts the module.
    assert "Regisseursopleiding" not in client.get("/").content.decode()
    html = client.get(path.get_absolute_url()).content.decode()
    assert "1 van 1 modules afgerond" in html
    assert f"Afgerond via de versie van {completed.owner_programme.name}" in html
    assert "Verplicht, afgerond." in client.get("/mijn-leeromgeving/").content.decode()


def test_a_prerequisite_is_met_in_every_direction(
    client, catalogue, top600, required_and_completed, regisseur
):
    required, completed = required_and_completed
    follow_up = TrainingModuleFactory(
        parent=catalogue, owner_programme=top600, title="Informatiedeling", slug="info"
    )
    follow_up.prerequisites.set([required])
    follow_up.save()
    lesson = LessonFactory(parent=follow_up, title="Delen", slug="delen")
    with pytest.raises(services.PrerequisitesNotMet):
        services.lesson_mark_completed(user=regisseur, lesson=lesson)
    client.force_login(regisseur)
    assert "Eerst afronden" in client.get(lesson.url).content.decode() or (
        "(afgerond)" not in client.get(follow_up.url).content.decode()
    )

    complete(regisseur, completed)
    assert services.unmet_prerequisites(user=regisseur, module=follow_up) == []
    services.lesson_mark_completed(user=regisseur, lesson=lesson)
    assert follow_up.enrolments.get(user=regisseur).completed_at is not None
    assert "(afgerond)" in client.get(follow_up.url).content.decode()


def test_the_manager_report_counts_every_direction(
    client, required_and_completed, radicalisering, regisseur
):
    required, completed = required_and_completed
    mandatory_path(required)
    colleague = user_with_role(Role.REGISSEUR, username="collega")
    for user in (regisseur, colleague):
        user.groups.add(radicalisering.team_group)
    complete(regisseur, completed)
    user_ids = [regisseur.pk, colleague.pk]

    rows = {row.pk: row for row in module_completion_report(user_ids=user_ids)}
    assert (rows[required.pk].started_count, rows[required.pk].completed_count) == (1, 1)
    (line,) = overdue_report(user_ids=user_ids)
    assert (line.mandatory_count, line.completed_count, line.overdue_count) == (2, 1, 1)

    manager = user_with_role(Role.MANAGER, username="chef")
    manager.groups.add(radicalisering.manager_group)
    client.force_login(manager)
    response = client.get(REPORT, {"programme": radicalisering.pk})
    row = next(row for row in response.context["object_list"] if row.pk == required.pk)
    assert (row.team_size, row.completed_count, row.completion_rate) == (2, 1, 50)
    (line,) = response.context["overdue_lines"]
    assert (line.completed_count, line.overdue_count) == (1, 1)


# Bounded queries --------------------------------------------------------------------------------


def page_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200, url
    return len(queries)


def counts(client, urls) -> dict:
    return {url: page_queries(client, url) for url in urls}


@pytest.mark.parametrize("reader_in_programme", [False, True])
def test_learner_pages_cost_the_same_with_one_or_five_adaptations(
    client, catalogue, programme_index, top600, module, reader_in_programme
):
    """Catalogue, module, lesson (with a prerequisite), learning path, "my learning" and the
    home page, for a reader outside any adopting programme and for a reader of one (whose
    pages send them to their programme's version)."""
    programmes = [
        ProgrammeFactory(name=f"Programma {n}", short_name=f"P{n}", slug=f"p{n}") for n in range(5)
    ]
    reader = user_with_role(Role.REGISSEUR, username="lezer")
    if reader_in_programme:
        for programme in programmes:
            reader.groups.add(programme.team_group)
    path = mandatory_path(module)
    follow_up = TrainingModuleFactory(parent=catalogue, owner_programme=top600, slug="vervolg")
    follow_up.prerequisites.set([module])
    follow_up.save()
    follow_up_lesson = LessonFactory(parent=follow_up, slug="vervolg-les")
    first = adaptation_of(module, programmes[0], "aangepast-0")
    complete(reader, first)
    client.force_login(reader)
    urls = [
        catalogue.url,
        module.url,
        first.url,
        follow_up.url,
        follow_up_lesson.url,
        path.get_absolute_url(),
        "/leren/paden/",
        "/mijn-leeromgeving/",
        "/",
    ]
    counts(client, urls)  # warm per-process caches
    with_one = counts(client, urls)
    for n, programme in enumerate(programmes[1:], start=1):
        complete(reader, adaptation_of(module, programme, f"aangepast-{n}"))
    counts(client, urls)  # new memberships and pages make cached reads stale once
    assert counts(client, urls) == with_one


def test_the_manager_report_costs_the_same_with_one_or_five_adaptations(
    client, module, radicalisering
):
    programmes = [
        ProgrammeFactory(name=f"Programma {n}", short_name=f"P{n}", slug=f"p{n}") for n in range(5)
    ]
    mandatory_path(module)
    learner = user_with_role(Role.REGISSEUR, username="deelnemer")
    learner.groups.add(radicalisering.team_group)
    manager = user_with_role(Role.MANAGER, username="chef")
    manager.groups.add(radicalisering.manager_group)
    complete(learner, adaptation_of(module, programmes[0], "aangepast-0"))
    client.force_login(manager)
    urls = [
        f"{REPORT}?programme={radicalisering.pk}",
        f"{REPORT}?programme={radicalisering.pk}&export=csv",
        f"{REPORT}people/",
    ]
    counts(client, urls)
    with_one = counts(client, urls)
    for n, programme in enumerate(programmes[1:], start=1):
        complete(learner, adaptation_of(module, programme, f"aangepast-{n}"))
    counts(client, urls)
    assert counts(client, urls) == with_one
