"""Template helpers of the portal's front end: breadcrumbs, Amsterdam Design System icons and
logo, programme colours and review dates."""

import datetime
import math
import os
import re
import string
from functools import lru_cache

from django import template
from django.contrib.contenttypes.models import ContentType
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

register = template.Library()

# The Amsterdam Design System ships its icons and logo as SVG files in the assets package;
# scripts/build_frontend.sh copies them into the static files. They are inlined so that they
# take the text colour (currentColor) and need no extra request.
ICON_PATH = "vendor/amsterdam/icons/{name}.svg"
LOGO_PATH = "vendor/amsterdam/logo/amsterdam-logo.svg"
ICON_NAME = re.compile(r"^[A-Za-z]+$")
HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
DEFAULT_PROGRAMME_COLOUR = "#004699"


def _read_svg(path: str) -> str:
    """The SVG markup of a built static file, or "" when the front end has not been built
    (a miss is not cached, so a build during development shows up without a restart)."""
    found = finders.find(path)
    if not found:
        # A deployment may ship only the collected static files, not the source tree.
        try:
            collected = staticfiles_storage.path(path)
        except NotImplementedError:
            collected = ""
        found = collected if collected and os.path.exists(collected) else ""
    return _read_svg_file(found) if found else ""


@lru_cache(maxsize=128)
def _read_svg_file(found: str) -> str:
    with open(found, encoding="utf-8") as svg_file:
        svg = svg_file.read()
    # Drop comments and the XML prolog: only the <svg> element is inlined.
    svg = re.sub(r"<!--.*?-->|<\?xml.*?\?>", "", svg, flags=re.DOTALL).strip()
    return svg if svg.startswith("<svg") else ""


@register.simple_tag
def ams_icon(name: str, size: str = "", square: bool = False, extra_class: str = ""):
    """An Amsterdam Design System icon, e.g. ``{% ams_icon "Info" size="heading-4" %}``.
    Icons are decorative: the text next to them carries the meaning."""
    if not ICON_NAME.match(name):
        raise template.TemplateSyntaxError(f"Unknown icon name {name!r}")
    svg = _read_svg(ICON_PATH.format(name=name))
    if not svg:
        return ""
    svg = svg.replace("<svg", '<svg aria-hidden="true" focusable="false"', 1)
    classes = ["ams-icon"]
    if size:
        classes.append(f"ams-icon--{size}")
    if square:
        classes.append("ams-icon--square")
    if extra_class:
        classes.append(extra_class)
    return format_html('<span class="{}">{}</span>', " ".join(classes), mark_safe(svg))


@register.simple_tag
def ams_logo(label: str | None = None):
    """The logo of the City of Amsterdam as inline SVG. Without a label it is hidden from
    assistive technology (for the duplicate in the page header)."""
    svg = _read_svg(LOGO_PATH)
    if not svg:
        return ""
    if label:
        attributes = format_html(
            '<svg class="ams-logo" focusable="false" role="img" aria-label="{}"', label
        )
    else:
        attributes = mark_safe('<svg class="ams-logo" focusable="false" aria-hidden="true"')
    return mark_safe(svg.replace("<svg", attributes, 1))


@register.simple_tag
def page_breadcrumbs(page) -> list[Page]:
    """The ancestors of a Wagtail page below the tree's root, home page first. Empty for the
    home page itself and for anything that is not a page."""
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    return list(page.get_ancestors().filter(depth__gt=1).only("id", "title", "url_path", "depth"))


@register.filter
def programme_colour(programme) -> str:
    """The programme's accent colour, safe to put in a style attribute."""
    colour = getattr(programme, "colour", "") or ""
    return colour if HEX_COLOUR.match(colour) else DEFAULT_PROGRAMME_COLOUR


@register.filter
def days_overdue(date) -> int:
    """How many days ago a date passed; 0 when it is today or in the future."""
    if not isinstance(date, datetime.date):
        return 0
    if isinstance(date, datetime.datetime):
        date = timezone.localtime(date).date()
    return max((timezone.localdate() - date).days, 0)


