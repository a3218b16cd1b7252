from django.db.models.signals import post_save
from django.dispatch import Signal, receiver
from wagtail.models import Revision
from wagtail.signals import page_published

from portal.models import Programme

from .models import LessonIndexPage, LessonLearned, MeetingIndexPage

# Sent when a colleague on a meeting's waiting list gets a freed seat (sender: the
# MeetingRegistration class; registration: the one that now has a seat). For the apps that
# tell people, which this app does not know.
seat_given_from_waiting_list = Signal()


@receiver(page_published, sender=LessonLearned, dispatch_uid="themes.lesson_follow_up")
def lesson_published(sender, instance: LessonLearned, revision=None, **kwargs):
    from .services import lesson_record_follow_up

    lesson_record_follow_up(
        lesson=instance, user=getattr(revision, "user", None) if revision else None
    )


@receiver(post_save, sender=Programme, dispatch_uid="themes.programme_moderation")
def programme_saved(sender, instance, raw=False, **kwargs):
    """A new programme's staff may share lessons and meetings at once."""
    if raw:
        return
    from .services import moderation_ensure_workflow, moderation_sections

    moderation_ensure_workflow(sections=moderation_sections())


@receiver(post_save, sender=MeetingIndexPage, dispatch_uid="themes.meeting_index_moderation")
@receiver(post_save, sender=LessonIndexPage, dispatch_uid="themes.lesson_index_moderation")
def section_saved(sender, instance, created=False, raw=False, **kwargs):
    if created and not raw:
        from .services import moderation_ensure_workflow

        moderation_ensure_workflow(sections=[instance])


@receiver(post_save, sender=Revision, dispatch_uid="themes.restart_review_on_change")
def revision_saved(sender, instance, created=False, raw=False, **kwargs):
    if created and not raw:
        from .services import moderation_restart_review

        moderation_restart_review(revision=instance)
