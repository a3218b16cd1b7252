"""Following a theme, a programme or a single page, and hearing about what changed: in the
header's unread count, on the start page and on /mijn-meldingen/."""

from django.urls import reverse
from taggit.models import Tag
from wagtail.models import PageViewRestriction

from notifications.constants import Channel
from notifications.models import Notification, Subscription
from notifications.services import subscription_follow
from themes.constants import FollowUpStatus
from themes.factories import LessonLearnedFactory
from themes.models import LessonLearned


def publish_lesson(lesson_index, programme, **kwargs):
    lesson = LessonLearnedFactory(parent=lesson_index, owner_programme=programme, **kwargs)
    lesson.save_revision().publish()
    return lesson


def test_follow_from_the_page_and_stop_from_my_notifications(
    client, regisseur, lesson_index, programme
):
    lesson = publish_lesson(lesson_index, programme)
    client.force_login(regisseur)
    page = client.get(lesson.url)
    assert "Volg" in page.content.decode()

    response = client.post(reverse("notifications_follow"), {"page": lesson.pk, "next": lesson.url})
    assert response.status_code == 302 and response["Location"] == lesson.url
    client.post(reverse("notifications_follow"), {"page": lesson.pk})
    subscription = Subscription.objects.get(user=regisseur)
    assert subscription.page_id == lesson.pk and subscription.channel == Channel.PORTAL

    overview = client.get(reverse("my_notifications")).content.decode()
    assert lesson.title in overview
    assert 'role="region" tabindex="0"' in overview

    client.post(
        reverse("notifications_subscription", args=[subscription.pk]), {"channel": "digest"}
    )
    subscription.refresh_from_db()
    assert subscription.channel == Channel.DIGEST
    client.post(reverse("notifications_subscription", args=[subscription.pk]), {"stop": "1"})
    assert not Subscription.objects.filter(user=regisseur).exists()


def test_bad_follow_requests_get_a_clear_answer(client, regisseur, redactie):
    client.force_login(regisseur)
    assert client.post(reverse("notifications_follow"), {}).status_code == 400
    assert client.post(reverse("notifications_follow"), {"page": "abc"}).status_code == 400
    assert client.post(reverse("notifications_follow"), {"programme": 99999}).status_code == 400
    other = subscription_follow(user=redactie, tag=Tag.objects.create(name="zorg", slug="zorg"))
    response = client.post(reverse("notifications_subscription", args=[other.pk]), {"stop": "1"})
    assert response.status_code == 404
    assert Subscription.objects.filter(pk=other.pk).exists()


def test_new_material_in_a_followed_programme_and_theme(
    client, regisseur, redactie, lesson_index, programme, other_programme
):
    tag = Tag.objects.create(name="Re-integratie", slug="re-integratie")
    subscription_follow(user=regisseur, programme=programme)
    subscription_follow(user=redactie, tag=tag)

    lesson = publish_lesson(lesson_index, programme)
    elsewhere = LessonLearnedFactory(parent=lesson_index, owner_programme=other_programme)
    elsewhere.tags.add(tag)
    elsewhere.save_revision().publish()

    assert list(Notification.objects.filter(user=regisseur).values_list("page", flat=True)) == [
        lesson.pk
    ]
    assert list(Notification.objects.filter(user=redactie).values_list("page", flat=True)) == [
        elsewhere.pk
    ]
    # A correction published later is no new material.
    lesson.save_revision().publish()
    assert Notification.objects.filter(user=regisseur).count() == 1

    client.force_login(regisseur)
    home = client.get("/").content.decode()
    assert "Nieuw sinds je laatste bezoek" in home
    assert lesson.url in home
    assert '1<span class="ams-visually-hidden"> ongelezen' in home
    client.post(reverse("notifications_mark_read"))
    home = client.get("/").content.decode()
    assert "Nieuw sinds je laatste bezoek" not in home


def test_a_restricted_page_never_reaches_someone_who_may_not_see_it(
    regisseur, redactie, lesson_index, programme
):
    from django.contrib.auth.models import Group

    subscription_follow(user=regisseur, programme=programme)
    subscription_follow(user=redactie, programme=programme)
    lesson = LessonLearnedFactory(parent=lesson_index, owner_programme=programme)
    restriction = PageViewRestriction.objects.create(
        page=lesson, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Redactie"))
    lesson.save_revision().publish()
    assert not Notification.objects.filter(user=regisseur).exists()
    assert Notification.objects.filter(user=redactie, page=lesson).exists()


def test_status_change_of_a_followed_bottleneck(regisseur, lesson_index, programme):
    lesson = publish_lesson(lesson_index, programme, bottleneck=True)
    subscription_follow(user=regisseur, page=lesson)
    lesson = LessonLearned.objects.get(pk=lesson.pk)  # as an editor opens it
    lesson.follow_up_status = FollowUpStatus.IN_PROGRESS
    lesson.save_revision().publish()
    notification = Notification.objects.get(user=regisseur)
    assert notification.page_id == lesson.pk
    assert lesson.title in notification.title


def test_anonymous_visitors_are_sent_to_login(client):
    response = client.get(reverse("my_notifications"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_submission_waits_for_the_programme_editors_and_redactie_not_the_superuser(
    mailoutbox, staff_of_programme, redactie, lesson_index, programme, other_programme
):
    from django.contrib.auth import get_user_model

    from portal.constants import Role
    from tests.conftest import user_with_role

    superuser = get_user_model().objects.create_superuser("root", "root@acvz.invalid", "x")
    editor = user_with_role(Role.PROGRAMMAMEDEWERKER, username="test-editor")
    editor.groups.add(programme.editor_group)
    other_editor = user_with_role(Role.PROGRAMMAMEDEWERKER, username="other-editor")
    other_editor.groups.add(other_programme.editor_group)

    lesson = LessonLearnedFactory(parent=lesson_index, owner_programme=programme, live=False)
    lesson.save_revision(user=staff_of_programme)
    lesson.get_workflow().start(lesson, staff_of_programme)

    waiting = set(
        Notification.objects.filter(title__contains=lesson.title).values_list(
            "user__username", flat=True
        )
    )
    assert waiting == {"test-editor", "test-redactie"}
    assert all(superuser.email not in message.to for message in mailoutbox)
