"""The portal's roles as groups, with what each may do in the admin.

- Redactie (editorial team): every page, snippet, image and document; approves moderation.
- Programmamedewerker: admin access, images and documents; page rights on their own
  programme's section come from the per-programme staff group (portal.services).
- Regisseur, Regie-ondersteuner, Manager, Nieuwe medewerker: read only, no admin access.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

REDACTIE = "Redactie"
PROGRAMMAMEDEWERKER = "Programmamedewerker"
READ_ONLY_ROLES = ["Regisseur", "Regie-ondersteuner", "Manager", "Nieuwe medewerker"]

PAGE_PERMISSIONS_REDACTIE = [
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
]
MODEL_PERMISSIONS_REDACTIE = [
    ("wagtailadmin", "admin", "access_admin"),
    ("portal", "programme", "add_programme"),
    ("portal", "programme", "change_programme"),
    ("portal", "programme", "delete_programme"),
    ("portal", "glossaryentry", "add_glossaryentry"),
    ("portal", "glossaryentry", "change_glossaryentry"),
    ("portal", "glossaryentry", "delete_glossaryentry"),
    ("taggit", "tag", "add_tag"),
    ("taggit", "tag", "change_tag"),
    ("taggit", "tag", "delete_tag"),
]
MODEL_PERMISSIONS_PROGRAMMAMEDEWERKER = [
    ("wagtailadmin", "admin", "access_admin"),
    ("portal", "glossaryentry", "add_glossaryentry"),
    ("portal", "glossaryentry", "change_glossaryentry"),
]
COLLECTION_PERMISSIONS_REDACTIE = [
    ("wagtailimages", "image", ["add_image", "change_image", "delete_image", "choose_image"]),
    (
        "wagtaildocs",
        "document",
        ["add_document", "change_document", "delete_document", "choose_document"],
    ),
]
COLLECTION_PERMISSIONS_PROGRAMMAMEDEWERKER = [
    ("wagtailimages", "image", ["add_image", "choose_image"]),
    ("wagtaildocs", "document", ["add_document", "choose_document"]),
]


def ensure_permissions_exist(apps):
    # Permissions are normally created after all migrations ran; this one needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def get_permission(apps, app_label, model, codename):
    Permission = apps.get_model("auth.Permission")
    ContentType = apps.get_model("contenttypes.ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename}
    )
    return permission


def create_roles(apps, schema_editor):
    ensure_permissions_exist(apps)
    Group = apps.get_model("auth.Group")
    Page = apps.get_model("wagtailcore.Page")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")

    redactie, _ = Group.objects.get_or_create(name=REDACTIE)
    staff, _ = Group.objects.get_or_create(name=PROGRAMMAMEDEWERKER)
    for name in READ_ONLY_ROLES:
        Group.objects.get_or_create(name=name)

    for app_label, model, codename in MODEL_PERMISSIONS_REDACTIE:
        redactie.permissions.add(get_permission(apps, app_label, model, codename))
    for app_label, model, codename in MODEL_PERMISSIONS_PROGRAMMAMEDEWERKER:
        staff.permissions.add(get_permission(apps, app_label, model, codename))

    root_page = Page.objects.filter(depth=1).first()
    for codename in PAGE_PERMISSIONS_REDACTIE:
        GroupPagePermission.objects.get_or_create(
            group=redactie,
            page=root_page,
            permission=get_permission(apps, "wagtailcore", "page", codename),
        )

    root_collection = Collection.objects.filter(depth=1).first()
    for group, grants in [
        (redactie, COLLECTION_PERMISSIONS_REDACTIE),
        (staff, COLLECTION_PERMISSIONS_PROGRAMMAMEDEWERKER),
    ]:
        for app_label, model, codenames in grants:
            for codename in codenames:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=get_permission(apps, app_label, model, codename),
                )

    # Wagtail's default "Moderators approval" task: the editorial team moderates. Wagtail's
    # own starter groups (Editors, Moderators) are replaced by the portal's roles.
    for task in GroupApprovalTask.objects.all():
        task.groups.add(redactie)
    Group.objects.filter(name__in=["Editors", "Moderators"]).delete()


def remove_roles(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Group.objects.filter(name__in=[REDACTIE, PROGRAMMAMEDEWERKER, *READ_ONLY_ROLES]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0002_initial_site"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
