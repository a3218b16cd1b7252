from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .constants import TEXT_MAX_LENGTH, PostKind, PostStatus


class Post(models.Model):
    """One post in the "Stel een vraag of vul aan" thread under a knowledge page: a reader's
    question or addition, or an answer to one of those. A reader's post is shown to others
    once the page's content owner, its programme's editors or Redactie approved it; an answer
    comes from the content owner or the programme's editors and is shown at once. One of the
    answers to a question can be marked as the answer: it is shown first.

    Questions and answers share one table so that a page's whole thread is one query."""

    page = models.ForeignKey(
        "portal.KnowledgePage",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="question_posts",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=PostKind.choices)
    question = models.ForeignKey(
        "self",
        verbose_name=_("question"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="answers",
        help_text=_("For an answer: the question or addition it answers."),
    )
    text = models.TextField(_("text"), max_length=TEXT_MAX_LENGTH)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="question_posts",
    )
    created_at = models.DateTimeField(_("posted at"), auto_now_add=True)
    status = models.CharField(
        _("status"), max_length=20, choices=PostStatus.choices, default=PostStatus.PENDING
    )
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True)
    is_the_answer = models.BooleanField(_("marked as the answer"), default=False)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("marked as the answer by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("question or addition")
        verbose_name_plural = _("questions and additions")
        indexes = [models.Index(fields=["status", "created_at"], name="questions_post_status")]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind=PostKind.ANSWER, question__isnull=False)
                | (~Q(kind=PostKind.ANSWER) & Q(question__isnull=True)),
                name="questions_answer_has_question",
            ),
            models.CheckConstraint(
                condition=Q(is_the_answer=False) | Q(kind=PostKind.ANSWER),
                name="questions_only_an_answer_is_the_answer",
            ),
            models.UniqueConstraint(
                fields=["question"],
                condition=Q(is_the_answer=True),
                name="questions_one_answer_per_question",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.pk} on page {self.page_id}"

    @property
    def is_visible_to_everyone(self) -> bool:
        return self.status == PostStatus.APPROVED
