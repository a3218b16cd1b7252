"""Search latency at volume: generates realistic knowledge pages (20,000 by default) across
the programmes, indexes them in the database and the engine, then reports p50/p95 of
  - the search view (/zoeken/?q=...) on the embedded default and on the engine,
  - the raw request of each backend: Wagtail's out-of-the-box database search, the embedded
    default's query, and the engine's HTTP request (with the engine's own `took`).

    .venv/bin/python bench/latency.py [--documents 20000] [--queries 15] [--reuse]
"""

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from setup_django import percentile, start_django, use_engine  # noqa: E402

THEMES = [
    ("radicalisering", "radicaliseringsaanpak"),
    ("jongeren", "jongerenwerk"),
    ("detentie", "detentiefase"),
    ("huisvesting", "huisvestingsplan"),
    ("schulden", "schuldhulpverlening"),
    ("verslaving", "verslavingszorg"),
    ("overlast", "overlastaanpak"),
    ("gezin", "gezinsaanpak"),
    ("school", "schooluitval"),
    ("toezicht", "reclasseringstoezicht"),
    ("informatiedeling", "privacyregels"),
    ("netwerk", "netwerkaanpak"),
]
FORMS = ["Werkwijze", "Geleerde les", "Verslag", "Handreiking", "Module", "Casus"]
PARTNERS = ["politie", "reclassering", "RvdK", "wijkteam", "school", "GGD", "DJI", "corporatie"]
VERBS = ["signaleren", "bespreken", "afstemmen", "begeleiden", "aanpakken", "volgen"]
QUERIES = [
    "jongeren",
    "radicaliseringsaanpak",
    "aanpak",
    "schulden na detentie",
    "huisvesting",
    "RvdK",
    "brusjes",
    "verslavingszorg",
    "overlast woningcorporatie",
    "informatie delen politie",
    "toezicht",
    "gezinsaanpak",
    "school jongeren",
    "netwerk partners",
    "regiseur",
]


def sentence(rng: random.Random) -> str:
    theme, compound = rng.choice(THEMES)
    return (
        f"Bij {theme} helpt het om met {rng.choice(PARTNERS)} vroeg te "
        f"{rng.choice(VERBS)}; de {compound} vraagt om korte lijnen en een vaste regisseur."
    )


def generate(count: int) -> None:
    from django.db import transaction

    from portal.models import Programme, ProgrammePage, StandardPage
    from portal.seeding import seed_portal
    from search import services

    seed_portal()
    rng = random.Random(20261128)
    programmes = list(Programme.objects.all())
    parents = {page.programme_id: page for page in ProgrammePage.objects.all()}
    started = time.perf_counter()
    with transaction.atomic():
        for number in range(count):
            programme = rng.choice(programmes)
            theme, compound = rng.choice(THEMES)
            page = StandardPage(
                title=f"{rng.choice(FORMS)}: {compound} bij {programme.short_name} {number}",
                slug=f"bench-{number}",
                summary=sentence(rng),
                owner_programme=programme,
                body=[("paragraph", "<p>" + " ".join(sentence(rng) for _ in range(6)) + "</p>")],
                live=True,
            )
            parents[programme.pk].add_child(instance=page)
            page.tags.add(theme)
            if number % 1000 == 999:
                print(f"  {number + 1} pages ({time.perf_counter() - started:.0f}s)", flush=True)
    print("Indexing in the database ...", flush=True)
    services.documents_rebuild()


def measure(label: str, run, queries: list[str], rounds: int = 3) -> dict:
    timings = []
    for query in queries * rounds:
        started = time.perf_counter()
        run(query)
        timings.append((time.perf_counter() - started) * 1000)
    return {"label": label, "p50": percentile(timings, 0.5), "p95": percentile(timings, 0.95)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=20_000)
    parser.add_argument("--queries", type=int, default=len(QUERIES))
    parser.add_argument(
        "--reuse", action="store_true", help="measure again on the pages of the previous run"
    )
    arguments = parser.parse_args()

    engine_url = start_django("latency.sqlite3", reuse=arguments.reuse)
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client
    from wagtail.search.backends import get_search_backend

    from portal.models import KnowledgePage
    from search import database, index, queries
    from search.engine import get_engine
    from search.results import SearchRequest
    from search.synonyms import query_alternatives

    if not (arguments.reuse and KnowledgePage.objects.filter(slug="bench-0").exists()):
        print(f"Generating {arguments.documents} pages ...", flush=True)
        generate(arguments.documents)
    use_engine(engine_url)
    print("Indexing in the engine ...", flush=True)
    if not (arguments.reuse and index.indices_behind_alias()):
        index.rebuild()
    query_list = QUERIES[: arguments.queries]

    # The bench measures the search, not the per-user rate limit that stops a script like it.
    settings.RATELIMIT_ENABLE = False
    user = get_user_model().objects.get(username="regisseur")
    client = Client()
    client.force_login(user)
    wagtail_backend = get_search_backend()

    def view(query):
        response = client.get("/zoeken/", {"q": query})
        assert response.status_code == 200

    def wagtail_search(query):
        list(wagtail_backend.search(query, KnowledgePage.objects.live())[:10])

    def embedded(query):
        database.search(
            SearchRequest(query=query), alternatives=query_alternatives(query), restricted_paths=[]
        )

    took = []

    def engine_request(query):
        search = queries.build_search(
            SearchRequest(query=query), alternatives=query_alternatives(query), restricted_paths=[]
        )
        answer = get_engine().request(
            "POST", f"/{index.alias_name()}/_search", body=search.to_dict()
        )
        took.append(answer["took"])

    # Fastest first, each row printed as soon as it is measured; Wagtail's own database search
    # is by far the slowest at this volume, so it gets fewer rounds.
    results = []

    def report(row):
        results.append(row)
        print(f"{row['label']:52} {row['p50']:8.1f} {row['p95']:8.1f}", flush=True)

    print(f"{'':52} {'p50 ms':>8} {'p95 ms':>8}", flush=True)
    report(measure("raw: engine request (adapter round trip)", engine_request, query_list))
    report(measure("view /zoeken/ on the engine", view, query_list))
    settings.SEARCH_URL = ""
    report(measure("raw: embedded default (database.search)", embedded, query_list))
    report(measure("view /zoeken/ on the embedded default", view, query_list))
    report(
        measure(
            "raw: Wagtail database search (out of the box)",
            wagtail_search,
            query_list[:5],
            rounds=1,
        )
    )
    settings.SEARCH_URL = engine_url

    documents = KnowledgePage.objects.live().count()
    print(f"\n{documents} live knowledge pages, {len(query_list)} queries x 3 rounds")
    label = "engine took (server side)"
    print(f"{label:52} {percentile(took, 0.5):8.1f} {percentile(took, 0.95):8.1f}")
    index.drop_all()


if __name__ == "__main__":
    main()
