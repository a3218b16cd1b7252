"""Default follows per role: who joins a programme's groups follows it (a regisseur their own
programme), a new employee gets the training reminders; at the first login too, and what the
person stopped stays stopped."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from notifications.constants import Channel, Topic
from notifications.models import Subscription
from portal.constants import Role
from portal.factories import UserFactory

from ..conftest import user_with_role

pytestmark = pytest.mark.django_db


def follows(user):
    return {
        (subscription.programme_id, subscription.topic, subscription.channel)
        for subscription in Subscription.objects.filter(user=user)
    }


def test_a_regisseur_follows_their_own_programme(programme, other_programme):
    regisseur = user_with_role(Role.REGISSEUR, username="nieuwe-regisseur")
    assert follows(regisseur) == set()
    regisseur.groups.add(programme.team_group)
    assert follows(regisseur) == {(programme.pk, "", Channel.DIGEST)}
    # Joining through the group's side counts too.
    other_programme.editor_group.user_set.add(regisseur)
    assert (other_programme.pk, "", Channel.DIGEST) in follows(regisseur)


def test_a_new_employee_gets_the_onboarding_reminders_by_e_mail():
    newcomer = user_with_role(Role.NIEUWE_MEDEWERKER, username="nieuwkomer")
    assert follows(newcomer) == {(None, Topic.TRAINING, Channel.IMMEDIATE)}


def test_defaults_at_the_first_login_only_and_a_choice_is_kept(programme):
    user = UserFactory(username="geimporteerd")
    Subscription.objects.all().delete()
    user.groups.add(Group.objects.get(name=Role.NIEUWE_MEDEWERKER), programme.staff_group)
    Subscription.objects.filter(user=user).delete()  # as if imported before this existed
    assert user.last_login is None

    Client().force_login(user)
    assert follows(user) == {
        (programme.pk, "", Channel.DIGEST),
        (None, Topic.TRAINING, Channel.IMMEDIATE),
    }
    Subscription.objects.filter(user=user, programme=programme).update(channel=Channel.PORTAL)
    Subscription.objects.filter(user=user, topic=Topic.TRAINING).delete()
    user.refresh_from_db()
    Client().force_login(user)
    assert follows(user) == {(programme.pk, "", Channel.PORTAL)}
