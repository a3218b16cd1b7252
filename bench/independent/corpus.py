"""The independent corpus: training modules with their lessons, lessons learned, theme meetings,
standard pages and glossary entries, written from scratch for judging search (not the demo
content). Every document has a stable key (``ind-...``); `load()` creates them in the portal's
page tree with the apps' factories, deterministic and idempotent, next to whatever is there.

A judged result is named as bench/independent/naming.py names search hits: a page as
"<parent slug>/<slug>" (so a lesson is "<module key>/<lesson key>"), a glossary entry as
"begrip:<abbreviation>". `result_names()` maps every key to that name."""

import datetime

from .docs_glossary import GLOSSARY
from .docs_lessons import LESSONS
from .docs_meetings import MEETINGS
from .docs_pages import PAGES
from .docs_training import MODULES

# Review dates and meeting times are fixed, so that two loads give the same corpus.
REVIEW_BY = datetime.date(2027, 12, 31)
AUDIENCES = ["regisseur", "regie-ondersteuner", "programmamedewerker"]


def lesson_keys() -> list[tuple[str, str]]:
    """(module key, lesson key) of every training lesson."""
    return [(module["key"], lesson["key"]) for module in MODULES for lesson in module["lessons"]]


def result_names() -> dict[str, str]:
    """Every key's result name. The sections are the slugs the apps' factories give the
    catalogue, the lessons overview and the meetings overview; standard pages live under
    their programme's landing page, whose slug is the programme's."""
    names = {module["key"]: f"leren/{module['key']}" for module in MODULES}
    names.update((lesson, f"{module}/{lesson}") for module, lesson in lesson_keys())
    names.update((spec["key"], f"lessen/{spec['key']}") for spec in LESSONS)
    names.update((spec["key"], f"themabijeenkomsten/{spec['key']}") for spec in MEETINGS)
    names.update((spec["key"], f"{spec['programme']}/{spec['key']}") for spec in PAGES)
    names.update((entry["key"], f"begrip:{entry['abbreviation']}") for entry in GLOSSARY)
    return names


def judgments() -> list[tuple[str, dict[str, int]]]:
    """The judged queries with every key replaced by its result name."""
    from .queries import QUERIES

    names = result_names()
    return [
        (query, {names[key]: grade for key, grade in graded.items()}) for query, graded in QUERIES
    ]


def document_counts() -> dict[str, int]:
    return {
        "training modules": len(MODULES),
        "training lessons": len(lesson_keys()),
        "lessons learned": len(LESSONS),
        "theme meetings": len(MEETINGS),
        "standard pages": len(PAGES),
        "glossary entries": len(GLOSSARY),
    }


def _html(paragraphs) -> str:
    return "".join(f"<p>{text}</p>" for text in paragraphs)


def _programmes():
    """The AcVZ's programmes and their landing pages, created if the portal has none yet
    (the corpus can be loaded without the demo content)."""
    from portal.demo_content.programmes import PROGRAMMES
    from portal.factories import ProgrammeFactory, ProgrammeIndexPageFactory
    from portal.models import HomePage, Programme, ProgrammeIndexPage
    from portal.services import programme_ensure_section

    if not ProgrammeIndexPage.objects.exists():
        ProgrammeIndexPageFactory(parent=HomePage.objects.get()).save_revision().publish()
    programmes = {}
    for order, spec in enumerate(PROGRAMMES):
        programme = Programme.objects.filter(slug=spec["slug"]).first()
        if programme is None:
            programme = ProgrammeFactory(
                **spec, sort_order=order, contact_email=f"{spec['slug']}@acvz.invalid"
            )
        programme_ensure_section(programme=programme)
        programmes[spec["slug"]] = programme
    return programmes


def _index(model, factory, home, **fields):
    index = model.objects.first()
    if index is None:
        index = factory(parent=home, **fields)
        index.save_revision().publish()
    return index


def _knowledge_fields(page, document, programmes) -> None:
    from portal.models import Audience

    page.tags.add(*document.get("tags", []))
    page.also_relevant_for.set([programmes[slug] for slug in document.get("also", [])])
    page.audiences.set(Audience.objects.filter(code__in=AUDIENCES))
    # Tags and the programme/audience relations are cluster relations: publishing the revision
    # saves them with the page, so no separate save (each save re-runs the privacy guard and
    # the search indexing).
    page.save_revision().publish()


