"""A group's discussion pages. Everything here is 404 to those who cannot read the group's
discussions, so that nobody learns a private thread exists by guessing its address."""

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.dates import MONTHS_3
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from mutual.core.crisis import crisis_card_for_request
from mutual.core.forms import add_errors
from mutual.core.http import whole_number
from mutual.core.ratelimit import RateLimited
from mutual.discussions import actions
from mutual.discussions.forms import EditForm, MilestoneForm, ReplyForm, ThreadForm
from mutual.discussions.models import Milestone, Post, Thread, Visibility
from mutual.discussions.queries import (
    discussion_group,
    milestones_today,
    my_milestones,
    people_helped_this_month,
    post_for_reader,
    posts_for_reader,
    search_threads,
    snippet,
    thread_for_reader,
    threads_for_list,
)
from mutual.groups.models import Group
from mutual.groups.permissions import can_moderate_group, can_post_in_group, is_group_member
from mutual.moderation.actions import HELD_FOR_AUTHOR

THREADS_PER_PAGE = 30


def _group(request: HttpRequest, slug: str) -> Group:
    group = discussion_group(request.user, slug)
    if group is None:
        raise Http404(_("No group here."))
    return group


def _thread(request: HttpRequest, group: Group, thread_id: int) -> Thread:
    thread = thread_for_reader(request.user, group, thread_id)
    if thread is None:
        raise Http404(_("No thread here."))
    return thread


def _post(request: HttpRequest, group: Group, post_id: int) -> Post:
    post = post_for_reader(request.user, group, post_id)
    if post is None:
        raise Http404(_("No post here."))
    return post


def _posting_block(request: HttpRequest, group: Group) -> str:
    """Why the viewer cannot write here, or "" when they can."""
    try:
        actions.check_can_post(request.user, group)
    except PermissionDenied as denied:
        return str(denied)
    return ""


# Post links are made from one reversed address per kind: reversing each costs more than the
# rest of a long thread's page.
POST_LINKS = ("post-thank", "post-edit", "post-delete", "post-report", "post-moderate")
PLACEHOLDER = 999999999


class Clock:
    """Times as posts show them ("3 Mar 2026, 19:05", as the date filter's "j M Y, H:i"),
    in the viewer's zone; the month names are looked up once per page, not once per post."""

    def __init__(self) -> None:
        self.zone = timezone.get_current_timezone()
        self.months = [""] + [str(MONTHS_3[month]).title() for month in range(1, 13)]

    def __call__(self, moment: datetime.datetime) -> str:
        local = moment.astimezone(self.zone)
        return f"{local.day} {self.months[local.month]} {local.year}, {local:%H:%M}"


def for_page(posts: list[Post], group: Group) -> list[Post]:
    """Give each post what its page shows beside it, worked out here rather than in the
    template, which would do it slower: `anchor` (its id on the page), `links` (thank, edit,
    delete, report, moderate) and its times (`when`, `edited`, and their ISO forms)."""
    patterns = {
        name.removeprefix("post-"): reverse(name, args=[group.slug, PLACEHOLDER]).rpartition(
            f"/{PLACEHOLDER}/")
        for name in POST_LINKS
    }
    clock = Clock()
    for post in posts:
        middle = f"/{post.pk}/"
        post.anchor = f"post-{post.pk}"
        post.links = {key: before + middle + after
                      for key, (before, _sep, after) in patterns.items()}
        post.created_iso = post.created_at.isoformat()
        post.when = clock(post.created_at)
        post.edited = post.edited_iso = ""
        if post.edited_at:
            post.edited_iso = post.edited_at.isoformat()
            post.edited = clock(post.edited_at)
    return posts


