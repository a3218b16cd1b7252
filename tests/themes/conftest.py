import pytest

from themes.factories import LessonIndexPageFactory


@pytest.fixture
def lesson_index(home_page):
    index = LessonIndexPageFactory(parent=home_page)
    index.save_revision().publish()
    return index


@pytest.fixture
def migrated_data(transactional_db):
    """A transactional test empties the database when it ends, the data that migrations
    created included (root page, home page, roles, chain partners). A later transactional test
    gets it back from here: the same functions the data migrations run."""
    from importlib import import_module

    from django.apps import apps
    from wagtail.models import Collection, Locale, Page

    if Page.objects.exists():
        return
    locale, _created = Locale.objects.get_or_create(language_code="nl")
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    import_module("portal.migrations.0002_initial_site").create_home_page(apps, None)
    roles = import_module("portal.migrations.0003_roles")
    # Permissions exist already (flush re-creates them); the migration's helper for historical
    # models must not touch the live app registry.
    original, roles.ensure_permissions_exist = roles.ensure_permissions_exist, lambda apps: None
    try:
        roles.create_roles(apps, None)
    finally:
        roles.ensure_permissions_exist = original
    import_module("themes.migrations.0002_chain_partners").add_chain_partners(apps, None)
