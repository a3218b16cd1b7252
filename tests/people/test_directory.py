"""The partner directory: /partners/ and /partners/<slug>/, who to ask at each chain partner."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import PageViewRestriction

from people.models import PartnerDirectoryEntry, RegieSpecialist
from people.wagtail_hooks import AccounthouderPermissionPolicy
from portal.models import ChainPartner
from themes.factories import LessonLearnedFactory

from .conftest import colleague, page_queries

pytestmark = pytest.mark.django_db


def published_lesson(index, **kwargs):
    partners = kwargs.pop("chain_partners", [])
    page = LessonLearnedFactory(parent=index, live=False, **kwargs)
    page.chain_partners.set(partners)
    page.save_revision().publish()
    return page


@pytest.mark.parametrize(
    "url",
    ["/partners/", "/partners/politie/", "/mensen/", "/mensen/mijn-profiel/", "/mensen/alex/"],
)
def test_anonymous_visitors_are_sent_to_login(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_every_chain_partner_is_listed_with_its_accounthouder(client, regisseur, police_entry):
    client.force_login(regisseur)
    response = client.get("/partners/")
    content = response.content.decode()
    assert response.status_code == 200
    for partner in ChainPartner.objects.all():
        assert partner.get_absolute_url() in content
    assert "Alex Collega" in content


def test_partner_page_shows_contact_accounthouder_and_specialists(
    client, regisseur, police_entry, programme
):
    specialist = colleague("eef", role="Regie-specialist Top600")
    RegieSpecialist.objects.create(entry=police_entry, programme=programme, colleague=specialist)
    client.force_login(regisseur)
    content = client.get("/partners/politie/").content.decode()
    assert "zorgdesk@politie.invalid" in content
    assert "Zorg- en veiligheidsdesk" in content
    assert 'id="accounthouder"' in content and "Alex Collega" in content
    assert "Top600" in content and "Eef Collega" in content
    assert specialist.get_absolute_url() in content


def test_unknown_partner_is_404(client, regisseur):
    client.force_login(regisseur)
    assert client.get("/partners/bestaat-niet/").status_code == 404


def test_partner_page_lists_only_lessons_the_reader_may_see(
    client, regisseur, redactie, lesson_index, programme
):
    police = ChainPartner.objects.get(slug="politie")
    visible = published_lesson(
        lesson_index,
        title="Zichtbaar knelpunt",
        bottleneck=True,
        chain_partners=[police],
        owner_programme=programme,
    )
    restricted = published_lesson(
        lesson_index,
        title="Alleen voor redactie",
        chain_partners=[police],
        owner_programme=programme,
    )
    restriction = PageViewRestriction.objects.create(
        page=restricted, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(redactie.groups.all())
    draft = LessonLearnedFactory(
        parent=lesson_index, live=False, title="Nog een concept", owner_programme=programme
    )
    draft.chain_partners.set([police])
    draft.save_revision()
    elsewhere = published_lesson(lesson_index, title="Over de school", owner_programme=programme)
    elsewhere.chain_partners.set([ChainPartner.objects.get(slug="school")])

    client.force_login(regisseur)
    content = client.get("/partners/politie/").content.decode()
    assert visible.title in content
    assert restricted.title not in content
    assert draft.title not in content
    assert elsewhere.title not in content
    client.force_login(redactie)
    assert restricted.title in client.get("/partners/politie/").content.decode()


def test_register_and_knelpunt_link_to_the_accounthouder(
    client, regisseur, lesson_index, programme, police_entry
):
    police = ChainPartner.objects.get(slug="politie")
    knelpunt = published_lesson(
        lesson_index,
        title="Informatie komt te laat",
        bottleneck=True,
        chain_partners=[police],
        owner_programme=programme,
    )
    client.force_login(regisseur)
    register = client.get(reverse("lesson_register")).content.decode()
    assert "Bespreek met de accounthouder van Politie" in register
    assert "/partners/politie/#accounthouder" in register
    page = client.get(knelpunt.url).content.decode()
    assert "Bespreek met de accounthouder van Politie" in page
    assert 'href="/partners/politie/"' in page


def _add_partners(count, *, start, programme):
    for n in range(start, start + count):
        partner = ChainPartner.objects.create(name=f"Partner {n}", slug=f"partner-{n}")
        entry = PartnerDirectoryEntry.objects.create(
            partner=partner, accounthouder=colleague(f"houder-{n}")
        )
        RegieSpecialist.objects.create(
            entry=entry, programme=programme, colleague=colleague(f"specialist-{n}")
        )


def test_directory_pages_take_a_bounded_number_of_queries(
    client, regisseur, programme, lesson_index, police_entry
):
    client.force_login(regisseur)
    police = ChainPartner.objects.get(slug="politie")
    urls = ("/partners/", "/partners/politie/", "/partners/partner-0/")
    counts = {}
    for size, (extra, start) in {"small": (1, 0), "large": (10, 1)}.items():
        _add_partners(extra, start=start, programme=programme)
        for _n in range(extra):
            published_lesson(
                lesson_index, chain_partners=[police], owner_programme=programme, bottleneck=True
            )
        counts[size] = []
        for url in urls:
            counts[size].append(page_queries(client, url))
    assert max(counts["large"]) <= 12, counts
    assert counts["small"] == counts["large"], counts


def test_functional_mailbox_must_not_be_a_persons(police_entry):
    police_entry.functional_mailbox = "j.jansen@politie.invalid"
    with pytest.raises(ValidationError) as error:
        police_entry.full_clean()
    assert "functional_mailbox" in error.value.message_dict
    police_entry.functional_mailbox = "zorgdesk@politie.invalid"
    police_entry.desk = "Bel Jan op 06-12345678"
    with pytest.raises(ValidationError) as error:
        police_entry.full_clean()
    assert "desk" in error.value.message_dict


def test_accounthouder_may_change_only_their_own_partners(police_entry, accounthouder, redactie):
    policy = AccounthouderPermissionPolicy(PartnerDirectoryEntry)
    other = PartnerDirectoryEntry.objects.create(partner=ChainPartner.objects.get(slug="ggd"))
    user = accounthouder.user
    assert policy.user_has_permission_for_instance(user, "change", police_entry)
    assert not policy.user_has_permission_for_instance(user, "change", other)
    assert not policy.user_has_permission_for_instance(user, "delete", police_entry)
    assert list(policy.instances_user_has_permission_for(user, "change")) == [police_entry]
    assert policy.user_has_permission_for_instance(redactie, "change", other)
    assert set(policy.instances_user_has_permission_for(redactie, "change")) == {
        police_entry,
        other,
    }


def test_redactie_edits_the_directory_in_the_admin(client, redactie, police_entry):
    client.force_login(redactie)
    response = client.get(
        reverse("wagtailsnippets_people_partnerdirectoryentry:edit", args=[police_entry.pk])
    )
    assert response.status_code == 200


def test_accounthouder_sees_and_edits_only_their_own_partners_in_the_admin(
    client, police_entry, accounthouder
):
    from django.contrib.auth.models import Permission

    accounthouder.user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    other = PartnerDirectoryEntry.objects.create(partner=ChainPartner.objects.get(slug="ggd"))
    client.force_login(accounthouder.user)
    listing = client.get(reverse("wagtailsnippets_people_partnerdirectoryentry:list"))
    assert listing.status_code == 200
    content = listing.content.decode()
    assert "Politie" in content and "GGD" not in content
    edit = "wagtailsnippets_people_partnerdirectoryentry:edit"
    assert client.get(reverse(edit, args=[police_entry.pk])).status_code == 200
    assert client.get(reverse(edit, args=[other.pk])).status_code in (302, 403)
    response = client.post(
        reverse(edit, args=[other.pk]),
        {"partner": other.partner_id, "role_for_programmes": "Overgenomen"},
    )
    assert response.status_code in (302, 403)
    other.refresh_from_db()
    assert other.role_for_programmes == ""


def test_header_links_to_partners_and_colleagues(client, regisseur):
    client.force_login(regisseur)
    content = client.get("/partners/").content.decode()
    assert 'href="/partners/"' in content and 'href="/mensen/"' in content


def test_onboarding_text_on_accounthouders_links_to_the_directory():
    from portal.demo_content.pages import ONBOARDING_STEPS

    step = next(s for s in ONBOARDING_STEPS if s["slug"] == "samenwerken-met-ketenpartners")
    assert any('href="/partners/"' in str(block) for block in step["body"])
