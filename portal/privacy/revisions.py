"""Earlier revisions that still hold personal data. A BSN an editor removed before publishing
stays in the page's revision history, where the admin's history and compare views show it.
When a publication passes the guard, the revisions made since the previous publication are
redacted: every fragment the guard finds is masked the way its messages show it. The page's log
says who did it and how many revisions, never what was removed.

`manage.py privacy_check_revisions` finds revisions that still fail the guard (for example
from before this existed) and, with `--purge`, redacts them."""

from __future__ import annotations

import json

from django.db import transaction

from .detectors import scan_spans
from .findings import mask
from .normalise import normalise

LOG_ACTION = "portal.privacy.redact_revisions"

# Keys of serialised pages and blocks that hold identifiers and timestamps, never text.
TECHNICAL_KEYS = {
    "id",
    "pk",
    "type",
    "path",
    "url_path",
    "content_type",
    "translation_key",
    "locale",
    "owner",
    "live_revision",
    "latest_revision",
    "locked_by",
}


def redact_text(text: str) -> str:
    normalised = normalise(text)
    spans = scan_spans(normalised.text)
    for span in sorted(spans, key=lambda span: span.start, reverse=True):
        start, end = normalised.original_span(span.start, span.end)
        text = text[:start] + mask(text[start:end]) + text[end:]
    return text


def redact_value(value):
    """The serialised content of a revision with every finding masked; StreamField values may
    be stored as JSON text inside it, which is redacted as JSON."""
    if isinstance(value, dict):
        return {
            key: item
            if key in TECHNICAL_KEYS or key.endswith(("_at", "_id"))
            else redact_value(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [redact_value(item) for item in value]
    if isinstance(value, str):
        if value[:1] in "[{":
            try:
                parsed = json.loads(value)
            except ValueError:
                pass
            else:
                if isinstance(parsed, list | dict):
                    return json.dumps(redact_value(parsed), ensure_ascii=False)
        return redact_text(value)
    return value


def redact_revision(revision) -> bool:
    """Mask what the guard finds in one revision; True when something changed."""
    redacted = redact_value(revision.content)
    # The title as it was, shown in the page's history.
    object_str = redact_text(revision.object_str or "")
    if redacted == revision.content and object_str == (revision.object_str or ""):
        return False
    revision.content = redacted
    revision.object_str = object_str
    revision.save(update_fields=["content", "object_str"])
    return True


def log_redaction(page, *, user, count: int, by_command: bool = False) -> None:
    from wagtail.log_actions import log

    log(
        instance=page,
        action=LOG_ACTION,
        user=user,
        data={"revisions": count, "by_command": by_command},
    )


def redact_earlier_revisions(page, *, published, user) -> int:
    """After `published` passed the guard: redact the page's revisions made before it and since
    the previous publication (earlier ones were redacted at that publication, or are the
    command's job)."""
    from wagtail.models import Revision

    earlier = Revision.objects.filter(
        base_content_type=page.get_base_content_type(),
        object_id=str(page.pk),
        pk__lt=published.pk,
    )
    previous = (
        earlier.filter(pk__in=_published_revision_ids(page))
        .order_by("-pk")
        .values_list("pk", flat=True)
        .first()
    )
    if previous:
        earlier = earlier.filter(pk__gt=previous)
    count = 0
    with transaction.atomic():
        for revision in earlier.order_by("pk"):
            count += redact_revision(revision)
        if count:
            log_redaction(page, user=user, count=count)
    return count


def _published_revision_ids(page):
    """Revisions of the page that were published, by the page's log."""
    from wagtail.models import PageLogEntry

    return (
        PageLogEntry.objects.filter(page_id=page.pk, action="wagtail.publish")
        .exclude(revision__isnull=True)
        .values_list("revision_id", flat=True)
    )
