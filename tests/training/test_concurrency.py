"""Two requests saving the same progress at the same moment (a double click, two tabs) make
one record: the unique constraints decide, not a check-then-insert in Python. Run with real
threads, each on its own database connection, against PostgreSQL; SQLite serialises every
write, so there the race cannot happen and the test is not collected."""

import threading

import pytest
from django.db import connection, connections, transaction

from portal.constants import Role
from tests.conftest import user_with_role
from training import services
from training.models import Certificate, LessonCompletion, ModuleEnrolment

from .conftest import lessons_of

THREADS = 4


def run_at_once(function, count=THREADS):
    """Run `function` in `count` threads released together by a barrier."""
    barrier = threading.Barrier(count)
    errors = []

    def worker():
        try:
            barrier.wait(timeout=10)
            function()
        except Exception as error:  # noqa: BLE001 - reported to the test below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return errors


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


if connection.vendor == "postgresql":

    @pytest.mark.django_db(transaction=True)
    def test_concurrent_completions_of_the_last_lesson_make_one_record_and_one_certificate(
        live_module,
    ):
        learner = user_with_role(Role.REGISSEUR, username="dubbelklikker")
        first, second, third = lessons_of(live_module)
        services.lesson_mark_completed(user=learner, lesson=first)
        check = second.knowledge_checks()[0]
        services.knowledge_check_submit(
            user=learner, lesson=second, check_id=check.id, selected=["0"]
        )
        services.lesson_mark_completed(user=learner, lesson=second)

        errors = run_at_once(lambda: services.lesson_mark_completed(user=learner, lesson=third))

        assert errors == []
        assert LessonCompletion.objects.filter(user=learner, lesson=third).count() == 1
        assert ModuleEnrolment.objects.filter(user=learner, module=live_module).count() == 1
        assert Certificate.objects.filter(user=learner, module=live_module).count() == 1

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

    @pytest.mark.django_db(transaction=True)
    def test_concurrent_attempts_are_all_counted(live_module):
        learner = user_with_role(Role.REGISSEUR, username="snelle-beantwoorder")
        lesson = lessons_of(live_module)[1]
        check_id = lesson.knowledge_checks()[0].id

        errors = run_at_once(
            lambda: services.knowledge_check_submit(
                user=learner, lesson=lesson, check_id=check_id, selected=["0"]
            )
        )

        assert errors == []
        result = lesson.knowledge_check_results.get(user=learner)
        assert (result.attempts, result.passed) == (THREADS, True)
