"""Which pages a bottleneck or system error changed, known without a query per page: every
knowledge page asks whether it shows "Aangepast naar aanleiding van knelpunt ...", and almost
none does. The ids of the pages that some lesson links as changed are kept in portal's shared
cache and forgotten when such a link is saved or deleted; only those pages ask the database
which (readable, live) lessons changed them."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from portal.cached_reads import TIMEOUT, cache

from .models import LessonChangedPage

KEY = "themes:changed-page-ids"


def changed_page_ids() -> frozenset[int]:
    page_ids = cache.get(KEY)
    if page_ids is None:
        page_ids = frozenset(LessonChangedPage.objects.values_list("page_id", flat=True))
        cache.set(KEY, page_ids, TIMEOUT)
    return page_ids


@receiver(post_save, sender=LessonChangedPage)
@receiver(post_delete, sender=LessonChangedPage)
def forget_changed_pages(**kwargs) -> None:
    cache.delete(KEY)
