"""factory_boy factories for the portal's models, shared by the tests and `seed_demo`.

Defaults are deterministic (sequences, fixed texts) so that seeding gives the same result
every time; tests override what matters to them."""

import datetime

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.rich_text import RichText
from wagtail_factories.blocks import BlockFactory

from . import blocks
from .models import (
    GlossaryEntry,
    HomePage,
    OnboardingPage,
    Programme,
    ProgrammeIndexPage,
    ProgrammePage,
    StandardPage,
)

DEMO_PASSWORD = "Kennisportaal-demo-2026"


class ProgrammeFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Programma {n}")
    short_name = factory.Sequence(lambda n: f"P{n}")
    slug = factory.Sequence(lambda n: f"programma-{n}")
    colour = "#004699"
    description = "Een persoonsgerichte aanpak van de AcVZ."
    contact_name = factory.LazyAttribute(lambda o: f"Programmabureau {o.short_name}")
    contact_email = factory.LazyAttribute(lambda o: f"{o.slug}@acvz.invalid")

    class Meta:
        model = Programme
        django_get_or_create = ("slug",)


class GlossaryEntryFactory(DjangoModelFactory):
    abbreviation = factory.Sequence(lambda n: f"AFK{n}")
    full_term = factory.Sequence(lambda n: f"Afkorting {n}")
    explanation = "Een begrip uit het werkveld."

    class Meta:
        model = GlossaryEntry
        django_get_or_create = ("abbreviation",)


class GroupFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Groep {n}")

    class Meta:
        model = Group
        django_get_or_create = ("name",)


class UserFactory(DjangoModelFactory):
    username = factory.Sequence(lambda n: f"gebruiker{n}")
    first_name = "Demo"
    last_name = factory.Sequence(lambda n: f"Gebruiker {n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@acvz.invalid")
    password = factory.django.Password(DEMO_PASSWORD)

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        """UserFactory(groups=["Regisseur"]): group names or Group objects."""
        if not create or not extracted:
            return
        for group in extracted:
            if isinstance(group, str):
                group = Group.objects.get(name=group)
            self.groups.add(group)


# StreamField blocks --------------------------------------------------------------------------


class HeadingBlockFactory(wagtail_factories.StructBlockFactory):
    text = "Werkwijze"
    level = "h2"

    class Meta:
        model = blocks.HeadingBlock


class ParagraphBlockFactory(BlockFactory):
    value = factory.LazyFunction(lambda: RichText("<p>Tekst.</p>"))

    class Meta:
        model = blocks.ParagraphBlock

    @classmethod
    def _construct_block(cls, block_class, *args, **kwargs):
        value = kwargs.get("value")
        if isinstance(value, str):
            value = RichText(value)
        return value or RichText("")


class CalloutBlockFactory(wagtail_factories.StructBlockFactory):
    kind = "info"
    title = "Goed om te weten"
    text = factory.LazyFunction(lambda: RichText("<p>Tekst van de melding.</p>"))

    class Meta:
        model = blocks.CalloutBlock


class AccordionItemBlockFactory(wagtail_factories.StructBlockFactory):
    question = "Vraag?"
    answer = factory.LazyFunction(lambda: RichText("<p>Antwoord.</p>"))

    class Meta:
        model = blocks.AccordionItemBlock


class AccordionBlockFactory(wagtail_factories.StructBlockFactory):
    title = "Veelgestelde vragen"
    items = wagtail_factories.ListBlockFactory(AccordionItemBlockFactory)

    class Meta:
        model = blocks.AccordionBlock


class DocumentLinkBlockFactory(wagtail_factories.StructBlockFactory):
    document = factory.SubFactory(wagtail_factories.DocumentChooserBlockFactory)
    title = ""

    class Meta:
        model = blocks.DocumentLinkBlock


class FigureBlockFactory(wagtail_factories.StructBlockFactory):
    image = factory.SubFactory(wagtail_factories.ImageBlockFactory)
    caption = ""

    class Meta:
        model = blocks.FigureBlock


class ContentStreamBlockFactory(wagtail_factories.StreamBlockFactory):
    heading = factory.SubFactory(HeadingBlockFactory)
    paragraph = factory.SubFactory(ParagraphBlockFactory)
    callout = factory.SubFactory(CalloutBlockFactory)
    accordion = factory.SubFactory(AccordionBlockFactory)
    document = factory.SubFactory(DocumentLinkBlockFactory)
    image = factory.SubFactory(FigureBlockFactory)

    class Meta:
        model = blocks.ContentStreamBlock


# Pages ---------------------------------------------------------------------------------------


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Kennisportaal AcVZ"
    slug = "home"

    class Meta:
        model = HomePage


class ProgrammeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Programma's"
    slug = "programmas"

    class Meta:
        model = ProgrammeIndexPage


class ProgrammePageFactory(wagtail_factories.PageFactory):
    programme = factory.SubFactory(ProgrammeFactory)
    title = factory.LazyAttribute(lambda o: o.programme.name)
    slug = factory.LazyAttribute(lambda o: o.programme.slug)

    class Meta:
        model = ProgrammePage


class OnboardingPageFactory(wagtail_factories.PageFactory):
    title = "Welkom bij de AcVZ"
    slug = "welkom"

    class Meta:
        model = OnboardingPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pagina {n}")
    summary = "Een korte samenvatting van deze pagina."
    owner_programme = factory.SubFactory(ProgrammeFactory)
    review_by = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=365))
    body = wagtail_factories.StreamFieldFactory(ContentStreamBlockFactory)

    class Meta:
        model = StandardPage
        skip_postgeneration_save = True

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        """StandardPageFactory(tags=["re-integratie"]): tag names, saved with the page."""
        if not create or not extracted:
            return
        self.tags.add(*extracted)
        self.save()
        revision = self.save_revision()
        if self.live:
            revision.publish()

    @factory.post_generation
    def also_relevant_for(self, create, extracted, **kwargs):
        if not create or not extracted:
            return
        self.also_relevant_for.set(extracted)
        self.save()