def posts_html(posts: list[Post], *, is_member: bool, can_moderate: bool) -> SafeString:
    """The list items of `posts` (prepared by `for_page` and `posts_for_reader`), written
    here rather than by a template: a long thread's page would spend most of its time there.

    `body_html` was cleaned when the post was saved; everything else is escaped here.
    """
    a_member, you, edited = _("a member"), escape(_("you")), escape(_("edited"))
    thank_you, thanked = escape(_("Thank you")), escape(_("You thanked this"))
    report, moderate = escape(_("Report")), escape(_("Moderate"))
    edit, delete = escape(_("Edit")), escape(_("Delete"))
    deleted = escape(_("This post was deleted by its author."))
    thanked_by_label = escape(_("Thanked by"))
    parts = []
    for post in posts:
        anchor, links = post.anchor, post.links
        name = escape(post.shown_name or a_member)
        parts.append(
            f'\n<li id="{anchor}" class="result post post-{post.status}">\n'
            f'  <article aria-labelledby="{anchor}-by">\n'
            f'    <p class="byline"><strong id="{anchor}-by">{name}</strong>'
            + (f" ({you})" if post.mine else "")
            + f'\n      · <a href="#{anchor}"><time datetime="{post.created_iso}">'
            f"{escape(post.when)}</time></a>"
            + (f'\n      · <span class="edited">{edited} <time datetime="{post.edited_iso}">'
               f"{escape(post.edited)}</time></span>" if post.edited else "")
            + "</p>\n"
        )
        if post.status == Visibility.DELETED:
            parts.append(f'    <p class="muted">{deleted}</p>\n  </article>\n</li>')
            continue
        if post.status != Visibility.VISIBLE:
            parts.append(
                '    <div class="notice post-status"><p><strong>'
                f"{escape(post.get_status_display())}</strong></p>"
                + (f"<p>{escape(post.status_reason)}</p>" if post.status_reason else "")
                + "</div>\n")
        if post.content_note:
            note = escape(_("Content note: %(note)s") % {"note": post.content_note})
            parts.append(f'    <details class="content-note"><summary>{note}</summary>'
                         f'<div class="body">{post.body_html}</div></details>\n')
        else:
            parts.append(f'    <div class="body">{post.body_html}</div>\n')
        parts.append('    <div class="post-actions">')
        if post.mine:
            if post.thanked_by:
                names = escape(", ".join(post.thanked_by))
                parts.append(f'\n      <span class="thanked-by">{thanked_by_label} {names}</span>')
            if post.can_edit:
                parts.append(f'\n      <a href="{links["edit"]}">{edit}</a>')
            parts.append(f'\n      <a href="{links["delete"]}">{delete}</a>')
        else:
            if is_member and post.status == Visibility.VISIBLE:
                pressed, label = ("true", thanked) if post.thanked else ("false", thank_you)
                parts.append(
                    f'\n      <button type="submit" form="thank-form" formaction="{links["thank"]}"'
                    f' hx-post="{links["thank"]}" hx-target="#{anchor}" hx-swap="outerHTML"'
                    f' id="thank-{anchor}" aria-pressed="{pressed}">{label}</button>')
            parts.append(f'\n      <a href="{links["report"]}">{report}</a>')
        if can_moderate:
            parts.append(f'\n      <a href="{links["moderate"]}">{moderate}</a>')
        parts.append("\n    </div>\n  </article>\n</li>")
    return mark_safe("".join(parts))  # noqa: S308  (every part is escaped or cleaned above)


def _post_url(post: Post) -> str:
    return reverse("thread-detail", args=[post.group.slug, post.thread_id]) + f"#post-{post.pk}"


@require_GET
def thread_list(request: HttpRequest, slug: str) -> HttpResponse:
    group = _group(request, slug)
    query = request.GET.get("q", "").strip()[:200]
    threads = search_threads(request.user, group, query) if query else threads_for_list(
        request.user, group)
    page = Paginator(threads, THREADS_PER_PAGE).get_page(request.GET.get("page"))
    if query:
        for thread in page.object_list:
            thread.snippet = snippet(thread.matched_body or "", query)
    is_member = is_group_member(request.user, group)
    return render(request, "discussions/thread_list.html", {
        "group": group,
        "page": page,
        "query": query,
        "milestones": milestones_today(group),
        "helped": people_helped_this_month(request.user, group) if is_member else 0,
        "is_member": is_member,
        "can_post": can_post_in_group(request.user, group),
        "can_moderate": can_moderate_group(request.user, group),
    })


@require_http_methods(["GET", "POST"])
def thread_create(request: HttpRequest, slug: str) -> HttpResponse:
    group = _group(request, slug)
    blocked = _posting_block(request, group)
    if blocked:
        raise PermissionDenied(blocked)
    initial = {name: request.GET.get(name, "")[:200] for name in ("title", "body")}
    form = ThreadForm(request.POST or None, initial=initial,
                      anonymous=group.allows_anonymous_posts)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            try:
                thread = actions.start_thread(
                    actor=request.user, group=group, title=data["title"], body=data["body"],
                    anonymous=data.get("anonymous", False), content_note=data["content_note"],
                )
            except ValidationError as error:
                add_errors(form, error)
            except RateLimited as limited:
                form.add_error(None, limited.message)
                status = 429
            else:
                if thread.status == Visibility.VISIBLE:
                    messages.success(request, _("Your thread is posted."))
                _point_to_help_for_others(request, thread)
                return redirect("thread-detail", group.slug, thread.pk)
    return render(request, "discussions/thread_form.html", {"group": group, "form": form},
                  status=status)


