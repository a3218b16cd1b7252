"""Gives every existing tag an ASCII slug that /themas/<slug:slug>/ can reverse (taggit made
Unicode slugs such as "coördinatie", which took down every page linking the tag). The names
keep their accents; slugs stay unique (taggit's "_1", "_2" suffixes); the old addresses
redirect (portal.views.tag_detail_by_old_slug). Self-contained on purpose: a migration must not
change when portal.tags does."""

import re

from django.db import migrations
from django.utils.text import slugify

ROUTE_SLUG = re.compile(r"[-a-zA-Z0-9_]+")


def ascii_slugs(apps, schema_editor):
    Tag = apps.get_model("taggit", "Tag")
    taken = set(Tag.objects.values_list("slug", flat=True))
    for tag in Tag.objects.order_by("pk"):
        if ROUTE_SLUG.fullmatch(tag.slug or ""):
            continue
        base = slugify(tag.slug or tag.name)[:100].strip("-_") or "thema"
        slug, number = base, 1
        while slug in taken:
            suffix = f"_{number}"
            slug = base[: 100 - len(suffix)] + suffix
            number += 1
        taken.discard(tag.slug)
        taken.add(slug)
        tag.slug = slug
        tag.save(update_fields=["slug"])


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0004_programme_groups"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(ascii_slugs, migrations.RunPython.noop)]
