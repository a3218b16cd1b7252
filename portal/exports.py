"""Spreadsheet exports that a spreadsheet program cannot be made to execute.

Excel and LibreOffice read a CSV cell starting with "=", "+", "-" or "@" (or a tab or carriage
return before one) as a formula: a lesson titled ``=HYPERLINK("https://...")`` or an attendee
named ``@SUM(...)`` would run when a manager opens the export (CSV/formula injection, OWASP).
Every export writes its cells through ``neutralise_formula``, which puts an apostrophe in front
of such text so that it shows as the text it is. Numbers and dates are left alone: only text
can smuggle a formula.

- The portal's own CSV views write rows with ``csv_writer``.
- Wagtail's spreadsheet exports (the admin reports and listings with CSV/XLSX buttons: stale
  content, training progress, progress per person, and Wagtail's own reports and form
  submissions) all go through ``SpreadsheetExportMixin.preprocess_field_value``, which
  ``install`` wraps once at start-up.
"""

import csv
from functools import wraps

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class _NeutralisingWriter:
    def __init__(self, writer):
        self._writer = writer

    def writerow(self, row):
        return self._writer.writerow([neutralise_formula(cell) for cell in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def csv_writer(file, **kwargs) -> _NeutralisingWriter:
    """``csv.writer`` whose text cells cannot start a formula."""
    return _NeutralisingWriter(csv.writer(file, **kwargs))


def install() -> None:
    """Called once from PortalConfig.ready."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    original = SpreadsheetExportMixin.preprocess_field_value
    if getattr(original, "neutralises_formulas", False):
        return

    @wraps(original)
    def preprocess_field_value(self, field, value, export_format):
        return neutralise_formula(original(self, field, value, export_format))

    preprocess_field_value.neutralises_formulas = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value


class DutchSpreadsheetExportMixin:
    """For Wagtail report views with CSV/XLSX buttons: the file is named after the report and
    the day ("voortgang-leren-2026-12-02.csv"), and the CSV opens in Dutch Excel as the
    register's does: a BOM (so Excel reads UTF-8), semicolons, and times in local time and
    Dutch notation (day-month-year)."""

    def get_filename(self):
        from django.utils import timezone
        from django.utils.text import slugify

        return f"{slugify(str(self.page_title))}-{timezone.localdate().isoformat()}"

    def preprocess_field_value(self, field, value, export_format):
        import datetime

        from django.utils import timezone

        if export_format == "csv" and isinstance(value, datetime.datetime):
            local = timezone.localtime(value) if timezone.is_aware(value) else value
            return local.strftime("%d-%m-%Y %H:%M")
        if export_format == "csv" and isinstance(value, datetime.date):
            return value.strftime("%d-%m-%Y")
        return super().preprocess_field_value(field, value, export_format)

    def stream_csv(self, queryset):
        from wagtail.admin.views.mixins import Echo

        writer = csv.DictWriter(Echo(), fieldnames=self.list_export, delimiter=";")
        yield "\ufeff".encode() + writer.writerow(
            {field: self.get_heading(queryset, field) for field in self.list_export}
        )
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))
