"""Documents are keyed on "page:<id>" (or "<app_label.model>:<pk>" for other registered content)
instead of the page id, so that non-page content can be searched too. Existing rows keep their
page and get its key. The engine's documents follow the new key: run `manage.py search_rebuild`
after this migration (the index schema version changed too)."""

from django.db import migrations, models


def key_existing_documents(apps, schema_editor):
    SearchDocument = apps.get_model("search", "SearchDocument")
    documents = list(SearchDocument.objects.only("pk", "page_id"))
    for document in documents:
        document.key = f"page:{document.page_id}"
    SearchDocument.objects.bulk_update(documents, ["key"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="key",
            field=models.CharField(max_length=150, null=True, verbose_name="key"),
        ),
        migrations.RunPython(key_existing_documents, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="searchdocument",
            name="key",
            field=models.CharField(max_length=150, unique=True, verbose_name="key"),
        ),
        migrations.AlterField(
            model_name="searchdocument",
            name="page_id",
            field=models.PositiveIntegerField(
                blank=True, null=True, unique=True, verbose_name="page"
            ),
        ),
        migrations.AlterField(
            model_name="searchdocument",
            name="path",
            field=models.CharField(blank=True, db_index=True, max_length=255),
        ),
    ]
