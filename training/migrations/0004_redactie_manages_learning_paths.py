"""The editorial team (Redactie) puts learning paths together in the admin."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

REDACTIE = "Redactie"
CODENAMES = ["add_learningpath", "change_learningpath", "delete_learningpath"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("training")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    redactie, _created = Group.objects.get_or_create(name=REDACTIE)
    redactie.permissions.add(
        *Permission.objects.filter(content_type__app_label="training", codename__in=CODENAMES)
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    redactie = Group.objects.filter(name=REDACTIE).first()
    if redactie is not None:
        redactie.permissions.remove(
            *Permission.objects.filter(content_type__app_label="training", codename__in=CODENAMES)
        )


class Migration(migrations.Migration):
    dependencies = [("training", "0003_group_memberships_and_manager_admin_access")]

    operations = [migrations.RunPython(grant, revoke)]
