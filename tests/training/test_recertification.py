"""Recertification: when a module's certificate expired, mandatory training with that module is
due again (from the day it expired) on the path, "my learning", the home page's "Verplicht
leren" and in the manager report, through the equivalence of an original and its adaptations;
the manager report and its exports show expiring and expired certificates; verifying a code
says whether the certificate is still valid."""

import datetime
import io

import openpyxl
import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from portal.constants import Role
from portal.factories import ProgrammeFactory
from tests.conftest import user_with_role
from training import services
from training.factories import LessonFactory, TrainingModuleFactory
from training.models import (
    Certificate,
    LearningPath,
    LearningPathModule,
    LearningPathRequirement,
    TrainingModule,
)
from training.selectors import learning_path_for, my_learning, overdue_report

from .conftest import complete_module

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/training/"
PEOPLE = "/admin/reports/training/people/"
FUTURE = datetime.date(2099, 1, 1)


def today():
    return timezone.localdate()


def days(n):
    return today() + datetime.timedelta(days=n)


def long_date(date) -> str:
    from django.utils import formats

    return formats.date_format(date, "j F Y")


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def expire(certificate, on):
    Certificate.objects.filter(pk=certificate.pk).update(expires_on=on)


@pytest.fixture
def yearly(module):
    TrainingModule.objects.filter(pk=module.pk).update(validity_months=12)
    module.refresh_from_db()
    return module


@pytest.fixture
def radicalisering(programme_index):
    return ProgrammeFactory(
        name="Radicalisering", short_name="Radicalisering", slug="radicalisering"
    )


@pytest.fixture
def adaptation(yearly, radicalisering):
    adaptation = TrainingModuleFactory(
        parent=yearly.get_parent(),
        owner_programme=radicalisering,
        title="Regie voeren (Radicalisering)",
        slug="regie-voeren-radicalisering",
        adopted_from_module=yearly,
        validity_months=12,
    )
    LessonFactory(parent=adaptation, title="Eerste les", slug="rad-1")
    LessonFactory(parent=adaptation, title="Tweede les", slug="rad-2", with_check=True)
    return adaptation


def mandatory_path(*modules, due_date=FUTURE):
    path = LearningPath.objects.create(title="Regisseursopleiding", slug="regisseursopleiding")
    for order, module in enumerate(modules):
        LearningPathModule.objects.create(path=path, module=module, sort_order=order)
    LearningPathRequirement.objects.create(
        path=path, group=Group.objects.get(name=Role.REGISSEUR), due_date=due_date
    )
    return path


# The learner ---------------------------------------------------------------------------------


def test_an_expired_certificate_makes_mandatory_training_due_again(client, yearly, regisseur):
    path = mandatory_path(yearly)
    certificate = complete_module(regisseur, yearly)
    assert certificate.expires_on is not None
    progress = learning_path_for(user=regisseur, slug=path.slug)
    assert progress.completed and not progress.overdue

    expired_on = days(-3)
    expire(certificate, expired_on)
    progress = learning_path_for(user=regisseur, slug=path.slug)
    assert not progress.completed
    assert progress.completed_count == 0
    # Due from the day the certificate expired, not from the requirement's (future) date.
    assert progress.due_date == expired_on
    assert progress.overdue
    assert progress.next_module == yearly
    assert my_learning(user=regisseur)["overdue_count"] == 1

    client.force_login(regisseur)
    home = client.get("/").content.decode()
    assert "Verplicht leren" in home and "Regisseursopleiding" in home
    assert f"Opnieuw verplicht: een certificaat is verlopen op {long_date(expired_on)}." in home
    html = client.get(path.get_absolute_url()).content.decode()
    assert "0 van 1 modules afgerond" in html
    assert f"certificaat verlopen op {long_date(expired_on)}" in html
    html = client.get("/mijn-leeromgeving/").content.decode()
    assert "Eén verplicht leerpad is over de uiterste datum." in html


def test_a_certificate_valid_today_still_counts(yearly, regisseur):
    path = mandatory_path(yearly)
    expire(complete_module(regisseur, yearly), today())
    progress = learning_path_for(user=regisseur, slug=path.slug)
    assert progress.completed and not progress.overdue