def _load_modules(home, programmes) -> None:
    from training.factories import (
        LessonFactory,
        TrainingIndexPageFactory,
        TrainingModuleFactory,
        knowledge_check,
        paragraph,
    )
    from training.models import TrainingIndexPage, TrainingModule

    catalogue = _index(TrainingIndexPage, TrainingIndexPageFactory, home)
    for spec in MODULES:
        if TrainingModule.objects.filter(slug=spec["key"]).exists():
            continue
        adopted = spec.get("adopted_from")
        module = TrainingModuleFactory(
            parent=catalogue,
            slug=spec["key"],
            title=spec["title"],
            summary=spec["summary"],
            learning_goals="<ul>" + "".join(f"<li>{g}</li>" for g in spec["goals"]) + "</ul>",
            owner_programme=programmes[spec["programme"]],
            estimated_duration=spec["duration"],
            review_by=REVIEW_BY,
            adopted_from_programme=programmes[adopted] if adopted else None,
            adaptation_notes=spec.get("adaptation", ""),
        )
        _knowledge_fields(module, spec, programmes)
        for lesson in spec["lessons"]:
            body = [paragraph(f"<p>{text}</p>") for text in lesson["paras"]]
            if lesson.get("check"):
                body.append(knowledge_check(*lesson["check"]))
            LessonFactory(
                parent=module,
                slug=lesson["key"],
                title=lesson["title"],
                intro=lesson["intro"],
                body=body,
            ).save_revision().publish()


def _load_lessons_learned(home, programmes) -> None:
    from themes.factories import LessonIndexPageFactory, LessonLearnedFactory
    from themes.models import ChainPartner, LessonIndexPage, LessonLearned

    index = _index(LessonIndexPage, LessonIndexPageFactory, home)
    for spec in LESSONS:
        if LessonLearned.objects.filter(slug=spec["key"]).exists():
            continue
        lesson = LessonLearnedFactory(
            parent=index,
            slug=spec["key"],
            title=spec["title"],
            summary=spec["summary"],
            owner_programme=programmes[spec["programme"]],
            kind=spec["kind"],
            context=f"<p>{spec['context']}</p>",
            what_happened=f"<p>{spec['happened']}</p>",
            what_worked=f"<p>{spec['worked']}</p>",
            recommendation=f"<p>{spec['advice']}</p>",
            source=spec["source"],
            follow_up_status=spec["status"],
            follow_up_owner=spec["owner"],
            follow_up_actions=spec["actions"],
            review_by=REVIEW_BY,
            live=False,
        )
        lesson.chain_partners.set(ChainPartner.objects.filter(slug__in=spec["partners"]))
        _knowledge_fields(lesson, spec, programmes)


def _load_meetings(home, programmes) -> None:
    from django.utils import timezone

    from themes.factories import MeetingIndexPageFactory, ThemeMeetingFactory
    from themes.models import MeetingIndexPage, ThemeMeeting

    index = _index(MeetingIndexPage, MeetingIndexPageFactory, home)
    for spec in MEETINGS:
        if ThemeMeeting.objects.filter(slug=spec["key"]).exists():
            continue
        start = timezone.make_aware(datetime.datetime.fromisoformat(spec["start"]))
        meeting = ThemeMeetingFactory(
            parent=index,
            slug=spec["key"],
            title=spec["title"],
            summary=spec["summary"],
            owner_programme=programmes[spec["programme"]],
            start=start,
            end=start + datetime.timedelta(hours=2),
            location="Actiecentrum Veiligheid en Zorg, vergaderzaal 3",
            agenda=[
                (
                    "item",
                    {
                        "start": datetime.time.fromisoformat(time),
                        "topic": topic,
                        "speaker": speaker,
                    },
                )
                for time, topic, speaker in spec["agenda"]
            ],
            report=_html(spec["report"]),
            takeaways="\n".join(spec["takeaways"]),
            follow_up_actions="\n".join(spec["actions"]),
            review_by=REVIEW_BY,
            live=False,
        )
        meeting.invited_programmes.set([programmes[slug] for slug in spec["invited"]])
        for order, (_time, _topic, speaker) in enumerate(spec["agenda"]):
            meeting.speakers.create(name=speaker, role="", sort_order=order)
        _knowledge_fields(meeting, spec, programmes)


def _load_pages(programmes) -> None:
    from portal.factories import StandardPageFactory
    from portal.models import StandardPage

    for spec in PAGES:
        if StandardPage.objects.filter(slug=spec["key"]).exists():
            continue
        page = StandardPageFactory(
            parent=programmes[spec["programme"]].landing_page,
            slug=spec["key"],
            title=spec["title"],
            summary=spec["summary"],
            owner_programme=programmes[spec["programme"]],
            review_by=REVIEW_BY,
            body=[{"type": "paragraph", "value": f"<p>{text}</p>"} for text in spec["paras"]],
        )
        _knowledge_fields(page, spec, programmes)


def _load_glossary(programmes) -> None:
    from portal.factories import GlossaryEntryFactory

    for spec in GLOSSARY:
        GlossaryEntryFactory(
            abbreviation=spec["abbreviation"],
            full_term=spec["full_term"],
            explanation=spec["explanation"],
            programme=programmes[spec["programme"]] if spec["programme"] else None,
        )


def load(home_page=None) -> None:
    """Create the corpus under the site's home page (or `home_page`), leaving everything that
    exists alone: a second load changes nothing."""
    from django.db import transaction

    from portal.models import HomePage

    with transaction.atomic():
        home = home_page or HomePage.objects.get()
        programmes = _programmes()
        _load_glossary(programmes)
        _load_pages(programmes)
        _load_modules(home, programmes)
        _load_lessons_learned(home, programmes)
        _load_meetings(home, programmes)
