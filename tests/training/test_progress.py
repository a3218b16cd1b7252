"""Progress: completion rules, idempotence, prerequisites, knowledge checks scored on the
server, private reflections, and content edits after completion."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.constants import Role
from tests.conftest import user_with_role
from training import services
from training.factories import LessonFactory, TrainingModuleFactory, knowledge_check, reflection
from training.models import (
    Certificate,
    KnowledgeCheckResult,
    LessonCompletion,
    ModuleEnrolment,
    ReflectionAnswer,
)
from training.selectors import progress_for_modules

from .conftest import check_id_of, lessons_of

pytestmark = pytest.mark.django_db


def complete_module(user, module):
    for lesson in lessons_of(module):
        for block in lesson.knowledge_checks():
            services.knowledge_check_submit(
                user=user, lesson=lesson, check_id=block.id, selected=["0"]
            )
        services.lesson_mark_completed(user=user, lesson=lesson)


def test_module_completes_when_every_lesson_is_done_and_issues_one_certificate(module, regisseur):
    first, second, third = lessons_of(module)
    services.lesson_mark_completed(user=regisseur, lesson=first)
    enrolment = ModuleEnrolment.objects.get(user=regisseur, module=module)
    assert enrolment.completed_at is None

    with pytest.raises(services.KnowledgeChecksNotPassed):
        services.lesson_mark_completed(user=regisseur, lesson=second)
    services.knowledge_check_submit(
        user=regisseur, lesson=second, check_id=check_id_of(second), selected=["0"]
    )
    services.lesson_mark_completed(user=regisseur, lesson=second)
    services.lesson_mark_completed(user=regisseur, lesson=third)

    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    certificate = Certificate.objects.get(user=regisseur, module=module)
    assert certificate.module_version == module.version
    assert len(certificate.code) == 20


def test_marking_a_lesson_done_twice_keeps_one_record(module, regisseur):
    first = lessons_of(module)[0]
    services.lesson_mark_completed(user=regisseur, lesson=first)
    services.lesson_mark_completed(user=regisseur, lesson=first)
    assert LessonCompletion.objects.filter(user=regisseur, lesson=first).count() == 1
    assert ModuleEnrolment.objects.filter(user=regisseur, module=module).count() == 1


def test_knowledge_check_scores_on_the_server_and_keeps_attempts_and_best_score(module, regisseur):
    lesson = lessons_of(module)[1]
    check_id = check_id_of(lesson)
    result = services.knowledge_check_submit(
        user=regisseur, lesson=lesson, check_id=check_id, selected=["1"]
    )
    assert (result.attempts, result.best_score, result.passed) == (1, 0, False)
    result = services.knowledge_check_submit(
        user=regisseur, lesson=lesson, check_id=check_id, selected=["0"]
    )
    assert (result.attempts, result.best_score, result.passed) == (2, 100, True)
    result = services.knowledge_check_submit(
        user=regisseur, lesson=lesson, check_id=check_id, selected=["0", "1", "2"]
    )
    # Choosing every answer does not pass, but a pass once earned stays.
    assert (result.attempts, result.last_score, result.best_score, result.passed) == (
        3,
        0,
        100,
        True,
    )
    assert KnowledgeCheckResult.objects.filter(user=regisseur).count() == 1


def test_multiple_correct_answers_need_all_of_them(catalogue, top600, regisseur):
    module = TrainingModuleFactory(parent=catalogue, owner_programme=top600, pass_mark=70)
    lesson = LessonFactory(
        parent=module,
        body=[knowledge_check("Welke?", [("a", True, ""), ("b", True, ""), ("c", False, "")])],
    )
    check_id = check_id_of(lesson)
    half = services.knowledge_check_submit(
        user=regisseur, lesson=lesson, check_id=check_id, selected=["0"]
    )
    assert (half.last_score, half.passed) == (50, False)
    full = services.knowledge_check_submit(
        user=regisseur, lesson=lesson, check_id=check_id, selected=["0", "1"]
    )
    assert (full.last_score, full.passed) == (100, True)


@pytest.mark.parametrize("selected", [[], ["x"], ["7"], ["-1"]])
def test_bad_answers_are_refused_with_a_message(module, regisseur, selected):
    lesson = lessons_of(module)[1]
    with pytest.raises(services.InvalidAnswer):
        services.knowledge_check_submit(
            user=regisseur, lesson=lesson, check_id=check_id_of(lesson), selected=selected
        )
    with pytest.raises(services.InvalidAnswer):
        services.knowledge_check_submit(
            user=regisseur, lesson=lesson, check_id="bestaat-niet", selected=["0"]
        )


def test_prerequisites_are_enforced_but_the_module_can_be_read(
    client, catalogue, top600, module, regisseur
):
    follow_up = TrainingModuleFactory(
        parent=catalogue, owner_programme=top600, prerequisites=[module], slug="vervolg"
    )
    lesson = LessonFactory(parent=follow_up, slug="les")
    with pytest.raises(services.PrerequisitesNotMet):
        services.lesson_mark_completed(user=regisseur, lesson=lesson)
    client.force_login(regisseur)
    response = client.get(lesson.url)
    assert response.status_code == 200
    assert "Regie voeren" in response.content.decode()
    assert 'action="/voortgang/les/' not in response.content.decode().split("lesson-done")[1]

    complete_module(regisseur, module)
    services.lesson_mark_completed(user=regisseur, lesson=lesson)
    assert Certificate.objects.filter(user=regisseur, module=follow_up).exists()


def test_a_lesson_added_after_completion_shows_as_not_done_and_keeps_the_certificate(
    module, regisseur
):
    complete_module(regisseur, module)
    certificate = Certificate.objects.get(user=regisseur, module=module)
    LessonFactory(parent=module, slug="nieuwe-les")

    progress = progress_for_modules(user=regisseur, modules=[module])[module.pk]
    assert (progress.done, progress.total, progress.completed) == (3, 4, True)
    assert progress.has_new_lessons
    assert progress.next_lesson.slug == "nieuwe-les"
    assert Certificate.objects.get(user=regisseur, module=module) == certificate


def test_a_deleted_lesson_no_longer_counts(module, regisseur):
    first, second, third = lessons_of(module)
    services.lesson_mark_completed(user=regisseur, lesson=first)
    services.lesson_mark_completed(user=regisseur, lesson=third)
    second.delete()
    progress = progress_for_modules(user=regisseur, modules=[module])[module.pk]
    assert (progress.done, progress.total) == (2, 2)
    # The module completes on the next write, e.g. when a lesson is marked again.
    services.lesson_mark_completed(user=regisseur, lesson=third)
    assert Certificate.objects.filter(user=regisseur, module=module).exists()


def test_progress_of_one_user_is_not_anothers(module, regisseur):
    other = user_with_role(Role.REGISSEUR, username="collega")
    complete_module(other, module)
    progress = progress_for_modules(user=regisseur, modules=[module])[module.pk]
    assert (progress.done, progress.started) == (0, False)


# Views --------------------------------------------------------------------------------------


def test_knowledge_check_answers_never_reach_the_browser_before_submitting(
    client, module, regisseur
):
    lesson = lessons_of(module)[1]
    client.force_login(regisseur)
    html = client.get(lesson.url).content.decode()
    assert "Wie voert de regie op het netwerk?" in html
    assert "De regisseur" in html
    for secret in ("Juist: de regisseur houdt overzicht", "is_correct", "training-answer--"):
        assert secret not in html
    assert "true" not in html.split('id="check-')[1].split("</section>")[0].lower()


def test_submitting_a_check_shows_feedback_for_the_chosen_answer(client, module, regisseur):
    lesson = lessons_of(module)[1]
    client.force_login(regisseur)
    url = f"/voortgang/les/{lesson.pk}/kennischeck/{check_id_of(lesson)}/"
    response = client.post(url, {"answer": ["1"]})
    assert response.status_code == 302
    assert response["Location"] == f"{lesson.url}#check-{check_id_of(lesson)}"
    html = client.get(lesson.url).content.decode()
    assert "Nee: de politie is een van de partners." in html
    assert "Juist: de regisseur houdt overzicht" not in html  # not chosen: no feedback


def test_progress_writes_need_post(client, module, regisseur):
    lesson = lessons_of(module)[0]
    client.force_login(regisseur)
    assert client.get(f"/voortgang/les/{lesson.pk}/afgerond/").status_code == 405
    assert not LessonCompletion.objects.exists()


def test_progress_writes_need_a_csrf_token(module, regisseur):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(regisseur)
    lesson = lessons_of(module)[0]
    assert client.post(f"/voortgang/les/{lesson.pk}/afgerond/").status_code == 403
    assert not LessonCompletion.objects.exists()


def test_marking_done_through_the_view_goes_to_the_next_lesson(client, module, regisseur):
    first, second, _third = lessons_of(module)
    client.force_login(regisseur)
    response = client.post(f"/voortgang/les/{first.pk}/afgerond/")
    assert response["Location"] == second.url
    response = client.post(f"/voortgang/les/{second.pk}/afgerond/", follow=True)
    assert "Beantwoord eerst de kennischecks" in response.content.decode()


def test_unknown_or_unpublished_lesson_is_a_404(client, module, regisseur):
    lesson = lessons_of(module)[0]
    lesson.unpublish()
    client.force_login(regisseur)
    assert client.post(f"/voortgang/les/{lesson.pk}/afgerond/").status_code == 404
    assert client.post("/voortgang/les/999999/afgerond/").status_code == 404


def test_reflection_answers_are_visible_only_to_their_author(client, catalogue, top600):
    module = TrainingModuleFactory(parent=catalogue, owner_programme=top600)
    lesson = LessonFactory(parent=module, body=[reflection("Wat leerde je?")])
    block_id = lesson.body[0].id
    author = user_with_role(Role.REGISSEUR, username="auteur")
    colleague = user_with_role(Role.REGISSEUR, username="collega")
    client.force_login(author)
    client.post(f"/voortgang/les/{lesson.pk}/reflectie/{block_id}/", {"text": "Mijn inzicht."})
    assert ReflectionAnswer.objects.get(user=author).text == "Mijn inzicht."
    assert "Mijn inzicht." in client.get(lesson.url).content.decode()

    client.force_login(colleague)
    assert "Mijn inzicht." not in client.get(lesson.url).content.decode()
    response = client.post(f"/voortgang/les/{lesson.pk}/reflectie/{block_id}/", {"text": " "})
    assert response.status_code == 302
    assert ReflectionAnswer.objects.get(user=author).text == "Mijn inzicht."
    assert not ReflectionAnswer.objects.filter(user=colleague).exists()


def test_home_page_links_to_the_exact_next_lesson(client, module, regisseur):
    first, second, _third = lessons_of(module)
    services.lesson_mark_completed(user=regisseur, lesson=first)
    client.force_login(regisseur)
    html = client.get("/").content.decode()
    assert "Verder waar je gebleven was" in html
    assert f'href="{second.url}"' in html


# Query counts -------------------------------------------------------------------------------


def render_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_catalogue_and_lesson_queries_do_not_grow_with_modules(
    client, catalogue, top600, module, regisseur
):
    client.force_login(regisseur)
    lesson = lessons_of(module)[1]
    complete_module(regisseur, module)
    render_queries(client, catalogue.url)  # warm Wagtail's per-process caches (site, root paths)
    catalogue_before = render_queries(client, catalogue.url)
    lesson_before = render_queries(client, lesson.url)
    for number in range(6):
        extra = TrainingModuleFactory(
            parent=catalogue, owner_programme=top600, tags=[f"thema-{number}"]
        )
        LessonFactory(parent=extra, with_check=True)
        complete_module(regisseur, extra)
    assert render_queries(client, catalogue.url) == catalogue_before
    assert render_queries(client, lesson.url) == lesson_before
    assert catalogue_before <= 30
    assert lesson_before <= 30


def test_home_page_hides_modules_behind_a_view_restriction(client, module, regisseur):
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    services.lesson_mark_completed(user=regisseur, lesson=lessons_of(module)[0])
    restriction = PageViewRestriction.objects.create(
        page=module, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name=Role.REDACTIE)])
    client.force_login(regisseur)
    assert "Verder waar je gebleven was" not in client.get("/").content.decode()
