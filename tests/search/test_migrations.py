"""Migrating an existing installation keeps its search documents."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor


@pytest.mark.django_db(transaction=True)
def test_documents_keep_their_page_and_get_its_key():
    before = [("search", "0001_initial")]
    after = [("search", "0002_document_key")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    old_apps = executor.loader.project_state(before).apps
    OldDocument = old_apps.get_model("search", "SearchDocument")
    OldDocument.objects.create(page_id=12, content_type="portal.standardpage", title="A", path="1")
    OldDocument.objects.create(page_id=30, content_type="themes.lessonlearned", title="B", path="2")

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(after)
    new_apps = executor.loader.project_state(after).apps
    NewDocument = new_apps.get_model("search", "SearchDocument")
    assert set(NewDocument.objects.values_list("key", "page_id", "title")) == {
        ("page:12", 12, "A"),
        ("page:30", 30, "B"),
    }

    # Back to the latest state for the tests that follow (later migrations may exist).
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
