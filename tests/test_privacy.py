"""The privacy guard: what it finds in text, what it reads on a page, and that it holds on every
path that makes a page public: admin publish (edit and create), submitting for moderation,
workflow approval, bulk publish, scheduled publishing and `revision.publish()` in code."""

import datetime
from io import StringIO

import pytest
import wagtail_factories
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, Workflow, WorkflowState
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from portal.factories import StandardPageFactory, UserFactory
from portal.models import GlossaryEntry, StandardPage
from portal.privacy import Kind, PersonalDataFound, mask, page_texts, scan_page, scan_text

pytestmark = pytest.mark.django_db

# (text, kinds the guard must find). The table in the report counts these.
POSITIVE_CASES = [
    ("De BSN van de jongere is 123456782.", Kind.BSN),
    ("bsn: 1234.56.782", Kind.BSN),
    ("burgerservicenummer 12 34 56 782", Kind.BSN),
    ("nummer 111222333 in het dossier", Kind.BSN),
    ("IBAN NL91 ABNA 0417 1643 00 voor de betaling", Kind.IBAN),
    ("rekening NL91ABNA0417164300", Kind.IBAN),
    ("Bel 020-5551234 voor een afspraak", Kind.PHONE),
    ("mobiel 06 12345678", Kind.PHONE),
    ("+31 6 12345678", Kind.PHONE),
    ("mail j.jansen@example.nl", Kind.EMAIL),
    ("Kalverstraat 12, 1012 NX Amsterdam", Kind.ADDRESS),
    ("1012 NX 12", Kind.ADDRESS),
    ("geboren op 12-03-2005 in Amsterdam", Kind.BIRTH_DATE),
    ("geb. 1 januari 1999", Kind.BIRTH_DATE),
    ("geboortedatum: 01/02/2003", Kind.BIRTH_DATE),
    ("auto met kenteken 12-KNT-3 gezien", Kind.LICENSE_PLATE),
    ("een scooter (G-123-BB) bij de woning", Kind.LICENSE_PLATE),
    ("kenteken 12-knt-3", Kind.LICENSE_PLATE),
    ("geboren in maart 2005", Kind.BIRTH_DATE),
    ("mail j punt jansen at example punt nl", Kind.EMAIL),
    ("jan(at)example(dot)nl", Kind.EMAIL),
    ("j.jansen apenstaartje amsterdam.nl", Kind.EMAIL),
    ("BSN 12345672 (oud nummer)", Kind.BSN),
]

# Ordinary professional text, numbers failing the 11-proof, organisations' numbers.
NEGATIVE_CASES = [
    "123456789 is geen geldig nummer",
    "In 2024 waren er 120 casussen en 30 procent daalde.",
    "Top600 en Top400 werkten samen in 2023; artikel 10 lid 2 AVG.",
    "De Raad voor de Kinderbescherming (RvdK) deed onderzoek binnen 6 weken.",
    "Het convenant van 1 januari 2020 geldt voor alle partners.",
    "Themabijeenkomst op 12-03-2025 om 14.00 uur in zaal 2.",
    "Parketnummer 13/123456-19 is van de zaak.",
    "0,5 fte en 1.234.567 euro voor de aanpak",
    "Bel de gemeente op 14 020 of de hulplijn 0800-1234.",
    "Postcodegebied 1012 NX kent veel overlast.",
    "De wet (BW 7:230a) en art. 8 EVRM beschermen het privéleven.",
    "Een jongere van 16 jaar, geboren in de jaren negentig van ouders uit de wijk.",
    "Werkinstructie versie 2.3.1 van 01-01-2026.",
    "Casus 2024-017 is besproken in het MDO van week 12.",
    "Zaaknummer 123456782 van het parket.",
    "KvK-nummer 12345678 van de zorgaanbieder",
    "Het convenant van maart 2020 geldt voor alle partners.",
    "We spraken af at the office, zie ook www.amsterdam.nl.",
]


@pytest.mark.parametrize(("text", "kind"), POSITIVE_CASES)
def test_guard_finds_personal_data(text, kind):
    assert kind in {found_kind for found_kind, _fragment, _certain in scan_text(text)}


@pytest.mark.parametrize("text", NEGATIVE_CASES)
def test_guard_leaves_professional_text_alone(text):
    assert scan_text(text) == []


def test_context_word_raises_certainty_of_a_bsn():
    assert scan_text("BSN 123456782") == [(Kind.BSN, "123456782", True)]
    assert scan_text("nummer 123456782") == [(Kind.BSN, "123456782", False)]


def test_mask_keeps_the_shape_and_hides_the_content():
    assert mask("123456782") == "12•••••82"
    assert mask("06 12345678") == "06 ••••••78"
    assert "456" not in mask("123456782")


# What a page says ------------------------------------------------------------------------------


@pytest.fixture
def programme_page(programme):
    return programme.landing_page


