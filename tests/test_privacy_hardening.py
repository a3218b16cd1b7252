"""The ways around the privacy guard, closed: text that looks the same but is encoded
differently, formats and near-misses it used to miss, personal data split over two blocks,
texts it never read, revision history, and lookalike labels."""

import subprocess
import sys
from io import StringIO

import pytest
import wagtail_factories
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import PageLogEntry, Revision
from wagtail.rich_text import RichText

from portal.factories import StandardPageFactory, UserFactory
from portal.privacy import (
    Kind,
    PersonalDataFound,
    check_label,
    mask,
    scan_page,
    scan_text,
)
from portal.privacy.revisions import LOG_ACTION

pytestmark = pytest.mark.django_db


def kinds(text):
    return {kind for kind, _fragment, _certain in scan_text(text)}


# Normalisation ---------------------------------------------------------------------------------

DISGUISED_BSNS = [
    ("non-breaking spaces", "BSN 123\u00a0456\u00a0782"),
    ("narrow no-break spaces", "BSN 123\u202f456\u202f782"),
    ("thin spaces", "BSN 123\u2009456\u2009782"),
    ("zero-width space", "BSN 1234\u200b56782"),
    ("soft hyphen", "BSN 1234\u00ad56782"),
    ("word joiner", "BSN 12345\u206067\u206082"),
    ("byte order mark", "BSN 123\ufeff456782"),
    ("full-width digits", "BSN １２３４５６７８２"),
    ("Arabic-Indic digits", "BSN ١٢٣٤٥٦٧٨٢"),
    ("non-breaking hyphens", "BSN 1234\u201156\u2011782"),
    ("full-width letters of the context word", "ＢＳＮ 123456782"),
]


@pytest.mark.parametrize(("label", "text"), DISGUISED_BSNS)
def test_a_bsn_is_found_however_it_is_encoded(label, text):
    (found,) = scan_text(text)
    kind, fragment, certain = found
    assert (kind, certain) == (Kind.BSN, True)
    # The finding quotes what the editor wrote, so the message and the masked title match it.
    assert fragment in text
    assert fragment == text[text.index(fragment) :]
    assert "456" not in mask(fragment)


def test_other_kinds_are_found_through_invisible_characters_and_odd_spaces():
    assert Kind.PHONE in kinds("bel 06\u00a01234\u200b5678")
    assert Kind.EMAIL in kinds("j.jansen\u200b@example.nl")
    assert Kind.EMAIL in kinds("j.jansen＠example.nl")  # full-width at sign
    assert Kind.IBAN in kinds("NL91\u00a0ABNA\u00a00417\u00a01643\u00a000")
    assert Kind.LICENSE_PLATE in kinds("kenteken 12\u2010KNT\u20103")


# Formats and near-misses -----------------------------------------------------------------------

MISSED_FORMATS = [
    ("1234 ab 12", Kind.ADDRESS),
    ("woont op 1234AB12", Kind.ADDRESS),
    ("Dorpsstraat 4, 1234 ab Ergens", Kind.ADDRESS),
    ("geboren 1985-02-01", Kind.BIRTH_DATE),
    ("born 01-02-1985", Kind.BIRTH_DATE),
    ("geboren in 1985", Kind.BIRTH_DATE),
    ("date of birth: 3 March 1990", Kind.BIRTH_DATE),
    ("geboren 31-02-1985", Kind.BIRTH_DATE),  # not a real date: a near-miss with context
    ("auto 12KNT3 stond voor de deur", Kind.LICENSE_PLATE),
    ("scooter GB-123-A", Kind.LICENSE_PLATE),  # a newer sidecode, with a vowel
    ("kenteken AB12345", Kind.LICENSE_PLATE),  # fits no sidecode, but says it is a plate
    ("j.jansen @ example.nl", Kind.EMAIL),
    ("jan {at} example {dot} nl", Kind.EMAIL),
    ("jan{at}example.nl", Kind.EMAIL),
    ("rekening NL12ABNA0123456789", Kind.IBAN),  # fails the IBAN checksum
    ("rekeningnummer 1234567", Kind.IBAN),
    ("Het BSN is 123456789", Kind.BSN),  # fails the 11-proof
    ("burgerservicenummer: 12345678", Kind.BSN),
]


@pytest.mark.parametrize(("text", "kind"), MISSED_FORMATS)
def test_formats_and_near_misses_it_used_to_miss(text, kind):
    assert kind in kinds(text)


