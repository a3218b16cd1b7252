"""Everything a reader can open is findable: every concrete page type and every registered
content type, through a word that occurs only in one of its text fields (plain, rich text or
StreamField), on the embedded default and on OpenSearch. A training lesson is a document of its
own, typed "Les", with its module's programme and tags, and findable only while it and its
module are live and visible to the reader."""

import importlib
import itertools
import string

import factory
import pytest
from django.apps import apps
from django.db import models
from django.urls import reverse
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageViewRestriction

from portal.factories import ProgrammeFactory
from search.documents import text_field_names
from search.models import SearchDocument
from search.registry import indexed_models, page_document_key, searchable_contents
from search.results import SearchRequest
from search.selectors import search_drift, search_pages
from training.factories import LessonFactory, TrainingModuleFactory, paragraph

from .conftest import settle

pytestmark = pytest.mark.django_db

_letters = itertools.product(string.ascii_lowercase, repeat=3)


def unique_word() -> str:
    """A word no Dutch text contains, that no stemmer shortens and no compound part matches."""
    return "qzx" + "".join(next(_letters))


def factory_for(model):
    """The factory_boy factory of a model, from its app's factories module."""
    module = importlib.import_module(f"{model._meta.app_config.name}.factories")
    for value in vars(module).values():
        is_factory = isinstance(value, type) and issubclass(value, factory.base.BaseFactory)
        if is_factory and value._meta.model is model:
            return value
    raise AssertionError(f"{model.__name__} has no factory: add one so its text is tested")


def text_value(block, word):
    """A raw StreamField value of `block` carrying `word` in its text, or None when the block
    holds no text (a document or video chooser)."""
    if isinstance(block, blocks.RichTextBlock):
        return f"<p>{word}</p>"
    if isinstance(block, blocks.CharBlock | blocks.TextBlock):
        return word
    if isinstance(block, blocks.TimeBlock):
        return "10:00"
    if isinstance(block, blocks.StructBlock):
        value, has_text = {}, False
        for name, child in block.child_blocks.items():
            child_value = text_value(child, word)
            if child_value is None and child.required:
                return None
            if isinstance(child, blocks.ChoiceBlock):
                child_value = child.get_default() or next(iter(child.field.choices))[0]
            value[name] = child_value
            has_text = has_text or isinstance(
                child, blocks.CharBlock | blocks.TextBlock | blocks.RichTextBlock
            )
        return value if has_text else None
    return None


def stream_with(field: StreamField, word):
    for name, child in field.stream_block.child_blocks.items():
        value = text_value(child, word)
        if value is not None:
            return [{"type": name, "value": value}]
    return None  # only files or embeds: their text is the documents' concern


def put_words(instance) -> dict[str, str]:
    """Write a unique word into every text field of `instance`; {field name: word}."""
    words = {}
    for name in text_field_names(type(instance)):
        field = instance._meta.get_field(name)
        word = unique_word()
        if isinstance(field, StreamField):
            value = stream_with(field, word)
            if value is None:
                continue
            setattr(instance, name, value)
        elif isinstance(field, RichTextField):
            setattr(instance, name, f"<p>{word}</p>")
        else:
            setattr(instance, name, word)
        words[name] = word
    for name in ("title", "summary"):
        if hasattr(instance, name):
            words[name] = unique_word()
            setattr(instance, name, f"Titel {words[name]}" if name == "title" else words[name])
    return words


def found_keys(word, user) -> list[str]:
    results = search_pages(request=SearchRequest(query=word, page_size=50), user=user)
    return [hit.key for hit in results.hits]


# Pages that introduce the lists below them and are reached through the navigation; their
# introductions are not search results. A new page type must be indexed or named here.
NAVIGATION_PAGES = {
    "portal.homepage",
    "portal.programmeindexpage",
    "portal.programmepage",
    "portal.onboardingpage",
    "training.trainingindexpage",
    "themes.lessonindexpage",
    "themes.meetingindexpage",
}


def test_every_page_type_is_indexed_or_a_navigation_page():
    from portal.models import KnowledgePage

    concrete = {
        model._meta.label_lower
        for model in apps.get_models()
        if issubclass(model, Page) and model not in (Page, KnowledgePage)
    }
    indexed = {model._meta.label_lower for model in indexed_models()}
    assert "training.lesson" in indexed
    assert concrete - indexed == NAVIGATION_PAGES