def test_page_texts_reach_nested_blocks_documents_and_image_alt_texts(programme_page, programme):
    document = wagtail_factories.DocumentFactory(title="Verslag voor j.jansen@example.nl")
    image = wagtail_factories.ImageFactory(title="Foto")
    page = StandardPageFactory(
        parent=programme_page,
        owner_programme=programme,
        title="Werkwijze",
        slug="werkwijze-123456782",
        body__0__accordion__items__0__answer=RichText("<p>Bel 06 12345678</p>"),
        body__1__callout__text=RichText("<p>geb. 1 januari 1999</p>"),
        body__2__document__document=document,
        body__3__image__image=image,
    )
    page.body[3].value["image"].contextual_alt_text = "Auto 12-KNT-3 voor de deur"
    findings = {(finding.kind, finding.field.split(" › ")[0]) for finding in scan_page(page)}
    assert (Kind.BSN, "Slug") in findings
    assert (Kind.PHONE, "Inhoud") in findings
    assert (Kind.BIRTH_DATE, "Inhoud") in findings
    assert (Kind.EMAIL, "Inhoud") in findings
    assert (Kind.LICENSE_PLATE, "Inhoud") in findings
    fields = " ".join(field for field, _text in page_texts(page))
    assert "Inhoud › Uitklaplijst / veelgestelde vragen" in fields  # labels come from the blocks


def test_table_cells_are_read():
    from wagtail.contrib.table_block.blocks import TableBlock

    from portal.privacy import block_texts

    value = {"data": [["Naam", "Telefoon"], ["Team", "06 12345678"]], "table_caption": ""}
    texts = [text for _where, text in block_texts(TableBlock(), value, "Tabel")]
    assert any(scan_text(text) for text in texts)


# Every path ------------------------------------------------------------------------------------

BSN_TEXT = "De jongere met BSN 123456782 kwam in beeld."


@pytest.fixture
def admin_user(db):
    return UserFactory(username="beheer", is_superuser=True, is_staff=True)


def draft_page(parent, programme, summary="Een gewone samenvatting.", **kwargs):
    page = StandardPageFactory(
        parent=parent, owner_programme=programme, live=False, summary=summary, **kwargs
    )
    page.save_revision()
    return page


def test_programmatic_publish_is_blocked(programme_page, programme):
    page = draft_page(programme_page, programme, summary=BSN_TEXT)
    with pytest.raises(PersonalDataFound) as refusal:
        page.get_latest_revision().publish()
    assert "Samenvatting" in refusal.value.message
    assert "12•••••82" in refusal.value.message
    assert "123456782" not in refusal.value.message
    page.refresh_from_db()
    assert not page.live


def test_programmatic_publish_of_clean_page_works(programme_page, programme):
    page = draft_page(programme_page, programme)
    page.get_latest_revision().publish()
    page.refresh_from_db()
    assert page.live


def test_the_home_page_is_guarded_too(home_page):
    home_page.title = "Welkom, bel 06 12345678"
    with pytest.raises(PersonalDataFound):
        home_page.save_revision().publish()


def edit_form_data(page, programme, **overrides):
    data = {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "owner_programme": programme.pk,
        "tags": "",
        "body": streamfield([("paragraph", rich_text("<p>Gewone tekst.</p>"))]),
        "review_by": (timezone.localdate() + datetime.timedelta(days=100)).isoformat(),
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def test_admin_publish_is_blocked_and_the_draft_stays(
    client, admin_user, programme_page, programme
):
    page = draft_page(programme_page, programme)
    client.force_login(admin_user)
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        {**edit_form_data(page, programme, summary=BSN_TEXT), "action-publish": "publish"},
    )
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{page.pk}/edit/"
    message = " ".join(str(m) for m in get_messages(response.wsgi_request))
    assert "persoonsgegevens" in message
    assert "Samenvatting" in message
    assert "12•••••82" in message
    page.refresh_from_db()
    assert not page.live
    assert page.get_latest_revision_as_object().summary == BSN_TEXT  # the draft is saved


def test_admin_publish_of_clean_page_works(client, admin_user, programme_page, programme):
    page = draft_page(programme_page, programme)
    client.force_login(admin_user)
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        {**edit_form_data(page, programme), "action-publish": "publish"},
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live


def test_admin_create_and_publish_is_blocked(
    client, admin_user, regisseur, programme_page, programme
):
    client.force_login(admin_user)
    page = StandardPage(title="Nieuw", slug="nieuw", summary=BSN_TEXT)
    response = client.post(
        f"/admin/pages/add/portal/standardpage/{programme_page.pk}/",
        {**edit_form_data(page, programme), "action-publish": "publish"},
    )
    created = StandardPage.objects.get(slug="nieuw")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{created.pk}/edit/"
    assert not created.live
    assert created.get_latest_revision_as_object().summary == BSN_TEXT
    client.force_login(regisseur)
    assert client.get(created.url).status_code == 404


