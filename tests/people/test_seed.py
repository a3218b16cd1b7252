from io import StringIO

import pytest
from django.core.management import call_command

from people.models import ColleagueProfile, PartnerDirectoryEntry, RegieSpecialist
from portal.models import ChainPartner

pytestmark = pytest.mark.django_db


def test_seed_demo_gives_every_partner_an_accounthouder_and_specialists(client):
    call_command("seed_demo", stdout=StringIO())
    assert ChainPartner.objects.count() >= 15
    entries = PartnerDirectoryEntry.objects.all()
    assert entries.count() == ChainPartner.objects.count()
    assert not entries.filter(accounthouder__isnull=True).exists()
    assert not entries.filter(functional_mailbox="").exists()
    for entry in entries:
        assert entry.regie_specialists.count() >= 2
        entry.full_clean()  # functional mailboxes and desks pass the privacy guard
    assert ColleagueProfile.objects.filter(user__username="regisseur").exists()
    assert RegieSpecialist.objects.values("colleague").distinct().count() >= 3

    call_command("seed_demo", stdout=StringIO())
    assert PartnerDirectoryEntry.objects.count() == entries.count()

    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="regisseur"))
    content = client.get("/partners/raad-voor-de-kinderbescherming/").content.decode()
    assert "Charlie Jeugdketen" in content and "servicedesk@rvdk.invalid" in content
