"""Wagtail's page signals keep the search documents in step: publish, unpublish, move and
delete, of a page and of the pages that take their programme and tags from it (a module's
lessons). Privacy changes need no re-indexing: view restrictions are applied when searching
(every query excludes the tree paths the reader may not see), so they take effect at once.
Registered non-page content (search/registry.py) follows its model's post_save and post_delete,
and the page that governs its visibility."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from portal.cached_reads import forget_content
from portal.models import ChainPartner, GlossaryEntry

from . import services
from .models import SynonymGroup
from .registry import searchable_content_for
from .synonyms import forget_expansions


@receiver(page_published)
def index_published_page(sender, instance, **kwargs):
    services.document_update(page=instance)
    services.dependants_update(page=instance)
    services.governed_content_update(page=instance)
    forget_content()  # related material is derived from the documents just written


@receiver(page_unpublished)
def forget_unpublished_page(sender, instance, **kwargs):
    services.document_remove(page_id=instance.pk)
    services.dependants_update(page=instance)
    services.governed_content_update(page=instance)
    forget_content()


@receiver(post_page_move)
def reindex_moved_pages(sender, instance, **kwargs):
    services.subtree_update(page=instance)
    services.governed_content_update(page=instance)
    forget_content()


@receiver(post_delete)
def forget_deleted_page(sender, instance, **kwargs):
    if isinstance(instance, Page):
        services.document_remove(page_id=instance.pk)
        services.governed_content_update(page=instance)
    elif searchable_content_for(sender) is not None:
        services.object_remove(instance=instance)


@receiver(post_save)
def index_saved_object(sender, instance, raw=False, **kwargs):
    if not raw and searchable_content_for(sender) is not None:
        services.object_update(instance=instance)


def forget_query_expansions(sender, **kwargs):
    """A changed synonym, abbreviation or partner name counts from the next search on."""
    forget_expansions()


for _model in (SynonymGroup, GlossaryEntry, ChainPartner):
    post_save.connect(forget_query_expansions, sender=_model, dispatch_uid=f"synonyms-{_model}")
    post_delete.connect(forget_query_expansions, sender=_model, dispatch_uid=f"synonyms-{_model}")
