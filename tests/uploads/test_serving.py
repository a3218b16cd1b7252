"""Documents are downloaded, never rendered in the portal's origin: served by Wagtail's
permission-checking view as attachments, with a CSP that forbids everything and nosniff."""

import pytest
import wagtail_factories

from .conftest import pdf_bytes


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("filename", "data"),
    [("verslag.pdf", pdf_bytes("Verslag")), ("leesmij.txt", b"Een tekst"), ("lijst.csv", b"a;b")],
)
def test_documents_are_served_as_attachments_that_cannot_run(client, regisseur, filename, data):
    document = wagtail_factories.DocumentFactory(
        title="Verslag", file__filename=filename, file__data=data
    )
    client.force_login(regisseur)
    response = client.get(document.url)
    assert document.url.startswith("/documents/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == data
