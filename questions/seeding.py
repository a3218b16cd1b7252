"""Demo questions and additions (demo_content.py), through the same services the views use, so
the demo obeys the rules (privacy guard, who may answer). Idempotent: a post whose page,
author and text exist is left alone."""

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType

from portal.models import KnowledgePage

from .constants import PostKind
from .demo_content import THREADS
from .models import Post
from .services import PostRefused, answer_create, answer_mark, post_create, post_moderate


def demo_page(spec):
    queryset = KnowledgePage.objects.live().select_related("owner_programme", "content_owner")
    if isinstance(spec, tuple):
        content_type = ContentType.objects.filter(app_label=spec[0], model=spec[1]).first()
        if content_type is None:
            return None
        return queryset.filter(content_type=content_type).order_by("path").first()
    return queryset.filter(slug=spec).order_by("path").first()


def seed_questions(log=lambda message: None) -> None:
    users = {user.get_username(): user for user in get_user_model().objects.all()}
    created = 0
    for thread in THREADS:
        page = demo_page(thread["page"])
        author = users.get(thread["author"])
        if page is None or author is None:
            continue
        if Post.objects.filter(page=page, author=author, text=thread["text"]).exists():
            continue
        try:
            question = post_create(page=page, user=author, kind=thread["kind"], text=thread["text"])
            created += 1
            moderator = users.get(thread["moderator"] or "")
            if moderator is None:
                continue
            post_moderate(post=question, user=moderator, approve=True)
            for answerer, text, marked in thread["answers"]:
                answer = answer_create(question=question, user=users[answerer], text=text)
                if marked and question.kind == PostKind.QUESTION:
                    answer_mark(answer=answer, user=author)
        except (PostRefused, KeyError) as error:
            log(f"Vraag op {page.slug} overgeslagen: {error}")
    log(f"{len(THREADS)} vragen en aanvullingen onder kennispagina's ({created} nieuw)")
