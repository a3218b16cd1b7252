"""For knowledge page templates of any app: `{% load search_tags %}{% related_elsewhere page %}`
renders "More on this from other programmes" (nothing when there is nothing to show)."""

from django import template

from ..selectors import related_pages

register = template.Library()


@register.inclusion_tag("search/related_elsewhere.html", takes_context=True)
def related_elsewhere(context, page, limit: int = 4):
    request = context.get("request")
    user = getattr(request, "user", None)
    pages = related_pages(page=page, user=user, limit=limit) if user else []
    return {"related_pages": pages}
