"""Abbreviations in page content are explained with <abbr> at render time, once per page."""

import pytest
from django.core.cache import cache
from django.template import Context, Template

from portal.demo_content.glossary import GLOSSARY_ENTRIES
from portal.demo_content.programmes import PROGRAMMES
from portal.glossary_markup import abbreviate_html, glossary_terms
from portal.models import GlossaryEntry

TERMS = {
    "PL": "Politie",
    "OM": "Openbaar Ministerie",
    "iPGA": "integrale persoonsgerichte aanpak",
    "PGA": "persoonsgerichte aanpak",
    "RvdK": "Raad voor de Kinderbescherming",
}


@pytest.fixture(autouse=True)
def empty_cache():
    # The glossary is cached across requests; a cached dictionary from another test must not leak.
    cache.clear()
    yield
    cache.clear()


# abbreviate_html: the markup rules


def test_only_the_first_occurrence_is_explained():
    html = "<p>Het OM belt. Daarna belt het OM opnieuw.</p>"
    assert abbreviate_html(html, TERMS) == (
        '<p>Het <abbr title="Openbaar Ministerie">OM</abbr> belt. Daarna belt het OM opnieuw.</p>'
    )


def test_first_occurrence_across_elements():
    html = "<p>OM</p><ul><li>OM</li></ul>"
    assert abbreviate_html(html, TERMS) == (
        '<p><abbr title="Openbaar Ministerie">OM</abbr></p><ul><li>OM</li></ul>'
    )


def test_every_abbreviation_gets_its_own_first_occurrence():
    html = "<p>RvdK en OM, daarna RvdK en OM.</p>"
    assert abbreviate_html(html, TERMS) == (
        '<p><abbr title="Raad voor de Kinderbescherming">RvdK</abbr> en '
        '<abbr title="Openbaar Ministerie">OM</abbr>, daarna RvdK en OM.</p>'
    )


@pytest.mark.parametrize(
    "skipped",
    [
        '<a href="/lessen/">OM</a>',
        "<h1>OM</h1>",
        "<h2>Rol van het OM</h2>",
        "<h6>OM</h6>",
        "<code>OM</code>",
        "<pre>OM</pre>",
        "<button>OM</button>",
        "<label>OM</label>",
        "<select><option>OM</option></select>",
        "<textarea>OM</textarea>",
        "<dfn>OM</dfn>",
        "<script>var OM = 1;</script>",
        "<style>.OM { color: red }</style>",
        '<a href="/x"><strong>Het OM</strong></a>',
    ],
)
def test_skipped_elements_are_left_alone_and_do_not_count(skipped):
    html = f"{skipped}<p>Het OM beslist.</p>"
    assert abbreviate_html(html, TERMS) == (
        f'{skipped}<p>Het <abbr title="Openbaar Ministerie">OM</abbr> beslist.</p>'
    )


def test_attributes_are_never_touched():
    html = '<p title="OM" data-x="PL"><img alt="OM" src="/OM.png">tekst</p>'
    assert abbreviate_html(html, TERMS) == html


def test_comments_are_never_touched():
    html = "<!-- OM --><p>geen afkorting</p>"
    assert abbreviate_html(html, TERMS) == html


@pytest.mark.parametrize(
    "text",
    [
        "Het PLAN van aanpak",
        "op een vaste plek",
        "om tien uur",
        "Om tien uur",
        "het OMnummer",
        "POM",
        "OM2",
        "de_OM",
        "ÉOM",
    ],
)
def test_whole_words_only_and_case_sensitive(text):
    assert abbreviate_html(f"<p>{text}</p>", TERMS) == f"<p>{text}</p>"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("OM-zitting", '<abbr title="Openbaar Ministerie">OM</abbr>-zitting'),
        ("(OM)", '(<abbr title="Openbaar Ministerie">OM</abbr>)'),
        ("het OM.", 'het <abbr title="Openbaar Ministerie">OM</abbr>.'),
        ("OM", '<abbr title="Openbaar Ministerie">OM</abbr>'),
        ("&nbsp;OM", '&nbsp;<abbr title="Openbaar Ministerie">OM</abbr>'),
    ],
)
def test_punctuation_and_edges_are_word_boundaries(text, expected):
    assert abbreviate_html(f"<p>{text}</p>", TERMS) == f"<p>{expected}</p>"


