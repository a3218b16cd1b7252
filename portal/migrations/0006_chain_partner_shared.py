"""ChainPartner moves from themes to portal: two domains use it now (lessons learned and the
partner directory). Only Django's state moves; the table `themes_chainpartner`, its rows and the
lessons' links to them stay as they are. themes.0005 drops the model from the themes state."""

from django.db import migrations, models

# The partners themes.0002 seeded; repeated so that a database restored by the tests' flush
# (tests/conftest.py) gets them back through the live model. get_or_create: a no-op here.
CHAIN_PARTNERS = [
    ("Politie", "", "politie"),
    ("Openbaar Ministerie", "OM", "om"),
    ("Reclassering", "", "reclassering"),
    ("Dienst Justitiële Inrichtingen", "DJI", "dji"),
    ("Raad voor de Kinderbescherming", "RvdK", "raad-voor-de-kinderbescherming"),
    ("GGD", "", "ggd"),
    ("Wijkteam", "", "wijkteam"),
    ("Woningcorporatie", "", "woningcorporatie"),
    ("School", "", "school"),
    ("Veilig Thuis", "", "veilig-thuis"),
    ("Leerplicht", "", "leerplicht"),
    ("Jeugdbescherming", "", "jeugdbescherming"),
    ("GGZ-instelling", "GGZ", "ggz"),
    ("Werk en Inkomen", "W&I", "werk-en-inkomen"),
    ("Zorg- en Veiligheidshuis", "ZVH", "zorg-en-veiligheidshuis"),
]


def add_chain_partners(apps, schema_editor):
    ChainPartner = apps.get_model("portal", "ChainPartner")
    for order, (name, short_name, slug) in enumerate(CHAIN_PARTNERS):
        if not ChainPartner.objects.filter(name=name).exists():
            ChainPartner.objects.get_or_create(
                slug=slug, defaults={"name": name, "short_name": short_name, "sort_order": order}
            )


def move_content_type(apps, schema_editor):
    """Permissions and admin history hang on the content type: move it rather than let Django
    make a new one next to it."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    old = ContentType.objects.filter(app_label="themes", model="chainpartner").first()
    if old is None:
        return
    new = ContentType.objects.filter(app_label="portal", model="chainpartner").first()
    if new is None:
        old.app_label = "portal"
        old.save(update_fields=["app_label"])
        return
    # Both exist (a content type made for the new state early): keep who may do what.
    for permission in Permission.objects.filter(content_type=old):
        target = Permission.objects.filter(content_type=new, codename=permission.codename).first()
        if target is None:
            permission.content_type = new
            permission.save(update_fields=["content_type"])
            continue
        for group in permission.group_set.all():
            group.permissions.add(target)
        for user in permission.user_set.all():
            user.user_permissions.add(target)
        permission.delete()
    old.delete()


def move_content_type_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    if not ContentType.objects.filter(app_label="themes", model="chainpartner").exists():
        ContentType.objects.filter(app_label="portal", model="chainpartner").update(
            app_label="themes"
        )


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("portal", "0005_tag_slugs_fit_the_theme_route"),
        # The table exists (and is seeded) from here on.
        ("themes", "0002_chain_partners"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="ChainPartner",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "name",
                            models.CharField(max_length=100, unique=True, verbose_name="name"),
                        ),
                        (
                            "short_name",
                            models.CharField(
                                blank=True,
                                help_text="E.g. 'RvdK', 'OM'.",
                                max_length=30,
                                verbose_name="short name",
                            ),
                        ),
                        ("slug", models.SlugField(unique=True, verbose_name="slug")),
                        (
                            "sort_order",
                            models.PositiveSmallIntegerField(default=0, verbose_name="order"),
                        ),
                    ],
                    options={
                        "verbose_name": "chain partner",
                        "verbose_name_plural": "chain partners",
                        "db_table": "themes_chainpartner",
                        "ordering": ["sort_order", "name"],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_type, move_content_type_back),
        migrations.RunPython(add_chain_partners, migrations.RunPython.noop),
    ]
