"""The portal's URLs plus the framework floor of bench/throughput.py: a trivial view that
returns the bytes of a page, saved by the benchmark, through the same middleware (session,
authentication, login required, CSP, security headers). Only bench/throughput_settings.py uses
this URL conf."""

import os
from functools import cache
from pathlib import Path

from django.http import Http404, HttpResponse
from django.urls import path

from portal.urls import urlpatterns as portal_urlpatterns


@cache
def _saved_page(name: str) -> bytes:
    folder = Path(os.environ["BENCH_FLOOR_DIR"])
    page = folder / f"{name}.html"
    if page.parent != folder or not page.is_file():
        raise Http404
    return page.read_bytes()


def framework_floor(request, name: str):
    return HttpResponse(_saved_page(name), content_type="text/html; charset=utf-8")


urlpatterns = [
    path("__bench__/floor/<slug:name>/", framework_floor),
    *portal_urlpatterns,
]
