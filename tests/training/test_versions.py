"""Version-aware completion and renewal: a module records every version it publishes as a
substantive change or a minor correction. After a substantive one, whoever completed an older
version sees what changed and redoes only the changed lessons (and their checks) to be current
again; a minor correction changes nothing for them. A certificate that expires is renewed by
redoing the changed lessons, or all lessons when nothing changed, for a new certificate."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from training import services
from training.constants import ChangeKind
from training.factories import LessonFactory, TrainingModuleFactory
from training.models import (
    Certificate,
    LearningPath,
    LearningPathModule,
    LessonCompletion,
    ModuleEnrolment,
    ModuleVersion,
    TrainingModule,
)
from training.selectors import (
    completion_is_current,
    learning_path_for,
    module_completion_report,
    overdue_report,
)

from .conftest import lessons_of

pytestmark = pytest.mark.django_db

WHAT_CHANGED = "Wat is er veranderd sinds jij deze module afrondde"


def publish(page):
    page.save_revision().publish()
    return page


def do_lesson(user, lesson):
    for block in lesson.knowledge_checks():
        services.knowledge_check_submit(user=user, lesson=lesson, check_id=block.id, selected=["0"])
    services.lesson_mark_completed(user=user, lesson=lesson)


def complete(user, module):
    for lesson in lessons_of(module):
        do_lesson(user, lesson)
    return current_certificate(user, module)


def current_certificate(user, module):
    return Certificate.objects.get(user=user, module=module, superseded_at__isnull=True)


def new_version(module, version, kind, changed=()):
    """The editor publishes the changed lessons, then the module with its new version."""
    for lesson in changed:
        lesson.intro = f"Bijgewerkt voor versie {version}."
        publish(lesson)
    module = TrainingModule.objects.get(pk=module.pk)
    module.version = version
    module.change_kind = kind
    publish(module)
    return module


@pytest.fixture
def published(module):
    for lesson in lessons_of(module):
        publish(lesson)
    return publish(TrainingModule.objects.get(pk=module.pk))


def test_publishing_records_each_version_with_its_kind_and_changed_lessons(published):
    first = ModuleVersion.objects.get(module=published)
    assert (first.version, first.kind, list(first.changed_lessons.all())) == (
        "1.0",
        ChangeKind.MINOR,
        [],
    )
    network = lessons_of(published)[1]
    module = new_version(published, "2.0", ChangeKind.SUBSTANTIVE, changed=[network])
    second = module.published_versions.get(version="2.0")
    assert second.kind == ChangeKind.SUBSTANTIVE
    assert [lesson.pk for lesson in second.changed_lessons.all()] == [network.pk]
    assert second.revision_id == TrainingModule.objects.get(pk=module.pk).live_revision_id
    # Publishing the same version again keeps when it appeared.
    appeared = second.published_at
    publish(TrainingModule.objects.get(pk=module.pk))
    assert module.published_versions.get(version="2.0").published_at == appeared
    assert module.published_versions.count() == 2


def test_after_a_substantive_version_completers_redo_only_the_changed_lessons(
    client, published, regisseur
):
    first_lesson, network, meeting = lessons_of(published)
    old_certificate = complete(regisseur, published)
    enrolment = ModuleEnrolment.objects.get(user=regisseur, module=published)
    assert (enrolment.completed_version, old_certificate.module_version) == ("1.0", "1.0")
    assert regisseur.knowledge_check_results.get().passed_version == "1.0"
    assert completion_is_current(user=regisseur, module=published)
    before = dict(
        LessonCompletion.objects.filter(user=regisseur).values_list("lesson_id", "completed_at")
    )

    module = new_version(published, "2.0", ChangeKind.SUBSTANTIVE, changed=[network])
    assert not completion_is_current(user=regisseur, module=module)

    client.force_login(regisseur)
    html = client.get(module.url).content.decode()
    assert WHAT_CHANGED in html
    assert "Je rondde versie 1.0 af" in html
    assert "Het netwerk" in html.split(WHAT_CHANGED)[1].split("</section>")[0]
    assert "Wat is regie?" not in html.split(WHAT_CHANGED)[1].split("</section>")[0]
    assert "Opnieuw doen" in html
    my_learning = client.get("/mijn-leeromgeving/").content.decode()
    assert WHAT_CHANGED in my_learning
    assert "Het netwerk" in my_learning

    # The changed lesson's check was passed before the change: it is to be answered again.
    lesson_html = client.get(network.url).content.decode()
    assert "beantwoord hem opnieuw" in lesson_html
    with pytest.raises(services.KnowledgeChecksNotPassed):
        services.lesson_mark_completed(user=regisseur, lesson=network)
    assert completion_is_current(user=regisseur, module=module) is False

    do_lesson(regisseur, network)

    assert completion_is_current(user=regisseur, module=module)
    enrolment.refresh_from_db()
    assert enrolment.completed_version == "2.0"
    renewed = current_certificate(regisseur, module)
    assert renewed.pk != old_certificate.pk and renewed.module_version == "2.0"
    old_certificate.refresh_from_db()
    assert old_certificate.superseded_at is not None
    # The earlier certificate's code still verifies.
    assert client.get(old_certificate.get_absolute_url()).status_code == 200
    # The lessons that did not change were not redone.
    after = dict(
        LessonCompletion.objects.filter(user=regisseur).values_list("lesson_id", "completed_at")
    )
    assert after[first_lesson.pk] == before[first_lesson.pk]
    assert after[meeting.pk] == before[meeting.pk]
    assert after[network.pk] > before[network.pk]
    assert WHAT_CHANGED not in client.get(module.url).content.decode()
    assert [item.module_version for item in Certificate.objects.filter(user=regisseur)] == [
        "2.0",
        "1.0",
    ]


def test_a_minor_correction_changes_nothing_for_completers(client, published, regisseur):
    certificate = complete(regisseur, published)
    network = lessons_of(published)[1]
    module = new_version(published, "1.1", ChangeKind.MINOR, changed=[network])
    assert module.published_versions.get(version="1.1").kind == ChangeKind.MINOR
    assert completion_is_current(user=regisseur, module=module)
    client.force_login(regisseur)
    html = client.get(module.url).content.decode()
    assert WHAT_CHANGED not in html
    assert "Opnieuw doen" not in html
    assert current_certificate(regisseur, module).pk == certificate.pk
    assert "beantwoord hem opnieuw" not in client.get(network.url).content.decode()


def test_an_outdated_completion_is_due_again_in_paths_and_the_report(published, regisseur):
    path = LearningPath.objects.create(title="Basis", slug="basis")
    LearningPathModule.objects.create(path=path, module=published, sort_order=0)
    complete(regisseur, published)
    assert learning_path_for(user=regisseur, slug="basis").completed
    new_version(published, "2.0", ChangeKind.SUBSTANTIVE, changed=[lessons_of(published)[0]])
    item = learning_path_for(user=regisseur, slug="basis")
    assert item.completed_count == 0 and not item.completed
    assert item.next_module.pk == published.pk

    from django.contrib.auth.models import Group

    from training.models import LearningPathRequirement

    group = Group.objects.get(name="Regisseur")
    LearningPathRequirement.objects.create(
        path=path, group=group, due_date=timezone.localdate() - datetime.timedelta(days=1)
    )
    (line,) = overdue_report(user_ids=[regisseur.pk])
    assert (line.completed_count, line.overdue_count) == (0, 1)


def test_the_module_report_counts_an_outdated_completion_as_started_until_redone(
    published, regisseur
):
    def counts():
        (row,) = [
            m for m in module_completion_report(user_ids=[regisseur.pk]) if m.pk == published.pk
        ]
        return row.started_count, row.completed_count

    complete(regisseur, published)
    assert counts() == (1, 1)
    changed = lessons_of(published)[0]
    new_version(published, "2.0", ChangeKind.SUBSTANTIVE, changed=[changed])
    assert counts() == (1, 0)
    do_lesson(regisseur, changed)
    assert counts() == (1, 1)
    new_version(published, "2.1", ChangeKind.MINOR, changed=[lessons_of(published)[1]])
    assert counts() == (1, 1)


def test_a_substantive_version_that_changed_no_lesson_asks_for_every_lesson(
    client, published, regisseur
):
    complete(regisseur, published)
    module = new_version(published, "2.0", ChangeKind.SUBSTANTIVE)
    client.force_login(regisseur)
    html = client.get(module.url).content.decode()
    assert WHAT_CHANGED in html
    assert html.count("Opnieuw doen</span>") == 3
    for lesson in lessons_of(module):
        assert not completion_is_current(user=regisseur, module=module)
        do_lesson(regisseur, lesson)
    assert completion_is_current(user=regisseur, module=module)


def test_an_expiring_certificate_is_renewed_by_redoing_the_lessons(client, published, regisseur):
    TrainingModule.objects.filter(pk=published.pk).update(validity_months=12)
    module = TrainingModule.objects.get(pk=published.pk)
    certificate = complete(regisseur, module)
    client.force_login(regisseur)

    # Not yet within the renewal window: no "Vernieuwen", and renewing is refused.
    html = client.get(module.url).content.decode()
    assert "Je certificaat verloopt op" in html
    assert "Vernieuwen" not in html
    response = client.post(f"/voortgang/module/{module.pk}/vernieuwen/", follow=True)
    assert "nog niet vernieuwen" in response.content.decode()
    assert ModuleEnrolment.objects.get(user=regisseur).renewal_started_at is None

    soon = timezone.localdate() + datetime.timedelta(days=20)
    Certificate.objects.filter(pk=certificate.pk).update(expires_on=soon)
    html = client.get(module.url).content.decode()
    assert "Vernieuwen" in html
    assert "Vernieuwen" in client.get("/mijn-leeromgeving/").content.decode()
    response = client.post(f"/voortgang/module/{module.pk}/vernieuwen/", follow=True)
    html = response.content.decode()
    assert "Je vernieuwt je certificaat" in html
    assert html.count("Opnieuw doen</span>") == 3
    # Starting twice is harmless.
    started = ModuleEnrolment.objects.get(user=regisseur).renewal_started_at
    client.post(f"/voortgang/module/{module.pk}/vernieuwen/")
    assert ModuleEnrolment.objects.get(user=regisseur).renewal_started_at == started

    for lesson in lessons_of(module)[:-1]:
        do_lesson(regisseur, lesson)
    assert current_certificate(regisseur, module).pk == certificate.pk
    do_lesson(regisseur, lessons_of(module)[-1])

    renewed = current_certificate(regisseur, module)
    assert renewed.pk != certificate.pk
    assert renewed.expires_on == services.certificate_expiry(
        module=module, issued_on=timezone.localdate()
    )
    assert ModuleEnrolment.objects.get(user=regisseur).renewal_started_at is None
    html = client.get("/mijn-leeromgeving/").content.decode()
    assert renewed.code in html and certificate.code not in html
    assert "Vernieuwen" not in client.get(module.url).content.decode()


def test_an_expired_certificate_with_changed_lessons_renews_through_those_lessons(
    client, published, regisseur
):
    TrainingModule.objects.filter(pk=published.pk).update(validity_months=12)
    certificate = complete(regisseur, TrainingModule.objects.get(pk=published.pk))
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_on=timezone.localdate() - datetime.timedelta(days=3)
    )
    network = lessons_of(published)[1]
    module = new_version(published, "2.0", ChangeKind.SUBSTANTIVE, changed=[network])
    client.force_login(regisseur)
    html = client.get(module.url).content.decode()
    assert "Je certificaat is verlopen op" in html
    assert WHAT_CHANGED in html
    do_lesson(regisseur, network)
    renewed = current_certificate(regisseur, module)
    assert renewed.module_version == "2.0" and not renewed.is_expired


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def test_what_changed_costs_no_query_of_its_own(client, catalogue, published, regisseur):
    complete(regisseur, published)
    # A module in progress too, so that the start page's "continue" has something either way.
    other = TrainingModuleFactory(parent=catalogue, owner_programme=published.owner_programme)
    started = LessonFactory(parent=other)
    LessonFactory(parent=other)
    do_lesson(regisseur, started)
    client.force_login(regisseur)
    network = lessons_of(published)[1]
    pages = [published.url, network.url, "/mijn-leeromgeving/", "/"]
    current = {url: count_queries(client, url) for url in pages}
    new_version(published, "2.0", ChangeKind.SUBSTANTIVE, changed=lessons_of(published)[:2])
    new_version(published, "3.0", ChangeKind.SUBSTANTIVE, changed=lessons_of(published)[2:])
    assert WHAT_CHANGED in client.get(published.url).content.decode()
    outdated = {url: count_queries(client, url) for url in pages}
    assert outdated == current


def test_an_integral_adoption_takes_over_a_substantive_version_for_its_completers(
    catalogue, programme_index, published, regisseur
):
    from portal.constants import Role
    from portal.factories import ProgrammeFactory
    from tests.conftest import user_with_role
    from training.adoption import adopt_module

    radicalisering = ProgrammeFactory(name="Radicalisering", slug="radicalisering")
    staff = user_with_role(Role.PROGRAMMAMEDEWERKER, username="rad-medewerker")
    staff.groups.add(radicalisering.staff_group)
    adoption = adopt_module(
        user=staff, original=published, programme=radicalisering, integrally=True
    )
    publish(adoption)
    adoption = TrainingModule.objects.get(pk=adoption.pk)
    complete(regisseur, adoption)
    assert completion_is_current(user=regisseur, module=adoption)

    network = lessons_of(published)[1]
    new_version(published, "2.0", ChangeKind.SUBSTANTIVE, changed=[network])

    adoption = TrainingModule.objects.get(pk=adoption.pk)
    assert (adoption.version, adoption.adopted_version) == ("2.0", "2.0")
    recorded = adoption.published_versions.get(version="2.0")
    assert recorded.kind == ChangeKind.SUBSTANTIVE
    assert [lesson.slug for lesson in recorded.changed_lessons.all()] == [network.slug]
    assert not completion_is_current(user=regisseur, module=adoption)
