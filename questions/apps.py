from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuestionsConfig(AppConfig):
    """Questions and additions: under every knowledge page a reader asks a question or adds
    to the page; the page's content owner, its programme's editors or Redactie approve each
    post before others see it; the content owner and the programme's editors answer, and the
    asker or an answerer marks one answer as the answer. A domain app: it imports portal only
    and attaches to the pages through portal's page-section hook."""

    name = "questions"
    verbose_name = _("Questions and additions")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import threads  # noqa: F401 - forgets a page's cached thread when a post changes
