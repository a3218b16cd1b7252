"""Settings for bench/throughput.py only: the production settings with a URL conf that adds the
framework floor (bench/throughput_urls.py). Nothing in the portal imports this module; a
deployment runs portal.settings.production, where the floor does not exist."""

from portal.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.throughput_urls"
