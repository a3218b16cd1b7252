"""Internal page links in rich text, tolerant of ids that are not page numbers.

Wagtail writes whatever id the editor's JSON carries into ``<a linktype="page" id="...">``
and later looks it up with ``Page.objects.get(id=...)``: an id like "abc" saves fine and then
takes down the page and its editor (``ValueError: Field 'id' expected a number``). The real
editor only ever sends numbers from the page chooser, so a submission with another id is
refused as a bad request; a link already stored that way (imports, code) renders as a broken
link instead of an error.
"""

from django.core.exceptions import BadRequest
from wagtail.admin.rich_text.converters.contentstate import link_entity
from wagtail.admin.rich_text.converters.html_to_contentstate import PageLinkElementHandler
from wagtail.rich_text.pages import PageLinkHandler


def page_id(value) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def checked_link_entity(props):
    if props.get("id") is not None and page_id(props["id"]) is None:
        raise BadRequest(f"Rich text link to a page id that is not a number: {props['id']!r}")
    return link_entity(props)


class TolerantPageLinkElementHandler(PageLinkElementHandler):
    """Opens a stored link with a malformed id in the editor as a broken link."""

    def get_attribute_data(self, attrs):
        if page_id(attrs.get("id")) is None:
            return {"id": None, "url": None, "parentId": None}
        return super().get_attribute_data(attrs)


class TolerantPageLinkHandler(PageLinkHandler):
    """Renders a stored link with a malformed id as a link to nowhere, like a deleted page."""

    @classmethod
    def get_many(cls, attrs_list):
        valid = [attrs for attrs in attrs_list if page_id(attrs.get("id")) is not None]
        pages = iter(super().get_many(valid)) if valid else iter(())
        return [
            next(pages) if page_id(attrs.get("id")) is not None else None for attrs in attrs_list
        ]