def test_an_expiring_certificate_is_announced_on_the_home_page(client, yearly, regisseur):
    path = mandatory_path(yearly)
    expires = days(10)
    expire(complete_module(regisseur, yearly), expires)
    progress = learning_path_for(user=regisseur, slug=path.slug)
    assert progress.completed and progress.renewal_due_soon
    assert progress.renew_by == expires

    client.force_login(regisseur)
    home = client.get("/").content.decode()
    assert "Regisseursopleiding" in home
    assert f"Een certificaat verloopt op {long_date(expires)}: vernieuw het vóór die datum." in home
    # Far from expiry, a completed path leaves the home page.
    expire(Certificate.objects.get(user=regisseur, module=yearly), days(200))
    assert "Regisseursopleiding" not in client.get("/").content.decode()


def test_the_requirements_date_applies_while_a_module_was_never_completed(
    catalogue, top600, yearly, regisseur
):
    second = TrainingModuleFactory(parent=catalogue, owner_programme=top600, slug="tweede")
    LessonFactory(parent=second)
    path = mandatory_path(yearly, second, due_date=days(-30))
    expire(complete_module(regisseur, yearly), days(-3))
    progress = learning_path_for(user=regisseur, slug=path.slug)
    assert progress.due_date == days(-30)  # the earlier of the two


def test_an_expired_certificate_still_unlocks_what_requires_the_module(
    catalogue, top600, yearly, regisseur
):
    follow_up = TrainingModuleFactory(parent=catalogue, owner_programme=top600, slug="vervolg")
    follow_up.prerequisites.set([yearly])
    follow_up.save()
    lesson = LessonFactory(parent=follow_up)
    expire(complete_module(regisseur, yearly), days(-3))
    services.lesson_mark_completed(user=regisseur, lesson=lesson)
    assert follow_up.enrolments.get(user=regisseur).completed_at is not None


# Through the equivalence of an original and its adaptations ------------------------------------


def test_an_expired_adaptation_makes_the_originals_path_due_again(
    client, yearly, adaptation, regisseur
):
    path = mandatory_path(yearly)
    certificate = complete_module(regisseur, adaptation)
    assert learning_path_for(user=regisseur, slug=path.slug).completed
    expire(certificate, days(-1))
    progress = learning_path_for(user=regisseur, slug=path.slug)
    assert progress.overdue and progress.due_date == days(-1)


def test_a_valid_equivalent_keeps_the_training_current(yearly, adaptation, regisseur):
    """Renewed through the other version: the expired certificate of one version no longer
    makes the path due, in either direction."""
    path = mandatory_path(yearly)
    expire(complete_module(regisseur, yearly), days(-100))
    complete_module(regisseur, adaptation)
    progress = learning_path_for(user=regisseur, slug=path.slug)
    assert progress.completed and not progress.overdue
    ((module, module_progress),) = progress.modules
    assert module_progress.completed_via == adaptation

    other = user_with_role(Role.REGISSEUR, username="andersom")
    expire(complete_module(other, adaptation), days(-100))
    complete_module(other, yearly)
    adaptation_path = LearningPath.objects.create(title="Pad", slug="pad-rad")
    LearningPathModule.objects.create(path=adaptation_path, module=adaptation, sort_order=0)
    LearningPathRequirement.objects.create(
        path=adaptation_path, group=Group.objects.get(name=Role.REGISSEUR), due_date=FUTURE
    )
    assert learning_path_for(user=other, slug="pad-rad").completed


# The manager report ------------------------------------------------------------------------------


@pytest.fixture
def team(radicalisering, yearly):
    """Three Radicalisering learners: one expired, one expiring in 10 days, one valid long."""
    learners = {}
    for name, expires in (("verlopen", days(-5)), ("bijna", days(10)), ("geldig", days(300))):
        user = user_with_role(
            Role.REGISSEUR, username=name, first_name=name.title(), last_name="Lid"
        )
        user.groups.add(radicalisering.team_group)
        expire(complete_module(user, yearly), expires)
        learners[name] = user
    return learners


@pytest.fixture
def manager(radicalisering):
    user = user_with_role(Role.MANAGER, username="chef")
    user.groups.add(radicalisering.manager_group)
    return user


def test_the_overdue_report_counts_expired_certificates_as_due_again(team, yearly):
    mandatory_path(yearly)
    (line,) = overdue_report(user_ids=[user.pk for user in team.values()])
    assert line.mandatory_count == 3
    assert line.completed_count == 2
    assert line.expired_count == 1
    assert line.overdue_count == 1
    assert line.expiring_count == 1


