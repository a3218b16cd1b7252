"""The independent judged sets (bench/independent/) stay consistent with what they judge: every
judged document exists under the name the relevance bench gives its search hit, and every query
has an answer worth finding. A typo in a key would otherwise score as a miss, silently."""

import pytest
from wagtail.models import Page

from bench.independent import corpus, demo_test_queries
from bench.independent.naming import glossary_names, page_names
from bench.independent.queries import QUERIES


def live_names() -> set[str]:
    live = set(Page.objects.live().values_list("pk", flat=True))
    names = {name for pk, name in page_names().items() if pk in live}
    return names | set(glossary_names().values())


def assert_consistent(judgments, names: set[str]) -> None:
    missing = sorted({name for _query, graded in judgments for name in graded} - names)
    assert missing == []
    unanswered = [query for query, graded in judgments if max(graded.values()) < 2]
    assert unanswered == []
    assert all(0 <= grade <= 3 for _query, graded in judgments for grade in graded.values())


@pytest.mark.django_db
def test_every_judged_document_of_the_independent_corpus_exists_once_loaded():
    corpus.load()
    pages_before = Page.objects.count()
    corpus.load()  # idempotent: a second load creates nothing

    assert Page.objects.count() == pages_before
    assert sum(corpus.document_counts().values()) >= 150
    assert len(QUERIES) >= 60
    names = live_names()
    assert set(corpus.result_names().values()) <= names
    assert_consistent(corpus.judgments(), names)


@pytest.mark.django_db
def test_every_judged_demo_page_of_the_demo_test_set_exists_in_the_demo_content():
    from portal.seeding import seed_portal

    seed_portal()

    assert len(demo_test_queries.QUERIES) >= 25
    assert_consistent(demo_test_queries.QUERIES, live_names())
