"""The demo threads (answered questions, one answer marked, on a few seeded knowledge pages,
and one question waiting for approval), and that every address of this app needs a login."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils.html import escape

from questions.constants import PostKind, PostStatus
from questions.models import Post

pytestmark = pytest.mark.django_db


def test_the_demo_has_answered_questions_on_several_knowledge_pages(client):
    call_command("seed_demo", stdout=StringIO())
    marked = Post.objects.filter(is_the_answer=True).select_related("question", "page")
    assert marked.count() >= 3
    assert len({answer.page_id for answer in marked}) >= 3
    content_types = {answer.page.content_type.app_label for answer in marked}
    assert {"portal", "training"} <= content_types
    waiting = Post.objects.filter(status=PostStatus.PENDING).exclude(kind=PostKind.ANSWER)
    assert waiting.exists()

    # The radicalisering editor sees the waiting question in their list; a reader sees the
    # answered one with its answer first.
    users = get_user_model().objects
    client.force_login(users.get(username="medewerker-radicalisering"))
    assert escape(waiting.first().text) in client.get("/vragen/beoordelen/").content.decode()
    answer = marked.first()
    client.force_login(users.get(username="manager"))
    html = client.get(answer.page.url).content.decode()
    assert escape(answer.question.text) in html
    assert html.index("Het antwoord") < html.index(escape(answer.text))

    before = Post.objects.count()
    call_command("seed_demo", stdout=StringIO())
    assert Post.objects.count() == before


@pytest.mark.parametrize(
    "url",
    ["/vragen/beoordelen/", "/vragen/pagina/1/", "/vragen/1/beantwoorden/"],
)
def test_every_address_needs_a_login(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
