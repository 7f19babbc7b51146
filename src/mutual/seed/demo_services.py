"""What the demonstration's organizations say about themselves and what they offer: a full
profile for each, and one to three services with opening hours at the organization's own place.
The Oakland Peer Recovery Drop-In is the peer-run drop-in centre of the story: three places in
Oakland and Berkeley, peer counselling on weekdays, a warm line in the evenings and help with
housing forms, and a board that hires and fires its clinical consultant.

Every row has a fixed HSDS identifier derived from the organization's and the service's slugs,
so a second run finds what the first made and changes nothing; profile fields are only filled
where they are empty, so a steward's own words are never overwritten.
"""

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.utils.text import slugify

from mutual.accounts.models import User
from mutual.concerns.models import Concern
from mutual.core.models import Language
from mutual.meetings.recurrence import validate_rule
from mutual.organizations.actions import state_governance, update_organization
from mutual.organizations.models import Organization, Stewardship
from mutual.organizations.queries import current_governance
from mutual.places.models import Place
from mutual.seed import demo_data as data
from mutual.seed.demo_governance import PEER_RUN
from mutual.services.models import Location, Schedule, Service, ServiceAtLocation

NAMESPACE = uuid.UUID("6f1d2a52-8d0e-4c3b-9a57-1f6d3c2b9e41")
SINCE = dt.date(2025, 1, 6)
WEEKDAYS = "MO,TU,WE,TH,FR"
DROP_IN = "oakland-peer-recovery-drop-in"
DROP_IN_COORDINATOR = "dropin-coordinator@demo.mutual.test"
LOS_ANGELES = "America/Los_Angeles"


@dataclass(frozen=True)
class Hours:
    """Opening hours: the days of a weekly rule (or a whole rule), and local times."""

    days: str
    opens: str
    closes: str
    notes: str = ""

    @property
    def rrule(self) -> str:
        rule = self.days if self.days.startswith("FREQ=") else f"FREQ=WEEKLY;BYDAY={self.days}"
        return validate_rule(rule)


@dataclass(frozen=True)
class Offer:
    slug: str
    name: str
    description: str
    hours: tuple[Hours, ...]
    at_location: bool = True  # False: by phone or online only
    fee: str = "free"
    fee_description: str = ""
    capacity: str = "available"
    application_process: str = ""
    eligibility: str = ""
    minimum_age: int | None = None
    phone: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


# --- the story's drop-in centre ------------------------------------------------------------

