"""The PDF of a certificate, drawn with reportlab in the portal's house style: one A4 page in
landscape with the Amsterdam emblem and wordmark, Amsterdam Sans (the font the site uses), the
Amsterdam red, and the learner, the module and its version, the date and the verification
code."""

import re
from functools import lru_cache
from io import BytesIO

from django.contrib.staticfiles import finders
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from .models import Certificate

AMSTERDAM_RED = HexColor("#ec0000")
TEXT = HexColor("#202020")
MUTED = HexColor("#5f5f5f")

FONT_FILES = {
    "AmsterdamSans": "vendor/amsterdam/font/AmsterdamSans-Regular.woff2",
    "AmsterdamSans-Bold": "vendor/amsterdam/font/AmsterdamSans-Bold.woff2",
}
FALLBACK_FONTS = {"AmsterdamSans": "Helvetica", "AmsterdamSans-Bold": "Helvetica-Bold"}
LOGO_FILE = "vendor/amsterdam/logo/amsterdam-logo.svg"


@lru_cache(maxsize=1)
def house_fonts() -> dict[str, str]:
    """The reportlab names of the regular and bold font: Amsterdam Sans, converted once from
    the site's WOFF2 files (reportlab reads TrueType only); Helvetica when they are missing."""
    try:
        from fontTools.ttLib import TTFont as FontToolsFont
    except ImportError:  # pragma: no cover - fonttools is a dependency
        return dict(FALLBACK_FONTS)
    fonts = {}
    for name, static_path in FONT_FILES.items():
        found = finders.find(static_path)
        if not found:
            return dict(FALLBACK_FONTS)
        font = FontToolsFont(found)
        font.flavor = None
        truetype = BytesIO()
        font.save(truetype)
        truetype.seek(0)
        pdfmetrics.registerFont(TTFont(name, truetype))
        fonts[name] = name
    return fonts


@lru_cache(maxsize=1)
def emblem_outlines() -> list[list[tuple[float, float]]]:
    """The three St Andrew's crosses of the Amsterdam logo, as polygons in the logo's own
    units (40 high), read from the site's logo file (straight lines only: M, L, l, Z)."""
    found = finders.find(LOGO_FILE)
    if not found:
        return []
    with open(found, encoding="utf-8") as svg:
        match = re.search(r'class="ams-logo__emblem"[^>]*\sd="([^"]+)"', svg.read())
    if not match:
        return []
    polygons, current, x, y = [], [], 0.0, 0.0
    for command, numbers in re.findall(r"([MLlZ])([^MLlZ]*)", match.group(1)):
        values = [float(value) for value in re.findall(r"-?\d*\.?\d+", numbers)]
        pairs = list(zip(values[::2], values[1::2], strict=False))
        if command == "M":
            if current:
                polygons.append(current)
            x, y = pairs[0]
            current = [(x, y)]
            pairs = pairs[1:]
            command = "L"
        for dx, dy in pairs:
            x, y = (x + dx, y + dy) if command == "l" else (dx, dy)
            current.append((x, y))
        if command == "Z" and current:
            polygons.append(current)
            current = []
    if current:
        polygons.append(current)
    return polygons


def draw_logo(pdf, *, left: float, top: float, height: float, fonts: dict[str, str]) -> None:
    """The emblem with "Gemeente Amsterdam" beside it, as in the site's page header."""
    scale = height / 40
    pdf.setFillColor(AMSTERDAM_RED)
    for polygon in emblem_outlines():
        path = pdf.beginPath()
        first, *rest = polygon
        path.moveTo(left + first[0] * scale, top - first[1] * scale)
        for px, py in rest:
            path.lineTo(left + px * scale, top - py * scale)
        path.close()
        pdf.drawPath(path, stroke=0, fill=1)
    pdf.setFont(fonts["AmsterdamSans-Bold"], height * 0.36)
    pdf.drawString(left + 16.5 * scale, top - height * 0.38, "Gemeente")
    pdf.drawString(left + 16.5 * scale, top - height * 0.86, "Amsterdam")


def learner_name(certificate: Certificate) -> str:
    user = certificate.user
    return user.get_full_name() or user.get_username()


def certificate_pdf(certificate: Certificate, *, verify_url: str) -> bytes:
    fonts = house_fonts()
    regular, bold = fonts["AmsterdamSans"], fonts["AmsterdamSans-Bold"]
    buffer = BytesIO()
    width, height = landscape(A4)
    pdf = canvas.Canvas(buffer, pagesize=(width, height), initialFontName=regular)
    pdf.setTitle(_("Certificate: %(module)s") % {"module": certificate.module_title})
    pdf.setAuthor("Kennisportaal AcVZ")

    # A red band along the left edge, the site's accent.
    pdf.setFillColor(AMSTERDAM_RED)
    pdf.rect(0, 0, 14, height, stroke=0, fill=1)
    draw_logo(pdf, left=60, top=height - 48, height=44, fonts=fonts)
    pdf.setFillColor(TEXT)
    pdf.setFont(bold, 13)
    pdf.drawRightString(width - 60, height - 70, "Kennisportaal AcVZ")

    pdf.setFillColor(TEXT)
    pdf.setFont(bold, 36)
    pdf.drawString(60, height - 170, _("Certificate"))
    pdf.setFont(regular, 16)
    pdf.drawString(60, height - 210, _("This certifies that"))
    pdf.setFont(bold, 26)
    pdf.drawString(60, height - 248, learner_name(certificate))
    pdf.setFont(regular, 16)
    pdf.drawString(60, height - 285, _("has completed the module"))
    pdf.setFillColor(AMSTERDAM_RED)
    pdf.setFont(bold, 22)
    pdf.drawString(60, height - 320, certificate.module_title)
    pdf.setFillColor(TEXT)
    pdf.setFont(regular, 13)
    issued = formats.date_format(timezone.localtime(certificate.issued_at), "j F Y")
    pdf.drawString(
        60,
        height - 350,
        _("Version %(version)s, completed on %(date)s")
        % {"version": certificate.module_version, "date": issued},
    )
    if certificate.expires_on:
        pdf.drawString(
            60,
            height - 370,
            _("Valid until %(date)s")
            % {"date": formats.date_format(certificate.expires_on, "j F Y")},
        )

    pdf.setStrokeColor(AMSTERDAM_RED)
    pdf.setLineWidth(2)
    pdf.line(60, 95, width - 60, 95)
    pdf.setFillColor(MUTED)
    pdf.setFont(regular, 11)
    pdf.drawString(60, 72, _("Verification code: %(code)s") % {"code": certificate.code})
    pdf.drawString(60, 56, _("Verify at %(url)s") % {"url": verify_url})
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
