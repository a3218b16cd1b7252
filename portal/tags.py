"""Tag slugs that the theme pages' route (``/themas/<slug:slug>/``) can always reverse.

A tag's name is what people read and keeps its accents ("coördinatie"); its slug is only an
address. Django's ``slug`` converter accepts ASCII letters, digits, "-" and "_": taggit's
default Unicode slugs ("coördinatie") made every page that links the tag answer 500
(``NoReverseMatch``). ``TAGGIT_STRIP_UNICODE_WHEN_SLUGIFYING`` makes taggit fold accents
(Django's ``slugify`` decomposes "ö" into "o" and drops the rest of what is not ASCII); the
``pre_save`` receiver covers what that leaves: a name with nothing ASCII in it, or a slug set
by hand. Addresses with the old Unicode slugs redirect to the new ones (see
``portal.views.tag_detail_by_old_slug``).
"""

import re

from django.db.models.signals import pre_save
from django.dispatch import receiver
from django.utils.text import slugify
from taggit.models import Tag

ROUTE_SLUG = re.compile(r"[-a-zA-Z0-9_]+")
# For a name without any letter or digit slugify keeps ("#", "Ωμέγα"): the address of its
# theme page is then "thema", "thema_1", ...
FALLBACK_SLUG = "thema"
SLUG_MAX_LENGTH = 100


def route_slug(text: str) -> str:
    """The ASCII slug of a tag name (or of an old Unicode slug)."""
    return slugify(text)[:SLUG_MAX_LENGTH].strip("-_") or FALLBACK_SLUG


def is_route_slug(slug: str) -> bool:
    return bool(slug) and ROUTE_SLUG.fullmatch(slug) is not None


def unique_route_slug(name: str, taken) -> str:
    """``taken(slug) -> bool`` says whether another tag has the slug already; suffixes follow
    taggit's own ("_1", "_2", ...)."""
    base = route_slug(name)
    slug, number = base, 1
    while taken(slug):
        suffix = f"_{number}"
        slug = base[: SLUG_MAX_LENGTH - len(suffix)] + suffix
        number += 1
    return slug


@receiver(pre_save, sender=Tag, dispatch_uid="portal.tag_route_slug")
def tag_slug_fits_the_route(sender, instance: Tag, raw: bool = False, **kwargs):
    if is_route_slug(instance.slug):
        return
    others = Tag.objects.exclude(pk=instance.pk) if instance.pk else Tag.objects.all()
    instance.slug = unique_route_slug(
        instance.slug or instance.name, lambda slug: others.filter(slug=slug).exists()
    )
