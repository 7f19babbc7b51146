"""What stewards fill in to describe services, locations and hours, and what people search
services by."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from mutual.concerns.models import Concern
from mutual.core.models import Language
from mutual.groups.forms import DirectorySearchForm
from mutual.groups.queries import DEFAULT_RADIUS_KM, DirectoryCriteria
from mutual.meetings.forms import DAY_CHOICES, country_choices
from mutual.organizations.models import Organization
from mutual.places.models import Place
from mutual.services.actions import SERVICE_FIELDS
from mutual.services.hours import HoursRow, problems, row_of
from mutual.services.models import Location, Service
from mutual.services.queries import service_languages


class ServiceSearchForm(DirectorySearchForm):
    """The directory's search for services: the same words, concern, place, language and
    governance, and what a service costs and whether it takes people now."""

    # What only groups have.
    format = None  # type: ignore[assignment]
    led_by = None  # type: ignore[assignment]
    audience = None  # type: ignore[assignment]
    fee = forms.ChoiceField(
        label=_("Cost"), required=False,
        choices=[("", _("Any cost")), *Service.Fee.choices])
    capacity = forms.ChoiceField(
        label=_("Taking people"), required=False,
        choices=[("", _("Any")), *Service.Capacity.choices])

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["governance"].label = _("Offered by an organization that is…")
        self.fields["governance"].choices = [("", _("Any")), *self.fields["governance"].choices[1:]]
        if self.show_choices:
            self.fields["language"].widget = forms.Select(
                choices=[("", _("Any language")), *service_languages()])

    def criteria(self) -> DirectoryCriteria:
        data = self.cleaned_data
        return DirectoryCriteria(
            q=data["q"], concern=data["concern"], near=data["near"],
            radius_km=data["radius_km"] or DEFAULT_RADIUS_KM, language=data["language"],
            governance=data["governance"],
        )

    def filters(self) -> dict[str, str]:
        return {"fee": self.cleaned_data["fee"], "capacity": self.cleaned_data["capacity"]}


class ServiceQuery(ServiceSearchForm):
    """The same parameters read for the API, without the lists a page shows."""

    show_choices = False


class ServiceForm(forms.ModelForm):
    """What a service's page says, as the organization's stewards write it."""

    concerns = forms.ModelMultipleChoiceField(
        label=_("Concerns"), queryset=Concern.objects.order_by("name"), required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_("What people who use it live with."))
    languages = forms.ModelMultipleChoiceField(
        label=_("Languages"), queryset=Language.objects.all(), required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
        help_text=_("The languages people can be helped in."))
    locations = forms.ModelMultipleChoiceField(
        label=_("Where it is offered"), queryset=Location.objects.none(), required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave all empty for a service offered by phone or online only."))
    url = forms.URLField(label=_("Web page"), required=False, assume_scheme="https")

    class Meta:
        model = Service
        fields = [*SERVICE_FIELDS, "concerns", "languages", "locations"]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 5}),
            "eligibility": forms.Textarea(attrs={"rows": 3}),
            "application_process": forms.Textarea(attrs={"rows": 3}),
            "accessibility": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args: Any, organization: Organization, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["locations"].queryset = Location.objects.filter(
            organization=organization).select_related("place")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        low, high = data.get("minimum_age"), data.get("maximum_age")
        if low is not None and high is not None and low > high:
            self.add_error("maximum_age", _(
                "The maximum age is below the minimum age. Leave one empty for no limit."))
        return data

    def _post_clean(self) -> None:
        # The action validates and saves the whole model; the form only checks the input.
        pass

    def service_data(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


class LocationForm(forms.Form):
    """One of the organization's places: what it is called and where it is."""

    name = forms.CharField(
        label=_("Name"), required=False, max_length=200,
        help_text=_("How people know it, such as “Main drop-in centre”."))
    place_name = forms.CharField(label=_("Name of the building"), required=False,
                                 max_length=200)
    street = forms.CharField(
        label=_("Street address"), required=False, max_length=200,
        help_text=_("Leave empty to show only the area, not the door."))
    locality = forms.CharField(label=_("Town or city"), max_length=120,
                               error_messages={"required": _("Give the town or city.")})
    region = forms.CharField(label=_("Region or state"), required=False, max_length=120)
    postal_code = forms.CharField(label=_("Postal code"), required=False, max_length=20)
    country = forms.ChoiceField(label=_("Country"), choices=country_choices,
                                error_messages={"required": _("Choose the country.")})
    description = forms.CharField(label=_("About this place"), required=False,
                                  widget=forms.Textarea(attrs={"rows": 3}))
    accessibility = forms.CharField(
        label=_("Accessibility"), required=False, widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Step-free entrance, accessible toilet, hearing loop, parking…"))
    transportation = forms.CharField(
        label=_("Getting there"), required=False, max_length=300,
        help_text=_("Buses, trains and parking nearby."))
    position = forms.IntegerField(
        label=_("Order on the page"), required=False, min_value=0, max_value=1000,
        help_text=_("Lower numbers come first."))

    @classmethod
    def for_location(cls, location: Location | None, data: Any = None) -> "LocationForm":
        initial: dict[str, Any] = {}
        if location is not None:
            place: Place = location.place
            initial = {
                "name": location.name, "description": location.description,
                "accessibility": location.accessibility,
                "transportation": location.transportation, "position": location.position,
                "place_name": place.name, "street": place.street, "locality": place.locality,
                "region": place.region, "postal_code": place.postal_code,
                "country": place.country.code,
            }
        return cls(data, initial=initial)

    def address(self) -> dict[str, str]:
        data = self.cleaned_data
        return {"name": data["place_name"], "street": data["street"],
                "locality": data["locality"], "region": data["region"],
                "postal_code": data["postal_code"], "country": data["country"]}

    def location_data(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {"name": data["name"], "description": data["description"],
                "accessibility": data["accessibility"],
                "transportation": data["transportation"], "position": data["position"] or 0}


class HoursForm(forms.Form):
    """One line of opening hours; a line left empty is no line."""

    days = forms.TypedMultipleChoiceField(
        label=_("Days"), required=False, choices=DAY_CHOICES, coerce=int,
        widget=forms.CheckboxSelectMultiple)
    opens = forms.TimeField(
        label=_("Opens"), required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={"invalid": _("Give a time such as 09:00.")})
    closes = forms.TimeField(
        label=_("Closes"), required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={"invalid": _("Give a time such as 17:30.")})
    notes = forms.CharField(
        label=_("Notes"), required=False, max_length=300,
        help_text=_("Such as “Closed on public holidays”."))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if self.is_blank(data):
            return data
        if data.get("opens") is None and "opens" not in self.errors:
            self.add_error("opens", _("Give the time it opens."))
        if data.get("closes") is None and "closes" not in self.errors:
            self.add_error("closes", _("Give the time it closes."))
        if data.get("opens") is not None and data.get("closes") is not None:
            for name, message in problems(self._row(data)).items():
                self.add_error(name, message)
        elif not data.get("days"):
            self.add_error("days", _("Choose at least one day."))
        return data

    @staticmethod
    def is_blank(data: dict[str, Any]) -> bool:
        return not (data.get("days") or data.get("opens") or data.get("closes")
                    or data.get("notes"))

    @staticmethod
    def _row(data: dict[str, Any]) -> HoursRow:
        return HoursRow(days=tuple(data.get("days") or ()), opens=data["opens"],
                        closes=data["closes"], notes=data.get("notes", ""))

    def row(self) -> HoursRow | None:
        data = self.cleaned_data
        if self.is_blank(data) or data.get("DELETE"):
            return None
        return self._row(data)


HoursFormSet = forms.formset_factory(HoursForm, extra=2, can_delete=True, max_num=30,
                                     validate_max=True)


def hours_formset(schedules: list[Any], data: Any = None) -> Any:
    """The hours of a service or a location as lines to edit, with two blank lines."""
    return HoursFormSet(data, prefix="hours", initial=[row_of(schedule) for schedule in schedules])


def hours_rows(formset: Any) -> list[HoursRow]:
    return [row for row in (form.row() for form in formset.forms
                            if getattr(form, "cleaned_data", None) is not None) if row]
