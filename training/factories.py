"""factory_boy factories for the training app, shared by the tests and `seed_demo`. Lesson
bodies are built from raw StreamField data with the helpers below (the same shape the admin
saves), so tests and demo content write a knowledge check the same way."""

import factory
import wagtail_factories

from portal.factories import ProgrammeFactory

from .models import Lesson, TrainingIndexPage, TrainingModule


def paragraph(html: str) -> dict:
    return {"type": "paragraph", "value": html}


def heading(text: str) -> dict:
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def callout(title: str, text: str, kind: str = "tip") -> dict:
    return {"type": "callout", "value": {"kind": kind, "title": title, "text": text}}


def case_study(title: str, situation: str, questions: str = "", approach: str = "") -> dict:
    return {
        "type": "case_study",
        "value": {
            "title": title,
            "situation": situation,
            "questions": questions,
            "approach": approach,
        },
    }


def reflection(question: str, guidance: str = "") -> dict:
    return {"type": "reflection", "value": {"question": question, "guidance": guidance}}


def knowledge_check(question: str, answers: list[tuple[str, bool, str]]) -> dict:
    """answers: (text, is_correct, feedback) per answer."""
    return {
        "type": "knowledge_check",
        "value": {
            "question": question,
            "answers": [
                {"text": text, "is_correct": correct, "feedback": feedback}
                for text, correct, feedback in answers
            ],
        },
    }


def video(url: str, caption: str = "") -> dict:
    return {
        "type": "video",
        "value": {"embed": url, "file": None, "caption": caption, "transcript": ""},
    }


class TrainingIndexPageFactory(wagtail_factories.PageFactory):
    title = "Leren"
    slug = "leren"
    intro = "<p>Modules en leerpaden voor regisseurs en medewerkers van de AcVZ.</p>"

    class Meta:
        model = TrainingIndexPage


class TrainingModuleFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Module {n}")
    slug = factory.Sequence(lambda n: f"module-{n}")
    summary = "Een module over de persoonsgerichte aanpak."
    owner_programme = factory.SubFactory(ProgrammeFactory)
    learning_goals = "<ul><li>Je kent de werkwijze.</li></ul>"
    estimated_duration = 60
    pass_mark = 70

    class Meta:
        model = TrainingModule
        skip_postgeneration_save = True

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.add(*extracted)
            self.save()

    @factory.post_generation
    def prerequisites(self, create, extracted, **kwargs):
        if create and extracted:
            self.prerequisites.set(extracted)
            self.save()


class LessonFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Les {n}")
    slug = factory.Sequence(lambda n: f"les-{n}")
    intro = "Wat je in deze les leert."
    estimated_duration = 15
    body = factory.LazyFunction(lambda: [paragraph("<p>De inhoud van de les.</p>")])

    class Meta:
        model = Lesson

    class Params:
        with_check = factory.Trait(
            body=factory.LazyFunction(
                lambda: [
                    paragraph("<p>De inhoud van de les.</p>"),
                    knowledge_check(
                        "Wie voert de regie op het netwerk?",
                        [
                            ("De regisseur", True, "Juist: de regisseur houdt overzicht."),
                            ("De politie", False, "Nee: de politie is een van de partners."),
                            ("De jongere zelf", False, "Nee: die staat centraal."),
                        ],
                    ),
                ]
            )
        )
