from rest_framework import serializers

from mutual.notifications.models import Notification


class NotificationSerializer(serializers.ModelSerializer):
    # A plain string in the schema: other models' `kind` enums would clash with its name.
    kind = serializers.CharField(
        read_only=True, help_text="One of: " + ", ".join(Notification.Kind.values) + ".")
    group = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)
    read = serializers.SerializerMethodField()

    class Meta:
        model = Notification
        fields = ["id", "kind", "text", "url", "group", "created_at", "read", "read_at"]
        read_only_fields = fields

    def get_read(self, notification: Notification) -> bool:
        return notification.read_at is not None


class MarkReadSerializer(serializers.Serializer):
    ids = serializers.ListField(
        child=serializers.IntegerField(min_value=1), required=False, max_length=1000,
        help_text="The notifications to mark read; all unread ones when omitted.",
    )


class MarkedSerializer(serializers.Serializer):
    marked = serializers.IntegerField(help_text="How many notifications were newly marked read.")
    unread = serializers.IntegerField()


class UnreadCountSerializer(serializers.Serializer):
    unread = serializers.IntegerField()
