"""Replace Wagtail's placeholder root page with the portal's home page, make it the default
site, and create the fixed list of audiences."""

from django.db import migrations

AUDIENCE_CODES = [
    "regisseur",
    "regie-ondersteuner",
    "programmamedewerker",
    "nieuwe-medewerker",
    "manager",
]


def create_home_page(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    Locale = apps.get_model("wagtailcore.Locale")
    HomePage = apps.get_model("portal.HomePage")
    Audience = apps.get_model("portal.Audience")

    for code in AUDIENCE_CODES:
        Audience.objects.get_or_create(code=code)

    if HomePage.objects.exists():
        return
    page_content_type = ContentType.objects.get(model="page", app_label="wagtailcore")
    Page.objects.filter(content_type=page_content_type, slug="home", depth=2).delete()
    home_content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="portal")
    home = HomePage.objects.create(
        title="Kennisportaal AcVZ",
        draft_title="Kennisportaal AcVZ",
        slug="home",
        content_type=home_content_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=Locale.objects.get(language_code="nl")
        if Locale.objects.filter(language_code="nl").exists()
        else Locale.objects.first(),
    )
    Site.objects.filter(is_default_site=True).delete()
    Site.objects.create(
        hostname="localhost",
        port=80,
        site_name="Kennisportaal AcVZ",
        root_page=home,
        is_default_site=True,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_home_page, migrations.RunPython.noop)]
