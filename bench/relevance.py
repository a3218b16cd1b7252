"""Relevance of search, side by side: Wagtail's out-of-the-box database search, the portal's
embedded (Dutch-normalised) database search, and the engine. nDCG@10 (gain 2^grade - 1) and
MRR (first result graded 2 or 3) over one judged set (--set, default tuning):

    tuning       bench/judgments.py over the demo content plus bench/corpus.py (used for tuning)
    demo-test    bench/independent/demo_test_queries.py over the demo content alone (held out)
    independent  bench/independent/queries.py over bench/independent/corpus.py alone (held out)

    .venv/bin/python bench/relevance.py          # starts the test engine if SEARCH_URL is unset
    SEARCH_URL=<elasticsearch> SEARCH_ANALYSIS=basic .venv/bin/python bench/relevance.py
    SEARCH_URL=http://127.0.0.1:9205 .venv/bin/python bench/relevance.py --set independent
"""

import argparse
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from setup_django import start_django, use_engine  # noqa: E402


def seed_corpus() -> None:
    from corpus import PAGES

    from portal.factories import StandardPageFactory
    from portal.models import Programme, ProgrammePage
    from portal.seeding import seed_portal

    seed_portal()
    for slug, programme_slug, title, summary, tags, body in PAGES:
        programme = Programme.objects.get(slug=programme_slug)
        parent = ProgrammePage.objects.get(programme=programme)
        page = StandardPageFactory.build(
            slug=slug,
            title=title,
            summary=summary,
            owner_programme=programme,
            body=[("paragraph", f"<p>{body}</p>")],
            live=False,
        )
        parent.add_child(instance=page)
        page.tags.add(*tags)
        page.save_revision().publish()


def dcg(grades: list[int]) -> float:
    return sum((2**grade - 1) / math.log2(rank + 2) for rank, grade in enumerate(grades))


def gains(ranked: list[str], judged: dict[str, int]) -> list[int]:
    """The grade of each of the first ten results. A judged name earns its grade once: two pages
    may share a slug (in different sections), and counting both would push nDCG above 1."""
    seen: set[str] = set()
    grades = []
    for slug in ranked[:10]:
        grades.append(0 if slug in seen else judged.get(slug, 0))
        seen.add(slug)
    return grades


def ndcg_at_10(ranked: list[str], judged: dict[str, int]) -> float:
    ideal = dcg(sorted(judged.values(), reverse=True)[:10])
    return dcg(gains(ranked, judged)) / ideal if ideal else 0.0


def reciprocal_rank(ranked: list[str], judged: dict[str, int]) -> float:
    for rank, grade in enumerate(gains(ranked, judged), start=1):
        if grade >= 2:
            return 1 / rank
    return 0.0


SETS = ("tuning", "demo-test", "independent")


def held_out_set(name: str):
    """Index the content of a held-out set and return its judgments and result names (by the
    hit keys the search returns). See bench/independent/README.md."""
    from independent import corpus, demo_test_queries
    from independent.naming import glossary_names, page_names

    from portal.seeding import seed_portal

    if name == "demo-test":
        seed_portal()
        judgments = demo_test_queries.QUERIES
    else:
        corpus.load()
        judgments = corpus.judgments()
    names = {f"page:{pk}": name for pk, name in page_names().items()}
    names.update((f"portal.glossaryentry:{pk}", name) for pk, name in glossary_names().items())
    return judgments, names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=SETS, default="tuning", dest="judged_set")
    judged_set = parser.parse_args().judged_set
    suffix = "" if judged_set == "tuning" else f"-{judged_set}"
    engine_url = start_django(f"relevance{suffix}.sqlite3")
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    from portal.models import GlossaryEntry, KnowledgePage
    from search import database, services
    from search.engine import get_engine
    from search.index import analysis_profile
    from search.results import SearchRequest
    from search.selectors import _engine_search
    from search.synonyms import query_alternatives
    from search.understanding import understand

    if judged_set == "tuning":
        from judgments import JUDGMENTS

        seed_corpus()
        # Results by name: a page by its slug, a glossary entry as "begrip:<abbreviation>".
        names = {f"page:{pk}": slug for pk, slug in Page.objects.values_list("pk", "slug")}
        names.update(
            (f"portal.glossaryentry:{pk}", f"begrip:{abbreviation}")
            for pk, abbreviation in GlossaryEntry.objects.values_list("pk", "abbreviation")
        )
        page_name = dict(KnowledgePage.objects.values_list("pk", "slug"))
    else:
        JUDGMENTS, names = held_out_set(judged_set)
        page_name = {int(key[5:]): name for key, name in names.items() if key.startswith("page:")}
    use_engine(engine_url)
    services.search_rebuild()
    wagtail_backend = get_search_backend()  # the database backend, as configured out of the box

    def wagtail_search(query):
        results = wagtail_backend.search(query, KnowledgePage.objects.live())
        return [page_name.get(page.pk, page.slug) for page in results[:10]]

    def embedded(query):
        # As the search page asks: typos corrected, named programmes and types as boosts.
        request = SearchRequest(query=query, page_size=10)
        intent = understand(query, restricted_paths=[])
        hits, _total, _counts = database.search(
            request,
            alternatives=query_alternatives(intent.text),
            restricted_paths=[],
            intent=intent,
        )
        return [names.get(key, key) for key, _score, _fragments in hits]

    def engine(query):
        request = SearchRequest(query=query, page_size=10)
        intent = understand(query, restricted_paths=[])
        hits, _total, _counts = _engine_search(
            request,
            alternatives=query_alternatives(intent.text),
            restricted_paths=[],
            intent=intent,
        )
        return [names.get(key, key) for key, _score, _fragments in hits]

    backends = {
        "Wagtail database search (out of the box)": wagtail_search,
        "Embedded default (Dutch-normalised database)": embedded,
        f"Engine ({get_engine().distribution}, {analysis_profile()} analysis)": engine,
    }
    entries = sum(name.startswith("begrip:") for name in names.values())
    print(
        f"set {judged_set}: {len(JUDGMENTS)} judged queries over {len(names) - entries} pages "
        f"and {entries} entries\n"
    )
    print(f"{'query':32} " + " ".join(f"{name.split(' (')[0][:18]:>18}" for name in backends))
    totals = {name: [0.0, 0.0] for name in backends}
    for query, judged in JUDGMENTS:
        cells = []
        for name, run in backends.items():
            ranked = run(query)
            score = ndcg_at_10(ranked, judged)
            totals[name][0] += score
            totals[name][1] += reciprocal_rank(ranked, judged)
            cells.append(f"{score:18.2f}")
        print(f"{query[:32]:32} " + " ".join(cells))
    print()
    print(f"{'backend':48} {'nDCG@10':>8} {'MRR':>8}")
    for name, (ndcg_sum, rr_sum) in totals.items():
        print(f"{name:48} {ndcg_sum / len(JUDGMENTS):8.3f} {rr_sum / len(JUDGMENTS):8.3f}")
    from search import index

    index.drop_all()


if __name__ == "__main__":
    main()