def _point_to_help_for_others(request: HttpRequest, written: Post | Thread) -> None:
    """Someone wrote that another person may be at risk: show them where help is."""
    if getattr(written, "worried_about_someone", False):
        messages.info(request, _(
            "It sounds as if you are worried about someone. Crisis lines also advise people "
            "who fear for someone else: see “In crisis? Get help now” at the top of the page."))


def _thread_page(request: HttpRequest, group: Group, thread: Thread, *,
                 form: ReplyForm | None = None, status: int = 200) -> HttpResponse:
    posts = posts_for_reader(request.user, thread)
    blocked = _posting_block(request, group)
    # The author of a post the crisis check held sees where to find help now, beside it.
    held = next((post for post in posts if post.mine and post.crisis_flagged
                 and post.status == Visibility.HELD), None)
    is_member = is_group_member(request.user, group)
    can_moderate = can_moderate_group(request.user, group)
    return render(request, "discussions/thread_detail.html", {
        "group": group,
        "thread": thread,
        "posts_html": posts_html(for_page(posts, group), is_member=is_member,
                                 can_moderate=can_moderate),
        "last_post_id": posts[-1].pk if posts else 0,
        "form": form or ReplyForm(anonymous=group.allows_anonymous_posts),
        "can_reply": not blocked and thread.status == Visibility.VISIBLE,
        "blocked": blocked,
        "unposted": form.data.get("body", "") if blocked and form is not None else "",
        "can_moderate": can_moderate,
        "is_member": is_member,
        "held": held,
        "held_message": (held.status_reason or HELD_FOR_AUTHOR) if held else "",
        "crisis_card": crisis_card_for_request(request) if held else None,
    }, status=status)


@require_GET
def thread_detail(request: HttpRequest, slug: str, thread_id: int) -> HttpResponse:
    group = _group(request, slug)
    return _thread_page(request, group, _thread(request, group, thread_id))


@require_GET
def thread_posts(request: HttpRequest, slug: str, thread_id: int) -> HttpResponse:
    """New posts since `after`, for the page's polling; nothing new is an empty 204."""
    group = _group(request, slug)
    thread = _thread(request, group, thread_id)
    after = whole_number(request.GET.get("after", "0"))
    if after is None:
        return HttpResponse(_("“after” must be a post number."), status=400,
                            content_type="text/plain; charset=utf-8")
    posts = posts_for_reader(request.user, thread, after=after)
    if not posts:
        return HttpResponse(status=204)
    return render(request, "discussions/_new_posts.html", {
        "group": group, "thread": thread, "last_post_id": posts[-1].pk,
        "posts_html": posts_html(
            for_page(posts, group), is_member=is_group_member(request.user, group),
            can_moderate=can_moderate_group(request.user, group)),
    })


@require_POST
def thread_reply(request: HttpRequest, slug: str, thread_id: int) -> HttpResponse:
    group = _group(request, slug)
    thread = _thread(request, group, thread_id)
    form = ReplyForm(request.POST, anonymous=group.allows_anonymous_posts)
    status = 400
    if form.is_valid():
        data = form.cleaned_data
        try:
            post = actions.reply(
                actor=request.user, thread=thread, body=data["body"],
                anonymous=data.get("anonymous", False), content_note=data["content_note"],
            )
        except ValidationError as error:
            add_errors(form, error)
        except RateLimited as limited:
            form.add_error(None, limited.message)
            status = 429
        except PermissionDenied:
            # Muted (or no longer a member) while writing: say why, and keep their words.
            status = 403
        else:
            _point_to_help_for_others(request, post)
            return redirect(_post_url(post))
    return _thread_page(request, group, thread, form=form, status=status)


@require_POST
def thread_pin(request: HttpRequest, slug: str, thread_id: int) -> HttpResponse:
    group = _group(request, slug)
    thread = _thread(request, group, thread_id)
    actions.set_pinned(actor=request.user, thread=thread, pinned=not thread.pinned)
    messages.success(request, _("The thread is pinned to the top.") if thread.pinned
                     else _("The thread is no longer pinned."))
    return redirect("thread-detail", group.slug, thread.pk)


