from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from portal.page_sections import KnowledgePageSection


@hooks.register("register_knowledge_page_section")
def questions_section(page, request):
    """ "Stel een vraag of vul aan" under every knowledge page: the thread and the form. No
    query on a page view once the page's thread is cached (threads.py)."""
    if page.pk is None or not request.user.is_authenticated:  # an editor's preview of a new page
        return None
    from .forms import PostForm
    from .permissions import may_answer
    from .threads import page_posts, reader_thread

    answerer = may_answer(page=page, user=request.user)
    return KnowledgePageSection(
        title=_("Ask a question or add to this page"),
        template="questions/section.html",
        order=800,
        context={
            "page": page,
            "thread": reader_thread(
                rows=page_posts(page.pk), user=request.user, may_answer=answerer
            ),
            "form": PostForm(),
        },
    )


@hooks.register("register_demo_content")
def seed_questions(log):
    from .seeding import seed_questions as seed

    seed(log)


# After the other apps: the threads go on their pages (training modules, lessons, ...).
seed_questions.order = 400
