"""Demo content for a new portal, built from the factories the tests use. Deterministic and
idempotent: what exists (by slug, username, abbreviation) is left alone, so a second run
changes nothing. Other apps add their demo content through the `register_demo_content` hook:
a function taking a `log` callable, run after the portal's own content, in `order`."""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail import hooks
from wagtail.models import Page, Site

from .demo_content.glossary import GLOSSARY_ENTRIES
from .demo_content.pages import (
    ONBOARDING_INTRO,
    ONBOARDING_STEPS,
    PROGRAMME_PAGES,
    STALE_PAGE,
)
from .demo_content.programmes import PROGRAMMES
from .demo_content.users import DEMO_USERS, SUPERUSER
from .factories import (
    DEMO_PASSWORD,
    GlossaryEntryFactory,
    OnboardingPageFactory,
    ProgrammeFactory,
    ProgrammeIndexPageFactory,
    StandardPageFactory,
    UserFactory,
)
from .models import Audience, HomePage, OnboardingPage, Programme, ProgrammeIndexPage
from .services import programme_ensure_section


def publish(page: Page) -> Page:
    page.save_revision().publish()
    return page


def child_with_slug(parent: Page, slug: str) -> Page | None:
    return parent.get_children().filter(slug=slug).first()


def ensure_home_page() -> HomePage:
    home = HomePage.objects.first()
    if home is None:  # migrations create it; only a hand-emptied database lacks it
        root = Page.get_first_root_node()
        home = root.add_child(instance=HomePage(title="Kennisportaal AcVZ", slug="home"))
        Site.objects.update_or_create(
            is_default_site=True, defaults={"root_page": home, "hostname": "localhost"}
        )
    return home


def seed_users() -> dict[str, object]:
    users = {}
    User = get_user_model()
    if not User.objects.filter(username=SUPERUSER["username"]).exists():
        User.objects.create_superuser(
            email=f"{SUPERUSER['username']}@acvz.invalid", password=DEMO_PASSWORD, **SUPERUSER
        )
    for spec in DEMO_USERS:
        user = User.objects.filter(username=spec["username"]).first()
        if user is None:
            user = UserFactory(
                username=spec["username"],
                first_name=spec["first_name"],
                last_name=spec["last_name"],
                groups=spec["groups"],
            )
            programme = Programme.objects.get(slug=spec["programme"])
            user.groups.add(*(getattr(programme, field) for field in spec["programme_groups"]))
        users[spec["username"]] = user
    return users


def seed_knowledge_page(parent: Page, spec: dict, *, owner: Programme, content_owner, audiences):
    if child_with_slug(parent, spec["slug"]) is not None:
        return None
    review_by = spec.get("review_by")
    page = StandardPageFactory(
        parent=parent,
        title=spec["title"],
        slug=spec["slug"],
        summary=spec["summary"],
        owner_programme=owner,
        content_owner=content_owner,
        body=spec["body"],
        **({"review_by": datetime.date.fromisoformat(review_by)} if review_by else {}),
    )
    page.tags.add(*spec.get("tags", []))
    page.also_relevant_for.set(Programme.objects.filter(slug__in=spec.get("also_relevant_for", [])))
    page.audiences.set(audiences)
    page.save()
    return publish(page)


@transaction.atomic
def seed_portal(log=lambda message: None) -> None:
    home = ensure_home_page()

    index = ProgrammeIndexPage.objects.first()
    if index is None:
        index = publish(
            ProgrammeIndexPageFactory(
                parent=home,
                intro="<p>De persoonsgerichte programma's van het Actiecentrum Veiligheid en "
                "Zorg.</p>",
            )
        )
    for order, spec in enumerate(PROGRAMMES):
        programme = Programme.objects.filter(slug=spec["slug"]).first()
        if programme is None:
            programme = ProgrammeFactory(
                **spec, sort_order=order, contact_email=f"{spec['slug']}@acvz.invalid"
            )
        programme_ensure_section(programme=programme)
    log(f"{Programme.objects.count()} programma's")

    for spec in GLOSSARY_ENTRIES:
        fields = dict(spec)
        programme_name = fields.pop("programme")
        if not GlossaryEntryFactory._meta.model.objects.filter(
            abbreviation=fields["abbreviation"]
        ).exists():
            GlossaryEntryFactory(
                **fields,
                programme=Programme.objects.filter(short_name=programme_name).first()
                if programme_name
                else None,
            )
    log(f"{len(GLOSSARY_ENTRIES)} begrippen")

    users = seed_users()
    editor = users["redactie"]
    log(f"{len(users)} demogebruikers")

    acvz = Programme.objects.get(slug="acvz-breed")
    onboarding = OnboardingPage.objects.first()
    if onboarding is None:
        onboarding = publish(OnboardingPageFactory(parent=home, intro=ONBOARDING_INTRO))
    new_employees = Audience.objects.filter(code="nieuwe-medewerker")
    for spec in ONBOARDING_STEPS:
        seed_knowledge_page(
            onboarding, spec, owner=acvz, content_owner=editor, audiences=new_employees
        )

    everyone = Audience.objects.filter(code__in=["regisseur", "regie-ondersteuner"])
    for spec in [*PROGRAMME_PAGES, STALE_PAGE]:
        programme = Programme.objects.get(slug=spec["programme"])
        seed_knowledge_page(
            programme.landing_page,
            spec,
            owner=programme,
            content_owner=editor,
            audiences=everyone,
        )
    log("onboarding- en programmapagina's")

    for seed in sorted(
        hooks.get_hooks("register_demo_content"), key=lambda fn: getattr(fn, "order", 100)
    ):
        seed(log)
