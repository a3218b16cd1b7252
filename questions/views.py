""" "Stel een vraag of vul aan": posting a question or addition under a knowledge page,
answering it, marking the answer, and the moderators' list of posts to approve. The thread
itself is the page's section (wagtail_hooks.py); these views are where its forms post to, and
where a form with an error is shown again with what was typed."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from .forms import AnswerForm, PostForm
from .models import Post
from .permissions import (
    answer_denied,
    mark_denied,
    may_answer,
    may_mark,
    may_moderate,
    moderation_denied,
)
from .selectors import (
    answerable_post,
    markable_answer,
    may_moderate_anything,
    posts_to_review,
    readable_page,
)
from .services import PostRefused, answer_create, answer_mark, post_create, post_moderate

THREAD_ANCHOR = "#vragen"


@require_http_methods(["GET", "POST"])
def ask(request, page_id):
    """/vragen/pagina/<id>/: a question about, or an addition to, a knowledge page."""
    page = readable_page(page_id=page_id, user=request.user)
    if page is None:
        raise Http404
    form = PostForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            post_create(
                page=page,
                user=request.user,
                kind=form.cleaned_data["kind"],
                text=form.cleaned_data["text"],
            )
        except PostRefused as error:
            form.add_error("text", error.message)
        else:
            messages.success(
                request,
                _(
                    "Thank you! Your post is shown to others once the content owner of the "
                    "page, the editors of %(programme)s or the editorial team approve it."
                )
                % {"programme": page.owner_programme.name},
            )
            return redirect(page.url + THREAD_ANCHOR)
    return render(
        request,
        "questions/ask_form.html",
        {"page": page, "form": form},
        status=400 if form.is_bound and form.errors else 200,
    )


@require_http_methods(["GET", "POST"])
def answer(request, pk):
    """/vragen/<id>/beantwoorden/: the content owner or a programme editor answers."""
    question = answerable_post(pk=pk, user=request.user)
    if question is None:
        raise Http404
    page = question.page
    if not may_answer(page=page, user=request.user):
        return answer_denied(request, page=page)
    form = AnswerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            answer_create(question=question, user=request.user, text=form.cleaned_data["text"])
        except PostRefused as error:
            form.add_error("text", error.message)
        else:
            messages.success(request, _("Your answer has been posted."))
            return redirect(page.url + THREAD_ANCHOR)
    return render(
        request,
        "questions/answer_form.html",
        {"page": page, "question": question, "form": form},
        status=400 if form.is_bound and form.errors else 200,
    )


@require_POST
def mark(request, pk):
    """Mark an answer as the answer (or, with `unmark`, take that back)."""
    answer_post = markable_answer(pk=pk, user=request.user)
    if answer_post is None:
        raise Http404
    if not may_mark(answer=answer_post, user=request.user):
        return mark_denied(request, page=answer_post.page)
    is_the_answer = not request.POST.get("unmark")
    try:
        answer_mark(answer=answer_post, user=request.user, is_the_answer=is_the_answer)
    except PostRefused as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("Marked as the answer: it is shown first.")
            if is_the_answer
            else _("The answer is no longer marked."),
        )
    return redirect(answer_post.page.url + THREAD_ANCHOR)


@require_GET
def review(request):
    """/vragen/beoordelen/: the questions and additions waiting for my approval."""
    if not may_moderate_anything(request.user):
        return moderation_denied(request)
    return render(request, "questions/review.html", {"posts": list(posts_to_review(request.user))})


@require_POST
def decide(request, pk):
    post = get_object_or_404(
        Post.objects.select_related("page", "page__owner_programme", "page__content_owner"),
        pk=pk,
    )
    if readable_page(page_id=post.page_id, user=request.user) is None:
        raise Http404  # not even the page's title for whom may not read it
    if not may_moderate(page=post.page, user=request.user):
        return moderation_denied(request, page=post.page)
    approve = request.POST.get("decision") != "reject"
    post_moderate(post=post, user=request.user, approve=approve)
    messages.success(
        request,
        _("Approved: the post is now shown under “%(title)s”.") % {"title": post.page.title}
        if approve
        else _("Rejected: the post is not shown; its author sees that it was not published."),
    )
    return redirect(reverse("questions_review"))
