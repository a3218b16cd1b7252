"""The learning journey from a learner's side: feedback, scores, the completed module, a failed
check, the unavailable "mark as done", and learning paths that lead the way."""

import re

import pytest

from training import services
from training.constants import rounded_percent
from training.models import LearningPath, LearningPathModule
from training.selectors import feedback_without_verdict

from .conftest import check_id_of, lessons_of

pytestmark = pytest.mark.django_db


def complete_module(user, module):
    for lesson in lessons_of(module):
        for block in lesson.knowledge_checks():
            services.knowledge_check_submit(
                user=user, lesson=lesson, check_id=block.id, selected=["0"]
            )
        services.lesson_mark_completed(user=user, lesson=lesson)


@pytest.mark.parametrize(
    ("part", "whole", "percent"), [(2, 3, 67), (1, 3, 33), (0, 3, 0), (3, 3, 100), (199, 200, 99)]
)
def test_percentages_round_and_reach_100_only_when_done(part, whole, percent):
    assert rounded_percent(part, whole) == percent


def test_two_of_three_lessons_is_67_percent(client, module, regisseur):
    first, second, _third = lessons_of(module)
    services.lesson_mark_completed(user=regisseur, lesson=first)
    services.knowledge_check_submit(
        user=regisseur, lesson=second, check_id=check_id_of(second), selected=["0"]
    )
    services.lesson_mark_completed(user=regisseur, lesson=second)
    client.force_login(regisseur)
    assert "2 van 3 lessen klaar (67%)" in client.get(module.url).content.decode()


@pytest.mark.parametrize(
    ("feedback", "shown"),
    [
        ("Juist: de regisseur houdt overzicht.", "De regisseur houdt overzicht."),
        ("Juist.", ""),
        ("Onjuist. Kijk nog eens.", "Kijk nog eens."),
        ("De regisseur houdt overzicht.", "De regisseur houdt overzicht."),
    ],
)
def test_feedback_does_not_repeat_the_verdict(feedback, shown):
    assert feedback_without_verdict(feedback) == shown


def test_the_verdict_juist_is_said_once(client, module, regisseur):
    lesson = lessons_of(module)[1]
    client.force_login(regisseur)
    client.post(f"/voortgang/les/{lesson.pk}/kennischeck/{check_id_of(lesson)}/", {"answer": "0"})
    html = client.get(lesson.url).content.decode()
    feedback = re.search(r'class="training-answer__feedback">(.*?)</p>', html, re.S).group(1)
    assert feedback.count("Juist") == 1
    assert "De regisseur houdt overzicht." in feedback


def test_a_failed_check_clears_the_answers_and_states_the_result_next_to_it(
    client, module, regisseur
):
    lesson = lessons_of(module)[1]
    check = check_id_of(lesson)
    client.force_login(regisseur)
    response = client.post(f"/voortgang/les/{lesson.pk}/kennischeck/{check}/", {"answer": "1"})
    html = client.get(response["Location"]).content.decode()
    section = html[
        html.index(f'id="check-{check}"') : html.index(
            "</section>", html.index(f'id="check-{check}"')
        )
    ]
    assert "checked" not in section  # the boxes start empty again
    assert "Nee: de politie is een van de partners." in section  # the feedback stays
    assert 'aria-live="polite"' in section
    assert "Nog niet gehaald." in section
    assert "Je antwoorden zijn gewist" in section
    # Not at the top of the page as well.
    assert "Nog niet helemaal goed" not in html


def test_a_passed_check_keeps_the_answers(client, module, regisseur):
    lesson = lessons_of(module)[1]
    check = check_id_of(lesson)
    client.force_login(regisseur)
    client.post(f"/voortgang/les/{lesson.pk}/kennischeck/{check}/", {"answer": "0"})
    html = client.get(lesson.url).content.decode()
    assert f'id="answer-{check}-0" checked' in html
    assert "Gehaald." in html


def test_mark_as_done_is_visibly_unavailable_until_the_check_is_passed(client, module, regisseur):
    lesson = lessons_of(module)[1]
    client.force_login(regisseur)
    html = client.get(lesson.url).content.decode()
    button = re.search(r'<button type="submit" class="([^"]*)"([^>]*)>Markeer als afgerond', html)
    assert "training-button--unavailable" in button.group(1)
    assert 'aria-disabled="true"' in button.group(2)
    services.knowledge_check_submit(
        user=regisseur, lesson=lesson, check_id=check_id_of(lesson), selected=["0"]
    )
    html = client.get(lesson.url).content.decode()
    button = re.search(r'<button type="submit" class="([^"]*)"([^>]*)>Markeer als afgerond', html)
    assert "unavailable" not in button.group(1)
    assert "aria-disabled" not in button.group(2)


def test_a_completed_module_offers_its_certificate_and_review(client, module, regisseur):
    complete_module(regisseur, module)
    client.force_login(regisseur)
    html = client.get(module.url).content.decode()
    certificate = regisseur.certificates.get()
    assert ">Bekijk opnieuw</a>" in html
    assert f'href="{certificate.get_absolute_url()}">Bekijk je certificaat' in html
    assert ">Verder</a>" not in html


def test_the_pass_mark_is_called_slagingsgrens(client, module, regisseur):
    client.force_login(regisseur)
    html = client.get(module.url).content.decode()
    assert "Slagingsgrens" in html
    assert "Cesuur" not in html


@pytest.fixture
def path(module):
    path = LearningPath.objects.create(title="Onboarding", slug="onboarding")
    LearningPathModule.objects.create(path=path, module=module)
    return path


def test_a_path_page_has_breadcrumb_begin_button_durations_and_links_with_the_path(
    client, module, path, regisseur
):
    client.force_login(regisseur)
    html = client.get("/leren/paden/onboarding/").content.decode()
    assert 'aria-label="Kruimelpad"' in html
    assert 'href="/leren/paden/">Leerpaden</a>' in html
    assert f'href="{module.url}?pad=onboarding">Begin</a>' in html
    assert f"1 module, samen ongeveer {module.estimated_duration} minuten" in html
    assert f'href="{module.url}?pad=onboarding">Regie voeren</a>' in html

    services.lesson_mark_completed(user=regisseur, lesson=lessons_of(module)[0])
    html = client.get("/leren/paden/onboarding/").content.decode()
    assert ">Ga verder</a>" in html


def test_a_module_leads_back_to_the_path_the_reader_came_from(client, module, path, regisseur):
    client.force_login(regisseur)
    html = client.get(f"{module.url}?pad=onboarding").content.decode()
    assert 'href="/leren/paden/onboarding/">Onboarding</a>' in html
    # An unknown path or one without this module is ignored, never an error.
    for slug in ("bestaat-niet", "x" * 300):
        response = client.get(f"{module.url}?pad={slug}")
        assert response.status_code == 200
        assert "/leren/paden/onboarding/" not in response.content.decode()


def test_the_certificate_pdf_is_in_the_house_style(client, module, regisseur):
    from training.certificates import emblem_outlines

    complete_module(regisseur, module)
    certificate = regisseur.certificates.get()
    client.force_login(regisseur)
    pdf = client.get(f"/certificaat/{certificate.code}/pdf/").content
    assert pdf.startswith(b"%PDF")
    assert b"AmsterdamSans" in pdf  # the site's font, embedded
    assert b"Helvetica" not in pdf
    assert len(emblem_outlines()) == 3  # the emblem's three crosses, from the site's logo