DROP_IN_PROFILE = {
    "mission": "A place run by people in recovery, where anyone living with addiction or mental "
               "health problems can drop in, be heard by a peer and get help with what weighs "
               "on them.",
    "legal_status": "nonprofit",
    "phone": "+1 510 555 0142",
    "service_area": "Oakland and Berkeley, Alameda County, California",
    "founded_year": 2008,
    "languages": ["en", "es"],
}
DROP_IN_PLACES = [
    {"key": "downtown", "name": "Downtown drop-in centre", "position": 0,
     "place": {"name": "Oakland Peer Recovery Drop-In", "street": "1427 Franklin St",
               "locality": "Oakland", "postal_code": "94612",
               "latitude": 37.80437, "longitude": -122.26963},
     "accessibility": "Step-free entrance on Franklin St, an accessible toilet and a quiet "
                      "room.",
     "transportation": "Two blocks from 12th St Oakland City Center BART; buses on Broadway.",
     "hours": (Hours(WEEKDAYS, "09:00", "18:00"),
               Hours("SA", "10:00", "15:00", "Coffee and peer support only on Saturdays."))},
    {"key": "fruitvale", "name": "Fruitvale office", "position": 1,
     "place": {"name": "Fruitvale office", "street": "3317 International Blvd",
               "locality": "Oakland", "postal_code": "94601",
               "latitude": 37.77598, "longitude": -122.22476},
     "accessibility": "Ground floor, step-free; Spanish spoken at the desk.",
     "transportation": "Five minutes' walk from Fruitvale BART.",
     "hours": (Hours("TU,TH", "10:00", "16:00"),)},
    {"key": "berkeley", "name": "South Berkeley drop-in room", "position": 2,
     "place": {"name": "Adeline Street Community Room", "street": "3132 Adeline St",
               "locality": "Berkeley", "postal_code": "94703",
               "latitude": 37.85531, "longitude": -122.27036},
     "accessibility": "One step at the entrance, with a ramp on request.",
     "transportation": "Next to Ashby BART.",
     "hours": (Hours("MO,WE,FR", "12:00", "17:00"),)},
]
DROP_IN_SERVICES: list[tuple[Offer, dict[str, tuple[Hours, ...]]]] = [
    (Offer(
        "peer-counselling", "Peer counselling",
        "Talk one to one with a peer counsellor who has lived through addiction or mental "
        "health problems too. Half an hour or more, as often as you need.",
        (Hours(WEEKDAYS, "10:00", "17:00"),),
        application_process="Walk in during opening hours, or call to book a time.",
        eligibility="Adults living with addiction or mental health problems, and their "
                    "families. Nothing to bring.",
        minimum_age=18, extra={"concerns": ["alcohol-use", "drug-use", "depression"],
                               "languages": ["en", "es"]},
    ), {"downtown": (), "berkeley": ()}),
    (Offer(
        "warm-line", "Warm line",
        "A phone line answered by peers in the evening, for when you need someone to talk "
        "to. It is not a crisis line: in a crisis, call or text 988.",
        (Hours("MO,TU,WE,TH,FR,SA,SU", "17:00", "23:00"),),
        at_location=False, phone="+1 510 555 0143",
        application_process="Call; there is no need to give your name.",
        extra={"concerns": ["depression", "anxiety"], "languages": ["en"]},
    ), {}),
    (Offer(
        "housing-forms", "Help with housing forms",
        "A peer advocate sits with you to fill in housing applications, Section 8 forms and "
        "letters to landlords, and comes along to appointments if you want.",
        (),
        application_process="Come during the hours below with any letters you have had.",
        extra={"languages": ["en", "es"]},
    ), {"downtown": (Hours("MO,WE", "13:00", "16:00"),),
        "fruitvale": (Hours("TU,TH", "10:00", "13:00"),)}),
]
DROP_IN_GOVERNANCE = {
    **PEER_RUN,
    "evidence_url": "https://oakland-peer-recovery-drop-in.example.org/bylaws",
    "evidence_note": "Bylaws, article 6: the board hires, reviews and dismisses the clinical "
                     "consultant, who advises the peer staff and answers to the board. Seven "
                     "of the nine directors have lived experience of recovery.",
}
GOVERNANCE_SINCE = dt.date(2025, 1, 1)


# --- every other organization --------------------------------------------------------------

