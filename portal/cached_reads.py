"""Reads that every page needs and that almost never change, kept in Django's cache.

Every page asks which site it belongs to, which view restrictions exist, which groups the reader
is in and which permissions they have (the header shows links by permission). These are the same
for hours, yet cost a query each, several times per page. They are cached here and forgotten
when what they come from is saved or deleted (the signal handlers at the bottom), so a change in
the admin shows on the next request.

What is cached is plain data (tuples, sets, ids), with one exception: the site's root page (the
start page), which routes every request. It is cached as the model instance without any related
objects, and forgotten whenever a page at the top of the tree (the root page or its children,
whose number the root page keeps) is saved, deleted or moved."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from axes.backends import AxesBackend
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.cache import caches
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from django.http.request import split_domain_port
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import post_page_move

# One version per kind of data: bumping it forgets every entry of that kind at once (a user's
# groups change when a group loses a member, and the cache cannot list the keys it holds).
ACCESS_VERSION = "portal:access-version"
SITES_VERSION = "portal:sites-version"
CONTENT_VERSION = "portal:content-version"
TIMEOUT = 60 * 60


class _SharedReads:
    """The cache alias "shared_reads": one store for every worker of a server (settings), so a
    change made through one worker is forgotten by all of them: a revoked permission or a new
    view restriction holds on the next request, whichever worker answers it."""

    def __getattr__(self, name):
        return getattr(caches["shared_reads"], name)


cache = _SharedReads()


def _version(key: str) -> int:
    version = cache.get(key)
    if version is None:
        version = 1
        cache.add(key, version, None)
    return version


def _bump(key: str) -> None:
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 2, None)


def forget_access() -> None:
    """Restrictions, group memberships and permissions: all read again on the next request."""
    _bump(ACCESS_VERSION)


def forget_sites() -> None:
    _bump(SITES_VERSION)


def forget_content() -> None:
    """What is derived from the content (related material, who knows more about a theme): read
    again on the next request. Any page saved, deleted or moved forgets it, and apps call this
    for the other things their derived reads come from (e.g. a colleague's profile)."""
    _bump(CONTENT_VERSION)


def derived_from_content(key: str, compute, timeout: int = TIMEOUT):
    """`compute()`, kept until the content or access changes. For plain data that is the same
    for every reader with the same `key`: put in the key what the value depends on besides the
    content (a page id, tag ids, the reader's restricted paths through `paths_key`)."""
    full_key = f"portal:derived:{_version(CONTENT_VERSION)}:{_version(ACCESS_VERSION)}:{key}"
    value = cache.get(full_key)
    if value is None:
        value = compute()
        cache.set(full_key, value, timeout)
    return value


def paths_key(restricted_paths) -> str:
    """A short key for a list of restricted paths (readers with the same see the same)."""
    joined = "\n".join(sorted(restricted_paths or ()))
    return hashlib.sha256(joined.encode()).hexdigest()[:20]


# --- View restrictions -------------------------------------------------------------------


@dataclass(frozen=True)
class RestrictionRow:
    """One view restriction, as `restricted_paths_for` and the page check need it."""

    id: int
    page_path: str
    restriction_type: str
    group_ids: frozenset[int]


@dataclass(frozen=True)
class Restrictions:
    rows: tuple[RestrictionRow, ...]
    # Paths of alias pages: a page below an alias inherits the restrictions of the alias's
    # source, which the path alone does not tell.
    alias_paths: tuple[str, ...]


def view_restrictions() -> Restrictions:
    key = f"portal:restrictions:{_version(ACCESS_VERSION)}"
    restrictions = cache.get(key)
    if restrictions is None:
        restrictions = Restrictions(
            rows=tuple(
                RestrictionRow(
                    id=restriction.id,
                    page_path=restriction.page.path,
                    restriction_type=restriction.restriction_type,
                    group_ids=frozenset(group.id for group in restriction.groups.all()),
                )
                for restriction in PageViewRestriction.objects.select_related(
                    "page"
                ).prefetch_related("groups")
            ),
            alias_paths=tuple(
                Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True)
            ),
        )
        cache.set(key, restrictions, TIMEOUT)
    return restrictions


_original_get_view_restrictions = Page.get_view_restrictions


def get_view_restrictions(self):
    """Page.get_view_restrictions without its two queries for a page that no restriction (and
    no alias) covers, the usual case; otherwise Wagtail's own answer, once per page object
    (Wagtail's hook and the portal's 403 page both ask)."""
    restrictions = view_restrictions()
    covered = any(self.path.startswith(row.page_path) for row in restrictions.rows)
    aliased = self.alias_of_id is not None or any(
        self.path.startswith(path) for path in restrictions.alias_paths
    )
    if not covered and not aliased:
        return PageViewRestriction.objects.none()
    if not hasattr(self, "_portal_view_restrictions"):
        self._portal_view_restrictions = list(_original_get_view_restrictions(self))
    return self._portal_view_restrictions


def install() -> None:
    Page.get_view_restrictions = get_view_restrictions
    Site._find_for_request = staticmethod(find_site_for_request)


# --- A user's groups and permissions ------------------------------------------------------


