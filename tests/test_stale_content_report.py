import datetime

import pytest
from django.utils import timezone

from portal.factories import StandardPageFactory, UserFactory

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/reports/stale-content/"


@pytest.fixture
def pages(programme, other_programme):
    today = timezone.localdate()
    return {
        "stale_own": StandardPageFactory(
            parent=programme.landing_page,
            owner_programme=programme,
            title="Verouderde werkwijze",
            review_by=today - datetime.timedelta(days=30),
        ),
        "current_own": StandardPageFactory(
            parent=programme.landing_page,
            owner_programme=programme,
            title="Actuele werkwijze",
            review_by=today + datetime.timedelta(days=30),
        ),
        "stale_other": StandardPageFactory(
            parent=other_programme.landing_page,
            owner_programme=other_programme,
            title="Oude aanpak radicalisering",
            review_by=today - datetime.timedelta(days=1),
        ),
        "stale_draft": StandardPageFactory(
            parent=programme.landing_page,
            owner_programme=programme,
            title="Concept dat nooit live ging",
            live=False,
            review_by=today - datetime.timedelta(days=90),
        ),
    }


def test_editors_see_every_live_page_past_its_review_date(client, redactie, pages):
    client.force_login(redactie)
    response = client.get(REPORT_URL)
    assert response.status_code == 200
    listed = [page.title for page in response.context["object_list"]]
    # Per programme (by order, then name), the longest overdue first.
    assert listed == ["Oude aanpak radicalisering", "Verouderde werkwijze"]


def test_the_report_filters_per_programme(client, redactie, pages, other_programme):
    client.force_login(redactie)
    response = client.get(REPORT_URL, {"owner_programme": other_programme.pk})
    assert [page.title for page in response.context["object_list"]] == [
        "Oude aanpak radicalisering"
    ]


def test_programme_staff_see_only_their_own_section(client, staff_of_programme, pages):
    client.force_login(staff_of_programme)
    response = client.get(REPORT_URL)
    assert response.status_code == 200
    assert [page.title for page in response.context["object_list"]] == ["Verouderde werkwijze"]


def test_readers_may_not_open_the_report(client, regisseur, pages):
    client.force_login(regisseur)
    response = client.get(REPORT_URL)
    assert response.status_code in (302, 403)


def test_the_report_exports_csv(client, redactie, pages):
    client.force_login(redactie)
    response = client.get(REPORT_URL, {"export": "csv"})
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode()
    assert "Verouderde werkwijze" in content
    assert "Actuele werkwijze" not in content


def test_the_report_exports_cannot_carry_a_spreadsheet_formula(client, redactie, programme):
    import io

    import openpyxl

    StandardPageFactory(
        parent=programme.landing_page,
        owner_programme=programme,
        title='=HYPERLINK("https://evil.example","Klik")',
        # The report names the content owner by full name: a name can start a formula too.
        content_owner=UserFactory(username="team", first_name="+31team", last_name=""),
        review_by=timezone.localdate() - datetime.timedelta(days=3),
    )
    client.force_login(redactie)
    content = b"".join(client.get(REPORT_URL, {"export": "csv"}).streaming_content).decode()
    assert '"\'=HYPERLINK(""https://evil.example"",""Klik"")"' in content
    assert "'+31team" in content

    response = client.get(REPORT_URL, {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    row = next(row for row in sheet.iter_rows(values_only=True) if "Klik" in str(row[1]))
    assert row[1] == '\'=HYPERLINK("https://evil.example","Klik")'
    assert row[3] == "'+31team"
