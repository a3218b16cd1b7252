"""SQL query counts of the training pages with a lot of data: 1,000 learners and 40 modules
(3 lessons each, with a knowledge check), most learners with progress. The counts must not
depend on the amount of data (tests assert that with small data); this measures them at scale.

    .venv/bin/python bench/training_queries.py                  # on a throwaway SQLite database
    DATABASE_URL=postgres://... .venv/bin/python bench/training_queries.py

Runs in a test database that is created and destroyed, never in the configured one."""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import (  # noqa: E402
    CaptureQueriesContext,
    setup_test_environment,
    teardown_test_environment,
)
from django.utils import timezone  # noqa: E402

USERS = int(os.environ.get("BENCH_USERS", 1000))
MODULES = int(os.environ.get("BENCH_MODULES", 40))


def build():
    from portal.constants import Role
    from portal.seeding import seed_portal
    from training.factories import LessonFactory, TrainingModuleFactory
    from training.models import (
        LessonCompletion,
        ModuleEnrolment,
        TrainingIndexPage,
        TrainingModule,
    )

    seed_portal()  # the demo site, users, programmes, paths and 11 modules
    catalogue = TrainingIndexPage.objects.get()
    from portal.models import Programme

    programmes = list(Programme.objects.all())
    for number in range(MODULES - TrainingModule.objects.count()):
        module = TrainingModuleFactory(
            parent=catalogue,
            owner_programme=programmes[number % len(programmes)],
            tags=[f"thema-{number % 7}"],
        )
        for _lesson in range(3):
            LessonFactory(parent=module, with_check=True)
    modules = list(TrainingModule.objects.live())
    lessons = {module.pk: list(module.lessons()) for module in modules}

    User = get_user_model()
    regisseur = Group.objects.get(name=Role.REGISSEUR)
    radicalisering = Programme.objects.get(slug="radicalisering")
    User.objects.bulk_create(
        [
            User(username=f"bench-{number}", first_name="Bench", last_name=f"Gebruiker {number}")
            for number in range(USERS)
        ]
    )
    users = list(User.objects.filter(username__startswith="bench-"))
    through = User.groups.through
    through.objects.bulk_create(
        [through(user_id=user.pk, group_id=regisseur.pk) for user in users]
        + [through(user_id=user.pk, group_id=radicalisering.team_group_id) for user in users]
    )
    now = timezone.now()
    enrolments, completions = [], []
    for index, user in enumerate(users):
        for module in modules[index % 5 :: 5]:
            done = (index + module.pk) % 3 == 0
            enrolments.append(
                ModuleEnrolment(user=user, module=module, completed_at=now if done else None)
            )
            for lesson in lessons[module.pk][: 3 if done else 1]:
                completions.append(LessonCompletion(user=user, lesson=lesson))
    ModuleEnrolment.objects.bulk_create(enrolments, batch_size=2000)
    LessonCompletion.objects.bulk_create(completions, batch_size=2000)
    return modules, lessons, len(enrolments), len(completions)


def count(client, url) -> int:
    client.get(url)  # warm per-process caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        if getattr(response, "streaming", False):
            b"".join(response.streaming_content)
    assert response.status_code == 200, (url, response.status_code)
    return len(queries)


def main():
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        modules, lessons, enrolments, completions = build()
        from portal.models import Programme

        User = get_user_model()
        client = Client()
        client.force_login(User.objects.get(username="regisseur"))
        lesson = lessons[modules[0].pk][1]
        radicalisering = Programme.objects.get(slug="radicalisering")
        print(
            f"{User.objects.count()} users, {len(modules)} modules, "
            f"{sum(len(items) for items in lessons.values())} lessons, {enrolments} enrolments, "
            f"{completions} lesson completions ({connection.vendor})"
        )
        print(f"catalogue /leren/: {count(client, '/leren/')} queries")
        print(f"lesson {lesson.url}: {count(client, lesson.url)} queries")
        print(f"module {modules[0].url}: {count(client, modules[0].url)} queries")
        print(f"my learning /mijn-leeromgeving/: {count(client, '/mijn-leeromgeving/')} queries")
        client.force_login(User.objects.get(username="manager"))
        report = f"/admin/reports/training/?programme={radicalisering.pk}"
        print(f"manager report {report}: {count(client, report)} queries")
        print(f"manager report, CSV export: {count(client, report + '&export=csv')} queries")
        people = "/admin/reports/training/people/"
        print(f"manager report per person {people}: {count(client, people)} queries")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()


if __name__ == "__main__":
    main()
