"""Every upload is scanned by a real ClamAV daemon (scripts/clamav.sh, with the repository's
small signature database that detects the EICAR test file)."""

import socket

import pytest
from wagtail.documents.models import Document
from wagtail.images.models import Image

from .conftest import EICAR, form_errors, png_bytes, upload_document, upload_image


def closed_port() -> int:
    """A loopback port nothing listens on: the connection is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.django_db
def test_an_infected_document_is_refused_with_a_clear_message(admin_client):
    response = upload_document(admin_client, "leesmij.txt", EICAR, title="Lijst")
    assert response.status_code == 200
    errors = form_errors(response, "file")
    assert "De virusscanner heeft malware in dit bestand gevonden" in errors
    assert "Kennisportaal.Test.EICAR" in errors
    assert 'value="Lijst"' in response.content.decode()
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_malware_inside_an_image_is_refused(admin_client):
    response = upload_image(admin_client, "foto.png", png_bytes() + EICAR)
    assert "malware" in form_errors(response, "file")
    assert not Image.objects.exists()


@pytest.mark.django_db
def test_a_clean_document_passes_the_scanner(admin_client):
    response = upload_document(admin_client, "leesmij.txt", b"Een gewone tekst.\n")
    assert response.status_code == 302
    assert Document.objects.count() == 1


@pytest.mark.django_db
def test_uploads_are_refused_when_the_scanner_is_unreachable_and_required(admin_client, settings):
    settings.CLAMAV_URL = f"tcp://127.0.0.1:{closed_port()}"
    response = upload_document(admin_client, "leesmij.txt", b"Een gewone tekst.\n")
    assert response.status_code == 200
    assert "De virusscanner is niet bereikbaar" in form_errors(response, "file")
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_without_a_required_scanner_uploads_go_on_unscanned(admin_client, settings):
    settings.CLAMAV_URL = f"tcp://127.0.0.1:{closed_port()}"
    settings.CLAMAV_REQUIRED = False
    response = upload_document(admin_client, "leesmij.txt", b"Een gewone tekst.\n")
    assert response.status_code == 302


@pytest.mark.django_db
def test_health_check_reports_the_scanner(client, settings):
    assert client.get("/healthz").json()["checks"]["virus_scanner"] == "ok"
    settings.CLAMAV_URL = f"tcp://127.0.0.1:{closed_port()}"
    response = client.get("/healthz")
    # Reading the portal still works; uploads do not: degraded, and the balancer keeps it.
    assert response.json()["checks"]["virus_scanner"] == "degraded"
    assert response.status_code == 200


def test_production_requires_the_scanner_on_debians_socket():
    from tests.test_settings import GOOD_SECRET, run_manage

    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings as s; print(s.CLAMAV_URL, s.CLAMAV_REQUIRED)",
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=GOOD_SECRET,
        CLAMAV_URL="",
        CLAMAV_REQUIRED="",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "unix:///var/run/clamav/clamd.ctl True"
