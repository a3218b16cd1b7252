"""Revisions that still fail the privacy guard: drafts and older versions saved before an
editor removed personal data, or before the guard redacted history on publication. Lists them
(masked) and exits with status 1 when any are found; `--purge` redacts them and exits 1 only
when something is left that redaction could not mask."""

from django.core.management.base import BaseCommand, CommandError

from portal.privacy.pages import scan_page
from portal.privacy.revisions import log_redaction, redact_revision


class Command(BaseCommand):
    help = "Find page revisions that still contain personal data; --purge redacts them."

    def add_arguments(self, parser):
        parser.add_argument(
            "--purge",
            action="store_true",
            help="Mask the personal data found in those revisions (logged on each page).",
        )

    def handle(self, *args, purge=False, **options):
        failing = list(self.failing_revisions())
        for revision, findings in failing:
            for finding in findings:
                self.stdout.write(
                    f"revision {revision.pk} of page {revision.object_id} "
                    f"({revision.created_at:%Y-%m-%d}): {finding}"
                )
        if not failing:
            self.stdout.write("No revision contains personal data.")
            return
        if not purge:
            raise CommandError(
                f"{len(failing)} revision(s) contain personal data; run with --purge to redact.",
                returncode=1,
            )
        redacted_per_page = {}
        for revision, _findings in failing:
            if redact_revision(revision):
                redacted_per_page.setdefault(revision.object_id, []).append(revision)
        for revisions in redacted_per_page.values():
            page = revisions[0].content_object
            if page is not None:
                log_redaction(page, user=None, count=len(revisions), by_command=True)
        left = [revision.pk for revision, _findings in self.failing_revisions()]
        self.stdout.write(
            f"Redacted {sum(len(revisions) for revisions in redacted_per_page.values())} "
            "revision(s)."
        )
        if left:
            raise CommandError(
                "Still containing personal data after redaction (remove by hand): revisions "
                + ", ".join(str(pk) for pk in left),
                returncode=1,
            )

    def failing_revisions(self):
        from wagtail.models import Page, Revision

        for revision in Revision.page_revisions.order_by("pk").iterator():
            try:
                page = revision.as_object()
            except Exception:  # a revision of a page type that no longer exists
                continue
            if not isinstance(page, Page):
                continue
            findings = scan_page(page)
            if findings:
                yield revision, findings
