"""Writes with domain rules of the themes app."""

from django.db import transaction
from django.utils import timezone

from .models import FollowUpStatusChange, LessonLearned


@transaction.atomic
def lesson_record_follow_up(*, lesson: LessonLearned, user=None) -> FollowUpStatusChange | None:
    """Add a step to the follow-up history when the published status differs from the last
    recorded one. Idempotent: publishing the same status again records nothing."""
    if not lesson.has_follow_up or not lesson.follow_up_status:
        return None
    last = lesson.status_changes.order_by("-changed_at", "-id").first()
    if last is not None and last.to_status == lesson.follow_up_status:
        if lesson.follow_up_actions and last.note != lesson.follow_up_actions:
            last.note = lesson.follow_up_actions
            last.save(update_fields=["note"])
        return None
    return FollowUpStatusChange.objects.create(
        lesson=lesson,
        from_status=last.to_status if last else "",
        to_status=lesson.follow_up_status,
        changed_at=lesson.last_published_at or timezone.now(),
        changed_by=user,
        note=lesson.follow_up_actions,
    )
