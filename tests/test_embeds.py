"""Embeds come only from approved internal platforms: nothing loads from a remote host."""

import pytest
from wagtail.embeds.embeds import get_embed
from wagtail.embeds.exceptions import EmbedNotFoundException

from portal.blocks import VideoEmbedBlock


@pytest.mark.django_db
def test_public_video_sites_are_not_embedded(settings):
    assert settings.OEMBED_PROVIDERS == []
    with pytest.raises(EmbedNotFoundException):
        get_embed("https://www.youtube.com/watch?v=dQw4w9WgXcQ")


@pytest.mark.django_db
def test_the_embed_block_rejects_a_public_video_with_a_message():
    from django.core.exceptions import ValidationError

    block = VideoEmbedBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"embed": "https://vimeo.com/76979871", "caption": ""}))
