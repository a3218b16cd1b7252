"""Adoption as a relation: an adaptation records the original's version and revision it
follows, and completing an adaptation counts for its original (and the other way round)
wherever a module is required: paths, mandatory training, prerequisites, the home page,
"my learning" and the manager report, in queries that do not grow with the adaptations."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.constants import Role
from portal.factories import ProgrammeFactory
from tests.conftest import user_with_role
from training import services
from training.factories import LessonFactory, TrainingModuleFactory
from training.models import (
    LearningPath,
    LearningPathModule,
    LearningPathRequirement,
    TrainingModule,
)
from training.selectors import (
    learning_path_for,
    module_completion_report,
    my_learning,
    overdue_report,
)

from .conftest import lessons_of

pytestmark = pytest.mark.django_db

PAST = datetime.date(2020, 1, 1)


@pytest.fixture
def radicalisering(catalogue, programme_index):
    return ProgrammeFactory(
        name="Radicalisering", short_name="Radicalisering", slug="radicalisering"
    )


def adaptation_of(original, programme, slug, **fields) -> TrainingModule:
    adaptation = TrainingModuleFactory(
        parent=original.get_parent(),
        owner_programme=programme,
        title=f"{original.title} ({programme.short_name})",
        slug=slug,
        adopted_from_module=original,
        **fields,
    )
    LessonFactory(parent=adaptation, title="Eerste les", slug=f"{slug}-1")
    LessonFactory(parent=adaptation, title="Tweede les", slug=f"{slug}-2", with_check=True)
    return adaptation


@pytest.fixture
def adaptation(module, radicalisering):
    return adaptation_of(module, radicalisering, "regie-voeren-radicalisering")


def complete(user, module):
    for lesson in lessons_of(module):
        for block in lesson.knowledge_checks():
            services.knowledge_check_submit(
                user=user, lesson=lesson, check_id=block.id, selected=["0"]
            )
        services.lesson_mark_completed(user=user, lesson=lesson)


def mandatory_path(*modules, group_name=Role.REGISSEUR, slug="regisseursopleiding"):
    path = LearningPath.objects.create(title="Regisseursopleiding", slug=slug)
    for order, module in enumerate(modules):
        LearningPathModule.objects.create(path=path, module=module, sort_order=order)
    LearningPathRequirement.objects.create(
        path=path, group=Group.objects.get(name=group_name), due_date=PAST
    )
    return path


# Recording the original's version ---------------------------------------------------------------


def test_an_adaptation_records_the_originals_version_and_live_revision(module, radicalisering):
    module.version = "2.0"
    revision = module.save_revision()
    revision.publish()
    adaptation = adaptation_of(module, radicalisering, "aangepast")
    adaptation.refresh_from_db()
    assert adaptation.adopted_version == "2.0"
    assert adaptation.adopted_revision_id == revision.pk
    assert adaptation.adopted_from_programme == module.owner_programme
    assert not adaptation.is_behind_original


def test_an_adaptation_of_an_older_version_records_that_revision_and_is_behind(
    module, radicalisering
):
    module.version = "1.3"
    old = module.save_revision()
    old.publish()
    module.version = "1.4"
    module.save_revision().publish()
    adaptation = adaptation_of(module, radicalisering, "aangepast", adopted_version="1.3")
    adaptation = TrainingModule.objects.select_related("adopted_from_module").get(pk=adaptation.pk)
    assert adaptation.adopted_revision_id == old.pk
    assert adaptation.is_behind_original
    # Brought up to date: the editor states the new version, the live revision is recorded.
    adaptation.adopted_version = "1.4"
    adaptation.save()
    adaptation.refresh_from_db()
    module.refresh_from_db()
    assert adaptation.adopted_revision_id == module.live_revision_id
    assert (
        not TrainingModule.objects.select_related("adopted_from_module")
        .get(pk=adaptation.pk)
        .is_behind_original
    )


def test_an_adaptation_of_an_adaptation_is_refused(adaptation, radicalisering):
    copy = TrainingModule(
        title="Kopie",
        slug="kopie",
        summary="Een kopie.",
        learning_goals="<ul><li>Doel</li></ul>",
        owner_programme=radicalisering,
        adopted_from_module=adaptation,
    )
    with pytest.raises(ValidationError) as error:
        copy.clean()
    assert "adopted_from_module" in error.value.message_dict


def test_the_migration_records_revisions_of_existing_adaptations(module, radicalisering):
    import importlib

    from django.apps import apps

    module.version = "1.3"
    old = module.save_revision()
    old.publish()
    module.version = "1.4"
    module.save_revision().publish()
    adaptation = adaptation_of(module, radicalisering, "aangepast", adopted_version="1.3")
    TrainingModule.objects.filter(pk=adaptation.pk).update(adopted_revision=None)
    migration = importlib.import_module(
        "training.migrations.0005_adaptation_records_adopted_revision"
    )
    migration.record_adopted_revisions(apps, None)
    adaptation.refresh_from_db()
    assert adaptation.adopted_revision_id == old.pk


# Completing an adaptation counts for the original --------------------------------------------


def test_completing_the_adaptation_satisfies_a_mandatory_path_of_the_original(
    client, module, adaptation, regisseur
):
    path = mandatory_path(module)
    complete(regisseur, adaptation)

    progress = learning_path_for(user=regisseur, slug=path.slug)
    assert progress.completed_count == 1
    assert progress.completed and not progress.overdue
    mine = my_learning(user=regisseur)
    assert mine["overdue_count"] == 0

    client.force_login(regisseur)
    html = client.get(path.get_absolute_url()).content.decode()
    assert "1 van 1 modules afgerond" in html
    assert "Afgerond via de versie van Radicalisering" in html
    # The home page's "Verplicht leren" no longer lists the path.
    assert "Regisseursopleiding" not in client.get("/").content.decode()
    html = client.get("/mijn-leeromgeving/").content.decode()
    assert "Verplicht, afgerond." in html


def test_without_the_adaptation_the_path_stays_overdue(client, module, adaptation, regisseur):
    path = mandatory_path(module)
    progress = learning_path_for(user=regisseur, slug=path.slug)
    assert progress.overdue
    client.force_login(regisseur)
    assert "Regisseursopleiding" in client.get("/").content.decode()


def test_completing_the_original_satisfies_a_path_that_lists_the_adaptation(
    module, adaptation, regisseur
):
    path = mandatory_path(adaptation)
    complete(regisseur, module)
    progress = learning_path_for(user=regisseur, slug=path.slug)
    assert progress.completed
    assert progress.modules[0][1].completed_via == module


def test_the_adaptation_unlocks_a_module_that_requires_the_original(
    client, catalogue, top600, module, adaptation, regisseur
):
    follow_up = TrainingModuleFactory(
        parent=catalogue, owner_programme=top600, title="Informatiedeling", slug="info"
    )
    follow_up.prerequisites.set([module])
    follow_up.save()
    lesson = LessonFactory(parent=follow_up, title="Delen", slug="delen")
    with pytest.raises(services.PrerequisitesNotMet):
        services.lesson_mark_completed(user=regisseur, lesson=lesson)
    complete(regisseur, adaptation)
    services.lesson_mark_completed(user=regisseur, lesson=lesson)
    assert follow_up.enrolments.get(user=regisseur).completed_at is not None
    client.force_login(regisseur)
    html = client.get(follow_up.url).content.decode()
    assert "(afgerond)" in html


def test_the_reader_is_told_what_counts_for_what(client, module, adaptation, regisseur):
    complete(regisseur, adaptation)
    client.force_login(regisseur)
    html = client.get(adaptation.url).content.decode()
    assert "Telt als <em>Regie voeren</em> (Top600)" in html
    html = client.get(module.url).content.decode()
    assert "Afgerond via de versie van Radicalisering" in html


def test_the_manager_report_counts_the_adaptation_for_the_original(module, adaptation, regisseur):
    mandatory_path(module)
    other = user_with_role(Role.REGISSEUR, username="collega")
    complete(regisseur, adaptation)
    user_ids = [regisseur.pk, other.pk]

    counts = {row.pk: row for row in module_completion_report(user_ids=user_ids)}
    assert counts[module.pk].completed_count == 1
    assert counts[module.pk].started_count == 1
    assert counts[adaptation.pk].completed_count == 1
    (line,) = overdue_report(user_ids=user_ids)
    assert (line.mandatory_count, line.completed_count, line.overdue_count) == (2, 1, 1)


# Bounded queries ----------------------------------------------------------------------------


def page_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_queries_do_not_grow_with_the_number_of_adaptations(client, catalogue, module, regisseur):
    path = mandatory_path(module)
    client.force_login(regisseur)
    programmes = [
        ProgrammeFactory(name=f"Programma {n}", short_name=f"P{n}", slug=f"p{n}") for n in range(5)
    ]
    first = adaptation_of(module, programmes[0], "aangepast-0")
    complete(regisseur, first)
    urls = [path.get_absolute_url(), "/mijn-leeromgeving/", "/", module.url, catalogue.url]
    for url in urls:
        page_queries(client, url)  # warm per-process caches
    with_one = {url: page_queries(client, url) for url in urls}
    for n, programme in enumerate(programmes[1:], start=1):
        complete(regisseur, adaptation_of(module, programme, f"aangepast-{n}"))
    for url in urls:
        # New content forgets what is derived from it (related material, experts): the first
        # view computes it again, as the first view with one adaptation did.
        page_queries(client, url)
    assert {url: page_queries(client, url) for url in urls} == with_one


# The reader's programme first ---------------------------------------------------------------


@pytest.fixture
def radicalisering_regisseur(radicalisering):
    user = user_with_role(Role.REGISSEUR, username="regisseur-radicalisering")
    user.groups.add(radicalisering.team_group)
    return user


def test_the_catalogue_lists_one_entry_per_original_in_the_readers_version(
    client, catalogue, module, adaptation, radicalisering_regisseur
):
    client.force_login(radicalisering_regisseur)
    html = client.get(catalogue.url).content.decode()
    assert adaptation.url in html
    assert f'href="{module.url}">Regie voeren</a>' not in html
    assert "Origineel van Top600" in html
    assert "1 module" in html
    html = client.get(catalogue.url, {"versies": "alle"}).content.decode()
    assert f'href="{module.url}">Regie voeren</a>' in html
    assert "2 modules" in html


def test_the_catalogue_shows_a_reader_outside_the_programme_the_original_first(
    client, catalogue, top600, module, adaptation, regisseur
):
    later = TrainingModuleFactory(
        parent=catalogue, owner_programme=top600, title="Aaa eerst", slug="aaa"
    )
    client.force_login(regisseur)
    html = client.get(catalogue.url).content.decode()
    assert f'href="{module.url}">Regie voeren</a>' in html
    assert html.index(later.url) < html.index(module.url)  # no programme: by title


def test_the_readers_programme_comes_first_in_the_catalogue(
    client, catalogue, radicalisering, module, radicalisering_regisseur
):
    own = TrainingModuleFactory(
        parent=catalogue, owner_programme=radicalisering, title="Zzz eigen", slug="zzz"
    )
    client.force_login(radicalisering_regisseur)
    html = client.get(catalogue.url).content.decode()
    assert html.index(own.url) < html.index(module.url)


def test_a_path_sends_the_reader_to_their_programmes_version(
    client, module, adaptation, radicalisering_regisseur
):
    path = mandatory_path(module)
    complete(radicalisering_regisseur, adaptation)
    client.force_login(radicalisering_regisseur)
    html = client.get(path.get_absolute_url()).content.decode()
    assert f'href="{adaptation.url}?pad={path.slug}">{adaptation.title}</a>' in html
    assert f'href="{module.url}">Origineel van Top600</a>' in html
    assert "1 van 1 modules afgerond" in html


def test_module_pages_point_to_the_readers_version_and_state_the_followed_version(
    client, module, adaptation, radicalisering_regisseur
):
    client.force_login(radicalisering_regisseur)
    html = client.get(module.url).content.decode()
    assert "heeft een eigen versie van deze module" in html
    assert adaptation.url in html
    html = client.get(adaptation.url).content.decode()
    assert f"gebaseerd op versie {module.version} van Top600" in html
    assert f'href="{module.url}">Origineel van Top600</a>' in html


# Drift ---------------------------------------------------------------------------------------


def test_an_adaptation_behind_its_original_is_shown_to_its_editors_and_on_the_original(
    client, module, radicalisering
):
    module.version = "1.3"
    old = module.save_revision()
    old.publish()
    module.version = "1.4"
    module.save_revision().publish()
    adaptation_of(module, radicalisering, "aangepast", adopted_version="1.3")
    editor = user_with_role(Role.PROGRAMMAMEDEWERKER, username="redacteur-rad")
    editor.groups.add(radicalisering.editor_group)
    client.force_login(editor)

    html = client.get("/admin/reports/adopted-modules/").content.decode()
    module.refresh_from_db()
    compare = f"/admin/pages/{module.pk}/revisions/compare/{old.pk}...live/"
    assert compare in html
    assert "Vergelijk versie 1.3 met 1.4" in html
    assert "Wijzigingen in overgenomen modules" in client.get("/admin/").content.decode()
    # The comparison itself is Wagtail's, for whoever may edit the original (Redactie).
    client.force_login(user_with_role(Role.REDACTIE, username="redactie-vergelijkt"))
    assert compare in client.get("/admin/reports/adopted-modules/").content.decode()
    assert client.get(compare).status_code == 200

    outsider = user_with_role(Role.PROGRAMMAMEDEWERKER, username="ander")
    client.force_login(outsider)
    assert compare not in client.get("/admin/reports/adopted-modules/").content.decode()

    client.force_login(editor)
    html = client.get(module.url).content.decode()
    assert "loopt achter: versie 1.3, actueel 1.4" in html
