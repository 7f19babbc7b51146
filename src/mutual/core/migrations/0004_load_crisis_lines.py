from django.db import migrations


def load(apps, schema_editor):
    from mutual.core.crisis import read_crisis_file, sync_crisis_lines

    sync_crisis_lines(
        read_crisis_file(),
        country_model=apps.get_model("core", "CrisisCountry"),
        line_model=apps.get_model("core", "CrisisLine"),
    )


def unload(apps, schema_editor):
    apps.get_model("core", "CrisisCountry").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("core", "0003_crisis_lines")]
    operations = [migrations.RunPython(load, unload)]
