"""The framework floor of bench/throughput.py (a view returning saved bytes) exists only in the
benchmark's own URL conf, never in the portal's."""

import pytest
from django.urls import resolve

pytestmark = pytest.mark.django_db


def test_the_framework_floor_is_not_a_url_of_the_portal(client, regisseur):
    client.force_login(regisseur)
    assert resolve("/__bench__/floor/start-page/").func.__name__ != "framework_floor"
    assert client.get("/__bench__/floor/start-page/").status_code == 404


def test_the_benchmark_url_conf_adds_the_floor_to_the_portals_urls():
    from bench.throughput_urls import framework_floor, urlpatterns
    from portal.urls import urlpatterns as portal_urlpatterns

    assert urlpatterns[0].callback is framework_floor
    assert urlpatterns[1:] == portal_urlpatterns
