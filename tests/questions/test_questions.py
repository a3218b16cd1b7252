""" "Stel een vraag of vul aan" under every knowledge page: a reader posts a question or an
addition (privacy-guarded, moderated); the page's content owner, its programme's editors or
Redactie approve it; the content owner and the editors answer; the asker or an answerer marks
the answer, which is shown first."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from questions.constants import PostKind, PostStatus
from questions.models import Post
from questions.services import answer_create, answer_mark, post_create, post_moderate
from questions.signals import question_answered
from questions.wagtail_hooks import questions_section
from training.factories import TrainingModuleFactory

pytestmark = pytest.mark.django_db

QUESTION = "Geldt deze werkwijze ook voor jongeren onder de achttien?"


def html_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def approved_question(page, asker, moderator, text=QUESTION):
    question = post_create(page=page, user=asker, kind=PostKind.QUESTION, text=text)
    return post_moderate(post=question, user=moderator, approve=True)


# The section ---------------------------------------------------------------------------------


def test_every_knowledge_page_shows_the_section_with_its_form(client, asker, page, home_page):
    module = TrainingModuleFactory(parent=home_page, owner_programme=page.owner_programme)
    client.force_login(asker)
    for knowledge_page in (page, module):
        html = html_of(client, knowledge_page)
        assert "Stel een vraag of vul aan" in html
        assert f'action="/vragen/pagina/{knowledge_page.pk}/"' in html
        assert "Nog geen vragen of aanvullingen" in html


def test_a_programme_landing_page_is_no_knowledge_page(client, asker, programme):
    client.force_login(asker)
    html = client.get(programme.landing_page.url).content.decode()
    assert "Stel een vraag of vul aan" not in html


# Posting -------------------------------------------------------------------------------------


def test_a_reader_posts_a_question_that_waits_for_approval(client, asker, regisseur, page):
    client.force_login(asker)
    response = client.post(f"/vragen/pagina/{page.pk}/", {"kind": "vraag", "text": QUESTION})
    assert response.status_code == 302
    assert response["Location"] == page.url + "#vragen"
    post = Post.objects.get()
    assert (post.page_id, post.author, post.kind, post.status) == (
        page.pk,
        asker,
        PostKind.QUESTION,
        PostStatus.PENDING,
    )
    # The asker sees it, marked as waiting; nobody else does.
    own = html_of(client, page)
    assert QUESTION in own
    assert "Wacht op goedkeuring" in own
    client.force_login(regisseur)
    assert QUESTION not in html_of(client, page)


def test_a_form_sent_twice_makes_one_post(client, asker, content_owner, page):
    client.force_login(asker)
    for _twice in range(2):
        client.post(f"/vragen/pagina/{page.pk}/", {"kind": "vraag", "text": QUESTION})
    question = Post.objects.get()
    post_moderate(post=question, user=content_owner, approve=True)
    client.force_login(content_owner)
    for _twice in range(2):
        client.post(f"/vragen/{question.pk}/beantwoorden/", {"text": "Ja."})
    assert Post.objects.filter(kind=PostKind.ANSWER).count() == 1


def test_a_privacy_finding_shows_on_the_field_and_nothing_typed_is_lost(client, asker, page):
    client.force_login(asker)
    text = "De jongere met BSN 123456782 kreeg geen plek; geldt de werkwijze dan ook?"
    response = client.post(f"/vragen/pagina/{page.pk}/", {"kind": "aanvulling", "text": text})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="id_text-error"' in html
    assert "persoonsgegevens" in html
    assert 'aria-invalid="true"' in html
    assert text in html  # the textarea keeps what was typed
    assert 'value="aanvulling" checked' in html  # and the kind chosen
    assert not Post.objects.exists()


def test_an_empty_post_or_an_unknown_kind_gets_a_dutch_message(client, asker, page):
    client.force_login(asker)
    empty = client.post(f"/vragen/pagina/{page.pk}/", {"kind": "vraag", "text": "  "})
    assert empty.status_code == 400
    assert "Dit is een verplicht veld" in empty.content.decode()
    answer = client.post(f"/vragen/pagina/{page.pk}/", {"kind": "antwoord", "text": QUESTION})
    assert answer.status_code == 400
    assert not Post.objects.exists()


def test_no_post_on_a_page_that_is_not_live(client, asker, home_page, programme):
    from portal.factories import StandardPageFactory

    draft = StandardPageFactory(parent=home_page, owner_programme=programme, live=False)
    client.force_login(asker)
    response = client.post(f"/vragen/pagina/{draft.pk}/", {"kind": "vraag", "text": QUESTION})
    assert response.status_code == 404
    assert not Post.objects.exists()


# Moderation ----------------------------------------------------------------------------------


@pytest.mark.parametrize("moderator_name", ["content_owner", "editor", "redactie"])
def test_the_owner_the_programme_editors_and_redactie_approve(
    client, request, moderator_name, asker, regisseur, page
):
    moderator = request.getfixturevalue(moderator_name)
    post = post_create(page=page, user=asker, kind=PostKind.ADDITION, text=QUESTION)
    client.force_login(moderator)
    listing = client.get("/vragen/beoordelen/")
    assert listing.status_code == 200
    assert QUESTION in listing.content.decode()

    response = client.post(f"/vragen/{post.pk}/beoordelen/", {"decision": "approve"})
    assert response.status_code == 302
    post.refresh_from_db()
    assert (post.status, post.moderated_by) == (PostStatus.APPROVED, moderator)
    client.force_login(regisseur)
    assert QUESTION in html_of(client, page)


def test_others_may_not_approve_and_get_a_dutch_403(client, asker, regisseur, other_editor, page):
    post = post_create(page=page, user=asker, kind=PostKind.QUESTION, text=QUESTION)
    for outsider in (regisseur, other_editor, asker):
        client.force_login(outsider)
        response = client.post(f"/vragen/{post.pk}/beoordelen/", {"decision": "approve"})
        assert response.status_code == 403
        html = response.content.decode()
        assert "Je bent ingelogd, maar je mag" in html
        assert "Werkwijze Top600" in html
        assert "eigenaar van de inhoud van deze pagina, Olga" in html  # whom to ask
    post.refresh_from_db()
    assert post.status == PostStatus.PENDING

    # The editor of another programme has a list, without this page's posts in it.
    client.force_login(other_editor)
    assert QUESTION not in client.get("/vragen/beoordelen/").content.decode()
    # A regisseur moderates nothing: the list answers 403 in Dutch.
    client.force_login(regisseur)
    listing = client.get("/vragen/beoordelen/")
    assert listing.status_code == 403
    assert "redactie" in listing.content.decode().lower()


def test_a_rejected_post_stays_hidden_and_its_author_sees_why(
    client, asker, regisseur, content_owner, page
):
    post = post_create(page=page, user=asker, kind=PostKind.QUESTION, text=QUESTION)
    client.force_login(content_owner)
    client.post(f"/vragen/{post.pk}/beoordelen/", {"decision": "reject"})
    post.refresh_from_db()
    assert post.status == PostStatus.REJECTED
    assert QUESTION not in client.get("/vragen/beoordelen/").content.decode()
    client.force_login(regisseur)
    assert QUESTION not in html_of(client, page)
    client.force_login(asker)
    assert "Niet geplaatst" in html_of(client, page)


def test_the_moderators_see_on_the_page_how_many_posts_wait(client, asker, editor, page):
    post_create(page=page, user=asker, kind=PostKind.QUESTION, text=QUESTION)
    client.force_login(editor)
    html = html_of(client, page)
    assert "1 bericht op deze pagina wacht op je goedkeuring" in html
    assert 'href="/vragen/beoordelen/"' in html
    assert QUESTION not in html  # approving is done in the list


# Answering -----------------------------------------------------------------------------------


@pytest.mark.parametrize("answerer_name", ["content_owner", "editor"])
def test_the_content_owner_and_the_programme_editors_answer(
    client, request, answerer_name, asker, regisseur, page, django_capture_on_commit_callbacks
):
    answerer = request.getfixturevalue(answerer_name)
    question = approved_question(page, asker, answerer)
    heard = []

    def listener(sender, question, answer, **kwargs):
        heard.append((question.pk, answer.pk, question.author))

    question_answered.connect(listener)
    try:
        client.force_login(answerer)
        assert f'href="/vragen/{question.pk}/beantwoorden/"' in html_of(client, page)
        assert client.get(f"/vragen/{question.pk}/beantwoorden/").status_code == 200
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                f"/vragen/{question.pk}/beantwoorden/",
                {"text": "Ja, tot en met drieëntwintig jaar."},
            )
    finally:
        question_answered.disconnect(listener)
    assert response.status_code == 302
    answer = Post.objects.get(kind=PostKind.ANSWER)
    assert (answer.question, answer.author, answer.status) == (
        question,
        answerer,
        PostStatus.APPROVED,
    )
    assert heard == [(question.pk, answer.pk, asker)]
    client.force_login(regisseur)
    assert "Ja, tot en met drieëntwintig jaar." in html_of(client, page)


def test_readers_redactie_and_other_editors_do_not_answer(
    client, asker, regisseur, redactie, other_editor, content_owner, page
):
    question = approved_question(page, asker, content_owner)
    for outsider in (regisseur, redactie, other_editor, asker):
        client.force_login(outsider)
        assert f"/vragen/{question.pk}/beantwoorden/" not in html_of(client, page)
        assert client.get(f"/vragen/{question.pk}/beantwoorden/").status_code == 403
        response = client.post(f"/vragen/{question.pk}/beantwoorden/", {"text": "Ik weet het."})
        assert response.status_code == 403
        assert "vragen beantwoorden" in response.content.decode()
    assert not Post.objects.filter(kind=PostKind.ANSWER).exists()


def test_a_question_waiting_for_approval_cannot_be_answered(client, asker, content_owner, page):
    question = post_create(page=page, user=asker, kind=PostKind.QUESTION, text=QUESTION)
    client.force_login(content_owner)
    assert client.get(f"/vragen/{question.pk}/beantwoorden/").status_code == 404


def test_an_answer_is_privacy_guarded_and_kept_when_refused(client, asker, content_owner, page):
    question = approved_question(page, asker, content_owner)
    client.force_login(content_owner)
    text = "Bel mij op 06-12345678, dan leg ik het uit."
    response = client.post(f"/vragen/{question.pk}/beantwoorden/", {"text": text})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="id_text-error"' in html
    assert "persoonsgegevens" in html
    assert text in html
    assert not Post.objects.filter(kind=PostKind.ANSWER).exists()


# Marking the answer --------------------------------------------------------------------------


@pytest.fixture
def answered(page, asker, content_owner, editor):
    question = approved_question(page, asker, content_owner)
    first = answer_create(question=question, user=content_owner, text="Eerste antwoord: nee.")
    second = answer_create(question=question, user=editor, text="Tweede antwoord: ja, tot 23.")
    return question, first, second


def test_the_asker_marks_an_answer_and_it_is_shown_first(client, asker, regisseur, page, answered):
    question, first, second = answered
    client.force_login(regisseur)
    before = html_of(client, page)
    assert before.index("Eerste antwoord") < before.index("Tweede antwoord")
    assert "Markeer als het antwoord" not in before  # a reader who did not ask

    client.force_login(asker)
    assert "Markeer als het antwoord" in html_of(client, page)
    response = client.post(f"/vragen/antwoord/{second.pk}/markeren/")
    assert response.status_code == 302
    second.refresh_from_db()
    assert (second.is_the_answer, second.marked_by) == (True, asker)

    client.force_login(regisseur)
    after = html_of(client, page)
    assert after.index("Tweede antwoord") < after.index("Eerste antwoord")
    assert after.index("Het antwoord") < after.index("Tweede antwoord")
    assert "(beantwoord)" in after


def test_an_answerer_marks_another_answer_and_the_first_mark_goes(client, editor, page, answered):
    question, first, second = answered
    answer_mark(answer=first, user=question.author)
    client.force_login(editor)
    client.post(f"/vragen/antwoord/{second.pk}/markeren/")
    assert list(Post.objects.filter(is_the_answer=True)) == [second]
    client.post(f"/vragen/antwoord/{second.pk}/markeren/", {"unmark": "1"})
    assert not Post.objects.filter(is_the_answer=True).exists()


def test_others_may_not_mark_the_answer(client, regisseur, redactie, other_editor, answered):
    question, first, second = answered
    for outsider in (regisseur, redactie, other_editor):
        client.force_login(outsider)
        response = client.post(f"/vragen/antwoord/{first.pk}/markeren/")
        assert response.status_code == 403
        assert "het antwoord op een vraag" in response.content.decode()
    assert not Post.objects.filter(is_the_answer=True).exists()


def test_an_answer_to_an_addition_cannot_be_marked(client, asker, content_owner, page):
    addition = post_create(page=page, user=asker, kind=PostKind.ADDITION, text="Aanvulling.")
    post_moderate(post=addition, user=content_owner, approve=True)
    reply = answer_create(question=addition, user=content_owner, text="Dank je.")
    client.force_login(asker)
    assert "Markeer als het antwoord" not in html_of(client, page)
    client.post(f"/vragen/antwoord/{reply.pk}/markeren/")
    reply.refresh_from_db()
    assert not reply.is_the_answer


# Queries -------------------------------------------------------------------------------------


def section_queries(page, user) -> int:
    request = RequestFactory().get(page.url)
    request.user = user
    with CaptureQueriesContext(connection) as context:
        questions_section(page, request)
    return len(context.captured_queries)


def test_the_section_costs_one_query_and_none_once_cached(asker, content_owner, editor, page):
    page.owner_programme  # noqa: B018 - the page's template shows its programme anyway
    asker.groups.all()  # noqa: B018
    section_queries(page, asker)  # the reader's groups are cached from here on
    from questions.threads import forget_page_thread

    forget_page_thread(page.pk)
    assert section_queries(page, asker) == 1
    assert section_queries(page, asker) == 0

    for number in range(5):
        question = approved_question(page, asker, content_owner, text=f"Vraag {number}")
        for answerer in (content_owner, editor):
            answer_create(question=question, user=answerer, text=f"Antwoord op {number}")
    assert section_queries(page, asker) == 1  # a changed thread is read again, in one query
    assert section_queries(page, asker) == 0


def test_a_page_with_a_long_thread_costs_no_more_queries_than_without(
    client, asker, content_owner, editor, page, home_page
):
    from portal.factories import StandardPageFactory
    from tests.query_budget import query_counts

    quiet = StandardPageFactory(
        parent=home_page, owner_programme=page.owner_programme, content_owner=content_owner
    )
    for number in range(10):
        question = approved_question(page, asker, content_owner, text=f"Vraag {number}")
        answer = answer_create(question=question, user=editor, text=f"Antwoord {number}")
        answer_mark(answer=answer, user=asker)
    client.force_login(asker)
    counts = query_counts(client, [quiet.url, page.url])
    assert counts[page.url] == counts[quiet.url]
