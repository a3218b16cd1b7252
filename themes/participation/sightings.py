""" "Wij zien dit ook": a colleague of another programme records that their programme meets a
published knelpunt or systeemfout too, with a short privacy-guarded note; the knelpunt's
programme editors or Redactie approve it before it is shown and counted. The form, the writes
and the reads."""

from django import forms
from django.db import IntegrityError, transaction
from django.db.models import Count, F, Prefetch, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.constants import Role
from portal.models import Programme
from portal.privacy import personal_data_message
from portal.selectors import exclude_restricted, user_programmes

from ..constants import KINDS_WITH_FOLLOW_UP
from ..models import LessonLearned, ProgrammeSighting

NOTE_MAX_LENGTH = 1000
SHARED_LIST_LENGTH = 10


class SightingRefused(Exception):
    """A sighting that cannot be recorded, with the reason in Dutch for the colleague."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class SightingForm(forms.Form):
    programme = forms.ModelChoiceField(
        label=gettext_lazy("Your programme"),
        queryset=Programme.objects.none(),
        empty_label=None,
    )
    note = forms.CharField(
        label=gettext_lazy("How does your programme meet it?"),
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy(
            "A few sentences in general terms. Never names, dates of birth, addresses or case "
            "numbers."
        ),
    )

    def __init__(self, *args, programmes, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["programme"].queryset = Programme.objects.filter(
            pk__in=[programme.pk for programme in programmes]
        ).order_by("name")

    def clean_note(self):
        note = self.cleaned_data["note"].strip()
        message = personal_data_message(note)
        if message:
            raise forms.ValidationError(message, code="personal_data")
        return note


# Reads ------------------------------------------------------------------------------------------


def sightable_lesson(*, page_id: int, user) -> LessonLearned | None:
    """A live knelpunt or systeemfout the user may read, or None."""
    return (
        exclude_restricted(LessonLearned.objects.live().filter(kind__in=KINDS_WITH_FOLLOW_UP), user)
        .select_related("owner_programme")
        .filter(pk=page_id)
        .first()
    )


def sighting_programmes(*, lesson: LessonLearned, user) -> list[Programme]:
    """The user's programmes that may still say they see this: not the owning one, and not one
    that already did."""
    taken = set(lesson.sightings.values_list("programme_id", flat=True))
    return [
        programme
        for programme in user_programmes(user=user)
        if programme.pk != lesson.owner_programme_id and programme.pk not in taken
    ]


def approved_sightings(lesson: LessonLearned) -> QuerySet[ProgrammeSighting]:
    return lesson.sightings.filter(approved=True).select_related("programme")


def sightings_for_reader(*, lesson: LessonLearned, user) -> dict:
    """The approved sightings shown on the knelpunt, and for its moderators how many wait for
    their approval. One query (a second only when some are waiting)."""
    sightings = list(lesson.sightings.select_related("programme"))
    waiting = sum(1 for sighting in sightings if not sighting.approved)
    if waiting:
        from ..selectors import user_moderates

        if not user_moderates(user=user, programme=lesson.owner_programme):
            waiting = 0
    return {
        "sightings": [sighting for sighting in sightings if sighting.approved],
        "sightings_waiting": waiting,
    }


def with_programme_count(lessons: QuerySet) -> QuerySet:
    """Each lesson with `programme_count`: its own programme plus those whose sighting was
    approved, counted in the database."""
    return lessons.annotate(
        sighting_count=Count("sightings", filter=Q(sightings__approved=True), distinct=True)
    ).annotate(programme_count=F("sighting_count") + 1)


def most_shared_bottlenecks(lessons: QuerySet, *, limit: int = SHARED_LIST_LENGTH) -> list:
    """The knelpunten and systeemfouten met by more than one programme, the most shared first,
    with the programmes that see them too (two queries)."""
    return list(
        with_programme_count(lessons.filter(kind__in=KINDS_WITH_FOLLOW_UP))
        .filter(sighting_count__gt=0)
        .prefetch_related(
            Prefetch(
                "sightings",
                queryset=ProgrammeSighting.objects.filter(approved=True)
                .select_related("programme")
                .order_by("programme__name"),
                to_attr="approved_sightings",
            )
        )
        .order_by("-programme_count", "first_published_at", "pk")[:limit]
    )


def sightings_to_review(user) -> QuerySet[ProgrammeSighting]:
    """Sightings waiting for this moderator: of the knelpunten of programmes whose editors they
    are; every one for Redactie."""
    sightings = ProgrammeSighting.objects.filter(approved=False).select_related(
        "lesson", "programme", "lesson__owner_programme"
    )
    if user.is_superuser or user.groups.filter(name=Role.REDACTIE).exists():
        return sightings
    return sightings.filter(lesson__owner_programme__editor_group__in=user.groups.all())


# Writes -----------------------------------------------------------------------------------------


def sighting_record(*, lesson: LessonLearned, programme: Programme, user, note: str):
    """A sighting waiting for approval. Refused (in Dutch) for the owning programme, a programme
    the user does not work in, a second sighting of one programme, or a note with personal
    data."""
    if programme.pk == lesson.owner_programme_id:
        raise SightingRefused(
            _(
                "This bottleneck belongs to your own programme: only other programmes can say "
                "they see it too."
            )
        )
    if programme.pk not in {p.pk for p in user_programmes(user=user)}:
        raise SightingRefused(_("You can only speak for a programme you work in."))
    message = personal_data_message(note)
    if message:
        raise SightingRefused(message)
    try:
        with transaction.atomic():
            return ProgrammeSighting.objects.create(
                lesson=lesson, programme=programme, note=note, recorded_by=user
            )
    except IntegrityError:
        raise SightingRefused(
            _("%(programme)s has already recorded that it sees this too.")
            % {"programme": programme.name}
        ) from None


def sighting_approve(*, sighting: ProgrammeSighting, user) -> ProgrammeSighting:
    sighting.approved = True
    sighting.approved_by = user
    sighting.approved_at = timezone.now()
    sighting.save(update_fields=["approved", "approved_by", "approved_at"])
    return sighting
