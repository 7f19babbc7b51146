from django.db import migrations


def load(apps, schema_editor):
    from mutual.concerns.actions import load_concern_tree

    load_concern_tree(model=apps.get_model("concerns", "Concern"))


def unload(apps, schema_editor):
    Concern = apps.get_model("concerns", "Concern")
    while Concern.objects.exists():
        Concern.objects.filter(children__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("concerns", "0001_initial")]
    operations = [migrations.RunPython(load, unload)]
