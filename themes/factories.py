"""factory_boy factories for the themes app, shared by the tests and `seed_demo`."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from factory.django import DjangoModelFactory

from portal.factories import ProgrammeFactory, UserFactory

from .constants import FollowUpStatus, LessonKind, LessonSource
from .models import (
    ChainPartner,
    LessonIndexPage,
    LessonLearned,
    MeetingIndexPage,
    MeetingRegistration,
    ThemeMeeting,
)


class ChainPartnerFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Ketenpartner {n}")
    slug = factory.Sequence(lambda n: f"ketenpartner-{n}")

    class Meta:
        model = ChainPartner
        django_get_or_create = ("slug",)


class LessonIndexPageFactory(wagtail_factories.PageFactory):
    title = "Geleerde lessen"
    slug = "lessen"

    class Meta:
        model = LessonIndexPage


class LessonLearnedFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Les {n}")
    summary = "Wat we leerden van de samenwerking in de keten."
    owner_programme = factory.SubFactory(ProgrammeFactory)
    kind = LessonKind.GOOD_PRACTICE
    context = "<p>In een casusoverleg met meerdere partners.</p>"
    what_happened = "<p>De partners deelden hun informatie op tijd.</p>"
    what_worked = "<p>Vaste contactpersonen per partner.</p>"
    recommendation = "<p>Spreek vooraf af wie wat deelt.</p>"
    source = LessonSource.CASE_MEETING

    class Meta:
        model = LessonLearned
        skip_postgeneration_save = True

    # Solving needs evidence of effect (LessonLearned.clean); a solved lesson gets some.
    evidence_of_effect = factory.LazyAttribute(
        lambda lesson: (
            "De monitor laat zien dat het werkt."
            if getattr(lesson, "follow_up_status", "") == FollowUpStatus.SOLVED
            else ""
        )
    )

    class Params:
        bottleneck = factory.Trait(
            kind=LessonKind.BOTTLENECK,
            follow_up_status=FollowUpStatus.OPEN,
            follow_up_owner="Ketenregie",
        )
        system_error = factory.Trait(
            kind=LessonKind.SYSTEM_ERROR,
            follow_up_status=FollowUpStatus.OPEN,
            follow_up_owner="Ketenregie",
        )

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if not create or not extracted:
            return
        self.tags.add(*extracted)
        self.save()

    @factory.post_generation
    def chain_partners(self, create, extracted, **kwargs):
        if not create or not extracted:
            return
        self.chain_partners.set(extracted)

    @factory.post_generation
    def also_relevant_for(self, create, extracted, **kwargs):
        if not create or not extracted:
            return
        self.also_relevant_for.set(extracted)
        self.save()


class MeetingIndexPageFactory(wagtail_factories.PageFactory):
    title = "Themabijeenkomsten"
    slug = "themabijeenkomsten"

    class Meta:
        model = MeetingIndexPage


def _in_days(days: int, hour: int) -> datetime.datetime:
    moment = timezone.localtime() + datetime.timedelta(days=days)
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0)


class ThemeMeetingFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Themabijeenkomst {n}")
    summary = "Programma's delen hun ervaringen met een thema."
    owner_programme = factory.SubFactory(ProgrammeFactory)
    start = factory.LazyFunction(lambda: _in_days(14, 14))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=2))
    location = "Stadhuis, zaal 2"

    class Meta:
        model = ThemeMeeting
        skip_postgeneration_save = True

    class Params:
        past = factory.Trait(start=factory.LazyFunction(lambda: _in_days(-30, 14)))


class MeetingRegistrationFactory(DjangoModelFactory):
    meeting = factory.SubFactory(ThemeMeetingFactory)
    user = factory.SubFactory(UserFactory)

    class Meta:
        model = MeetingRegistration
        django_get_or_create = ("meeting", "user")