def user_group_ids(user) -> frozenset[int]:
    """Ids of the groups the user is in; remembered on the user object until the access data
    changes (a membership added while the same user object is in use counts at once)."""
    if not user.is_authenticated:
        return frozenset()
    version = _version(ACCESS_VERSION)
    remembered = getattr(user, "_portal_group_ids", None)
    if remembered is not None and remembered[0] == version:
        return remembered[1]
    key = f"portal:groups:{version}:{user.pk}"
    group_ids = cache.get(key)
    if group_ids is None:
        group_ids = frozenset(user.groups.values_list("id", flat=True))
        cache.set(key, group_ids, TIMEOUT)
    user._portal_group_ids = (version, group_ids)
    return group_ids


class CachedPermissionsMixin:
    """A user's permission names from the cache: the header checks permissions on every page,
    which costs two queries per request otherwise. The permission backends after this one
    read what it leaves on the user object."""

    def _get_permissions(self, user_obj, obj, from_name):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return super()._get_permissions(user_obj, obj, from_name)
        attribute = f"_{from_name}_perm_cache"
        if hasattr(user_obj, attribute):
            return getattr(user_obj, attribute)
        key = (
            f"portal:perms:{_version(ACCESS_VERSION)}:{user_obj.pk}:{from_name}:"
            f"{int(user_obj.is_superuser)}"
        )
        permissions = cache.get(key)
        if permissions is None:
            permissions = super()._get_permissions(user_obj, obj, from_name)
            cache.set(key, permissions, TIMEOUT)
        else:
            setattr(user_obj, attribute, permissions)
        return permissions


class CachedPermissionsAxesBackend(CachedPermissionsMixin, AxesBackend):
    """axes' backend (lock-out after failed logins), with cached permissions."""


# --- Sites --------------------------------------------------------------------------------


_original_find_site = Site._find_for_request


def find_site_for_request(request):
    """Wagtail's lookup of the request's site (it asks the database on every request), from
    the cache. Installed as `Site._find_for_request`, so it runs only when something needs the
    site: answers that need no database (the log-in redirect, the health check) still need
    none."""
    try:
        hostname = split_domain_port(request._get_raw_host())[0]
        port = request.get_port()
    except Exception:  # noqa: BLE001 - a broken Host header: leave it to Wagtail
        return _original_find_site(request)
    version = _version(SITES_VERSION)
    key = f"portal:site:{version}:{hostname}:{port}"
    fields = cache.get(key)
    if fields is None:
        site = _original_find_site(request)
        fields = _site_fields(site) if site else {}
        cache.set(key, fields, TIMEOUT)
    if not fields:
        return None
    site = Site(**fields)
    site.root_page = _root_page(fields["root_page_id"], version)
    return site


def _root_page(page_id: int, version: int) -> Page:
    """The root page in its specific type, as Wagtail's routing asks for it (two queries on
    every request otherwise)."""
    key = f"portal:root-page:{version}:{page_id}"
    page = cache.get(key)
    if page is None:
        page = Page.objects.get(pk=page_id).specific
        page._state.fields_cache = {}
        page.__dict__.pop("_prefetched_objects_cache", None)
        cache.set(key, page, TIMEOUT)
    return page


def _site_fields(site: Site) -> dict:
    return {
        "id": site.id,
        "hostname": site.hostname,
        "port": site.port,
        "site_name": site.site_name,
        "root_page_id": site.root_page_id,
        "is_default_site": site.is_default_site,
    }


# --- Invalidation -------------------------------------------------------------------------


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
@receiver(post_save, sender=Group)
@receiver(post_delete, sender=Group)
@receiver(post_delete, sender=Permission)
@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
@receiver(m2m_changed, sender=Group.permissions.through)
@receiver(post_page_move)
def _access_changed(**kwargs):
    forget_access()
    if kwargs.get("signal") is post_page_move:
        forget_sites()  # a page moved to or from the top of the tree
        forget_content()


def _user_changed(sender, **kwargs):
    forget_access()


# The root page and its children are at these depths (the tree's own root is depth 1).
TOP_OF_TREE_DEPTH = 3


def _page_changed(sender, instance, **kwargs):
    # What the cache holds of pages: alias paths (the restrictions follow a page's path), and
    # the root page, whose child count changes with a child added or deleted.
    if not isinstance(instance, Page):
        return
    forget_content()
    if instance.alias_of_id is not None or kwargs.get("signal") is post_delete:
        forget_access()
    if (instance.depth or 0) <= TOP_OF_TREE_DEPTH:
        forget_sites()


@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
def _site_changed(**kwargs):
    forget_sites()


def connect_user_signals() -> None:
    """The user model is only known once the apps are loaded."""
    user_model = get_user_model()
    m2m_changed.connect(_user_changed, sender=user_model.groups.through, weak=False)
    m2m_changed.connect(_user_changed, sender=user_model.user_permissions.through, weak=False)
    post_save.connect(_user_changed, sender=user_model, weak=False)
    post_delete.connect(_user_changed, sender=user_model, weak=False)
    post_save.connect(_page_changed, weak=False, dispatch_uid="portal-cached-reads-page-save")
    post_delete.connect(_page_changed, weak=False, dispatch_uid="portal-cached-reads-page-del")
