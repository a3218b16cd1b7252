"""Wagtail's page signals keep the search documents in step: publish, unpublish, move and
delete. Privacy changes need no re-indexing: view restrictions are applied when searching
(every query excludes the tree paths the reader may not see), so they take effect at once."""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import services


@receiver(page_published)
def index_published_page(sender, instance, **kwargs):
    services.document_update(page=instance)


@receiver(page_unpublished)
def forget_unpublished_page(sender, instance, **kwargs):
    services.document_remove(page_id=instance.pk)


@receiver(post_page_move)
def reindex_moved_pages(sender, instance, **kwargs):
    services.subtree_update(page=instance)


@receiver(post_delete)
def forget_deleted_page(sender, instance, **kwargs):
    if isinstance(instance, Page):
        services.document_remove(page_id=instance.pk)
