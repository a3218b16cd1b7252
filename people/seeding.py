"""Demo content of the partner directory and the colleague profiles: deterministic and
idempotent (what exists by username or partner is left alone)."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from taggit.models import Tag

from portal.factories import UserFactory
from portal.models import ChainPartner, Programme

from .demo_content import (
    COLLEAGUES,
    JEUGD_PARTNERS,
    JEUGD_SPECIALISTS,
    PARTNERS,
    SPECIALISTS,
    WORK_CHANNELS,
)
from .models import ColleagueProfile, PartnerDirectoryEntry, RegieSpecialist


def _tag(name: str) -> Tag:
    existing = Tag.objects.filter(Q(slug=name) | Q(name=name)).first()
    return existing or Tag.objects.create(name=name, slug=name)


def _profile(username, first_name, last_name, role, programme_slug, tags) -> ColleagueProfile:
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        user = UserFactory(
            username=username, first_name=first_name, last_name=last_name, groups=["Regisseur"]
        )
    programme = Programme.objects.filter(slug=programme_slug).first()
    profile, created = ColleagueProfile.objects.get_or_create(
        user=user,
        defaults={"role": role, "programme": programme, "work_channels": WORK_CHANNELS},
    )
    if created:
        profile.expertise.set([_tag(name) for name in tags])
    return profile


@transaction.atomic
def seed_people(log) -> None:
    profiles = {spec[0]: _profile(*spec) for spec in COLLEAGUES}
    programmes = {programme.slug: programme for programme in Programme.objects.all()}
    for partner in ChainPartner.objects.filter(slug__in=PARTNERS):
        accounthouder, role, desk, mailbox = PARTNERS[partner.slug]
        entry, created = PartnerDirectoryEntry.objects.get_or_create(
            partner=partner,
            defaults={
                "role_for_programmes": role,
                "desk": desk,
                "functional_mailbox": mailbox,
                "accounthouder": profiles[accounthouder],
            },
        )
        if not created:
            continue
        specialists = JEUGD_SPECIALISTS if partner.slug in JEUGD_PARTNERS else SPECIALISTS
        for order, (programme_slug, username) in enumerate(specialists):
            if programme_slug in programmes:
                RegieSpecialist.objects.create(
                    entry=entry,
                    programme=programmes[programme_slug],
                    colleague=profiles[username],
                    sort_order=order,
                )
    # The other demo users get a profile too, so that /mensen/ shows everyone.
    for user in get_user_model().objects.filter(
        is_active=True, is_superuser=False, colleague_profile__isnull=True
    ):
        ColleagueProfile.objects.create(user=user, work_channels=WORK_CHANNELS)
    log(
        f"{PartnerDirectoryEntry.objects.count()} partners in de partnergids, "
        f"{ColleagueProfile.objects.count()} collega's"
    )
