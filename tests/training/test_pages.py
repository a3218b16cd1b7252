"""The training page types: where they may be created, that they render, and the catalogue's
filters and provenance."""

from django.contrib.auth.models import Group
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from portal.constants import Role
from portal.factories import ProgrammeFactory, UserFactory
from portal.models import HomePage, StandardPage
from training.factories import (
    LessonFactory,
    TrainingIndexPageFactory,
    TrainingModuleFactory,
    knowledge_check,
    paragraph,
)
from training.models import Lesson, TrainingIndexPage, TrainingModule


class TrainingPagesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePage.objects.get()
        cls.catalogue = TrainingIndexPageFactory(parent=cls.home)
        cls.top600 = ProgrammeFactory(name="Top600", short_name="Top600", slug="top600")
        cls.radicalisering = ProgrammeFactory(
            name="Radicalisering", short_name="Radicalisering", slug="radicalisering"
        )
        cls.original = TrainingModuleFactory(
            parent=cls.catalogue,
            owner_programme=cls.top600,
            title="Regie voeren op een netwerkaanpak",
            slug="regie-voeren",
            tags=["regie"],
        )
        cls.adopted = TrainingModuleFactory(
            parent=cls.catalogue,
            owner_programme=cls.radicalisering,
            title="Regie voeren (Radicalisering)",
            slug="regie-voeren-radicalisering",
            adopted_from_module=cls.original,
            adopted_from_programme=cls.top600,
            adopted_version="2.1",
            adaptation_notes="Casus vervangen door situaties uit de aanpak radicalisering.",
            tags=["radicalisering"],
        )
        cls.lesson = LessonFactory(parent=cls.original, title="Wat is regie?", with_check=True)
        cls.regisseur = UserFactory(groups=[Group.objects.get(name=Role.REGISSEUR)])
        cls.redactie = UserFactory(groups=[Group.objects.get(name=Role.REDACTIE)])

    def setUp(self):
        self.client.force_login(self.regisseur)

    def test_page_tree_rules(self):
        self.assertAllowedParentPageTypes(TrainingIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(TrainingModule, {TrainingIndexPage})
        self.assertAllowedParentPageTypes(Lesson, {TrainingModule})
        self.assertAllowedSubpageTypes(TrainingModule, {Lesson})
        self.assertAllowedSubpageTypes(Lesson, set())
        self.assertFalse(TrainingIndexPage.can_create_at(self.home))  # max_count 1
        self.assertTrue(issubclass(TrainingModule, StandardPage.__mro__[1]))  # a KnowledgePage

    def test_editor_can_create_a_module_and_a_lesson_with_a_knowledge_check(self):
        self.client.force_login(self.redactie)
        self.assertCanCreate(
            self.catalogue,
            TrainingModule,
            nested_form_data(
                {
                    "title": "Informatiedeling",
                    "slug": "informatiedeling",
                    "summary": "Wat je deelt en waarom.",
                    "owner_programme": self.top600.pk,
                    "learning_goals": rich_text("<ul><li>Je kent de grondslag.</li></ul>"),
                    "estimated_duration": 60,
                    "version": "1.0",
                    "pass_mark": 70,
                    "review_by": "2030-01-01",
                }
            ),
        )
        self.assertCanCreate(
            self.original,
            Lesson,
            nested_form_data(
                {
                    "title": "Notificaties",
                    "slug": "notificaties",
                    "estimated_duration": 15,
                    "body": streamfield(
                        [
                            ("paragraph", rich_text("<p>Tekst.</p>")),
                            (
                                "knowledge_check",
                                {
                                    "question": "Welke gebeurtenis notificeer je?",
                                    "answers": streamfield(
                                        [
                                            ("item", {"text": "Aanhouding", "is_correct": True}),
                                            (
                                                "item",
                                                {"text": "Een telefoontje", "feedback": "Nee"},
                                            ),
                                        ]
                                    ),
                                },
                            ),
                        ]
                    ),
                }
            ),
        )

    def test_pages_render(self):
        self.assertPageIsRenderable(self.catalogue, user=self.regisseur)
        self.assertPageIsRenderable(self.original, user=self.regisseur)
        self.assertPageIsRenderable(self.adopted, user=self.regisseur)
        self.assertPageIsRenderable(self.lesson, user=self.regisseur)

    def test_catalogue_shows_provenance_and_filters_by_programme_and_tag(self):
        response = self.client.get(self.catalogue.url)
        self.assertContains(response, "Regie voeren op een netwerkaanpak")
        self.assertContains(response, "Ook overgenomen in 1 andere versie")
        # The adaptation is listed with every version, with its provenance.
        response = self.client.get(self.catalogue.url, {"versies": "alle"})
        self.assertContains(response, "Overgenomen van Top600")
        response = self.client.get(self.catalogue.url, {"programma": "radicalisering"})
        self.assertContains(response, "Regie voeren (Radicalisering)")
        self.assertNotContains(response, "Regie voeren op een netwerkaanpak<")
        response = self.client.get(self.catalogue.url, {"thema": "regie"})
        self.assertEqual([m.pk for m in response.context["modules"]], [self.original.pk])

    def test_unknown_filter_value_shows_all_modules_with_a_message(self):
        response = self.client.get(self.catalogue.url, {"programma": "bestaat-niet"})
        self.assertEqual(response.status_code, 200)
        # The original and its adaptation are one entry.
        self.assertEqual(len(response.context["modules"]), 1)
        self.assertContains(response, "Deze keuze bestaat niet")

    def test_module_shows_adaptation_notes_and_the_original_lists_its_adopters(self):
        response = self.client.get(self.adopted.url)
        self.assertContains(response, "Wat we hebben aangepast")
        self.assertContains(response, "Casus vervangen door situaties")
        self.assertContains(response, "versie 2.1")
        response = self.client.get(self.original.url)
        self.assertContains(response, "Overgenomen door")
        self.assertContains(response, "Regie voeren (Radicalisering)")

    def test_lesson_needs_a_correct_answer_in_every_knowledge_check(self):
        from wagtail.blocks import StreamBlockValidationError

        lesson = Lesson(
            title="Fout",
            body=[knowledge_check("Vraag?", [("a", False, ""), ("b", False, "")])],
        )
        with self.assertRaises(StreamBlockValidationError):
            lesson.body.stream_block.clean(lesson.body)

    def test_lesson_can_have_plain_text(self):
        lesson = LessonFactory(parent=self.original, body=[paragraph("<p>Alleen tekst.</p>")])
        self.assertEqual(lesson.knowledge_checks(), [])


def test_a_module_cannot_take_the_learning_paths_address(db):
    import pytest
    from django.core.exceptions import ValidationError

    module = TrainingModule(slug="paden", title="Paden")
    with pytest.raises(ValidationError):
        module.clean()