@require_http_methods(["GET", "POST"])
def post_edit(request: HttpRequest, slug: str, post_id: int) -> HttpResponse:
    group = _group(request, slug)
    post = _post(request, group, post_id)
    actions.check_can_edit(request.user, post)
    initial = {"body": post.body, "content_note": post.content_note,
               "title": post.thread.title}
    form = EditForm(request.POST or None, initial=initial, opening=post.is_opening)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            try:
                actions.edit_post(actor=request.user, post=post, body=data["body"],
                                  content_note=data["content_note"], title=data.get("title"))
            except ValidationError as error:
                add_errors(form, error)
            else:
                messages.success(request, _("Your post is changed."))
                return redirect(_post_url(post))
    return render(request, "discussions/post_edit.html",
                  {"group": group, "post": post, "form": form}, status=status)


@require_http_methods(["GET", "POST"])
def post_delete(request: HttpRequest, slug: str, post_id: int) -> HttpResponse:
    group = _group(request, slug)
    post = _post(request, group, post_id)
    actions.check_can_delete(request.user, post)
    if request.method == "POST":
        actions.delete_post(actor=request.user, post=post)
        messages.success(request, _("Your post is deleted."))
        if post.is_opening and post.thread.reply_count == 0:
            return redirect("thread-list", group.slug)
        return redirect("thread-detail", group.slug, post.thread_id)
    return render(request, "discussions/post_delete.html", {"group": group, "post": post})


@require_POST
def post_thank(request: HttpRequest, slug: str, post_id: int) -> HttpResponse:
    """Thank an author, or take it back; htmx swaps in the post anew, others go back to it."""
    group = _group(request, slug)
    post = _post(request, group, post_id)
    try:
        if post.thanks.filter(user_id=request.user.pk).exists():
            actions.unthank(actor=request.user, post=post)
        else:
            actions.thank(actor=request.user, post=post)
    except ValidationError as error:
        return HttpResponse(" ".join(error.messages), status=400,
                            content_type="text/plain; charset=utf-8")
    if request.htmx:
        posts = posts_for_reader(request.user, post.thread, where=Q(pk=post.pk))
        return HttpResponse(posts_html(for_page(posts, group), is_member=True,
                                       can_moderate=can_moderate_group(request.user, group)))
    return redirect(_post_url(post))


def _milestones_page(request: HttpRequest, group: Group, form: MilestoneForm,
                     editing: Milestone | None = None, status: int = 200) -> HttpResponse:
    return render(request, "discussions/milestones.html", {
        "group": group, "form": form, "editing": editing,
        "milestones": my_milestones(request.user, group),
    }, status=status)


def _save_milestone(request: HttpRequest, group: Group,
                    milestone: Milestone | None) -> HttpResponse:
    form = MilestoneForm(request.POST or None, instance=milestone)
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                actions.set_milestone(actor=request.user, group=group, kind=data["kind"],
                                      label=data["label"], date=data["date"],
                                      shared=data["shared"], milestone=milestone)
            except ValidationError as error:
                add_errors(form, error)
            else:
                messages.success(request, _("Your milestone is saved."))
                return redirect("group-milestones", group.slug)
        return _milestones_page(request, group, form, milestone, status=400)
    return _milestones_page(request, group, form, milestone)


def _my_member_group(request: HttpRequest, slug: str) -> Group:
    group = _group(request, slug)
    if not is_group_member(request.user, group):
        raise PermissionDenied(_("Only members of this group can share milestones in it."))
    return group


@require_http_methods(["GET", "POST"])
def group_milestones(request: HttpRequest, slug: str) -> HttpResponse:
    return _save_milestone(request, _my_member_group(request, slug), None)


def _my_milestone(request: HttpRequest, group: Group, milestone_id: int) -> Milestone:
    milestone = my_milestones(request.user, group).filter(pk=milestone_id).first()
    if milestone is None:
        raise Http404(_("No milestone here."))
    return milestone


@require_http_methods(["GET", "POST"])
def milestone_edit(request: HttpRequest, slug: str, milestone_id: int) -> HttpResponse:
    group = _my_member_group(request, slug)
    return _save_milestone(request, group, _my_milestone(request, group, milestone_id))


@require_POST
def milestone_delete(request: HttpRequest, slug: str, milestone_id: int) -> HttpResponse:
    group = _my_member_group(request, slug)
    actions.delete_milestone(actor=request.user,
                             milestone=_my_milestone(request, group, milestone_id))
    messages.success(request, _("Your milestone is removed."))
    return redirect("group-milestones", group.slug)
