"""Who may do what with the posts under a knowledge page, and the Dutch 403 answers.

- Every signed-in reader of a page may ask a question or add to it.
- The page's content owner and the editors of the page's owner programme answer; they also
  approve posts.
- Redactie approves posts on every page (it curates everything) but does not answer in the
  name of a programme.
- The asker or an answerer marks an answer as the answer."""

from django.utils.translation import gettext as _

from portal.access import AccessDenied, Contact, access_denied_response, editorial_team_contact
from portal.cached_reads import user_group_ids
from portal.constants import Role


def is_editorial_team(user) -> bool:
    if not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name=Role.REDACTIE).exists()


def may_answer(*, page, user) -> bool:
    """The page's content owner and its programme's editors (no query: the user's groups are
    cached and the page's programme is the one its template shows)."""
    if not user.is_authenticated:
        return False
    if user.is_superuser or page.content_owner_id == user.pk:
        return True
    editor_group_id = page.owner_programme.editor_group_id
    return editor_group_id is not None and editor_group_id in user_group_ids(user)


def may_moderate(*, page, user) -> bool:
    return may_answer(page=page, user=user) or is_editorial_team(user)


def may_mark(*, answer, user) -> bool:
    """The asker of the question, or whoever may answer it."""
    question = answer.question
    if user.is_authenticated and question.author_id == user.pk:
        return True
    return may_answer(page=answer.page, user=user)


def _page_contacts(page) -> list[Contact]:
    programme = page.owner_programme
    contacts = []
    if page.content_owner is not None:
        owner = page.content_owner
        contacts.append(
            Contact(
                name=_("the content owner of this page, %(name)s")
                % {"name": owner.get_full_name() or owner.get_username()}
            )
        )
    contacts.append(
        Contact(
            name=_("the editors of %(programme)s") % {"programme": programme.name},
            detail=programme.contact_name,
            email=programme.contact_email,
        )
    )
    return [*contacts, editorial_team_contact()]


def answer_denied(request, *, page):
    return access_denied_response(
        request,
        AccessDenied(
            what=_("answering questions on “%(title)s”") % {"title": page.title},
            missing=[
                _(
                    "to be the content owner of the page or an editor of its programme "
                    "(%(programme)s)"
                )
                % {"programme": page.owner_programme.name}
            ],
            contacts=_page_contacts(page),
        ),
    )


def moderation_denied(request, *, page=None):
    what = (
        _("approving questions and additions on “%(title)s”") % {"title": page.title}
        if page is not None
        else _("the list of questions and additions to approve")
    )
    return access_denied_response(
        request,
        AccessDenied(
            what=what,
            missing=[
                _(
                    "to be the content owner of the page, an editor of its programme, or a "
                    "member of the editorial team (Redactie)"
                )
            ],
            contacts=_page_contacts(page) if page is not None else [editorial_team_contact()],
        ),
    )


def mark_denied(request, *, page):
    return access_denied_response(
        request,
        AccessDenied(
            what=_("marking the answer to a question on “%(title)s”") % {"title": page.title},
            missing=[
                _(
                    "to have asked the question, or to be the content owner of the page or an "
                    "editor of its programme"
                )
            ],
            contacts=_page_contacts(page),
        ),
    )
