"""Self-assessments in the API, with the same actions and rules as the pages: everything for
the organization's stewards and staff, published summaries for everyone else, and nothing
at all (404) of an unpublished assessment."""

from collections.abc import Callable
from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import exceptions, status
from rest_framework.generics import GenericAPIView
from rest_framework.permissions import AllowAny, BasePermission, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from mutual.assessments import actions
from mutual.assessments.actions import Answer
from mutual.assessments.models import Assessment
from mutual.assessments.permissions import Roles, roles_for
from mutual.assessments.queries import (
    assessments_for,
    own_ratings,
    summarize,
    visible_assessment,
)
from mutual.assessments.serializers import (
    AssessmentDetailSerializer,
    AssessmentSerializer,
    AssessmentStartSerializer,
    InstrumentSerializer,
    RatingSerializer,
    RatingsInputSerializer,
    RatingsSerializer,
    assessment_document,
    instrument_document,
    summary_document,
)
from mutual.core.api import Pagination
from mutual.organizations.models import Organization
from mutual.organizations.profile_api import as_api_error

SLUG = OpenApiParameter("slug", str, OpenApiParameter.PATH,
                        description="The organization's slug.")
ASSESSMENT = OpenApiParameter("assessment_id", int, OpenApiParameter.PATH,
                              description="The assessment's id.")
ERROR = OpenApiResponse(description='{"error": {"code", "message", "fields"}}')
TAGS = ["assessments"]


class ReadOrSignedIn(BasePermission):
    """Reading is for everyone it is shown to; changing needs a signed-in person (401)."""

    def has_permission(self, request: Request, view: Any) -> bool:
        if request.method in ("GET", "HEAD", "OPTIONS"):
            return AllowAny().has_permission(request, view)
        return IsAuthenticated().has_permission(request, view)


def _refuse_unless(allowed: bool, message: str) -> None:
    if not allowed:
        raise exceptions.PermissionDenied(message)


def _detail(request: Request, assessment: Assessment, roles: Roles) -> dict[str, Any]:
    summary = summarize(assessment, everything=roles.sees_everything)
    return summary_document(summary, everything=roles.sees_everything, request=request)


class InstrumentAPI(APIView):
    """The items of the fidelity self-assessment and the anchors of their scales."""

    permission_classes = [AllowAny]

    @extend_schema(operation_id="assessment_instrument", tags=TAGS,
                   responses={200: InstrumentSerializer})
    def get(self, request: Request) -> Response:
        return Response(instrument_document())


class OrganizationAssessmentsAPI(GenericAPIView):
    permission_classes = [ReadOrSignedIn]
    pagination_class = Pagination
    serializer_class = AssessmentSerializer

    @extend_schema(
        operation_id="organization_assessments_list", tags=TAGS,
        parameters=[SLUG, OpenApiParameter("page", int)],
        responses={200: AssessmentSerializer(many=True), 404: ERROR},
        description="The organization's self-assessments, newest first: all of them for its "
                    "stewards and staff, the published ones for everyone else.",
    )
    def get(self, request: Request, slug: str) -> Response:
        organization = get_object_or_404(Organization, slug=slug)
        roles = roles_for(request.user, organization)
        page = self.paginate_queryset(
            assessments_for(organization, everything=roles.sees_everything))
        return self.get_paginated_response(
            [assessment_document(assessment, request) for assessment in page or []])

    @extend_schema(
        operation_id="organization_assessments_create", tags=TAGS, parameters=[SLUG],
        request=AssessmentStartSerializer,
        responses={201: AssessmentDetailSerializer, 400: ERROR, 401: ERROR, 403: ERROR,
                   404: ERROR},
        description="Start a self-assessment (the organization's stewards and staff).",
    )
    def post(self, request: Request, slug: str) -> Response:
        organization = get_object_or_404(Organization, slug=slug)
        roles = roles_for(request.user, organization)
        _refuse_unless(roles.runs, _("Only this organization's stewards can run its "
                                     "self-assessments."))
        given = AssessmentStartSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        try:
            assessment = actions.start_assessment(actor=request.user, organization=organization,
                                                  **given.validated_data)
        except DjangoValidationError as invalid:
            raise as_api_error(invalid) from invalid
        return Response(_detail(request, assessment, roles), status=status.HTTP_201_CREATED)