MISSIONS = {
    "peer": {
        "en": "People who have lived through {what} running the support they wish they had "
              "found.",
        "es": "Personas que han vivido {what} organizan el apoyo que les habría gustado "
              "encontrar.",
        "fr": "Des personnes qui ont traversé {what} font vivre le soutien qu'elles auraient "
              "aimé trouver.",
    },
    "federation": {
        "en": "Helping groups on {what} start, grow and speak together.",
        "es": "Ayudamos a los grupos sobre {what} a nacer, crecer y hablar con una sola voz.",
        "fr": "Aider les groupes sur {what} à naître, à grandir et à parler d'une même voix.",
    },
    "charity": {
        "en": "No one should face {what} alone: we bring people together and help with the "
              "practical things.",
        "es": "Nadie debería afrontar {what} en soledad: reunimos a las personas y ayudamos "
              "con lo práctico.",
        "fr": "Personne ne devrait affronter {what} seul : nous réunissons les personnes et "
              "aidons pour le concret.",
    },
    "hospital": {
        "en": "Supporting patients and families through {what}, during and after care.",
        "es": "Acompañamos a pacientes y familias ante {what}, durante y después de la "
              "atención.",
        "fr": "Accompagner patients et familles face à {what}, pendant et après les soins.",
    },
    "clinic": {
        "en": "Health care and social support for every neighbor, whatever their insurance.",
        "es": "Salud y apoyo social para todo el vecindario, tenga o no seguro médico.",
        "fr": "Soins et soutien social pour tout le quartier, avec ou sans couverture.",
    },
}
WHAT = {
    "bereavement": {"en": "the death of someone close", "es": "la muerte de un ser querido",
                    "fr": "la mort d'un proche"},
    "addiction": {"en": "addiction", "es": "las adicciones", "fr": "les addictions"},
    "mental": {"en": "mental health problems", "es": "problemas de salud mental",
               "fr": "des troubles psychiques"},
    "family": {"en": "caring for someone", "es": "el cuidado de un familiar",
               "fr": "l'aide à un proche"},
    "physical": {"en": "serious illness", "es": "una enfermedad grave",
                 "fr": "une maladie grave"},
    "identity": {"en": "exclusion", "es": "la exclusión", "fr": "l'exclusion"},
    "life": {"en": "hard times", "es": "momentos difíciles", "fr": "des moments difficiles"},
    "any": {"en": "hard times", "es": "momentos difíciles", "fr": "des moments difficiles"},
}
CONCERNS = {
    "bereavement": ["bereavement"], "addiction": ["alcohol-use", "drug-use"],
    "mental": ["depression", "anxiety"], "family": ["family-caregiving"],
    "physical": ["cancer"],
}
LEGAL_STATUS = {
    "peer": "nonprofit", "federation": "nonprofit", "charity": "charity", "clinic": "nonprofit",
}
SITE_NAMES = {"en": "Main site", "es": "Sede", "fr": "Locaux"}
# Numbers kept for fiction or never given out: 555-01xx in North America, Ofcom's drama range
# in the UK, ARCEP's 01 99 00 in France.
PHONES = {
    "US": "+1 {area} 555 01{n:02d}", "CA": "+1 {area} 555 01{n:02d}",
    "GB": "+44 20 7946 0{n:03d}", "FR": "+33 1 99 00 {n:02d} {n:02d}",
    "MX": "+52 55 555 01{n:02d}", "ES": "+34 555 01 {n:02d} 00",
}
AREA_CODES = {
    "berkeley": 510, "oakland": 510, "san-francisco": 415, "chicago": 312, "new-york": 212,
    "austin": 512, "montreal": 514, "toronto": 416,
}


