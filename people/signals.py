"""A colleague's profile and stated expertise rank them under every page of their themes
("Wie weet hier meer van?"); that ranking is cached, so a change to either forgets it."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from portal.cached_reads import forget_content

from .models import ColleagueProfile
from .models.colleagues import ColleagueExpertiseTag


@receiver(post_save, sender=ColleagueProfile)
@receiver(post_delete, sender=ColleagueProfile)
@receiver(post_save, sender=ColleagueExpertiseTag)
@receiver(post_delete, sender=ColleagueExpertiseTag)
@receiver(m2m_changed, sender=ColleagueExpertiseTag)  # taggit's add, set and clear
def _profile_changed(**kwargs):
    forget_content()