class AssessmentAPI(APIView):
    permission_classes = [AllowAny]

    @extend_schema(
        operation_id="assessment_retrieve", tags=TAGS, parameters=[ASSESSMENT],
        responses={200: AssessmentDetailSerializer, 404: ERROR},
        description="Scores by domain and the total, with the change since the previous "
                    "closed assessment. Stewards and staff also get every item's mean, "
                    "spread, agreement and the raters' notes; others see published "
                    "summaries only.",
    )
    def get(self, request: Request, assessment_id: int) -> Response:
        assessment, roles = _visible(request, assessment_id)
        return Response(_detail(request, assessment, roles))


def _visible(request: Request, assessment_id: int) -> tuple[Assessment, Roles]:
    return visible_assessment(user=request.user, pk=assessment_id)


class RatingsAPI(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(operation_id="assessment_ratings_retrieve", tags=TAGS,
                   parameters=[ASSESSMENT],
                   responses={200: RatingsSerializer, 401: ERROR, 403: ERROR, 404: ERROR},
                   description="The caller's own ratings (the organization's stewards).")
    def get(self, request: Request, assessment_id: int) -> Response:
        assessment, roles = _visible(request, assessment_id)
        _refuse_unless(roles.rates, _("Only this organization's stewards rate its "
                                      "self-assessments."))
        ratings = own_ratings(assessment, request.user).values()
        return Response({"ratings": RatingSerializer(ratings, many=True).data})

    @extend_schema(
        operation_id="assessment_ratings_update", tags=TAGS, parameters=[ASSESSMENT],
        request=RatingsInputSerializer,
        responses={200: RatingsSerializer, 400: ERROR, 401: ERROR, 403: ERROR, 404: ERROR},
        description="Save the caller's ratings of the items given (the organization's "
                    "stewards, while the assessment is open). Items left out keep their "
                    "rating; a null score takes one back.",
    )
    def put(self, request: Request, assessment_id: int) -> Response:
        assessment, roles = _visible(request, assessment_id)
        _refuse_unless(roles.rates, _("Only this organization's stewards rate its "
                                      "self-assessments."))
        given = RatingsInputSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        answers = {entry["item"]: Answer(score=entry["score"], note=entry["note"],
                                         evidence=entry["evidence"])
                   for entry in given.validated_data["ratings"]}
        try:
            ratings = actions.rate_items(actor=request.user, assessment=assessment,
                                         answers=answers)
        except DjangoValidationError as invalid:
            raise as_api_error(invalid) from invalid
        return Response({"ratings": RatingSerializer(ratings, many=True).data})


def _step_view(step: str, action: Callable[..., Assessment],
               allowed: Callable[[Roles], bool], summary: str) -> type[APIView]:
    class StepAPI(APIView):
        permission_classes = [IsAuthenticated]

        @extend_schema(operation_id=f"assessment_{step}", tags=TAGS, parameters=[ASSESSMENT],
                       request=None, description=summary,
                       responses={200: AssessmentDetailSerializer, 400: ERROR, 401: ERROR,
                                  403: ERROR, 404: ERROR})
        def post(self, request: Request, assessment_id: int) -> Response:
            assessment, roles = _visible(request, assessment_id)
            _refuse_unless(allowed(roles), _("Only this organization's stewards can do "
                                             "that."))
            try:
                action(actor=request.user, assessment=assessment)
            except DjangoValidationError as invalid:
                raise as_api_error(invalid) from invalid
            return Response(_detail(request, assessment, roles))

    StepAPI.__name__ = f"Assessment{step.title()}API"
    return StepAPI


CloseAPI = _step_view("close", actions.close_assessment, lambda roles: roles.runs,
                      "Close the assessment: its scores stand (stewards and staff).")
ReopenAPI = _step_view("reopen", actions.reopen_assessment, lambda roles: roles.runs,
                       "Open it for rating again; a published summary becomes private.")
PublishAPI = _step_view("publish", actions.publish_assessment, lambda roles: roles.publishes,
                        "Publish the summary of a closed assessment (stewards).")
UnpublishAPI = _step_view("unpublish", actions.unpublish_assessment,
                          lambda roles: roles.unpublishes, "Make the summary private again.")
