"""Memberships from before GroupMembership existed date from the account's creation; and the
Manager role gets access to the Wagtail admin, where the training report lives (it sees no
pages or snippets there: it has no page or model permissions)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MANAGER = "Manager"


def backfill_memberships(apps, schema_editor):
    User = apps.get_model("auth", "User")
    GroupMembership = apps.get_model("training", "GroupMembership")
    memberships = [
        GroupMembership(user_id=user.pk, group_id=group.pk, joined_at=user.date_joined)
        for user in User.objects.prefetch_related("groups")
        for group in user.groups.all()
    ]
    GroupMembership.objects.bulk_create(memberships, ignore_conflicts=True)


def grant_manager_admin_access(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _created = ContentType.objects.get_or_create(
        app_label="wagtailadmin", model="admin"
    )
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type,
        codename="access_admin",
        defaults={"name": "Can access Wagtail admin"},
    )
    manager, _created = Group.objects.get_or_create(name=MANAGER)
    manager.permissions.add(permission)


def revoke_manager_admin_access(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    manager = Group.objects.filter(name=MANAGER).first()
    if manager is not None:
        manager.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="wagtailadmin", codename="access_admin"
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0002_learning_paths"),
        ("portal", "0004_programme_groups"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [
        migrations.RunPython(backfill_memberships, migrations.RunPython.noop),
        migrations.RunPython(grant_manager_admin_access, revoke_manager_admin_access),
    ]
