"""Requests saving the same progress at the same moment (a double click, two tabs, a team at
work) make one record and every one of them gets a normal answer: the unique constraints
decide, not a check-then-insert in Python, and on SQLite a writer waits for the lock (WAL, busy
timeout, IMMEDIATE transactions; portal/settings/base.py) instead of answering 500 "database is
locked". Run with real threads, each on its own database connection, on PostgreSQL and on the
file-based SQLite test database. The threads are released together by a barrier, so nothing
depends on how fast the machine is."""

import threading

import pytest
from django.conf import settings
from django.db import connection, connections, transaction
from django.test import Client
from django.urls import reverse

from portal.constants import Role
from tests.conftest import user_with_role
from training import services
from training.models import Certificate, LessonCompletion, ModuleEnrolment

from .conftest import lessons_of

THREADS = 4
PARALLEL_POSTS = 50


def run_at_once(function, count=THREADS):
    """Run `function` in `count` threads released together by a barrier; return the errors
    and what each call returned."""
    barrier = threading.Barrier(count)
    errors, answers = [], []

    def worker():
        try:
            barrier.wait()
            answers.append(function())
        except Exception as error:  # noqa: BLE001 - reported to the test below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors, answers


@pytest.mark.django_db(transaction=True)
def test_fifty_parallel_lesson_done_posts_all_answer_and_make_one_record(live_module):
    """One user's 50 "lesson done" POSTs at once (the number that gave 24 answers 500 "database
    is locked" on SQLite): 50 ordinary answers, one completion, one enrolment."""
    learner = user_with_role(Role.REGISSEUR, username="vijftig-tabbladen")
    first, second, _third = lessons_of(live_module)
    browser = Client()
    browser.force_login(learner)
    session_key = browser.cookies[settings.SESSION_COOKIE_NAME].value
    url = reverse("training_lesson_complete", args=[first.pk])

    def post_lesson_done():
        tab = Client()
        tab.cookies[settings.SESSION_COOKIE_NAME] = session_key
        return tab.post(url)

    errors, answers = run_at_once(post_lesson_done, count=PARALLEL_POSTS)

    assert errors == []
    assert [(answer.status_code, answer["Location"]) for answer in answers] == [
        (302, second.url)
    ] * PARALLEL_POSTS
    assert LessonCompletion.objects.filter(user=learner).count() == 1
    assert ModuleEnrolment.objects.filter(user=learner).count() == 1


def waiting_for_a_lock() -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_locks WHERE NOT granted")
        return cursor.fetchone()[0] > 0


def run_overlapping(function):
    """The worst case, made certain: the first request has saved but not committed yet when
    the second one saves. The first commits only once the second waits for its lock."""
    first_saved, first_may_commit = threading.Event(), threading.Event()
    errors = []

    def first():
        try:
            with transaction.atomic():
                function()
                first_saved.set()
                first_may_commit.wait(timeout=10)
        except Exception as error:  # noqa: BLE001
            errors.append(error)
            first_saved.set()
        finally:
            connections.close_all()

    def second():
        try:
            first_saved.wait(timeout=10)
            function()
        except Exception as error:  # noqa: BLE001
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    first_saved.wait(timeout=10)
    for _attempt in range(200):
        if waiting_for_a_lock():
            break
        threading.Event().wait(0.05)
    blocked = waiting_for_a_lock()
    first_may_commit.set()
    for thread in threads:
        thread.join(timeout=30)
    return errors, blocked


@pytest.mark.django_db(transaction=True)
def test_concurrent_completions_of_the_last_lesson_make_one_record_and_one_certificate(
    live_module,
):
    learner = user_with_role(Role.REGISSEUR, username="dubbelklikker")
    first, second, third = lessons_of(live_module)
    services.lesson_mark_completed(user=learner, lesson=first)
    check = second.knowledge_checks()[0]
    services.knowledge_check_submit(user=learner, lesson=second, check_id=check.id, selected=["0"])
    services.lesson_mark_completed(user=learner, lesson=second)

    errors, _answers = run_at_once(
        lambda: services.lesson_mark_completed(user=learner, lesson=third)
    )

    assert errors == []
    assert LessonCompletion.objects.filter(user=learner, lesson=third).count() == 1
    assert ModuleEnrolment.objects.filter(user=learner, module=live_module).count() == 1
    assert Certificate.objects.filter(user=learner, module=live_module).count() == 1


@pytest.mark.django_db(transaction=True)
def test_concurrent_attempts_are_all_counted(live_module):
    learner = user_with_role(Role.REGISSEUR, username="snelle-beantwoorder")
    lesson = lessons_of(live_module)[1]
    check_id = lesson.knowledge_checks()[0].id

    errors, _answers = run_at_once(
        lambda: services.knowledge_check_submit(
            user=learner, lesson=lesson, check_id=check_id, selected=["0"]
        )
    )

    assert errors == []
    result = lesson.knowledge_check_results.get(user=learner)
    assert (result.attempts, result.passed) == (THREADS, True)


# SQLite takes the write lock when a transaction begins, so there the second request cannot
# save while the first holds uncommitted work: the overlap below only exists on PostgreSQL.
if connection.vendor == "postgresql":

    @pytest.mark.django_db(transaction=True)
    def test_concurrent_first_steps_in_a_module_make_one_enrolment(live_module):
        learner = user_with_role(Role.REGISSEUR, username="twee-tabbladen")
        first = lessons_of(live_module)[0]

        errors, blocked = run_overlapping(
            lambda: services.lesson_mark_completed(user=learner, lesson=first)
        )

        assert blocked, "the second request should have waited for the first one's row"
        assert errors == []
        assert ModuleEnrolment.objects.filter(user=learner).count() == 1
        assert LessonCompletion.objects.filter(user=learner).count() == 1
