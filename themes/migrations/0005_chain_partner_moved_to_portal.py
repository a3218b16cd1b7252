"""The lessons' chain partners point at portal.ChainPartner (portal.0005): the same table, so
only Django's state changes; the link table and its rows stay."""

import modelcluster.fields
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0006_chain_partner_shared"),
        ("themes", "0004_meetingindexpage_thememeeting_meetingspeaker_and_more"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="lessonlearned",
                    name="chain_partners",
                    field=modelcluster.fields.ParentalManyToManyField(
                        blank=True,
                        related_name="lessons",
                        to="portal.chainpartner",
                        verbose_name="chain partners involved",
                    ),
                ),
                migrations.DeleteModel(name="ChainPartner"),
            ],
            database_operations=[],
        ),
    ]
