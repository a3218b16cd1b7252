"""Meetings show their own date wherever they are listed, the list says where I am coming, and
an uploaded recording plays in the page with its captions."""

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.blocks import StructBlockValidationError
from wagtail.documents import get_document_model

from portal.factories import UserFactory
from themes.constants import RegistrationStatus
from themes.models import MeetingRegistration, ThemeMeeting
from themes.models.meetings import RecordingVideoBlock

from .conftest import publish_meeting

pytestmark = pytest.mark.django_db

MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 64
VTT = b"WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nWelkom bij de bijeenkomst.\n"


def document(name, content, title):
    item = get_document_model()(title=title)
    item.file.save(name, ContentFile(content), save=False)
    item.save()
    return item


def test_a_meeting_card_shows_the_meeting_date_not_the_publication_date(
    client, regisseur, home_page, meeting_index, programme
):
    meeting = publish_meeting(
        meeting_index, owner_programme=programme, title="Casusoverleg LVB", tags=["lvb"]
    )
    client.force_login(regisseur)
    start = timezone.localtime(meeting.start).date().isoformat()
    published = timezone.localtime(meeting.first_published_at).date().isoformat()
    assert start != published  # the factory plans meetings weeks ahead

    # The home page lists it twice (upcoming meetings, recent knowledge); the theme page once.
    for url, expected_cards in [(home_page.url, 2), ("/themas/lvb/", 1)]:
        page = client.get(url).content.decode()
        cards = page.split("Casusoverleg LVB</a>")[1:]
        assert len(cards) == expected_cards, url
        for card in cards:
            card = card[: card.find("</article>")]
            assert f'datetime="{start}' in card, url
            assert f'datetime="{published}' not in card, url


def test_the_meetings_list_shows_where_i_am_registered(client, regisseur, meeting_index, programme):
    coming = publish_meeting(meeting_index, owner_programme=programme, title="Ik ben erbij")
    waiting = publish_meeting(meeting_index, owner_programme=programme, title="Op de wachtlijst")
    publish_meeting(meeting_index, owner_programme=programme, title="Niet aangemeld")
    MeetingRegistration.objects.create(meeting=coming, user=regisseur)
    MeetingRegistration.objects.create(
        meeting=waiting, user=regisseur, status=RegistrationStatus.WAITING
    )
    MeetingRegistration.objects.create(
        meeting=ThemeMeeting.objects.get(title="Niet aangemeld"), user=UserFactory()
    )
    client.force_login(regisseur)
    page = client.get(meeting_index.url).content.decode()

    def card(title):
        start = page.index(title)
        return page[start : page.find("</article>", start)]

    assert "Je bent aangemeld" in card("Ik ben erbij")
    assert "Je staat op de wachtlijst" in card("Op de wachtlijst")
    assert "aangemeld" not in card("Niet aangemeld").replace("Niet aangemeld", "")
    assert "wachtlijst" not in card("Niet aangemeld")


def test_an_uploaded_recording_plays_in_the_page_with_captions(
    client, regisseur, meeting_index, programme
):
    video = document("opname.mp4", MP4, "Opname casusoverleg")
    captions = document("opname.vtt", VTT, "Ondertitels casusoverleg")
    meeting = publish_meeting(
        meeting_index,
        owner_programme=programme,
        past=True,
        recording=[("video", {"video": video, "captions": captions, "title": ""})],
    )
    client.force_login(regisseur)
    page = client.get(meeting.url).content.decode()
    assert "<video controls" in page
    assert f'<source src="{video.url}" type="video/mp4">' in page
    assert f'<track kind="captions" src="{captions.url}" srclang="nl"' in page
    # Both files come through the document view with its login and access checks.
    assert client.get(video.url).status_code == 200
    assert client.get(captions.url).status_code == 200
    client.logout()
    assert client.get(video.url).status_code in (302, 403)


def test_a_recording_without_captions_says_so(client, regisseur, meeting_index, programme):
    video = document("opname.webm", b"\x1aE\xdf\xa3" + b"\x00" * 64, "Opname")
    meeting = publish_meeting(
        meeting_index,
        owner_programme=programme,
        past=True,
        recording=[("video", {"video": video, "captions": None, "title": "Terugkijken"})],
    )
    client.force_login(regisseur)
    page = client.get(meeting.url).content.decode()
    assert 'type="video/webm"' in page
    assert "<track" not in page
    assert "Geen ondertiteling beschikbaar" in page


def test_only_a_video_plays_and_only_webvtt_captions(db):
    block = RecordingVideoBlock()
    report = document("verslag.pdf", b"%PDF-1.4\n%%EOF\n", "Verslag")
    with pytest.raises(StructBlockValidationError) as refused:
        block.clean(block.to_python({"video": report.pk, "captions": report.pk, "title": ""}))
    assert set(refused.value.block_errors) == {"video", "captions"}
