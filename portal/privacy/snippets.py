"""Texts that are live when saved (snippets shown on the portal, a learner's reflection
answers): guarded in form validation, with a Dutch message on the field and the input kept."""

from __future__ import annotations

from django.utils.translation import gettext

from .detectors import KIND_LABELS, scan_text
from .findings import mask


def personal_data_message(text: str) -> str | None:
    """The message for a field whose text seems to hold personal data; None when it is clean."""
    found = scan_text(str(text or ""))
    if not found:
        return None
    details = "; ".join(
        f"{KIND_LABELS[kind]} “{mask(fragment)}”" for kind, fragment, _certain in found[:5]
    )
    return gettext(
        "This seems to contain personal data, which may never appear on the portal. Remove or "
        "generalise it. Found: %(details)s."
    ) % {"details": details}


class PrivacyGuardedMixin:
    """For models edited as snippets whose text is shown on the portal (glossary entries,
    programmes, chain partners, learning paths). Snippets have no publish step: they are live
    when saved, so the guard sits in `clean()`, which Wagtail's snippet forms (and `full_clean`)
    run before saving. The editor sees a Dutch message on the field and keeps what they typed.
    `privacy_guarded_fields` names the text fields to scan: every field a reader sees, the
    short ones (abbreviations, short names, slugs) too."""

    privacy_guarded_fields: tuple[str, ...] = ()

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        errors = {}
        for name in self.privacy_guarded_fields:
            message = personal_data_message(getattr(self, name, ""))
            if message:
                errors[name] = ValidationError(message, code="personal_data")
        if errors:
            raise ValidationError(errors)
