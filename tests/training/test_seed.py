"""seed_demo's training content: every screen has something to show, and a second run
changes nothing."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from training.ledger_decisions import lesson_changes
from training.models import (
    AdoptionDecision,
    Certificate,
    KnowledgeCheckResult,
    LearningPath,
    Lesson,
    LessonCompletion,
    ModuleEnrolment,
    TrainingModule,
)
from training.selectors import learning_path_for

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "modules": list(TrainingModule.objects.values_list("slug", "version")),
        "lessons": Lesson.objects.count(),
        "paths": LearningPath.objects.count(),
        "enrolments": list(
            ModuleEnrolment.objects.order_by("pk").values_list(
                "user_id", "module_id", "last_activity_at", "completed_at"
            )
        ),
        "completions": LessonCompletion.objects.count(),
        "checks": list(KnowledgeCheckResult.objects.values_list("attempts", "best_score")),
        "certificates": list(Certificate.objects.values_list("code", flat=True)),
        "decisions": list(AdoptionDecision.objects.values_list("pk", "choice")),
    }


def test_demo_training_content_and_progress():
    call_command("seed_demo", verbosity=0)
    modules = TrainingModule.objects.live()
    assert modules.count() >= 8
    adopted = modules.filter(adopted_from_programme__slug="top600").exclude(adaptation_notes="")
    assert adopted.count() >= 5
    for module in modules:
        lessons = list(module.lessons())
        assert 3 <= len(lessons) <= 6, module.slug
        assert any(lesson.specific.knowledge_checks() for lesson in lessons), module.slug
    onboarding = LearningPath.objects.get(slug="onboarding-nieuwe-regisseur")
    assert onboarding.requirements.get().group.name == "Nieuwe medewerker"
    assert Certificate.objects.filter(user__username="regisseur").exists()
    assert ModuleEnrolment.objects.filter(
        user__username="regisseur", completed_at__isnull=True
    ).exists()
    # An adaptation one version behind its original, with the adopted revision to compare.
    top400 = TrainingModule.objects.select_related("adopted_from_module").get(
        slug="informatiedeling-top400"
    )
    assert top400.is_behind_original
    assert (top400.adopted_version, top400.adopted_from_module.version) == ("1.3", "1.4")
    assert top400.adopted_revision.content["version"] == "1.3"
    # Its ledger: version 1.4 changed two lessons; Top400 kept its own for one, the other is
    # still to be decided (the pending entry).
    changes = {change.slug: change for change in lesson_changes(top400)}
    assert {slug: change.change for slug, change in changes.items()} == {
        "notificaties": "changed",
        "vastleggen-in-het-dossier": "changed",
    }
    assert changes["notificaties"].decision.choice == "kept_own"
    assert changes["vastleggen-in-het-dossier"].decision is None
    assert changes["vastleggen-in-het-dossier"].compare_url
    # An integral adoption, made through "Overnemen voor mijn programma" and approved.
    integral = modules.get(adopted_integrally=True)
    assert integral.adopted_from_module.slug == "de-maand-en-halfjaarmonitor"
    assert integral.owner_programme.slug == "top400"
    assert integral.adopted_version == integral.adopted_from_module.version
    assert len(list(integral.lessons())) == len(list(integral.adopted_from_module.lessons()))
    assert [
        module.slug
        for module in modules.select_related("adopted_from_module")
        if module.is_behind_original
    ] == ["informatiedeling-top400"]
    # The regisseur's Radicalisering monitor counts for the Top600 original in their path.
    regisseur = get_user_model().objects.get(username="regisseur")
    path = learning_path_for(user=regisseur, slug="regisseursopleiding")
    entries = {module.slug: (module, progress) for module, progress in path.modules}
    monitor, progress = entries["de-maand-en-halfjaarmonitor"]
    # The path sends the regisseur to their programme's version, completed.
    assert monitor.reader_version_title == "De maand- en halfjaarmonitor (Radicalisering)"
    assert progress.completed
    assert path.completed_count == 1


def test_seeding_twice_changes_no_progress():
    call_command("seed_demo", verbosity=0)
    first = snapshot()
    call_command("seed_demo", verbosity=0)
    assert snapshot() == first


def test_demo_shows_a_substantive_new_version_and_a_certificate_that_expires_soon(client):
    import datetime

    from django.utils import timezone

    from training.selectors import completion_is_current

    call_command("seed_demo", verbosity=0)
    regisseur = get_user_model().objects.get(username="regisseur")
    # Version 1.1 of the Radicalisering regie module is substantive; the regisseur completed
    # 1.0 and redoes the changed lesson.
    regie = TrainingModule.objects.get(slug="regie-voeren-radicalisering")
    latest = regie.published_versions.order_by("-published_at").first()
    assert (latest.version, latest.kind) == ("1.1", "substantive")
    assert [lesson.slug for lesson in latest.changed_lessons.all()] == ["het-netwerk-in-kaart"]
    assert not completion_is_current(user=regisseur, module=regie)
    client.force_login(regisseur)
    html = client.get("/mijn-leeromgeving/").content.decode()
    assert "Wat is er veranderd sinds jij deze module afrondde" in html
    assert "Het netwerk in kaart brengen" in html
    # The monitor certificate expires within a month and may be renewed.
    certificate = Certificate.objects.get(
        user=regisseur, module__slug="monitoren-radicalisering", superseded_at__isnull=True
    )
    today = timezone.localdate()
    assert today < certificate.expires_on <= today + datetime.timedelta(days=31)
    assert certificate.renewal_open
    assert "Vernieuwen" in html
