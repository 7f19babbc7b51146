from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from mutual.groups.models import Group


class Visibility(models.TextChoices):
    """Who can read a post (and, through its opening post, a thread)."""

    VISIBLE = "visible", _("Visible to the group")
    HELD = "held", _("Held for a person to read first")
    HIDDEN = "hidden", _("Hidden by a moderator")
    REMOVED = "removed", _("Removed by a moderator")
    DELETED = "deleted", _("Deleted by its author")


class Thread(models.Model):
    """A conversation in a group, opened by its first post."""

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="threads")
    title = models.CharField(_("title"), max_length=200)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="threads"
    )
    status = models.CharField(max_length=8, choices=Visibility.choices, default=Visibility.VISIBLE)
    pinned = models.BooleanField(_("pinned"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    last_post_at = models.DateTimeField()
    reply_count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("thread")
        indexes = [
            models.Index(fields=["group", "-pinned", "-last_post_at"], name="thread_listing"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("thread-detail", args=[self.group.slug, self.pk])


class Post(models.Model):
    """What a member wrote: the opening of a thread or a reply to it."""

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="posts")
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="posts"
    )
    is_opening = models.BooleanField(default=False)
    anonymous = models.BooleanField(_("post as “a member”"), default=False)
    body = models.TextField(_("message"))
    body_html = models.TextField()
    content_note = models.CharField(
        _("content note"), max_length=200, blank=True,
        help_text=_("For example “loss, self-harm”. The post stays folded until opened."),
    )
    status = models.CharField(max_length=8, choices=Visibility.choices, default=Visibility.VISIBLE)
    # Shown to the author (and to moderators) when the post is held, hidden or removed.
    status_reason = models.TextField(blank=True)
    crisis_flagged = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    edited_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("post")
        indexes = [
            models.Index(fields=["thread", "created_at"], name="post_in_thread"),
            models.Index(fields=["group", "status", "created_at"], name="post_in_group"),
            models.Index(fields=["author", "created_at"], name="post_by_author"),
        ]

    def __str__(self) -> str:
        return f"Post {self.pk} in {self.thread_id}"

    def get_absolute_url(self) -> str:
        return f"{self.thread.get_absolute_url()}#post-{self.pk}"


class Thanks(models.Model):
    """A member thanks another for a post; only the author sees who."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="thanks")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="thanks_given"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("thanks")
        verbose_name_plural = _("thanks")
        constraints = [
            models.UniqueConstraint(fields=["post", "user"], name="thank_a_post_once"),
        ]

    def __str__(self) -> str:
        return f"Thanks for post {self.post_id}"


class Milestone(models.Model):
    """A date a member chose to mark, and whether the group may see it on the day."""

    class Kind(models.TextChoices):
        DAYS_SINCE = "days_since", _("Days since")
        ANNIVERSARY = "anniversary", _("Anniversary")

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="milestones")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="milestones"
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    label = models.CharField(
        _("what it marks"), max_length=120,
        help_text=_("In your words, for example “since my last drink” or “Sam's birthday”."),
    )
    date = models.DateField(_("date"))
    shared = models.BooleanField(_("share with the group on the day"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["date"]
        verbose_name = _("milestone")
        indexes = [models.Index(fields=["group", "shared"], name="milestone_shared")]

    def __str__(self) -> str:
        return self.label
