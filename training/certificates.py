"""The PDF of a certificate, drawn with reportlab: one A4 page in landscape with the learner,
the module and its version, the date and the verification code."""

from io import BytesIO

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from .models import Certificate

AMSTERDAM_RED = HexColor("#ec0000")
TEXT = HexColor("#202020")
MUTED = HexColor("#5f5f5f")


def learner_name(certificate: Certificate) -> str:
    user = certificate.user
    return user.get_full_name() or user.get_username()


def certificate_pdf(certificate: Certificate, *, verify_url: str) -> bytes:
    buffer = BytesIO()
    width, height = landscape(A4)
    pdf = canvas.Canvas(buffer, pagesize=(width, height))
    pdf.setTitle(_("Certificate: %(module)s") % {"module": certificate.module_title})
    pdf.setAuthor("Kennisportaal AcVZ")

    pdf.setStrokeColor(AMSTERDAM_RED)
    pdf.setLineWidth(6)
    pdf.rect(28, 28, width - 56, height - 56)

    pdf.setFillColor(AMSTERDAM_RED)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(60, height - 70, "Kennisportaal AcVZ")

    pdf.setFillColor(TEXT)
    pdf.setFont("Helvetica-Bold", 34)
    pdf.drawCentredString(width / 2, height - 160, _("Certificate"))
    pdf.setFont("Helvetica", 16)
    pdf.drawCentredString(width / 2, height - 205, _("This certifies that"))
    pdf.setFont("Helvetica-Bold", 26)
    pdf.drawCentredString(width / 2, height - 245, learner_name(certificate))
    pdf.setFont("Helvetica", 16)
    pdf.drawCentredString(width / 2, height - 285, _("has completed the module"))
    pdf.setFont("Helvetica-Bold", 20)
    pdf.drawCentredString(width / 2, height - 320, certificate.module_title)
    pdf.setFont("Helvetica", 13)
    issued = formats.date_format(timezone.localtime(certificate.issued_at), "j F Y")
    pdf.drawCentredString(
        width / 2,
        height - 350,
        _("Version %(version)s, completed on %(date)s")
        % {"version": certificate.module_version, "date": issued},
    )

    pdf.setFillColor(MUTED)
    pdf.setFont("Helvetica", 11)
    pdf.drawString(60, 70, _("Verification code: %(code)s") % {"code": certificate.code})
    pdf.drawString(60, 54, _("Verify at %(url)s") % {"url": verify_url})
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
