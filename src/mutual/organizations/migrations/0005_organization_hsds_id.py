"""Organizations get a stored HSDS identifier. Existing ones keep the id exports gave them
before it was stored: uuid5 over the exports' namespace and their slug."""

import uuid

from django.db import migrations, models

NAMESPACE = uuid.UUID("8d3c0b6e-4a57-5f1e-9b2c-6f0e7a1d2c34")


def give_ids(apps, schema_editor):
    Organization = apps.get_model("organizations", "Organization")
    for organization in Organization.objects.only("pk", "slug").iterator():
        organization.hsds_id = uuid.uuid5(NAMESPACE, f"organization:{organization.slug}")
        organization.save(update_fields=["hsds_id"])


class Migration(migrations.Migration):

    dependencies = [
        ("organizations", "0004_organization_profile"),
    ]

    operations = [
        migrations.AddField(
            model_name="organization",
            name="hsds_id",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.RunPython(give_ids, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="organization",
            name="hsds_id",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
    ]