def test_a_word_skipped_for_case_does_not_consume_the_first_occurrence():
    html = "<p>Zij gaan om drie uur naar het OM.</p>"
    assert abbreviate_html(html, TERMS) == (
        '<p>Zij gaan om drie uur naar het <abbr title="Openbaar Ministerie">OM</abbr>.</p>'
    )


def test_longest_abbreviation_wins():
    html = "<p>De iPGA en de PGA.</p>"
    assert abbreviate_html(html, TERMS) == (
        '<p>De <abbr title="integrale persoonsgerichte aanpak">iPGA</abbr> en de '
        '<abbr title="persoonsgerichte aanpak">PGA</abbr>.</p>'
    )


def test_longest_abbreviation_wins_when_one_extends_the_other():
    terms = {"MDA": "multidisciplinaire aanpak", "MDA++": "multidisciplinaire aanpak plus"}
    assert abbreviate_html("<p>MDA++ en later MDA</p>", terms) == (
        '<p><abbr title="multidisciplinaire aanpak plus">MDA++</abbr> en later '
        '<abbr title="multidisciplinaire aanpak">MDA</abbr></p>'
    )
    # A later MDA++ is not cut in two once MDA++ has been explained.
    assert abbreviate_html("<p>MDA++ en MDA++</p>", terms) == (
        '<p><abbr title="multidisciplinaire aanpak plus">MDA++</abbr> en MDA++</p>'
    )


def test_full_term_is_escaped_in_the_title():
    terms = {"X": 'Team "Zorg" & <Veiligheid>'}
    assert abbreviate_html("<p>X</p>", terms) == (
        '<p><abbr title="Team &quot;Zorg&quot; &amp; &lt;Veiligheid&gt;">X</abbr></p>'
    )


def test_abbreviation_with_ampersand_is_found_in_escaped_text():
    terms = {"D&T": "Detentie & Terugkeer"}
    assert abbreviate_html("<p>Team D&amp;T</p>", terms) == (
        '<p>Team <abbr title="Detentie &amp; Terugkeer">D&amp;T</abbr></p>'
    )


def test_an_entity_is_never_cut():
    terms = {"amp": "niet bedoeld", "nbsp": "niet bedoeld"}
    html = "<p>A &amp; B&nbsp;C</p>"
    assert abbreviate_html(html, terms) == html


def test_existing_abbr_is_respected():
    html = '<p><abbr title="eigen uitleg">OM</abbr> en OM en PL</p>'
    assert abbreviate_html(html, TERMS) == (
        '<p><abbr title="eigen uitleg">OM</abbr> en OM en <abbr title="Politie">PL</abbr></p>'
    )


def test_existing_abbr_later_in_the_page_is_respected():
    html = '<p>OM</p><p><abbr title="Openbaar Ministerie">OM</abbr></p>'
    assert abbreviate_html(html, TERMS) == html


def test_untouched_markup_round_trips_byte_for_byte():
    html = (
        "<!DOCTYPE html>\n<html lang=nl><head><meta charset=utf-8>"
        "<title>OM &amp; PL</title></head>\n<body class='page'>"
        "<p>Tom &amp; Jerry&nbsp;&#8212;&#x2014; 3 &lt; 4 > 2<br>nieuwe regel<br/>"
        '<img src="/a.png" alt="x > y"><input disabled value=ok></p>'
        "<p>Geen afkortingen, a < b, <em>nadruk</EM> &copy 2025</p>"
        "<svg><path d='M0 0'/></svg><script>if (a < b && c > d) {}</script>\n"
        "</body></html>"
    )
    assert abbreviate_html(html, TERMS) == html


def test_only_the_inserted_abbr_changes_the_markup():
    before = "<p class=intro>Tom &amp; Jerry<br>"
    after = "&nbsp;en verder <IMG SRC=x.png></p>"
    result = abbreviate_html(f"{before}het OM{after}", TERMS)
    assert result == f'{before}het <abbr title="Openbaar Ministerie">OM</abbr>{after}'


def test_no_terms_returns_the_markup_unchanged():
    assert abbreviate_html("<p>OM</p>", {}) == "<p>OM</p>"


# The template tag with real glossary entries


def render(source: str, **context) -> str:
    return Template("{% load glossary %}" + source).render(Context(context))