def test_every_text_field_of_every_page_type_is_found(
    dutch_backend, home_page, programme, reader, publish
):
    expected = {}
    for model in indexed_models():
        page = _landing_page(model) or factory_for(model).build(
            live=False, slug=f"pagina-{unique_word()}", **_required(model, programme)
        )
        words = put_words(page)
        if page.pk is None:
            home_page.add_child(instance=page)
        publish(page)
        expected[page_document_key(page.pk)] = (model.__name__, words)
    misses = [
        f"{model_name}.{name}"
        for key, (model_name, words) in expected.items()
        for name, word in words.items()
        if key not in found_keys(word, reader)
    ]
    assert not misses
    names = {name for _model, words in expected.values() for name in words}
    assert {"follow_up_actions", "source_detail", "body", "intro", "agenda"} <= names


def _landing_page(model):
    """A page type one per programme (its landing page) exists with the programme."""
    for field in model._meta.get_fields():
        if isinstance(field, models.OneToOneField) and field.name == "programme":
            return model.objects.get(programme=ProgrammeFactory())
    return None


def _required(model, programme) -> dict:
    fields = {}
    for field in model._meta.get_fields():
        is_programme = getattr(field.related_model, "__name__", "") == "Programme"
        if isinstance(field, models.ForeignKey) and is_programme and not field.null:
            fields[field.name] = programme
    return fields


def test_every_text_field_of_registered_content_is_found(
    dutch_backend, reader, django_capture_on_commit_callbacks
):
    for content in searchable_contents():
        instance = factory_for(content.model).build()
        words = {}
        for field in content.model._meta.get_fields():
            if isinstance(field, models.CharField | models.TextField) and not field.choices:
                words[field.name] = unique_word()
                setattr(instance, field.name, words[field.name])
        with django_capture_on_commit_callbacks(execute=True):
            instance.save()
        settle()
        key = content.document_key(instance.pk)
        misses = [name for name, word in words.items() if key not in found_keys(word, reader)]
        assert not misses, f"{content.content_type}: {misses}"


@pytest.fixture
def module(home_page, programme, publish):
    module = TrainingModuleFactory(
        parent=home_page, title="Regie op het netwerk", owner_programme=programme, live=False
    )
    module.tags.add("netwerk")
    module.save()
    return publish(module)


@pytest.fixture
def lesson(module, publish):
    lesson = LessonFactory(
        parent=module,
        title="Doorzetten als het vastloopt",
        intro="Wanneer de regisseur doorzettingsmacht inzet.",
        body=[paragraph("<p>Vraag escalatie aan bij de ketenregisseur.</p>")],
        live=False,
    )
    return publish(lesson)


def test_a_lesson_is_a_result_of_its_own(dutch_backend, lesson, module, programme, reader, client):
    results = search_pages(request=SearchRequest(query="doorzettingsmacht"), user=reader)
    assert [hit.page.pk for hit in results.hits] == [lesson.pk]
    assert results.hits[0].programme == programme
    types = {v.value: v.label for f in results.facets if f.param == "type" for v in f.values}
    assert types == {"training.lesson": "Lessen"}
    document = SearchDocument.objects.get(key=page_document_key(lesson.pk))
    assert (document.programme, document.tags) == (programme.slug, ["netwerk"])
    # Filtered by its module's programme and theme, and by its own type.
    for filters in ({"programma": [programme.slug]}, {"tag": ["netwerk"]}):
        request = SearchRequest(query="escalatie", filters=filters)
        assert [hit.key for hit in search_pages(request=request, user=reader).hits] == [
            document.key
        ]
    client.force_login(reader)
    page = client.get(reverse("search"), {"q": "doorzettingsmacht"}).content.decode()
    assert f'href="{lesson.url}"' in page
    assert "Les" in page


def test_a_lesson_follows_its_module(
    dutch_backend, lesson, module, reader, publish, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        module.unpublish()
    settle()
    assert found_keys("doorzettingsmacht", reader) == []
    assert search_drift().in_step
    publish(module)
    assert found_keys("doorzettingsmacht", reader) == [page_document_key(lesson.pk)]

    with django_capture_on_commit_callbacks(execute=True):
        lesson.unpublish()
    settle()
    assert found_keys("doorzettingsmacht", reader) == []
    publish(lesson)
    PageViewRestriction.objects.create(
        page=module, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert found_keys("doorzettingsmacht", reader) == []

    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=module.pk).delete()
    settle()
    assert not SearchDocument.objects.filter(is_removed=False, page_id=lesson.pk).exists()
    assert search_drift().in_step
