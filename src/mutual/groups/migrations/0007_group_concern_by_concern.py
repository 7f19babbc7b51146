"""The groups of a concern, read from the index alone.

Matching and the directory find the groups of a concern subtree (a range of concern ids);
the table Django makes for `Group.concerns` indexes `concern_id` alone, so each row found
was read from the table for its `group_id`. Django cannot declare an index on that table,
hence plain SQL, which both SQLite and PostgreSQL take as written.
"""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("groups", "0006_group_online_sample"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX group_concern_by_concern "
            "ON groups_group_concerns (concern_id, group_id)",
            reverse_sql="DROP INDEX group_concern_by_concern",
        ),
    ]
