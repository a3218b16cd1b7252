"""Verifying a certificate code: a colleague (say, a manager of another programme) types in the
code and is told whether the certificate is valid and until when, that it expired, that a
substantive new version of the module outdated it, or that a renewal replaced it by a newer
certificate, and then how the holder's current certificate stands."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import formats, timezone

from portal.constants import Role
from tests.conftest import user_with_role
from training import services
from training.constants import ChangeKind
from training.models import Certificate, ModuleEnrolment, TrainingModule

from .conftest import complete_module, lessons_of

pytestmark = pytest.mark.django_db

REPLACED = "Dit certificaat is vervangen door een nieuwer certificaat van"


def publish(page):
    page.save_revision().publish()
    return page


def dutch_date(value) -> str:
    return formats.date_format(value, "j F Y")


def verification_alert(client, certificate) -> str:
    """The text of the verification status above the certificate, whitespace collapsed."""
    response = client.get(f"/certificaat/{certificate.code}/")
    assert response.status_code == 200
    html = response.content.decode()
    alert = html.split('class="ams-alert', 1)[1].split("</section>", 1)[0]
    return " ".join(re.sub(r"<[^>]+>", " ", alert).split())


@pytest.fixture
def verifier(client):
    client.force_login(user_with_role(Role.MANAGER, username="verifieerder"))
    return client


@pytest.fixture
def yearly(module):
    """The module, published, with a validity period of a year."""
    for lesson in lessons_of(module):
        publish(lesson)
    module = TrainingModule.objects.get(pk=module.pk)
    module.validity_months = 12
    return publish(module)


def renew(user, module) -> Certificate:
    """The learner's certificate comes within the renewal window; they renew it by redoing
    every lesson."""
    certificate = Certificate.objects.get(user=user, module=module, superseded_at__isnull=True)
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_on=timezone.localdate() + datetime.timedelta(days=10)
    )
    services.module_renewal_start(user=user, module=module)
    return complete_module(user, module)


def test_a_valid_certificate_says_until_when(verifier, yearly, regisseur):
    certificate = complete_module(regisseur, yearly)
    text = verification_alert(verifier, certificate)
    assert f"Dit certificaat is geldig tot en met {dutch_date(certificate.expires_on)}" in text
    assert "Het is door het Kennisportaal AcVZ uitgereikt aan" in text


def test_an_expired_certificate_says_since_when(verifier, yearly, regisseur):
    certificate = complete_module(regisseur, yearly)
    expired = timezone.localdate() - datetime.timedelta(days=2)
    Certificate.objects.filter(pk=certificate.pk).update(expires_on=expired)
    text = verification_alert(verifier, certificate)
    assert f"Dit certificaat is verlopen op {dutch_date(expired)}" in text
    assert "geldig" not in text


def test_a_renewed_certificate_names_its_replacement_and_how_that_stands(
    verifier, yearly, regisseur
):
    old = complete_module(regisseur, yearly)
    new = renew(regisseur, yearly)
    assert new.pk != old.pk

    text = verification_alert(verifier, Certificate.objects.get(pk=old.pk))
    assert f"{REPLACED} {dutch_date(timezone.localtime(new.issued_at))}" in text
    assert (
        f"Het huidige certificaat van de houder is geldig tot en met {dutch_date(new.expires_on)}."
        in text
    )
    # Not "valid" or "expired" for the old one itself, and the new code is not given away.
    assert "Dit certificaat is geldig" not in text
    assert new.code not in verifier.get(f"/certificaat/{old.code}/").content.decode()
    # The new certificate itself verifies as valid.
    assert "Dit certificaat is geldig tot en met" in verification_alert(verifier, new)


def test_a_renewed_certificate_whose_replacement_expired_too(verifier, yearly, regisseur):
    old = complete_module(regisseur, yearly)
    new = renew(regisseur, yearly)
    expired = timezone.localdate() - datetime.timedelta(days=5)
    Certificate.objects.filter(pk=new.pk).update(expires_on=expired)
    text = verification_alert(verifier, old)
    assert REPLACED in text
    assert f"Het huidige certificaat van de houder is verlopen op {dutch_date(expired)}." in text


def test_a_renewed_certificate_without_expiry(verifier, module, regisseur):
    for lesson in lessons_of(module):
        publish(lesson)
    module = publish(TrainingModule.objects.get(pk=module.pk))
    old = complete_module(regisseur, module)
    # A substantive version outdated it; redoing the changed lesson renews it.
    changed = lessons_of(module)[0]
    publish(changed)
    module = TrainingModule.objects.get(pk=module.pk)
    module.version, module.change_kind = "2.0", ChangeKind.SUBSTANTIVE
    publish(module)
    text = verification_alert(verifier, old)
    assert "Dit certificaat geldt voor een eerdere versie van de module" in text
    services.lesson_mark_completed(user=regisseur, lesson=changed)
    new = Certificate.objects.get(user=regisseur, module=module, superseded_at__isnull=True)
    assert new.module_version == "2.0"

    text = verification_alert(verifier, old)
    assert REPLACED in text
    assert "Het huidige certificaat van de houder is geldig." in text


def test_a_certificate_outdated_by_a_substantive_version_says_which(verifier, yearly, regisseur):
    certificate = complete_module(regisseur, yearly)
    network = lessons_of(yearly)[1]
    publish(network)
    module = TrainingModule.objects.get(pk=yearly.pk)
    module.version, module.change_kind = "2.0", ChangeKind.SUBSTANTIVE
    publish(module)
    appeared = module.published_versions.get(version="2.0").published_at

    text = verification_alert(verifier, certificate)
    assert "Dit certificaat geldt voor een eerdere versie van de module" in text
    assert (
        f"Het bevestigt versie 1.0. Versie 2.0 van {dutch_date(timezone.localtime(appeared))} "
        "heeft de module inhoudelijk gewijzigd; de houder heeft de gewijzigde lessen nog niet "
        "opnieuw gedaan." in text
    )
    assert "Dit certificaat is geldig" not in text


def test_a_minor_correction_leaves_the_certificate_valid(verifier, yearly, regisseur):
    certificate = complete_module(regisseur, yearly)
    module = TrainingModule.objects.get(pk=yearly.pk)
    module.version, module.change_kind = "1.1", ChangeKind.MINOR
    publish(module)
    text = verification_alert(verifier, certificate)
    assert "Dit certificaat is geldig tot en met" in text
    assert "eerdere versie" not in text


def test_a_renewed_certificate_whose_replacement_a_substantive_version_outdated(
    verifier, yearly, regisseur
):
    old = complete_module(regisseur, yearly)
    renew(regisseur, yearly)
    publish(lessons_of(yearly)[2])
    module = TrainingModule.objects.get(pk=yearly.pk)
    module.version, module.change_kind = "3.0", ChangeKind.SUBSTANTIVE
    publish(module)
    text = verification_alert(verifier, old)
    assert REPLACED in text
    assert "Het huidige certificaat van de houder geldt voor versie 1.0" in text
    assert "versie 3.0 van" in text


def test_a_renewed_certificate_of_a_deleted_module(verifier, yearly, regisseur):
    old = complete_module(regisseur, yearly)
    renew(regisseur, yearly)
    ModuleEnrolment.objects.filter(module=yearly).delete()
    TrainingModule.objects.get(pk=yearly.pk).delete()
    text = verification_alert(verifier, Certificate.objects.get(pk=old.pk))
    assert REPLACED in text
    assert "De module bestaat niet meer" in text


def test_verifying_costs_the_same_queries_whatever_the_state(verifier, yearly, regisseur):
    def queries(certificate):
        url = f"/certificaat/{certificate.code}/"
        verifier.get(url)
        with CaptureQueriesContext(connection) as context:
            assert verifier.get(url).status_code == 200
        return len(context.captured_queries)

    old = complete_module(regisseur, yearly)
    valid = queries(old)
    renewed = renew(regisseur, yearly)
    # A renewed one reads the holder's current certificate: one query more, never more.
    assert queries(old) == valid + 1
    assert queries(renewed) == valid
