"""Test data that reads like the real thing."""

import datetime

import factory
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

from mutual.accounts.models import User
from mutual.concerns.models import Concern
from mutual.groups.models import Group, Membership
from mutual.groups.search_index import reindex_groups
from mutual.meetings.actions import create_meeting
from mutual.meetings.models import Meeting
from mutual.organizations.models import Organization
from mutual.places.models import Place

PASSWORD = "correct horse battery staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    display_name = factory.Sequence(lambda n: f"Person {n}")
    password = factory.django.Password(PASSWORD)


class PlaceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Place

    locality = "Berkeley"
    region = "CA"
    country = "US"
    latitude = 37.87159
    longitude = -122.27275
    time_zone = "America/Los_Angeles"
    street = factory.Sequence(lambda n: f"{n} Shattuck Avenue")
    postal_code = "94704"


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization

    name = factory.Sequence(lambda n: f"Peer Support Centre {n}")
    slug = factory.Sequence(lambda n: f"peer-support-centre-{n}")
    description = "A drop-in centre run by and for people with lived experience."
    contact_email = "centre@example.org"


class GroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Group
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Tuesday Evening Circle {n}")
    slug = factory.Sequence(lambda n: f"tuesday-evening-circle-{n}")
    description = "We meet to talk, listen and share what has helped us."
    led_by = Group.LedBy.PEERS
    format = Group.Format.IN_PERSON
    visibility = Group.Visibility.PUBLIC
    place = factory.SubFactory(PlaceFactory)
    contact_email = "circle@example.org"

    @factory.post_generation
    def concerns(self, create: bool, extracted: list | None, **kwargs: object) -> None:
        if create:
            slugs = extracted if extracted is not None else ["loss-of-a-spouse"]
            self.concerns.set(Concern.objects.filter(slug__in=slugs))

    @factory.post_generation
    def languages(self, create: bool, extracted: list | None, **kwargs: object) -> None:
        if create:
            self.languages.set(extracted if extracted is not None else ["en"])

    @factory.post_generation
    def search_index(self, create: bool, extracted: object, **kwargs: object) -> None:
        # What the actions do after writing a group: make it findable by its words.
        if create:
            reindex_groups([self.pk])


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    group = factory.SubFactory(GroupFactory)
    user = factory.SubFactory(UserFactory)
    display_name = factory.Sequence(lambda n: f"Member {n}")
    role = Membership.Role.MEMBER
    status = Membership.Status.ACTIVE


class MeetingFactory(factory.django.DjangoModelFactory):
    """A weekly meeting made through the action, so its types and occurrences exist."""

    class Meta:
        model = Meeting

    group = factory.SubFactory(GroupFactory)
    rrule = "FREQ=WEEKLY;BYDAY=TU"
    starts_on = datetime.date(2026, 1, 6)
    start_time = datetime.time(19, 0)
    duration_minutes = 90
    time_zone = "America/Los_Angeles"
    attendance = Meeting.Attendance.IN_PERSON
    types = factory.LazyFunction(lambda: ["O", "D"])

    @classmethod
    def _create(cls, model_class: type, *args: object, **kwargs: object) -> Meeting:
        languages = kwargs.pop("languages", None)
        return create_meeting(actor=None, languages=languages, **kwargs)  # type: ignore[arg-type]


class ModeratorFactory(UserFactory):
    """A platform moderator, with the two-factor authentication moderators must use."""

    is_moderator = True

    class Meta:
        skip_postgeneration_save = True

    @factory.post_generation
    def two_factor(self, create: bool, extracted: object, **kwargs: object) -> None:
        if create:
            TOTP.activate(self, generate_totp_secret())
