"""Meeting harvest: after a theme meeting, its organiser turns the takeaways into draft lessons
learned in one step. Each lesson is prefilled with the meeting (source and back-link), its
programmes and its tags, and enters the owning programme's moderation workflow like any
front-end contribution (themes.participation.services)."""

from django import forms
from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.privacy import personal_data_message

from .constants import LessonKind, LessonSource
from .models import LessonLearned, ThemeMeeting
from .participation.services import contribution_create
from .selectors import user_organises

TITLE_MAX_LENGTH = 255
SUMMARY_MAX_LENGTH = 600


class TakeawayForm(forms.Form):
    """One takeaway of the meeting: whether to make a lesson of it, with which title and kind."""

    takeaway = forms.CharField(widget=forms.HiddenInput)
    pick = forms.BooleanField(label=gettext_lazy("Make a lesson of this"), required=False)
    title = forms.CharField(
        label=gettext_lazy("Title of the lesson"), max_length=TITLE_MAX_LENGTH, required=False
    )
    kind = forms.ChoiceField(label=gettext_lazy("Kind"), choices=LessonKind.choices)

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("pick"):
            return cleaned
        title = (cleaned.get("title") or "").strip()
        if not title:
            self.add_error("title", _("Give the lesson a title."))
            return cleaned
        message = personal_data_message(title)
        if message:
            self.add_error("title", message)
        cleaned["title"] = title
        return cleaned


TakeawayFormSet = forms.formset_factory(TakeawayForm, extra=0, max_num=100, validate_max=True)


# Reads ------------------------------------------------------------------------------------------


def may_harvest(*, meeting: ThemeMeeting, user) -> bool:
    """The organisers: editors of the organising programme, Redactie, whoever may edit it."""
    return user_organises(meeting=meeting, user=user)


def harvested_lessons(meeting: ThemeMeeting):
    """Every lesson made from the meeting, drafts included (the organiser's view)."""
    return LessonLearned.objects.filter(source_meeting=meeting).order_by("pk")


def harvested_takeaways(meeting: ThemeMeeting) -> set[str]:
    return set(harvested_lessons(meeting).values_list("summary", flat=True))


def default_title(takeaway: str) -> str:
    if len(takeaway) <= 100:
        return takeaway.rstrip(".")
    return takeaway[:97].rsplit(" ", 1)[0] + "..."


def takeaway_initial(meeting: ThemeMeeting) -> list[dict]:
    done = harvested_takeaways(meeting)
    return [
        {
            "takeaway": takeaway,
            "pick": takeaway[:SUMMARY_MAX_LENGTH] not in done,
            "title": default_title(takeaway),
            "kind": LessonKind.GOOD_PRACTICE,
        }
        for takeaway in meeting.takeaway_list
    ]


# Writes -----------------------------------------------------------------------------------------


class HarvestRefused(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def lesson_data(*, meeting: ThemeMeeting, takeaway: str, title: str, kind: str) -> dict:
    """The structured fields of a lesson made from one takeaway, for the editors to complete
    during moderation."""
    date = formats.date_format(timezone.localtime(meeting.start), "j F Y")
    return {
        "kind": kind,
        "title": title,
        "summary": takeaway[:SUMMARY_MAX_LENGTH],
        "context": _("Discussed at the theme meeting “%(meeting)s” of %(date)s.")
        % {"meeting": meeting.title, "date": date},
        "what_happened": takeaway,
        "what_worked": "",
        "recommendation": takeaway,
        "source": LessonSource.THEME_MEETING,
        "source_detail": meeting.title[:200],
        "blame_free": False,
        "owner_programme": meeting.owner_programme,
        "chain_partners": [],
    }


@transaction.atomic
def meeting_harvest(*, meeting: ThemeMeeting, user, picks: list[dict]) -> list[LessonLearned]:
    """Draft lessons from the picked takeaways ({takeaway, title, kind}), each submitted to
    the owning programme's moderation. All or nothing; a takeaway harvested before is skipped,
    so sending the form twice makes no duplicates."""
    if not meeting.is_past:
        raise HarvestRefused(_("Takeaways can be turned into lessons once the meeting is over."))
    known = set(meeting.takeaway_list)
    done = harvested_takeaways(meeting)
    programmes = list(
        {
            programme.pk: programme
            for programme in [*meeting.also_relevant_for.all(), *meeting.invited_programmes.all()]
        }.values()
    )
    tags = [tag.name for tag in meeting.tags.all()]
    lessons = []
    for pick in picks:
        takeaway = pick["takeaway"]
        if takeaway not in known:
            raise HarvestRefused(
                _("The takeaways of this meeting have changed meanwhile: check them again.")
            )
        if takeaway[:SUMMARY_MAX_LENGTH] in done:
            continue
        done.add(takeaway[:SUMMARY_MAX_LENGTH])
        data = lesson_data(
            meeting=meeting, takeaway=takeaway, title=pick["title"], kind=pick["kind"]
        )
        lessons.append(
            contribution_create(
                user=user,
                data=data,
                submit=True,
                links={"source_meeting": meeting, "also_relevant_for": programmes, "tags": tags},
            )
        )
    return lessons
