from django.db import migrations

# The chain partners the AcVZ programmes work with; editors manage the list as snippets.
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
    ChainPartner = apps.get_model("themes", "ChainPartner")
    for order, (name, short_name, slug) in enumerate(CHAIN_PARTNERS):
        ChainPartner.objects.get_or_create(
            slug=slug, defaults={"name": name, "short_name": short_name, "sort_order": order}
        )


class Migration(migrations.Migration):
    dependencies = [("themes", "0001_initial")]

    operations = [migrations.RunPython(add_chain_partners, migrations.RunPython.noop)]
