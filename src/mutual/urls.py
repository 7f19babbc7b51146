from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from mutual.core import views as core_views
from mutual.groups import membership_views
from mutual.meetings import calendar, feeds

# Staff sign in through the same login as everyone, with its two-factor step.
admin.site.login = secure_admin_login(admin.site.login)  # type: ignore[method-assign]

api_v1 = [
    path("", include("mutual.groups.api_urls")),
    path("", include("mutual.organizations.api_urls")),
    path("", include("mutual.assessments.api_urls")),
    path("", include("mutual.concerns.api_urls")),
    path("", include("mutual.meetings.api_urls")),
    path("", include("mutual.groups.membership_api_urls")),
    path("", include("mutual.discussions.api_urls")),
    path("", include("mutual.moderation.api_urls")),
    path("", include("mutual.notifications.api_urls")),
    path("", include("mutual.referrals.api_urls")),
    path("", include("mutual.services.hsds_api_urls")),
    path("", include("mutual.services.api_urls")),
]

urlpatterns = [
    path("", core_views.home, name="home"),
    path("healthz", core_views.healthz, name="healthz"),
    path("readyz", core_views.readyz, name="readyz"),
    path("crisis/", core_views.crisis, name="crisis"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("accounts/", include("allauth.urls")),
    path("account/", include("mutual.accounts.urls")),
    path("groups/", include("mutual.groups.urls")),
    path("join/<str:key>/", membership_views.invitation_accept, name="invitation-accept"),
    path("meetings/", include("mutual.meetings.urls")),
    path("meetings.ics", calendar.search_calendar, name="meetings-ics"),
    path("feeds/meeting-guide.json", feeds.meeting_guide_feed, name="meeting-guide-feed"),
    path("organizations/", include("mutual.organizations.urls")),
    path("moderation/", include("mutual.moderation.urls")),
    path("professionals/", include("mutual.referrals.urls")),
    path("referrals/", include("mutual.referrals.referral_urls")),
    path("notifications/", include("mutual.notifications.urls")),
    path("concerns/", include("mutual.concerns.urls")),
    path("services/", include("mutual.services.urls")),
    path("api/v1/", include(api_v1)),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
]
