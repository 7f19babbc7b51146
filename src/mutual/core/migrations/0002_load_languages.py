from django.db import migrations


def load(apps, schema_editor):
    from mutual.core.models import iso_639_1_languages

    Language = apps.get_model("core", "Language")
    Language.objects.bulk_create(
        [Language(code=code, name=name) for code, name in iso_639_1_languages()],
        ignore_conflicts=True,
    )


def unload(apps, schema_editor):
    apps.get_model("core", "Language").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]
    operations = [migrations.RunPython(load, unload)]