# What each kind of organization offers, by language: name, description, how to start.
OFFER_TEXTS: dict[str, dict[str, list[tuple[str, str, str]]]] = {
    "en": {
        "peer": [
            ("Peer support drop-in", "Come in without an appointment and talk with "
             "someone who has been there.", ""),
            ("Peer mentoring", "Weekly one-to-one meetings with a trained peer mentor "
             "for three months.", "Ask at the desk or by phone; a mentor calls you back "
             "within a week."),
            ("Help with benefits and forms", "A peer helps you fill in benefit, housing "
             "and health insurance forms.", ""),
        ],
        "federation": [
            ("Facilitator training", "A one-day course for people starting or leading a "
             "support group.", "Book a place by phone."),
            ("Help to start a group", "Advice, a meeting room and publicity for people who "
             "want to start a group.", ""),
            ("Information line", "Which groups meet near you, and how to join them.", ""),
        ],
        "charity": [
            ("Buddy matching", "We match you with a volunteer who has been through the same "
             "and keeps in touch for as long as you need.", "Fill in a short form; we call "
             "within two weeks."),
            ("One-to-one listening", "An hour with a trained volunteer listener.", ""),
            ("Family evenings", "An evening a month for whole families, with activities for "
             "children.", ""),
        ],
        "hospital": [
            ("Social work consultation", "Meet a social worker about care at home, money "
             "worries or what comes after a stay.", "Ask your care team for a referral, or "
             "call."),
            ("Bereavement follow-up", "A call and, if you want, a visit in the months after "
             "a death at the hospital.", ""),
        ],
        "clinic": [
            ("Counselling intake", "A first appointment with the behavioral health team.",
             "Call to book; bring any insurance card you have."),
            ("Benefits enrollment help", "Help to apply for health coverage and food "
             "assistance.", ""),
        ],
    },
    "es": {
        "peer": [
            ("Acogida entre pares", "Ven sin cita y habla con alguien que ha pasado por lo "
             "mismo.", ""),
            ("Acompañamiento entre iguales", "Encuentros semanales con una persona "
             "formada en acompañamiento, durante tres meses.", "Pregunta en la entrada o "
             "por teléfono; te llamamos en una semana."),
            ("Ayuda con trámites", "Te ayudamos a rellenar solicitudes de vivienda, "
             "prestaciones y salud.", ""),
        ],
        "federation": [
            ("Formación de facilitadores", "Un curso de un día para quien inicia o "
             "coordina un grupo.", "Reserva tu plaza por teléfono."),
            ("Apoyo para crear un grupo", "Asesoría, una sala y difusión para quien quiere "
             "formar un grupo.", ""),
            ("Línea de información", "Qué grupos se reúnen cerca y cómo unirse.", ""),
        ],
        "charity": [
            ("Acompañamiento individual", "Una hora con una persona voluntaria formada en "
             "escucha.", ""),
            ("Talleres de autocuidado", "Un taller al mes para cuidar de quien cuida.",
             ""),
            ("Tardes en familia", "Una tarde al mes para familias enteras, con actividades "
             "para niñas y niños.", ""),
        ],
        "hospital": [
            ("Consulta de trabajo social", "Habla con una trabajadora social sobre "
             "cuidados en casa, dinero o qué hacer tras el alta.", "Pide la derivación a tu "
             "equipo médico o llama."),
            ("Seguimiento en el duelo", "Una llamada y, si quieres, una visita en los meses "
             "posteriores a una muerte en el hospital.", ""),
        ],
        "clinic": [
            ("Primera consulta de salud mental", "Una primera cita con el equipo de salud "
             "mental.", "Llama para pedir cita."),
            ("Ayuda con seguros y apoyos", "Te ayudamos a solicitar cobertura médica y "
             "ayuda alimentaria.", ""),
        ],
    },
    "fr": {
        "peer": [
            ("Accueil entre pairs", "Venez sans rendez-vous parler avec quelqu'un qui est "
             "passé par là.", ""),
            ("Parrainage entre pairs", "Des rencontres hebdomadaires avec un pair formé, "
             "pendant trois mois.", "Demandez à l'accueil ou par téléphone ; un pair vous "
             "rappelle dans la semaine."),
            ("Aide aux démarches", "Un pair vous aide à remplir les dossiers de logement, "
             "d'allocations et de santé.", ""),
        ],
        "federation": [
            ("Formation des animateurs", "Une journée de formation pour lancer ou animer un "
             "groupe.", "Inscription par téléphone."),
            ("Aide à la création de groupes", "Conseils, une salle et de la visibilité pour "
             "qui veut créer un groupe.", ""),
            ("Ligne d'information", "Quels groupes se réunissent près de chez vous, et "
             "comment les rejoindre.", ""),
        ],
        "charity": [
            ("Écoute individuelle", "Une heure avec un bénévole formé à l'écoute.", ""),
            ("Ateliers pratiques", "Un atelier par mois sur les droits et le quotidien.",
             ""),
            ("Soirées en famille", "Une soirée par mois pour toute la famille, avec des "
             "activités pour les enfants.", ""),
        ],
        "hospital": [
            ("Consultation du service social", "Rencontrez une assistante sociale pour le "
             "retour à domicile, les soucis d'argent ou l'après-hospitalisation.",
             "Demandez à l'équipe soignante ou appelez."),
            ("Accompagnement du deuil", "Un appel et, si vous le souhaitez, une rencontre "
             "dans les mois qui suivent un décès à l'hôpital.", ""),
        ],
        "clinic": [
            ("Premier rendez-vous en santé mentale", "Un premier rendez-vous avec l'équipe "
             "de santé mentale.", "Appelez pour prendre rendez-vous."),
            ("Aide à l'ouverture des droits", "De l'aide pour la couverture santé et "
             "l'aide alimentaire.", ""),
        ],
    },
}

