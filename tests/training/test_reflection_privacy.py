"""Private reflection answers pass the privacy guard: only their author sees them, but client
data must not be stored in them either."""

import pytest

from portal.constants import Role
from portal.privacy import mask
from tests.conftest import user_with_role
from training import services
from training.factories import LessonFactory, TrainingModuleFactory, reflection
from training.models import ReflectionAnswer

pytestmark = pytest.mark.django_db

CLIENT_DATA = "Ik sprak de moeder, bereikbaar op 06 12345678, over haar zoon."


def test_an_answer_with_client_data_is_refused_on_the_field_and_the_text_is_kept(
    client, catalogue, top600
):
    module = TrainingModuleFactory(parent=catalogue, owner_programme=top600)
    lesson = LessonFactory(parent=module, body=[reflection("Wat leerde je?")])
    block_id = lesson.body[0].id
    learner = user_with_role(Role.REGISSEUR, username="leerling")
    client.force_login(learner)
    response = client.post(
        f"/voortgang/les/{lesson.pk}/reflectie/{block_id}/", {"text": CLIENT_DATA}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "persoonsgegevens" in html
    assert mask("06 12345678") in html
    assert f'id="reflection-error-{block_id}"' in html
    assert CLIENT_DATA in html  # the learner keeps their text to rewrite it
    assert not ReflectionAnswer.objects.filter(user=learner).exists()

    response = client.post(
        f"/voortgang/les/{lesson.pk}/reflectie/{block_id}/",
        {"text": "Ik sprak een ouder over de zorgen om haar zoon."},
    )
    assert response.status_code == 302
    assert ReflectionAnswer.objects.filter(user=learner).exists()


def test_the_service_refuses_client_data_whatever_calls_it(catalogue, top600):
    module = TrainingModuleFactory(parent=catalogue, owner_programme=top600)
    lesson = LessonFactory(parent=module, body=[reflection("Wat leerde je?")])
    learner = user_with_role(Role.REGISSEUR, username="leerling")
    with pytest.raises(services.PersonalDataInAnswer):
        services.reflection_save(
            user=learner, lesson=lesson, block_id=lesson.body[0].id, text="BSN 123456782"
        )
