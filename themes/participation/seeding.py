"""Demo content of "Mijn bijdragen": the demo regisseur's contributions, one in each state
(concept, ter beoordeling, teruggestuurd with the reviewer's comment, gepubliceerd), gone
through the real moderation workflow. Idempotent: a contribution whose title exists is left
alone."""

from django.contrib.auth import get_user_model

from portal.models import Programme

from ..constants import LessonKind, LessonSource
from ..models import LessonLearned
from .services import contribution_create

AUTHOR = "regisseur"
REVIEWER = "medewerker-radicalisering"
PROGRAMME = "radicalisering"

# (title, kind, state, reviewer's comment)
CONTRIBUTIONS = [
    (
        "Gezinsgesprek vooraf aan terugkeer werkt",
        LessonKind.GOOD_PRACTICE,
        "concept",
        "",
    ),
    (
        "Signalen van school komen niet bij de regisseur",
        LessonKind.BOTTLENECK,
        "ter-beoordeling",
        "",
    ),
    (
        "Dubbele registratie in twee casussystemen",
        LessonKind.SYSTEM_ERROR,
        "teruggestuurd",
        "Beschrijf welke systemen het zijn en wat de gevolgen voor de casus waren.",
    ),
    (
        "Vast aanspreekpunt bij de gemeente na een melding",
        LessonKind.GOOD_PRACTICE,
        "gepubliceerd",
        "",
    ),
]


def demo_contribution_data(title, kind, programme):
    return {
        "kind": kind,
        "title": title,
        "summary": f"{title}: wat we in het programma zagen en wat we aanraden.",
        "context": "In een casusoverleg over een jongere die terugkeert in de wijk.",
        "what_happened": "De partners werkten langs elkaar heen tot er één plan was.",
        "what_worked": "Korte lijnen en één vast aanspreekpunt.",
        "recommendation": "Spreek vooraf af wie wat doet en wanneer.",
        "source": LessonSource.CASE_MEETING,
        "source_detail": "",
        "owner_programme": programme,
        "chain_partners": [],
        "blame_free": False,
    }


def seed_contributions(log=lambda message: None) -> None:
    users = get_user_model().objects
    author = users.filter(username=AUTHOR).first()
    reviewer = users.filter(username=REVIEWER).first()
    programme = Programme.objects.filter(slug=PROGRAMME).first()
    if author is None or reviewer is None or programme is None:
        return
    created = 0
    for title, kind, state, comment in CONTRIBUTIONS:
        if LessonLearned.objects.filter(owner=author, draft_title=title).exists():
            continue
        data = demo_contribution_data(title, kind, programme)
        lesson = contribution_create(user=author, data=data, submit=state != "concept")
        created += 1
        if state in ("teruggestuurd", "gepubliceerd"):
            task_state = lesson.current_workflow_state.current_task_state
            action = "reject" if state == "teruggestuurd" else "approve"
            task_state.task.specific.on_action(task_state, reviewer, action, comment=comment)
    log(f"{len(CONTRIBUTIONS)} bijdragen van de demo-regisseur ({created} nieuw)")


# "Wij zien dit ook": recurring knelpunten. The open knelpunten first in the lessons section
# get sightings from this many other programmes (approved), and the last one a sighting still
# waiting for approval.
SIGHTINGS_PER_BOTTLENECK = (3, 2, 2, 1)
SIGHTING_NOTES = (
    "Wij lopen hier in ons programma ook tegenaan, vooral bij overdrachten tussen partners.",
    "Herkenbaar: bij ons gebeurt dit ongeveer een keer per maand.",
    "Ook bij ons; we hebben er een tijdelijke werkafspraak voor gemaakt.",
)


def seed_sightings(log=lambda message: None) -> None:
    from ..constants import UNRESOLVED_STATUSES
    from ..models import ProgrammeSighting

    bottlenecks = list(
        LessonLearned.objects.live()
        .filter(kind=LessonKind.BOTTLENECK, follow_up_status__in=UNRESOLVED_STATUSES)
        .order_by("path")[: len(SIGHTINGS_PER_BOTTLENECK) + 1]
    )
    programmes = list(Programme.objects.order_by("slug"))
    created = 0
    for position, lesson in enumerate(bottlenecks):
        others = [p for p in programmes if p.pk != lesson.owner_programme_id]
        approved = position < len(SIGHTINGS_PER_BOTTLENECK)
        count = SIGHTINGS_PER_BOTTLENECK[position] if approved else 1
        for number, programme in enumerate(others[:count]):
            _sighting, is_new = ProgrammeSighting.objects.get_or_create(
                lesson=lesson,
                programme=programme,
                defaults={
                    "note": SIGHTING_NOTES[number % len(SIGHTING_NOTES)],
                    "approved": approved,
                },
            )
            created += is_new
    log(f"'Wij zien dit ook' bij {len(bottlenecks)} knelpunten ({created} nieuw)")


# Meeting harvest: the editorial team turned the takeaways of this past meeting into lessons,
# approved by the site's administrator (nobody approves their own submission).
HARVESTED_MEETING = "informatiedeling-in-de-keten"
HARVESTER = "redactie"
HARVEST_APPROVER = "beheerder"


def seed_harvest(log=lambda message: None) -> None:
    from ..harvest import harvested_lessons, meeting_harvest
    from ..models import ThemeMeeting

    users = get_user_model().objects
    harvester = users.filter(username=HARVESTER).first()
    approver = users.filter(username=HARVEST_APPROVER).first()
    meeting = ThemeMeeting.objects.live().filter(slug=HARVESTED_MEETING).first()
    if harvester is None or approver is None or meeting is None:
        return
    if harvested_lessons(meeting).exists():
        return
    picks = [
        {"takeaway": takeaway, "title": takeaway.rstrip("."), "kind": LessonKind.GOOD_PRACTICE}
        for takeaway in meeting.takeaway_list
    ]
    for lesson in meeting_harvest(meeting=meeting, user=harvester, picks=picks):
        task_state = lesson.current_workflow_state.current_task_state
        task_state.task.specific.on_action(task_state, approver, "approve", comment="")
    log(f"geoogste lessen uit de themabijeenkomst '{meeting.title}'")


def seed_merge_proposals(log=lambda message: None) -> None:
    from ..merging import proposals_refresh

    added = proposals_refresh()
    log(f"{added} voorstellen om knelpunten samen te voegen")