OFFER_HOURS: dict[str, list[tuple[Hours, ...]]] = {
    "peer": [(Hours(WEEKDAYS, "11:00", "16:00"),), (Hours("TU,TH", "17:00", "20:00"),),
             (Hours("WE", "10:00", "13:00"),)],
    "federation": [(Hours("FREQ=MONTHLY;BYDAY=1SA", "10:00", "16:00"),),
                   (Hours("MO,WE", "10:00", "16:00"),), (Hours(WEEKDAYS, "10:00", "14:00"),)],
    "charity": [(Hours("MO,TU,TH", "10:00", "17:00"),), (Hours("WE", "14:00", "17:00"),),
                (Hours("FREQ=MONTHLY;BYDAY=-1FR", "18:00", "20:30"),)],
    "hospital": [(Hours(WEEKDAYS, "09:00", "16:30"),), (Hours("TU,TH", "09:00", "12:00"),)],
    "clinic": [(Hours("MO,WE,TH", "08:30", "17:00"),), (Hours("TU", "13:00", "18:00"),)],
}


def _offers(language: str, kind: str) -> list[Offer]:
    """Up to three services an organization of this kind offers, in its language."""
    offers = []
    for number, ((name, description, process), times) in enumerate(
        zip(OFFER_TEXTS[language][kind], OFFER_HOURS[kind], strict=True)
    ):
        phone_only = kind == "federation" and number == 2
        offers.append(Offer(
            slugify(name), name, description, times, at_location=not phone_only,
            application_process=process,
            capacity="waitlist" if kind == "peer" and number == 1 else "available",
            fee="donation" if kind == "charity" and number == 1 else "free",
        ))
    return offers


# --- writing -------------------------------------------------------------------------------


def _id(*parts: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, "/".join(parts))


def _language_codes(city: dict[str, Any]) -> list[str]:
    return sorted({code for codes, _weight in city["languages"] for code in codes})


def _main_language(city: dict[str, Any]) -> str:
    return str(city["languages"][0][0][0])


def _fill_profile(actor: User, organization: Organization, wanted: dict[str, Any]) -> None:
    """Fill the profile's empty fields through the stewards' own action; a filled one stays."""
    changes = {name: value for name, value in wanted.items()
               if name != "languages" and not getattr(organization, name)}
    if not organization.languages.exists():
        changes["languages"] = list(Language.objects.filter(pk__in=wanted["languages"]))
    if changes:
        update_organization(actor=actor, organization=organization, data=changes)


def _profile(spec: dict[str, Any], city: dict[str, Any], number: int) -> dict[str, Any]:
    language = _main_language(city)
    focus = spec["focus"][0]
    mission = MISSIONS[spec["kind"]][language].format(what=WHAT[focus][language])
    legal = LEGAL_STATUS.get(spec["kind"], "public_body")
    if spec["kind"] == "hospital" and city["country"] == "US":
        legal = "nonprofit"
    if spec["kind"] == "charity" and city["country"] != "GB":
        legal = "nonprofit"
    return {
        "mission": mission, "legal_status": legal, "founded_year": spec["founded"],
        "service_area": city["name"],
        "phone": PHONES[city["country"]].format(area=AREA_CODES.get(city["key"], 0),
                                                n=number),
        "website": f"https://{spec['slug'][:50].rstrip('-')}.example.org",
        "languages": _language_codes(city),
    }


def _location(
    organization: Organization, key: str, *, name: str, position: int,
    place: Place | dict[str, Any], accessibility: str = "", transportation: str = "",
) -> Location:
    hsds_id = _id(organization.slug, "location", key)
    found = Location.objects.filter(hsds_id=hsds_id).first()
    if found is not None:
        return found
    if isinstance(place, dict):
        place = Place.objects.create(**place)
    return Location.objects.create(
        hsds_id=hsds_id, organization=organization, place=place, name=name, position=position,
        accessibility=accessibility, transportation=transportation,
    )


def _hours(owner: dict[str, Any], key: tuple[str, ...], hours: tuple[Hours, ...],
           zone: str) -> None:
    for number, spec in enumerate(hours):
        Schedule.objects.get_or_create(
            hsds_id=_id(*key, "schedule", str(number)),
            defaults={**owner, "rrule": spec.rrule, "starts_on": SINCE,
                      "opens_at": dt.time.fromisoformat(spec.opens),
                      "closes_at": dt.time.fromisoformat(spec.closes),
                      "time_zone": zone, "notes": spec.notes},
        )