PROFESSIONAL_TEXT = [
    "Zaaknummer 2024/123456 is in behandeling.",
    "Parketnummer 13-123456-24 staat op de agenda.",
    "KvK 12345678, vestigingsnummer 000012345678.",
    "Het overleg van 2025-03-12 om 14.00 uur in zaal 3.",
    "In 2024 is 12 procent minder overlast gemeld.",
    "Bezoekadres: Amstel 1, 1011 PN Amsterdam.",
    "Postbus 1234, 1000 AB Amsterdam.",
    "Het kantoor zit op Jan Evertsenstraat 86, 1056 BD Amsterdam.",
    "Vergadering op 1-jan-25 en 3-feb-25.",
    "De themabijeenkomst is op 12 maart 2025 in het stadhuis.",
    "Top600 en Top400 zijn in 2011 en 2015 gestart.",
    "Rekening houden met 1.234.567 euro aan kosten.",
    "Het kenteken van de dienstauto is bekend bij facilitair.",
    "We mailen het verslag @ de functionele mailbox.",
    "Artikel 8 EVRM en art. 10 lid 2 AVG, zie BW 7:230a.",
    "Jongeren geboren na 2005 vallen onder het nieuwe beleid.",
    "ISO 27001 en NEN 7510 gelden voor de informatiebeveiliging.",
]


@pytest.mark.parametrize("text", PROFESSIONAL_TEXT)
def test_no_false_alarm_on_professional_text(text):
    assert scan_text(text) == []


# Across blocks ---------------------------------------------------------------------------------


@pytest.fixture
def programme_page(programme):
    return programme.landing_page


def test_a_bsn_split_over_two_blocks_is_found_and_blocks_publication(programme_page, programme):
    page = StandardPageFactory(
        parent=programme_page,
        owner_programme=programme,
        live=False,
        body__0__paragraph=RichText("<p>Het BSN is 1234</p>"),
        body__1__paragraph=RichText("<p>56782</p>"),
    )
    bsn = [finding for finding in scan_page(page) if finding.kind == Kind.BSN]
    assert [(finding.field, finding.fragment) for finding in bsn] == [
        ("Inhoud › Tekst", "1234 56782")
    ]
    with pytest.raises(PersonalDataFound):
        page.save_revision().publish()


def test_a_finding_across_two_fields_names_both(programme_page, programme):
    page = StandardPageFactory(
        parent=programme_page,
        owner_programme=programme,
        summary="Bel voor vragen 06 1234",
        body__0__paragraph=RichText("<p>5678 en vraag naar de coördinator.</p>"),
    )
    (finding,) = scan_page(page)
    assert finding.kind == Kind.PHONE
    assert finding.field == "Samenvatting + Inhoud › Tekst"


def test_neighbouring_numbers_of_a_clean_page_are_no_finding(programme_page, programme):
    page = StandardPageFactory(
        parent=programme_page,
        owner_programme=programme,
        title="Jaarverslag 2024",
        summary="In 2024 waren er 120 casussen.",
        body__0__paragraph=RichText("<p>Top600 in 2024</p>"),
        body__1__paragraph=RichText("<p>2025 wordt het jaar van de evaluatie.</p>"),
    )
    assert scan_page(page) == []


# Texts it never read ---------------------------------------------------------------------------


def test_the_title_of_a_document_linked_from_rich_text_is_read(programme_page, programme):
    document = wagtail_factories.DocumentFactory(title="Verslag BSN 123456782")
    page = StandardPageFactory(
        parent=programme_page,
        owner_programme=programme,
        body__0__paragraph=RichText(
            f'<p>Zie het <a linktype="document" id="{document.pk}">verslag</a>.</p>'
        ),
    )
    from portal.privacy.pages import DOCUMENT_TITLE

    (finding,) = scan_page(page)
    assert finding.kind == Kind.BSN
    assert finding.field.endswith(str(DOCUMENT_TITLE))


@pytest.mark.parametrize(
    ("model", "values", "field"),
    [
        ("portal.GlossaryEntry", {"abbreviation": "BSN 123456782"}, "abbreviation"),
        ("portal.Programme", {"short_name": "06 12345678"}, "short_name"),
        ("portal.ChainPartner", {"slug": "jan-0612345678"}, "slug"),
    ],
)
def test_short_snippet_fields_are_guarded_too(model, values, field):
    from django.apps import apps
    from django.core.exceptions import ValidationError

    instance = apps.get_model(model)(**values)
    with pytest.raises(ValidationError) as refusal:
        instance.clean()
    assert field in refusal.value.message_dict


