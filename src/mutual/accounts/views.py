from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from mutual.accounts import actions
from mutual.accounts.forms import ProfileForm, TokenForm


@login_required
def settings_view(request: HttpRequest) -> HttpResponse:
    user = request.user
    if request.method == "POST":
        form = ProfileForm(request.POST)
        if form.is_valid():
            actions.update_profile(user=user, **form.cleaned_data)
            messages.success(request, _("Your settings are saved."))
            return redirect("account-settings")
    else:
        form = ProfileForm(
            initial={
                "display_name": user.display_name,
                "preferred_language": user.preferred_language,
                "time_zone": user.time_zone,
            }
        )
    return render(
        request,
        "accounts/settings.html",
        {"form": form, "token_form": TokenForm(), "tokens": user.tokens.all()},
        status=400 if form.errors else 200,
    )


@login_required
@require_POST
def create_token_view(request: HttpRequest) -> HttpResponse:
    form = TokenForm(request.POST)
    if not form.is_valid():
        return render(
            request,
            "accounts/settings.html",
            {
                "form": ProfileForm(initial={"display_name": request.user.display_name}),
                "token_form": form,
                "tokens": request.user.tokens.all(),
            },
            status=400,
        )
    token, key = actions.create_token(user=request.user, name=form.cleaned_data["name"])
    return render(request, "accounts/token_created.html", {"token": token, "key": key})


@login_required
@require_POST
def revoke_token_view(request: HttpRequest, pk: int) -> HttpResponse:
    token = get_object_or_404(request.user.tokens, pk=pk)
    actions.revoke_token(user=request.user, token=token)
    messages.success(request, _("The token “%(name)s” no longer works.") % {"name": token.name})
    return redirect("account-settings")