def _service(
    organization: Organization, offer: Offer, zone: str,
    at: dict[Location, tuple[Hours, ...]], languages: list[str], concerns: list[str],
) -> Service:
    key = (organization.slug, "service", offer.slug)
    service, created = Service.objects.get_or_create(
        hsds_id=_id(*key),
        defaults={
            "organization": organization, "slug": offer.slug, "name": offer.name,
            "description": offer.description, "fee": offer.fee,
            "fee_description": offer.fee_description, "capacity": offer.capacity,
            "application_process": offer.application_process,
            "eligibility": offer.eligibility, "minimum_age": offer.minimum_age,
            "phone": offer.phone or (organization.phone if not offer.at_location else ""),
            "url": f"{organization.website.rstrip('/')}/{offer.slug}"
            if organization.website else "",
        },
    )
    if created:
        service.languages.set(Language.objects.filter(pk__in=languages))
        service.concerns.set(Concern.objects.filter(slug__in=concerns))
    _hours({"service": service}, key, offer.hours, zone)
    for location, hours in at.items():
        link, _created = ServiceAtLocation.objects.get_or_create(
            service=service, location=location,
            defaults={"hsds_id": _id(*key, "at", str(location.hsds_id))},
        )
        _hours({"service_at_location": link}, (*key, "at", str(location.hsds_id)), hours, zone)
    return service


def _drop_in(actor: User, organization: Organization) -> None:
    _fill_profile(actor, organization, DROP_IN_PROFILE)
    # Its coordinator answers the referrals and requests its services receive.
    coordinator, created = User.objects.get_or_create(
        email=DROP_IN_COORDINATOR, defaults={"display_name": "Drop-in coordinator"})
    if created:
        coordinator.set_unusable_password()
        coordinator.save(update_fields=["password"])
    Stewardship.objects.get_or_create(organization=organization, user=coordinator)
    locations = {}
    for spec in DROP_IN_PLACES:
        place = {**spec["place"], "region": "CA", "country": "US", "time_zone": LOS_ANGELES}
        location = _location(
            organization, spec["key"], name=spec["name"], position=spec["position"],
            place=place, accessibility=spec["accessibility"],
            transportation=spec["transportation"],
        )
        _hours({"location": location}, (organization.slug, "location", spec["key"]),
               spec["hours"], LOS_ANGELES)
        locations[spec["key"]] = location
    for offer, where in DROP_IN_SERVICES:
        _service(
            organization, offer, LOS_ANGELES,
            {locations[key]: hours for key, hours in where.items()},
            offer.extra.get("languages", ["en"]), offer.extra.get("concerns", []),
        )
    profile = current_governance(organization)
    if profile is None or profile.evidence_note != DROP_IN_GOVERNANCE["evidence_note"]:
        state_governance(actor=actor, organization=organization, data=DROP_IN_GOVERNANCE,
                         effective_from=GOVERNANCE_SINCE)


def _other(actor: User, organization: Organization, spec: dict[str, Any],
           city: dict[str, Any], number: int) -> None:
    _fill_profile(actor, organization, _profile(spec, city, number))
    language = _main_language(city)
    zone = city["time_zone"]
    location = None
    if organization.place is not None:
        location = _location(organization, "main", name=SITE_NAMES[language], position=0,
                             place=organization.place)
        _hours({"location": location}, (organization.slug, "location", "main"),
               (Hours(WEEKDAYS, "09:00", "17:00"),), zone)
    offers = _offers(language, spec["kind"])[: 1 + number % 3]
    concerns = [slug for focus in spec["focus"] for slug in CONCERNS.get(focus, [])]
    for offer in offers:
        at = {location: ()} if location is not None and offer.at_location else {}
        _service(organization, offer, zone, at, _language_codes(city), concerns)


@transaction.atomic
def seed_services(organizations: dict[str, Organization], roles: dict[str, User]) -> None:
    """Profiles, places, services and their hours for the demo organizations; a second run
    finds everything in place and changes nothing."""
    staff = roles["staff"]
    cities = {city["key"]: city for city in data.CITIES}
    for number, spec in enumerate(data.ORGANIZATIONS):
        organization = organizations.get(spec["slug"])
        if organization is None:
            continue
        if spec["slug"] == DROP_IN:
            _drop_in(staff, organization)
        else:
            _other(staff, organization, spec, cities[spec["city"]], number)