def test_submitting_for_moderation_is_blocked(client, admin_user, programme_page, programme):
    page = draft_page(programme_page, programme)
    client.force_login(admin_user)
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        {**edit_form_data(page, programme, title="Les van 06 12345678"), "action-submit": "1"},
    )
    assert response.status_code == 302
    assert "telefoonnummer" in " ".join(str(m) for m in get_messages(response.wsgi_request))
    assert not WorkflowState.objects.filter(object_id=str(page.pk)).exists()
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().title == "Les van 06 12345678"


def test_submitting_clean_page_starts_the_workflow(client, admin_user, programme_page, programme):
    page = draft_page(programme_page, programme)
    client.force_login(admin_user)
    client.post(
        f"/admin/pages/{page.pk}/edit/",
        {**edit_form_data(page, programme), "action-submit": "1"},
    )
    assert WorkflowState.objects.filter(object_id=str(page.pk)).exists()


def test_workflow_approval_is_blocked(client, admin_user, programme_page, programme):
    """A submission that got into moderation before the guard (or by an import) cannot be
    approved into publication."""
    page = draft_page(programme_page, programme, summary=BSN_TEXT)
    workflow = Workflow.objects.get(name="Moderators approval")
    Workflow.start.__wrapped__(workflow, page, admin_user)  # bypasses the guard on purpose
    state = WorkflowState.objects.get(object_id=str(page.pk))
    client.force_login(admin_user)
    response = client.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{state.current_task_state.pk}/",
        {"comment": ""},
    )
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{page.pk}/edit/"
    page.refresh_from_db()
    state.refresh_from_db()
    assert not page.live
    assert state.status == WorkflowState.STATUS_IN_PROGRESS


def test_bulk_publish_is_blocked(client, admin_user, programme_page, programme):
    clean = draft_page(programme_page, programme)
    dirty = draft_page(programme_page, programme, summary=BSN_TEXT)
    client.force_login(admin_user)
    response = client.post(
        f"/admin/bulk/wagtailcore/page/publish/?id={clean.pk}&id={dirty.pk}",
        {"include_descendants": ""},
    )
    assert response.status_code == 302
    dirty.refresh_from_db()
    assert not dirty.live


def test_scheduled_publishing_skips_pages_with_personal_data(programme_page, programme):
    clean = draft_page(programme_page, programme)
    dirty = draft_page(programme_page, programme, summary=BSN_TEXT)
    past = timezone.now() - datetime.timedelta(minutes=5)
    for page in (clean, dirty):
        # As if scheduled before the text changed, or by an import.
        page.get_latest_revision().__class__.objects.filter(pk=page.latest_revision_id).update(
            approved_go_live_at=past
        )
    call_command("publish_scheduled", stdout=StringIO())
    clean.refresh_from_db()
    dirty.refresh_from_db()
    assert clean.live
    assert not dirty.live
    assert dirty.get_latest_revision().approved_go_live_at is None


def test_scheduling_a_page_with_personal_data_is_blocked(programme_page, programme):
    page = draft_page(programme_page, programme, summary=BSN_TEXT)
    page.go_live_at = timezone.now() + datetime.timedelta(days=1)
    with pytest.raises(PersonalDataFound):
        page.save_revision().publish()
    assert not Page.objects.get(pk=page.pk).live


# Snippets ------------------------------------------------------------------------------------


def test_glossary_entry_with_personal_data_is_refused_in_the_admin_and_keeps_the_input(
    client, redactie
):
    client.force_login(redactie)
    url = reverse("wagtailsnippets_portal_glossaryentry:add")
    response = client.post(
        url,
        {
            "abbreviation": "JBT",
            "full_term": "Jeugdbeschermingstafel",
            "explanation": "Vragen? Mail j.jansen@example.nl",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "persoonsgegevens" in html
    assert mask("j.jansen@example.nl") in html  # the message shows it masked
    assert "Jeugdbeschermingstafel" in html  # what the editor typed is still there
    assert not GlossaryEntry.objects.filter(abbreviation="JBT").exists()

    response = client.post(
        url,
        {
            "abbreviation": "JBT",
            "full_term": "Jeugdbeschermingstafel",
            "explanation": "Vragen? Mail de functionele mailbox van het programmabureau.",
        },
    )
    assert response.status_code == 302
    assert GlossaryEntry.objects.filter(abbreviation="JBT").exists()


@pytest.mark.parametrize(
    ("model", "values", "field"),
    [
        ("portal.Programme", {"description": "Contact: bel 06 12345678"}, "description"),
        ("portal.ChainPartner", {"name": "Wijkteam j.jansen@example.nl"}, "name"),
        ("people.PartnerDirectoryEntry", {"desk": "Bel 06 12345678"}, "desk"),
        ("people.ColleagueProfile", {"work_channels": "j.jansen@example.nl"}, "work_channels"),
        ("training.LearningPath", {"intro": "Voor de jongere met BSN 123456782"}, "intro"),
    ],
)
def test_snippets_shown_on_the_portal_refuse_personal_data(db, model, values, field):
    from django.apps import apps
    from django.core.exceptions import ValidationError

    instance = apps.get_model(model)(**values)
    with pytest.raises(ValidationError) as refusal:
        instance.clean()
    assert field in refusal.value.message_dict