# Revisions -------------------------------------------------------------------------------------

BSN = "123456782"


@pytest.fixture
def editor(db):
    return UserFactory(username="redacteur", is_superuser=True, is_staff=True)


def page_with_a_fixed_bsn(parent, programme, editor):
    page = StandardPageFactory(parent=parent, owner_programme=programme, live=False)
    title = page.title
    page.title = f"Casus met BSN {BSN}"
    page.summary = f"De jongere met BSN {BSN} kwam in beeld."
    dirty = page.save_revision(user=editor)
    page.title = title
    page.summary = "Een jongere kwam in beeld."
    clean = page.save_revision(user=editor)
    return page, dirty, clean


def test_publishing_a_fix_redacts_earlier_revisions_and_logs_who(
    client, programme_page, programme, editor
):
    page, dirty, clean = page_with_a_fixed_bsn(programme_page, programme, editor)
    clean.publish(user=editor)
    dirty.refresh_from_db()
    assert BSN not in str(dirty.content)
    assert BSN not in dirty.object_str
    assert mask(BSN) in dirty.content["summary"]
    entry = PageLogEntry.objects.get(page=page, action=LOG_ACTION)
    assert entry.user == editor
    assert BSN not in str(entry.data)

    client.force_login(editor)
    compare = client.get(f"/admin/pages/{page.pk}/revisions/compare/{dirty.pk}...{clean.pk}/")
    assert compare.status_code == 200
    assert BSN not in compare.content.decode()
    history = client.get(f"/admin/pages/{page.pk}/history/")
    assert history.status_code == 200
    assert BSN not in history.content.decode()


def test_the_command_finds_and_purges_revisions_with_personal_data(
    programme_page, programme, editor
):
    page, dirty, _clean = page_with_a_fixed_bsn(programme_page, programme, editor)
    with pytest.raises(CommandError) as failure:
        call_command("privacy_check_revisions", stdout=StringIO())
    assert failure.value.returncode == 1
    output = StringIO()
    call_command("privacy_check_revisions", "--purge", stdout=output)
    dirty.refresh_from_db()
    assert BSN not in str(dirty.content)
    assert BSN not in output.getvalue()
    assert PageLogEntry.objects.filter(page=page, action=LOG_ACTION).exists()
    call_command("privacy_check_revisions", stdout=StringIO())  # now clean: no error
    assert Revision.objects.filter(pk=dirty.pk).exists()


# Labels ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    [
        "R\u0430dicalisering",  # Cyrillic а
        "Τop600",  # Greek capital tau
        "bsn\u200b",  # zero-width space
        "jeugd\u00adzorg",  # soft hyphen
        "verslag\u202efdp.exe",  # right-to-left override
        "Top\u2066600\u2069",  # isolates
    ],
)
def test_misleading_labels_are_refused(label):
    assert check_label(label)


@pytest.mark.parametrize("label", ["Radicalisering", "coördinatie", "Top600 – 2025", "Æsop & ĳs"])
def test_ordinary_labels_pass(label):
    assert check_label(label) == []


def test_page_edit_form_refuses_a_lookalike_title_and_tag_and_keeps_the_input(
    client, editor, programme_page, programme
):
    from tests.test_privacy import edit_form_data

    page = StandardPageFactory(parent=programme_page, owner_programme=programme, title="Werkwijze")
    page.save_revision()
    client.force_login(editor)
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        edit_form_data(page, programme, title="R\u0430dicalisering", tags="jeugd\u200bzorg"),
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "alfabetten" in html
    assert "onzichtbaar teken" in html
    assert "R\u0430dicalisering" in html  # what the editor typed is still in the form
    assert page.get_latest_revision_as_object().title == "Werkwijze"


# The benchmark runs any case module ------------------------------------------------------------


def test_the_benchmark_runs_a_case_module_given_on_the_command_line(tmp_path):
    cases = tmp_path / "cases_example.py"
    cases.write_text(
        'PERSONAL = [("bsn", "BSN 123456782"), ("plate", "geen persoonsgegeven")]\n'
        'CLEAN = [("meeting", "Overleg op 12 maart 2025."), ("alarm", "bel 06 12345678")]\n'
    )
    result = subprocess.run(
        [sys.executable, "bench/privacy_guard.py", "--no-timings", "--cases", str(cases)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "found 1 of 2" in result.stdout
    assert "false alarms 1 of 2" in result.stdout
    assert "missed: plate" in result.stdout
    assert "false alarm: alarm" in result.stdout
