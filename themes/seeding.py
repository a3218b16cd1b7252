"""Demo content of the themes app, run by `seed_demo` through the `register_demo_content`
hook. Deterministic and idempotent: what exists (by slug) is left alone."""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page

from portal.models import Audience, HomePage, Programme

from .constants import FollowUpStatus
from .demo_content.closed_loop import CLOSED_LOOP
from .demo_content.lessons import LESSONS, PROGRAMME_CONTEXT
from .demo_content.meetings import MEETINGS
from .factories import (
    LessonIndexPageFactory,
    LessonLearnedFactory,
    MeetingIndexPageFactory,
    ThemeMeetingFactory,
)
from .models import (
    ChainPartner,
    EscalationStep,
    FollowUpStatusChange,
    LessonChangedPage,
    LessonIndexPage,
    LessonLearned,
    MeetingIndexPage,
    MeetingRegistration,
    ThemeMeeting,
)
from .services import meeting_register

# The order in which a follow-up usually moves, to give seeded lessons a plausible history.
STATUS_PATH = {
    FollowUpStatus.OPEN: [FollowUpStatus.OPEN],
    FollowUpStatus.IN_PROGRESS: [FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS],
    FollowUpStatus.SOLVED: [
        FollowUpStatus.OPEN,
        FollowUpStatus.IN_PROGRESS,
        FollowUpStatus.SOLVED,
    ],
    FollowUpStatus.UNSOLVABLE: [FollowUpStatus.OPEN, FollowUpStatus.UNSOLVABLE],
}

# Demo authors per programme: staff who share their programme's lessons.
AUTHOR_BY_PROGRAMME = {
    "top600": "programmamedewerker",
    "radicalisering": "medewerker-radicalisering",
}


def ensure_lesson_index() -> LessonIndexPage:
    index = LessonIndexPage.objects.first()
    if index is None:
        home = HomePage.objects.first()
        index = LessonIndexPageFactory(
            parent=home,
            intro="<p>Wat de programma's van de AcVZ leerden: goede praktijken, knelpunten in "
            "de keten en systeemfouten, met wat eraan gedaan wordt.</p>",
        )
        index.save_revision().publish()
    return index