def test_the_report_counts_expiring_and_expired_certificates_per_module(
    client, manager, team, radicalisering, yearly, adaptation
):
    mandatory_path(yearly)
    client.force_login(manager)
    response = client.get(REPORT, {"programme": radicalisering.pk})
    rows = {row.pk: row for row in response.context["object_list"]}
    assert (rows[yearly.pk].expiring_count, rows[yearly.pk].expired_count) == (1, 1)
    # The adaptation is the same piece of learning: the same learners.
    assert (rows[adaptation.pk].expiring_count, rows[adaptation.pk].expired_count) == (1, 1)
    html = body(response).decode()
    assert "1 certificaat verloopt binnen 30 dagen; 1 certificaat is verlopen." in html
    assert "Opnieuw verplicht (certificaat verlopen)" in html

    csv = body(client.get(REPORT, {"programme": radicalisering.pk, "export": "csv"})).decode()
    header = csv.splitlines()[0]
    assert header.endswith(";Certificaten die binnen 30 dagen verlopen;Certificaten verlopen")
    assert "Regie voeren;Top600;1.0;3;3;3;100;1;1" in csv

    response = client.get(REPORT, {"programme": radicalisering.pk, "export": "xlsx"})
    rows = list(openpyxl.load_workbook(io.BytesIO(body(response))).active.values)
    assert ("Regie voeren", "Top600", "1.0", 3, 3, 3, 100, 1, 1) in rows


def test_renewing_through_the_adaptation_clears_the_expired_count(
    client, manager, team, radicalisering, yearly, adaptation
):
    complete_module(team["verlopen"], adaptation)
    client.force_login(manager)
    response = client.get(REPORT, {"programme": radicalisering.pk})
    rows = {row.pk: row for row in response.context["object_list"]}
    assert rows[yearly.pk].expired_count == 0


def test_the_report_per_person_shows_each_certificates_state(
    client, manager, team, radicalisering, yearly
):
    client.force_login(manager)
    html = body(client.get(PEOPLE)).decode()
    assert "1 certificaat verloopt binnen 30 dagen; 1 certificaat is verlopen." in html
    assert f"{long_date(days(-5))} (<strong" in html
    assert f"{long_date(days(10))} (Verloopt binnen 30 dagen)" in html
    assert f"{long_date(days(300))} (Geldig)" in html

    expired = body(client.get(PEOPLE, {"certificate": "verlopen"})).decode()
    assert "Verlopen Lid" in expired
    assert "Bijna Lid" not in expired and "Geldig Lid" not in expired
    expiring = body(client.get(PEOPLE, {"certificate": "verloopt"})).decode()
    assert "Bijna Lid" in expiring and "Verlopen Lid" not in expiring

    csv = body(client.get(PEOPLE, {"export": "csv"})).decode()
    assert csv.splitlines()[0].endswith(";Certificaat geldig tot;Certificaat")
    assert "Verlopen Lid;verlopen;Regie voeren;Top600;" in csv
    line = next(line for line in csv.splitlines() if line.startswith("Verlopen Lid"))
    assert line.endswith(f";{days(-5).strftime('%d-%m-%Y')};Verlopen")
    line = next(line for line in csv.splitlines() if line.startswith("Bijna Lid"))
    assert line.endswith(";Verloopt binnen 30 dagen")

    response = client.get(PEOPLE, {"certificate": "verlopen", "export": "xlsx"})
    rows = list(openpyxl.load_workbook(io.BytesIO(body(response))).active.values)
    assert len(rows) == 2 and rows[1][-1] == "Verlopen"


def test_a_bad_certificate_filter_is_reported_not_a_500(client, manager, team):
    client.force_login(manager)
    response = client.get(PEOPLE, {"certificate": "<script>"})
    assert response.status_code == 200


# Verifying a code ------------------------------------------------------------------------------


def test_verifying_a_code_says_until_when_it_is_valid(client, yearly, regisseur):
    certificate = complete_module(regisseur, yearly)
    client.force_login(user_with_role(Role.MANAGER, username="controleur"))
    response = client.get("/certificaat/", {"code": certificate.code.lower()}, follow=True)
    html = response.content.decode()
    assert f"Dit certificaat is geldig tot en met {long_date(certificate.expires_on)}" in html

    expire(certificate, days(-2))
    html = client.get(f"/certificaat/{certificate.code}/").content.decode()
    assert f"Dit certificaat is verlopen op {long_date(days(-2))}" in html
    assert "is geldig" not in html


def test_verifying_an_unknown_code_says_it_was_not_found(client, regisseur):
    client.force_login(regisseur)
    response = client.get("/certificaat/", {"code": "ABCD-EFGH"}, follow=True)
    assert response.status_code == 404
    html = response.content.decode()
    assert "Er is geen certificaat met de code ABCDEFGH uitgereikt" in html
