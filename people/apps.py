from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PeopleConfig(AppConfig):
    """Partners and people: the partner directory (what each chain partner does, its functional
    contact, its AcVZ accounthouder and regie-specialisten) and colleague profiles with their
    expertise. A domain app: it imports portal only."""

    name = "people"
    verbose_name = _("Partners and people")

    def ready(self):
        from . import signals  # noqa: F401