def seed_lesson(index: LessonIndexPage, spec: tuple, *, now: datetime.datetime) -> bool:
    (
        slug,
        programme_slug,
        kind,
        title,
        summary,
        happened,
        worked,
        recommendation,
        tags,
        partners,
        source,
        status,
        follow_up_owner,
        target_days,
        actions,
        days_ago,
        *rest,
    ) = spec
    if LessonLearned.objects.filter(slug=slug).exists():
        return False
    also = rest[0] if rest else []
    programme = Programme.objects.get(slug=programme_slug)
    author = (
        get_user_model().objects.filter(username=AUTHOR_BY_PROGRAMME.get(programme_slug)).first()
    )
    published_at = now - datetime.timedelta(days=days_ago)
    path = STATUS_PATH.get(status, [None])
    lesson = LessonLearnedFactory(
        parent=index,
        title=title,
        slug=slug,
        summary=summary,
        owner_programme=programme,
        kind=kind,
        context=f"<p>{PROGRAMME_CONTEXT[programme_slug]}</p>",
        what_happened=f"<p>{happened}</p>",
        what_worked=f"<p>{worked}</p>",
        recommendation=f"<p>{recommendation}</p>",
        source=source,
        follow_up_status=path[0] or "",
        follow_up_owner=follow_up_owner,
        follow_up_target_date=(
            now.date() + datetime.timedelta(days=target_days) if target_days is not None else None
        ),
        owner=author,
        blame_free=kind != "goede-praktijk" and days_ago % 2 == 0,
        live=False,
    )
    lesson.tags.add(*tags)
    lesson.chain_partners.set(ChainPartner.objects.filter(slug__in=partners))
    lesson.also_relevant_for.set(Programme.objects.filter(slug__in=also))
    lesson.audiences.set(Audience.objects.filter(code__in=["regisseur", "programmamedewerker"]))
    for step, step_status in enumerate(path):
        if step_status is not None:
            lesson.follow_up_status = step_status
            lesson.follow_up_actions = actions if step == len(path) - 1 else ""
            if step_status == FollowUpStatus.SOLVED:
                # Solving needs evidence of effect; the demo's actions say how it was checked.
                lesson.evidence_of_effect = actions
        lesson.save_revision(user=author).publish(user=None)
    # Spread the history over the time since reporting, so the register's "longest waiting
    # first" and the history read as they would in real use.
    changes = list(FollowUpStatusChange.objects.filter(lesson=lesson).order_by("id"))
    for step, change in enumerate(changes):
        change.changed_at = published_at + datetime.timedelta(days=step * days_ago // 3)
        change.changed_by = author
        change.save(update_fields=["changed_at", "changed_by"])
    LessonLearned.objects.filter(pk=lesson.pk).update(
        first_published_at=published_at,
        last_published_at=published_at + datetime.timedelta(days=(len(path) - 1) * days_ago // 3),
    )
    return True


@transaction.atomic
def seed_themes(log=lambda message: None) -> None:
    index = ensure_lesson_index()
    now = timezone.now().replace(hour=10, minute=0, second=0, microsecond=0)
    created = sum(seed_lesson(index, spec, now=now) for spec in LESSONS)
    log(f"{LessonLearned.objects.count()} geleerde lessen ({created} nieuw)")
    if seed_closed_loop(now=now):
        log("een gesloten lus: escalatie, bewijs van effect en aangepaste pagina's")
    seed_meetings(log)


def seed_closed_loop(*, now: datetime.datetime) -> bool:
    """The demo's closed loop, once: left alone when the lesson already has an escalation
    route (also one an editor changed since)."""
    lesson = LessonLearned.objects.filter(slug=CLOSED_LOOP["lesson"]).first()
    if lesson is None or lesson.escalation_steps.exists():
        return False
    lesson = lesson.get_latest_revision_as_object()
    reported_on = timezone.localtime(lesson.first_published_at or now).date()
    partners = {partner.slug: partner for partner in ChainPartner.objects.all()}
    lesson.escalation_steps = [
        EscalationStep(
            level=level,
            chain_partner=partners.get(partner_slug) if partner_slug else None,
            escalated_on=reported_on + datetime.timedelta(days=days),
            note=note,
        )
        for level, partner_slug, days, note in CLOSED_LOOP["escalation"]
    ]
    pages = [
        Page.objects.filter(
            content_type__app_label=app_label, content_type__model=model, slug=slug
        ).first()
        for app_label, model, slug in CLOSED_LOOP["changed_pages"]
    ]
    lesson.changed_pages = [LessonChangedPage(page=page) for page in pages if page is not None]
    lesson.evidence_of_effect = CLOSED_LOOP["evidence"]
    lesson.save_revision(user=lesson.owner).publish(user=None)
    return True


def slides_pdf(title: str, agenda: list[tuple[str, str, str]]) -> bytes:
    """A small slide deck (landscape A4, one slide per agenda item) made with reportlab."""
    from io import BytesIO

    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    buffer = BytesIO()
    width, height = landscape(A4)
    pdf = canvas.Canvas(buffer, pagesize=(width, height), invariant=True)
    pdf.setTitle(title)
    pdf.setAuthor("Actiecentrum Veiligheid en Zorg")
    pdf.setFont("Helvetica-Bold", 30)
    pdf.drawString(60, height - 120, title)
    pdf.setFont("Helvetica", 16)
    pdf.drawString(60, height - 160, "Themabijeenkomst - Actiecentrum Veiligheid en Zorg")
    pdf.showPage()
    for time, topic, speaker in agenda:
        pdf.setFont("Helvetica-Bold", 24)
        pdf.drawString(60, height - 100, topic)
        pdf.setFont("Helvetica", 16)
        pdf.drawString(60, height - 140, f"{time} - {speaker}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def ensure_slides(title: str, agenda) -> "Document":  # noqa: F821
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    Document = get_document_model()
    document_title = f"Presentatie {title}"
    document = Document.objects.filter(title=document_title).first()
    if document is None:
        document = Document(title=document_title)
        document.file.save(
            f"presentatie-{slugify(title)}.pdf", ContentFile(slides_pdf(title, agenda)), save=False
        )
        document.save()
    return document


def ensure_meeting_index() -> MeetingIndexPage:
    index = MeetingIndexPage.objects.first()
    if index is None:
        index = MeetingIndexPageFactory(
            parent=HomePage.objects.first(),
            intro="<p>Programma's van de AcVZ komen samen rond een thema. Hier vind je de "
            "komende bijeenkomsten en het archief met verslagen, lessen en presentaties.</p>",
        )
        index.save_revision().publish()
    return index


DEMO_ATTENDEES = ["regisseur", "regie-ondersteuner", "programmamedewerker", "manager",
                  "nieuwe-medewerker", "medewerker-radicalisering"]  # fmt: skip


def seed_meeting(index: MeetingIndexPage, spec: tuple) -> bool:
    (slug, programme_slug, title, summary, days, hour, tags, invited, maximum, agenda,
     takeaways, actions) = spec  # fmt: skip
    if ThemeMeeting.objects.filter(slug=slug).exists():
        return False
    start = timezone.localtime().replace(hour=hour, minute=0, second=0, microsecond=0)
    start += datetime.timedelta(days=days)
    slides = ensure_slides(title, agenda)
    meeting = ThemeMeetingFactory(
        parent=index,
        title=title,
        slug=slug,
        summary=summary,
        owner_programme=Programme.objects.get(slug=programme_slug),
        start=start,
        end=start + datetime.timedelta(hours=2),
        location="Actiecentrum Veiligheid en Zorg, zaal Amstel" if days % 2 else "",
        online_link="" if days % 2 else "https://teams.acvz.invalid/themabijeenkomst",
        max_attendees=maximum,
        agenda=[
            (
                "item",
                {"start": datetime.time.fromisoformat(time), "topic": topic, "speaker": speaker},
            )
            for time, topic, speaker in agenda
        ],
        materials=[("document", {"document": slides, "title": ""})],
        report=(
            f"<p>{summary} De deelnemers bespraken casussen uit meerdere programma's.</p>"
            if days < 0
            else ""
        ),
        takeaways=takeaways,
        follow_up_actions=actions,
        live=False,
    )
    meeting.tags.add(*tags)
    meeting.invited_programmes.set(Programme.objects.filter(slug__in=invited))
    meeting.audiences.set(Audience.objects.filter(code__in=["regisseur", "programmamedewerker"]))
    speakers = sorted({speaker for _time, _topic, speaker in agenda})
    for order, role in enumerate(speakers[:3]):
        meeting.speakers.create(name=role, role="", sort_order=order)
    meeting.save_revision().publish()
    users = list(get_user_model().objects.filter(username__in=DEMO_ATTENDEES).order_by("pk"))
    for user in users[: 4 if maximum else 3]:
        if meeting.registration_open:
            meeting_register(meeting=meeting, user=user)
        else:
            MeetingRegistration.objects.get_or_create(meeting=meeting, user=user)
    ThemeMeeting.objects.filter(pk=meeting.pk).update(
        first_published_at=timezone.now() - datetime.timedelta(days=abs(days) + 14)
    )
    return True


def seed_meetings(log) -> None:
    index = ensure_meeting_index()
    created = sum(seed_meeting(index, spec) for spec in MEETINGS)
    log(f"{ThemeMeeting.objects.count()} themabijeenkomsten ({created} nieuw)")
