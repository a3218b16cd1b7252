"""The editorial team (Redactie) keeps the partner directory and the chain partners in the
admin, and may correct a colleague profile."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

REDACTIE = "Redactie"
PERMISSIONS = [
    ("portal", ["add_chainpartner", "change_chainpartner", "delete_chainpartner"]),
    (
        "people",
        [
            "add_partnerdirectoryentry",
            "change_partnerdirectoryentry",
            "delete_partnerdirectoryentry",
            "change_colleagueprofile",
        ],
    ),
]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for app_label, _codenames in PERMISSIONS:
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    redactie, _created = Group.objects.get_or_create(name=REDACTIE)
    for app_label, codenames in PERMISSIONS:
        redactie.permissions.add(
            *Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    redactie = Group.objects.filter(name=REDACTIE).first()
    if redactie is None:
        return
    for app_label, codenames in PERMISSIONS:
        redactie.permissions.remove(
            *Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0001_partner_directory_and_colleagues"),
        ("portal", "0006_chain_partner_shared"),
        ("portal", "0003_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
