"""A module may have a validity period: its certificates then expire, the learner and whoever
verifies the code see until when it is valid or that it expired. A completion records the
module version it was."""

import datetime

import pytest
from django.utils import timezone

from training import services
from training.models import Certificate, TrainingModule

from .conftest import complete_module

pytestmark = pytest.mark.django_db


def test_a_certificate_expires_after_the_modules_validity_period(client, module, regisseur):
    TrainingModule.objects.filter(pk=module.pk).update(validity_months=12, version="2.0")
    module.refresh_from_db()
    certificate = complete_module(regisseur, module)
    today = timezone.localdate()
    assert certificate.expires_on == services.certificate_expiry(module=module, issued_on=today)
    assert certificate.expires_on.year == today.year + 1
    assert module.enrolments.get(user=regisseur).completed_version == "2.0"

    client.force_login(regisseur)
    html = client.get(certificate.get_absolute_url()).content.decode()
    assert "Dit certificaat is geldig" in html
    assert "verloopt op" in html
    assert "verloopt op" in client.get("/mijn-leeromgeving/").content.decode()

    Certificate.objects.filter(pk=certificate.pk).update(expires_on=today - datetime.timedelta(1))
    html = client.get(certificate.get_absolute_url()).content.decode()
    assert "Dit certificaat is verlopen op" in html
    assert "Dit certificaat is geldig" not in html
    assert "verlopen op" in client.get("/mijn-leeromgeving/").content.decode()


def test_without_a_validity_period_a_certificate_does_not_expire(client, module, regisseur):
    certificate = complete_module(regisseur, module)
    assert certificate.expires_on is None
    client.force_login(regisseur)
    assert "verloopt op" not in client.get(certificate.get_absolute_url()).content.decode()


@pytest.mark.parametrize(
    ("issued", "months", "expires"),
    [
        (datetime.date(2026, 1, 31), 1, datetime.date(2026, 2, 28)),
        (datetime.date(2028, 1, 31), 1, datetime.date(2028, 2, 29)),
        (datetime.date(2026, 11, 15), 3, datetime.date(2027, 2, 15)),
        (datetime.date(2026, 6, 1), 24, datetime.date(2028, 6, 1)),
    ],
)
def test_the_expiry_date_is_the_same_day_months_later(issued, months, expires):
    module = TrainingModule(validity_months=months)
    assert services.certificate_expiry(module=module, issued_on=issued) == expires
