"""Guarding every path to "public". Wagtail has no single hook for "this page becomes public",
so the guard sits at the three places every path goes through (see `install`):

- `PublishRevisionAction.execute`: admin publish (edit and create views), workflow approval
  (the last task's approval publishes the revision), bulk publish, scheduled publishing
  (`publish_scheduled`), the admin API and any `revision.publish()` / `page.publish()` in code;
- `Workflow.start` and `WorkflowState.resume`: submitting for moderation.

After a publication that passed, earlier revisions that still hold personal data are redacted
(`revisions.redact_earlier_revisions`): what an editor removed must not stay in the history.
The page edit form refuses misleading titles and tags (`labels.check_label`).
`PrivacyGuardMiddleware` turns the refusal into a message on the page's edit view instead of an
error page."""

from __future__ import annotations

import logging
from functools import wraps

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext

from .findings import Finding
from .labels import check_label
from .pages import scan_page

logger = logging.getLogger(__name__)


class PersonalDataFound(Exception):
    """A page cannot be submitted or published: it contains personal data. Deliberately not a
    PermissionDenied: Wagtail's admin turns those into a generic "no access" redirect, and the
    editor needs to know what to remove."""

    def __init__(self, page, findings: list[Finding]):
        self.page = page
        self.findings = findings
        super().__init__(self.message)

    @property
    def message(self) -> str:
        details = "; ".join(str(finding) for finding in self.findings[:10])
        more = len(self.findings) - 10
        if more > 0:
            details += " " + gettext("(and %(count)s more)") % {"count": more}
        return gettext(
            "“%(title)s” was not submitted or published: it seems to contain personal data, "
            "which may never appear on the portal. Remove or generalise it and try again. "
            "Found: %(details)s. Your draft has been saved."
        ) % {"title": self.masked_title, "details": details}

    @property
    def masked_title(self) -> str:
        title = self.page.get_admin_display_title()
        for finding in self.findings:
            title = title.replace(finding.fragment, finding.masked)
        return title


def _is_page(instance) -> bool:
    from wagtail.models import Page

    return isinstance(instance, Page)


def ensure_no_personal_data(page) -> None:
    if not _is_page(page):
        return
    findings = scan_page(page.specific_deferred if type(page).__name__ == "Page" else page)
    if findings:
        raise PersonalDataFound(page, findings)


def _take_never_published_page_offline(page) -> None:
    """Wagtail's create view saves a new page as live before publishing its first revision;
    when the guard refuses that publication, the page must not stay live."""
    from wagtail.models import Page

    if _is_page(page):
        Page.objects.filter(pk=page.pk, live_revision__isnull=True, live=True).update(
            live=False, has_unpublished_changes=True
        )


def clean_page_labels(form) -> None:
    """Title and tags of a page, checked for lookalike letters and hidden characters; the
    problems go on the fields, so the editor keeps everything else they typed."""
    for name in ("title", "tags"):
        if name not in form.fields or name not in form.cleaned_data:
            continue
        value = form.cleaned_data[name]
        labels = [value] if isinstance(value, str) else [str(tag) for tag in value or []]
        for label in labels:
            for problem in check_label(label):
                form.add_error(name, f"“{label}”: {problem}" if name == "tags" else problem)


def install() -> None:
    """Wrap the places every path to "public" goes through (see the module docstring).
    Called once from PortalConfig.ready."""
    from wagtail.actions.publish_revision import PublishRevisionAction
    from wagtail.admin.forms.pages import WagtailAdminPageForm
    from wagtail.models import Workflow, WorkflowState

    from .revisions import redact_earlier_revisions

    if getattr(PublishRevisionAction.execute, "privacy_guarded", False):
        return

    original_execute = PublishRevisionAction.execute

    @wraps(original_execute)
    def execute(self, *args, **kwargs):
        try:
            ensure_no_personal_data(self.object)
        except PersonalDataFound:
            if self.log_action == "wagtail.publish.scheduled":
                # publish_scheduled must go on with the other pages: take this revision off
                # the schedule so that it stops coming back, and leave a trace.
                self.revision.approved_go_live_at = None
                self.revision.save(update_fields=["approved_go_live_at"])
                logger.warning(
                    "Scheduled publishing of page %s blocked: personal data found", self.object.pk
                )
                return None
            _take_never_published_page_offline(self.object)
            raise
        result = original_execute(self, *args, **kwargs)
        if _is_page(self.object):
            redact_earlier_revisions(self.object, published=self.revision, user=self.user)
        return result

    execute.privacy_guarded = True
    PublishRevisionAction.execute = execute

    original_start = Workflow.start

    @wraps(original_start)
    def start(self, obj, user):
        ensure_no_personal_data(obj)
        return original_start(self, obj, user)

    Workflow.start = start

    original_resume = WorkflowState.resume

    @wraps(original_resume)
    def resume(self, user=None):
        instance = self.content_object
        if _is_page(instance):
            ensure_no_personal_data(instance.get_latest_revision_as_object())
        return original_resume(self, user=user)

    WorkflowState.resume = resume

    original_clean = WagtailAdminPageForm.clean

    @wraps(original_clean)
    def clean(self):
        cleaned_data = original_clean(self)
        clean_page_labels(self)
        return cleaned_data

    WagtailAdminPageForm.clean = clean


class PrivacyGuardMiddleware:
    """Shows a refusal by the privacy guard as a message on the page's edit view (where the
    saved draft is) rather than as an error page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, PersonalDataFound) or exception.page.pk is None:
            return None
        messages.error(request, exception.message)
        return redirect(reverse("wagtailadmin_pages:edit", args=[exception.page.pk]))
