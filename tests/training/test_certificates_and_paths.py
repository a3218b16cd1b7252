"""Certificates (verification, PDF) and learning paths with due dates and "my learning"."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from portal.constants import Role
from tests.conftest import user_with_role
from training import services
from training.constants import CERTIFICATE_CODE_ALPHABET
from training.models import (
    GroupMembership,
    LearningPath,
    LearningPathModule,
    LearningPathRequirement,
)
from training.selectors import due_dates_for, my_learning

from .conftest import complete_module, lessons_of

pytestmark = pytest.mark.django_db


def test_certificate_codes_are_random_and_unique(module, regisseur):
    other = user_with_role(Role.REGISSEUR, username="ander")
    first, second = complete_module(regisseur, module), complete_module(other, module)
    assert first.code != second.code
    assert set(first.code) <= set(CERTIFICATE_CODE_ALPHABET)
    assert len(first.code) == 20


def test_any_colleague_can_verify_a_certificate(client, module, regisseur):
    certificate = complete_module(regisseur, module)
    client.force_login(user_with_role(Role.MANAGER, username="verifieerder"))
    response = client.get(f"/certificaat/{certificate.code}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Dit certificaat is geldig" in html
    assert "Regie voeren" in html
    assert f"Versie {module.version}" in html
    # Typed over with dashes and lower case: the same certificate.
    loose = "-".join([certificate.code[:5].lower(), certificate.code[5:]])
    response = client.get("/certificaat/", {"code": loose})
    assert response["Location"] == f"/certificaat/{certificate.code}/"


def test_an_unknown_code_is_stated_as_not_valid(client, regisseur):
    client.force_login(regisseur)
    response = client.get("/certificaat/BESTAATNIET/")
    assert response.status_code == 404
    assert "Dit certificaat is niet geldig" in response.content.decode()
    assert client.get("/certificaat/BESTAATNIET/pdf/").status_code == 404


def test_certificate_pdf_download(client, module, regisseur):
    certificate = complete_module(regisseur, module)
    client.force_login(regisseur)
    response = client.get(f"/certificaat/{certificate.code}/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert certificate.code in response["Content-Disposition"]


def test_certificate_page_has_a_print_stylesheet(client, module, regisseur):
    certificate = complete_module(regisseur, module)
    client.force_login(regisseur)
    html = client.get(f"/certificaat/{certificate.code}/").content.decode()
    assert 'certificate-print.css" media="print"' in html


def test_joining_a_group_is_recorded_and_leaving_forgets_it(regisseur):
    group = Group.objects.get(name=Role.NIEUWE_MEDEWERKER)
    regisseur.groups.add(group)
    membership = GroupMembership.objects.get(user=regisseur, group=group)
    assert timezone.now() - membership.joined_at < datetime.timedelta(minutes=1)
    regisseur.groups.remove(group)
    assert not GroupMembership.objects.filter(user=regisseur, group=group).exists()


@pytest.fixture
def onboarding_path(module):
    path = LearningPath.objects.create(title="Onboarding", slug="onboarding")
    LearningPathModule.objects.create(path=path, module=module)
    LearningPathRequirement.objects.create(
        path=path, group=Group.objects.get(name=Role.NIEUWE_MEDEWERKER), due_after_days=30
    )
    return path


def test_due_date_counts_from_joining_the_group(onboarding_path):
    newcomer = user_with_role(Role.NIEUWE_MEDEWERKER, username="nieuw")
    joined = timezone.now() - datetime.timedelta(days=40)
    GroupMembership.objects.filter(user=newcomer).update(joined_at=joined)
    due = due_dates_for(user=newcomer, paths=[onboarding_path])[onboarding_path.pk]
    assert due == timezone.localdate(joined) + datetime.timedelta(days=30)
    overview = my_learning(user=newcomer)
    assert overview["overdue_count"] == 1
    assert overview["mandatory_paths"][0].overdue


def test_a_path_is_not_mandatory_for_other_groups(onboarding_path, regisseur):
    assert due_dates_for(user=regisseur, paths=[onboarding_path]) == {}
    assert my_learning(user=regisseur)["mandatory_paths"] == []


def test_fixed_due_date_and_completion_end_the_overdue(module, onboarding_path):
    LearningPathRequirement.objects.filter(path=onboarding_path).update(
        due_after_days=None, due_date=datetime.date(2020, 1, 1)
    )
    newcomer = user_with_role(Role.NIEUWE_MEDEWERKER, username="nieuw")
    assert my_learning(user=newcomer)["overdue_count"] == 1
    complete_module(newcomer, module)
    overview = my_learning(user=newcomer)
    assert overview["overdue_count"] == 0
    assert overview["mandatory_paths"][0].completed


def test_requirement_needs_days_or_a_date(onboarding_path):
    from django.core.exceptions import ValidationError

    requirement = LearningPathRequirement(
        path=onboarding_path, group=Group.objects.get(name=Role.REGISSEUR)
    )
    with pytest.raises(ValidationError):
        requirement.clean()


def test_my_learning_page_highlights_overdue_and_lists_certificates(
    client, module, onboarding_path
):
    newcomer = user_with_role(Role.NIEUWE_MEDEWERKER, username="nieuw")
    GroupMembership.objects.filter(user=newcomer).update(
        joined_at=timezone.now() - datetime.timedelta(days=31)
    )
    client.force_login(newcomer)
    html = client.get("/mijn-leeromgeving/").content.decode()
    assert "training-overdue" in html
    assert "Verplicht: te laat sinds" in html
    certificate = complete_module(newcomer, module)
    html = client.get("/mijn-leeromgeving/").content.decode()
    assert "training-overdue" not in html
    assert certificate.get_absolute_url() in html


def test_learning_path_page_shows_modules_and_progress(client, module, onboarding_path, regisseur):
    client.force_login(regisseur)
    services.lesson_mark_completed(user=regisseur, lesson=lessons_of(module)[0])
    response = client.get("/leren/paden/onboarding/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Regie voeren" in html
    assert "0 van 1 modules afgerond" in html
    assert "1 van 3 lessen klaar" in html
    assert client.get("/leren/paden/bestaat-niet/").status_code == 404


def test_home_page_shows_open_mandatory_paths_overdue_first(client, module, onboarding_path):
    newcomer = user_with_role(Role.NIEUWE_MEDEWERKER, username="nieuw")
    GroupMembership.objects.filter(user=newcomer).update(
        joined_at=timezone.now() - datetime.timedelta(days=31)
    )
    client.force_login(newcomer)
    html = client.get("/").content.decode()
    assert "Verplicht leren" in html
    assert "Verplicht: te laat sinds" in html
    complete_module(newcomer, module)
    assert "Verplicht leren" not in client.get("/").content.decode()


def test_redactie_manages_learning_paths_in_the_admin(client, redactie, onboarding_path):
    assert redactie.has_perms(["training.add_learningpath", "training.change_learningpath"])
    client.force_login(redactie)
    assert client.get("/admin/snippets/training/learningpath/").status_code == 200
    edit = f"/admin/snippets/training/learningpath/edit/{onboarding_path.pk}/"
    assert client.get(edit).status_code == 200
