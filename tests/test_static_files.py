"""Static files as production serves them: collected with the production storage (hashed names,
compressed copies) and served by WhiteNoise, checked on the real response headers. A hashed file
is cached for a year and never asked for again (immutable); Brotli or gzip as the browser
accepts; and every page preloads the fonts of its first paint."""

import re
from pathlib import Path

import pytest
from django.core.management import call_command
from django.http import HttpResponse
from django.test import RequestFactory

PRODUCTION_STORAGE = "whitenoise.storage.CompressedManifestStaticFilesStorage"
ONE_YEAR = 365 * 24 * 60 * 60


@pytest.fixture(scope="module")
def production_static(tmp_path_factory):
    """portal/static collected as production collects it (the test command collects all of it),
    once for the module."""
    from django.conf import settings
    from django.test import override_settings

    with override_settings(
        DEBUG=False,
        STATIC_ROOT=tmp_path_factory.mktemp("static"),
        STORAGES={**settings.STORAGES, "staticfiles": {"BACKEND": PRODUCTION_STORAGE}},
        STATICFILES_FINDERS=["django.contrib.staticfiles.finders.FileSystemFinder"],
    ):
        call_command("collectstatic", interactive=False, verbosity=0)
        from django.contrib.staticfiles.storage import staticfiles_storage
        from whitenoise.middleware import WhiteNoiseMiddleware

        yield staticfiles_storage, WhiteNoiseMiddleware(lambda request: HttpResponse(status=404))


def fetch(middleware, url, accept_encoding="br, gzip"):
    return middleware(RequestFactory().get(url, HTTP_ACCEPT_ENCODING=accept_encoding))


def max_age(response) -> int:
    return int(re.search(r"max-age=(\d+)", response["Cache-Control"]).group(1))


@pytest.mark.parametrize(
    "name", ["vendor/amsterdam/amsterdam.css", "portal/portal.css", "portal/portal.js"]
)
def test_stylesheets_and_scripts_are_hashed_compressed_and_cached_for_a_year(
    production_static, name
):
    storage, middleware = production_static
    url = storage.url(name)
    stem, extension = name.rsplit(".", 1)
    assert re.fullmatch(rf"/static/{re.escape(stem)}\.[0-9a-f]{{12}}\.{extension}", url)

    brotli = fetch(middleware, url, "br, gzip")
    assert brotli.status_code == 200
    assert brotli["Content-Encoding"] == "br"
    assert "Accept-Encoding" in brotli["Vary"]
    assert max_age(brotli) >= ONE_YEAR
    assert "immutable" in brotli["Cache-Control"]
    original = Path(storage.path(storage.stored_name(name))).stat().st_size
    assert int(brotli["Content-Length"]) < original

    gzipped = fetch(middleware, url, "gzip")
    assert gzipped["Content-Encoding"] == "gzip"
    assert fetch(middleware, url, "")["Content-Length"] == str(original)


def test_an_unhashed_name_is_cached_briefly_so_a_new_release_is_seen(production_static):
    storage, middleware = production_static
    response = fetch(middleware, "/static/portal/portal.css")
    assert response.status_code == 200
    assert "immutable" not in response["Cache-Control"]
    assert max_age(response) <= 60


def test_fonts_are_hashed_and_cached_without_compressing_them_again(production_static):
    storage, middleware = production_static
    url = storage.url("vendor/amsterdam/font/AmsterdamSans-Regular.woff2")
    assert re.search(r"AmsterdamSans-Regular\.[0-9a-f]{12}\.woff2$", url)
    response = fetch(middleware, url)
    assert response.status_code == 200
    assert response["Content-Type"] == "font/woff2"
    assert "Content-Encoding" not in response  # woff2 is compressed already
    assert max_age(response) >= ONE_YEAR and "immutable" in response["Cache-Control"]


def test_the_stylesheet_refers_to_the_hashed_fonts(production_static):
    storage, _middleware = production_static
    stylesheet = Path(
        storage.path(storage.stored_name("vendor/amsterdam/amsterdam.css"))
    ).read_text()
    fonts = re.findall(r'url\("?(font/[^")]+)"?\)', stylesheet)
    assert fonts
    assert all(re.search(r"\.[0-9a-f]{12}\.woff2$", font) for font in fonts)


def test_every_page_preloads_the_fonts_of_its_first_paint(client, regisseur):
    client.force_login(regisseur)
    html = client.get("/begrippen/").content.decode()
    preloads = re.findall(r"<link rel=\"preload\"[^>]*>", html)
    assert len(preloads) == 2
    for weight in ("Regular", "Bold"):
        (link,) = [tag for tag in preloads if f"AmsterdamSans-{weight}" in tag]
        # Fonts are fetched in CORS mode: without crossorigin the preload is not used.
        assert 'as="font"' in link and 'type="font/woff2"' in link and "crossorigin" in link
    stylesheet = html.index('rel="stylesheet"')
    assert html.index(preloads[0]) < stylesheet


def test_the_design_system_stylesheet_holds_only_the_components_in_use():
    from django.conf import settings

    built = (Path(settings.BASE_DIR) / "portal/static/vendor/amsterdam/amsterdam.css").read_text()
    header = re.search(r"the components the portal uses: ([a-z -]+) \*/", built)
    assert header, "vendor/amsterdam/amsterdam.css is an old build: run make frontend"
    components = header.group(1).split()
    assert {"page-header", "page-footer", "grid", "heading", "link", "table"} <= set(components)
    package = Path(settings.BASE_DIR) / "node_modules/@amsterdam/design-system-css/dist"
    shipped = {path.parent.name for path in package.glob("*/*.css")}
    assert set(components) <= shipped
    assert len(components) < len(shipped)