@register.filter
def initials(user) -> str:
    """Up to two initials of a user, for a compact avatar."""
    names = [user.first_name, user.last_name] if getattr(user, "first_name", "") else []
    letters = "".join(name.strip()[:1] for name in names if name and name.strip())
    if not letters:
        letters = (user.get_username() or "?")[:1]
    return letters.upper()[:2]


@register.simple_tag
def page_type_label(page) -> str:
    """The human name of a page's type, e.g. "standard page"."""
    content_type_id = getattr(page, "content_type_id", None)
    # get_for_id: from ContentType's own cache, not a query per page in a list.
    content_type = ContentType.objects.get_for_id(content_type_id) if content_type_id else None
    model = content_type.model_class() if content_type else None
    if model is None:
        return _("page")
    return str(model._meta.verbose_name)


@register.simple_tag(takes_context=True)
def home_breadcrumbs(context) -> list[Page]:
    """The breadcrumb trail of a view that is not a page: just the site's home page."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    return [site.root_page] if site else []


@register.simple_tag
def part_of_day() -> str:
    """ "morning", "afternoon" or "evening" in the portal's time zone, for the greeting."""
    hour = timezone.localtime().hour
    if 5 <= hour < 12:
        return "morning"
    if 12 <= hour < 18:
        return "afternoon"
    return "evening"


@register.simple_tag
def glossary_index(letters) -> list[dict]:
    """The A-Z jump navigation of the glossary: every letter, with the anchor of its section
    when the glossary has entries for it. `letters` is the view's list of (letter, entries)."""
    present = {letter for letter, _entries in letters}
    index = [
        {"letter": letter, "anchor": glossary_anchor(letter), "present": letter in present}
        for letter in string.ascii_uppercase
    ]
    if "#" in present:
        # Abbreviations that start with a digit sort first in the glossary, so they come first.
        index.insert(0, {"letter": "#", "anchor": glossary_anchor("#"), "present": True})
    return index


@register.filter
def glossary_anchor(letter: str) -> str:
    """The id of a letter's section in the glossary."""
    return f"letter-{letter.lower()}" if letter.isalpha() else "letter-other"


@register.filter
def minutes(duration) -> int:
    """A timedelta as whole minutes (rounded up), e.g. for the lockout time."""
    if not isinstance(duration, datetime.timedelta):
        return 0
    return max(math.ceil(duration.total_seconds() / 60), 0)


@register.simple_tag
def prefetch_tags(groups) -> str:
    """Load the tags of every page in a list of MaterialGroups with one query, so that a page
    listing them stays at a bounded number of queries however much material there is. A no-op
    for pages whose tags the view already prefetched."""
    pages = [page for group in groups for page in group.pages]
    if pages:
        prefetch_related_objects(pages, "tags")
    return ""


@register.filter
def short_date(value):
    """A date in a table or a list: "15 mei 2026". Django's "N" format gives the locale's own
    abbreviations ("M" capitalises them, which is wrong in Dutch); the spaces do not break, so
    a date never wraps over two lines. Put it in a <time datetime="..."> element."""
    if not value:
        return ""
    from django.template.defaultfilters import date

    return date(value, "j N Y").replace(" ", "\u00a0")


@register.simple_tag
def card_date(page):
    """The date to show on a page's card: the page type's own date where it has one (a meeting's
    start, not its publication), otherwise when it was published. Fetches the specific page only
    for types that override `card_date`, so lists of plain pages cost no extra query."""
    from portal.models import KnowledgePage

    if not isinstance(page, KnowledgePage):
        return getattr(page, "first_published_at", None)
    if hasattr(page, "_card_date"):  # attached for the whole list (portal.selectors)
        return page._card_date
    specific_class = page.specific_class
    if (
        specific_class is not None
        and not isinstance(page, specific_class)
        and specific_class.card_date is not KnowledgePage.card_date
    ):
        page = page.specific
    return page.card_date()


@register.simple_tag(takes_context=True)
def account_bar_items(context) -> list[dict]:
    """Links that apps add to the account bar (the `register_account_bar_item` hook gets the
    request and returns {"url", "label", "count"} or None), e.g. notifications' unread count."""
    from wagtail import hooks

    request = context.get("request")
    if request is None or not request.user.is_authenticated:
        return []
    items = [item_for(request) for item_for in hooks.get_hooks("register_account_bar_item")]
    return [item for item in items if item]