@pytest.mark.django_db
def test_tag_explains_abbreviations_from_the_glossary():
    GlossaryEntry.objects.create(abbreviation="RvdK", full_term="Raad voor de Kinderbescherming")
    GlossaryEntry.objects.create(abbreviation="OM", full_term="Openbaar Ministerie")
    html = render(
        "<nav><a href='/'>OM</a></nav>{% abbreviations %}<h1>{{ title }}</h1>"
        "<p>{{ body }}</p>{% endabbreviations %}<footer>OM</footer>",
        title="Het OM en de RvdK",
        body="De RvdK en het OM werken samen; het OM beslist.",
    )
    assert html == (
        "<nav><a href='/'>OM</a></nav><h1>Het OM en de RvdK</h1>"
        '<p>De <abbr title="Raad voor de Kinderbescherming">RvdK</abbr> en het '
        '<abbr title="Openbaar Ministerie">OM</abbr> werken samen; het OM beslist.</p>'
        "<footer>OM</footer>"
    )


@pytest.mark.django_db
def test_tag_keeps_autoescaping_of_the_content():
    GlossaryEntry.objects.create(abbreviation="OM", full_term="Openbaar Ministerie")
    html = render("{% abbreviations %}{{ body }}{% endabbreviations %}", body="<b>OM</b> & co")
    assert html == '&lt;b&gt;<abbr title="Openbaar Ministerie">OM</abbr>&lt;/b&gt; &amp; co'


@pytest.mark.django_db
def test_tag_without_glossary_renders_content_unchanged():
    assert render("{% abbreviations %}<p>OM</p>{% endabbreviations %}") == "<p>OM</p>"


@pytest.mark.django_db
def test_new_and_changed_entries_show_on_the_next_render():
    template = "{% abbreviations %}<p>De RvdK adviseert.</p>{% endabbreviations %}"
    assert render(template) == "<p>De RvdK adviseert.</p>"  # caches an empty glossary

    entry = GlossaryEntry.objects.create(abbreviation="RvdK", full_term="Raad voor Kinderen")
    assert 'title="Raad voor Kinderen"' in render(template)

    entry.full_term = "Raad voor de Kinderbescherming"
    entry.save()
    assert render(template) == (
        '<p>De <abbr title="Raad voor de Kinderbescherming">RvdK</abbr> adviseert.</p>'
    )

    entry.delete()
    assert render(template) == "<p>De RvdK adviseert.</p>"


@pytest.mark.django_db
def test_glossary_costs_one_query_cold_and_none_warm(django_assert_num_queries):
    for number in range(30):
        GlossaryEntry.objects.create(abbreviation=f"AB{number}", full_term=f"term {number}")
    template = "{% abbreviations %}<p>AB1 en AB29</p>{% endabbreviations %}"
    with django_assert_num_queries(1):
        cold = render(template)
    with django_assert_num_queries(0):
        warm = render(template)
    assert (
        cold
        == warm
        == ('<p><abbr title="term 1">AB1</abbr> en <abbr title="term 29">AB29</abbr></p>')
    )


@pytest.mark.django_db
def test_rendering_never_changes_stored_content():
    GlossaryEntry.objects.create(abbreviation="OM", full_term="Openbaar Ministerie")
    entry = GlossaryEntry.objects.create(
        abbreviation="PGA",
        full_term="persoonsgerichte aanpak",
        explanation="Het OM is partner in de PGA.",
    )
    html = render(
        "{% abbreviations %}<p>{{ entry.explanation }}</p>{% endabbreviations %}", entry=entry
    )
    assert '<abbr title="Openbaar Ministerie">OM</abbr>' in html
    entry.refresh_from_db()
    assert entry.explanation == "Het OM is partner in de PGA."
    assert glossary_terms() == {"OM": "Openbaar Ministerie", "PGA": "persoonsgerichte aanpak"}


# The demo glossary


@pytest.mark.django_db
def test_demo_glossary_entries_are_valid_glossary_entries():
    programme_names = {programme["short_name"] for programme in PROGRAMMES}
    abbreviations = [entry["abbreviation"] for entry in GLOSSARY_ENTRIES]
    assert len(abbreviations) >= 35
    assert len(set(abbreviations)) == len(abbreviations)
    for data in GLOSSARY_ENTRIES:
        assert data["programme"] is None or data["programme"] in programme_names, data
        assert data["explanation"].strip(), data
        entry = GlossaryEntry(
            abbreviation=data["abbreviation"],
            full_term=data["full_term"],
            explanation=data["explanation"],
        )
        entry.full_clean()
