from django.dispatch import receiver
from wagtail.signals import page_published

from .models import LessonLearned


@receiver(page_published, sender=LessonLearned, dispatch_uid="themes.lesson_follow_up")
def lesson_published(sender, instance: LessonLearned, revision=None, **kwargs):
    from .services import lesson_record_follow_up

    lesson_record_follow_up(
        lesson=instance, user=getattr(revision, "user", None) if revision else None
    )
