"""What the demonstration directory is made of: real cities and neighbourhoods, organizations,
and phrase banks in English, Spanish and French that `demo.py` combines into groups.

Every name here is invented; addresses use real street names with made-up numbers, and every
web address or email is under example.org.
"""

# Names and sentences keep real typography (en dashes between a name and its place).
# ruff: noqa: RUF001

from typing import Any

# ---------------------------------------------------------------------------------------------
# Places. Coordinates are the neighbourhood's centre; each group's place is jittered around it.
# "in" and "de" override how a neighbourhood reads inside a sentence ("in the Mission", "du
# Panier", "del Raval"); otherwise "in X" / "en X" / "à X" and "de X" / "d'X" are used.
# ---------------------------------------------------------------------------------------------

CITIES: list[dict[str, Any]] = [
    {
        "key": "berkeley", "name": "Berkeley", "region": "CA", "country": "US",
        "time_zone": "America/Los_Angeles", "groups": 20, "style": "us",
        "languages": [(("en",), 90), (("en", "es"), 10)],
        "neighbourhoods": [
            {"name": "Downtown Berkeley", "lat": 37.8699, "lon": -122.2680, "postal": "94704",
             "streets": ["Shattuck Ave", "Allston Way", "Center St"]},
            {"name": "North Berkeley", "lat": 37.8797, "lon": -122.2690, "postal": "94709",
             "streets": ["Shattuck Ave", "Vine St", "Cedar St"]},
            {"name": "Elmwood", "lat": 37.8583, "lon": -122.2530, "postal": "94705",
             "streets": ["College Ave", "Ashby Ave"]},
            {"name": "South Berkeley", "lat": 37.8530, "lon": -122.2710, "postal": "94703",
             "streets": ["Adeline St", "Alcatraz Ave", "Sacramento St"]},
            {"name": "West Berkeley", "lat": 37.8660, "lon": -122.2950, "postal": "94710",
             "streets": ["San Pablo Ave", "University Ave", "Fourth St"]},
            {"name": "Thousand Oaks", "lat": 37.8920, "lon": -122.2780, "postal": "94707",
             "streets": ["Solano Ave", "Colusa Ave"]},
        ],
    },
    {
        "key": "oakland", "name": "Oakland", "region": "CA", "country": "US",
        "time_zone": "America/Los_Angeles", "groups": 20, "style": "us",
        "languages": [(("en",), 85), (("en", "es"), 15)],
        "neighbourhoods": [
            {"name": "Rockridge", "lat": 37.8443, "lon": -122.2513, "postal": "94618",
             "streets": ["College Ave", "Claremont Ave"]},
            {"name": "Temescal", "lat": 37.8334, "lon": -122.2632, "postal": "94609",
             "streets": ["Telegraph Ave", "40th St"]},
            {"name": "Fruitvale", "lat": 37.7752, "lon": -122.2241, "postal": "94601",
             "streets": ["International Blvd", "Fruitvale Ave"],
             "languages": [(("es",), 45), (("es", "en"), 40), (("en",), 15)]},
            {"name": "Lake Merritt", "lat": 37.8025, "lon": -122.2595, "postal": "94610",
             "streets": ["Grand Ave", "Lakeshore Ave"], "in": {"en": "by Lake Merritt"}},
            {"name": "Downtown Oakland", "lat": 37.8049, "lon": -122.2711, "postal": "94612",
             "streets": ["Broadway", "Franklin St", "14th St"]},
            {"name": "Dimond District", "lat": 37.8010, "lon": -122.2150, "postal": "94602",
             "streets": ["MacArthur Blvd", "Fruitvale Ave"],
             "in": {"en": "in the Dimond District"}},
        ],
    },
    {
        "key": "san-francisco", "name": "San Francisco", "region": "CA", "country": "US",
        "time_zone": "America/Los_Angeles", "groups": 20, "style": "us",
        "languages": [(("en",), 88), (("en", "es"), 12)],
        "neighbourhoods": [
            {"name": "Mission District", "lat": 37.7599, "lon": -122.4148, "postal": "94110",
             "streets": ["Valencia St", "24th St", "Mission St"],
             "in": {"en": "in the Mission", "es": "en la Misión"}, "de": {"es": "de la Misión"},
             "languages": [(("es",), 35), (("es", "en"), 35), (("en",), 30)]},
            {"name": "Castro", "lat": 37.7609, "lon": -122.4350, "postal": "94114",
             "streets": ["Market St", "18th St"], "in": {"en": "in the Castro"}},
            {"name": "Inner Sunset", "lat": 37.7620, "lon": -122.4660, "postal": "94122",
             "streets": ["Irving St", "9th Ave"], "in": {"en": "in the Inner Sunset"}},
            {"name": "Richmond District", "lat": 37.7800, "lon": -122.4820, "postal": "94118",
             "streets": ["Clement St", "Geary Blvd"], "in": {"en": "in the Richmond"}},
            {"name": "SoMa", "lat": 37.7785, "lon": -122.4056, "postal": "94103",
             "streets": ["Folsom St", "Howard St"]},
            {"name": "Noe Valley", "lat": 37.7502, "lon": -122.4337, "postal": "94114",
             "streets": ["24th St", "Church St"]},
            {"name": "Bernal Heights", "lat": 37.7389, "lon": -122.4152, "postal": "94110",
             "streets": ["Cortland Ave"]},
        ],
    },
    {
        "key": "chicago", "name": "Chicago", "region": "IL", "country": "US",
        "time_zone": "America/Chicago", "groups": 16, "style": "us",
        "languages": [(("en",), 90), (("en", "es"), 10)],
        "neighbourhoods": [
            {"name": "Pilsen", "lat": 41.8556, "lon": -87.6566, "postal": "60608",
             "streets": ["W 18th St", "S Ashland Ave"],
             "languages": [(("es",), 40), (("es", "en"), 40), (("en",), 20)]},
            {"name": "Logan Square", "lat": 41.9231, "lon": -87.7093, "postal": "60647",
             "streets": ["N Milwaukee Ave", "W Fullerton Ave"]},
            {"name": "Hyde Park", "lat": 41.7943, "lon": -87.5907, "postal": "60615",
             "streets": ["E 53rd St", "S Harper Ave"]},
            {"name": "Uptown", "lat": 41.9665, "lon": -87.6533, "postal": "60640",
             "streets": ["N Broadway", "W Lawrence Ave"]},
            {"name": "Lincoln Square", "lat": 41.9688, "lon": -87.6892, "postal": "60625",
             "streets": ["N Lincoln Ave", "W Leland Ave"]},
            {"name": "The Loop", "lat": 41.8837, "lon": -87.6289, "postal": "60604",
             "streets": ["S State St", "W Jackson Blvd"], "in": {"en": "in the Loop"}},
            {"name": "Rogers Park", "lat": 42.0106, "lon": -87.6696, "postal": "60626",
             "streets": ["N Clark St", "W Morse Ave"]},
        ],
    },
    {
        "key": "new-york", "name": "New York", "region": "NY", "country": "US",
        "time_zone": "America/New_York", "groups": 20, "style": "us",
        "languages": [(("en",), 88), (("en", "es"), 12)],
        "neighbourhoods": [
            {"name": "Harlem", "lat": 40.8116, "lon": -73.9465, "postal": "10027",
             "streets": ["W 125th St", "Malcolm X Blvd"]},
            {"name": "Park Slope", "lat": 40.6710, "lon": -73.9814, "postal": "11215",
             "streets": ["7th Ave", "5th Ave"]},
            {"name": "Astoria", "lat": 40.7644, "lon": -73.9235, "postal": "11103",
             "streets": ["Steinway St", "30th Ave"]},
            {"name": "Washington Heights", "lat": 40.8417, "lon": -73.9394, "postal": "10033",
             "streets": ["Broadway", "W 181st St"],
             "languages": [(("es",), 35), (("es", "en"), 40), (("en",), 25)]},
            {"name": "Lower East Side", "lat": 40.7150, "lon": -73.9843, "postal": "10002",
             "streets": ["Grand St", "Clinton St"], "in": {"en": "on the Lower East Side"}},
            {"name": "Jackson Heights", "lat": 40.7557, "lon": -73.8831, "postal": "11372",
             "streets": ["37th Ave", "Roosevelt Ave"],
             "languages": [(("es",), 30), (("es", "en"), 40), (("en",), 30)]},
            {"name": "Chelsea", "lat": 40.7465, "lon": -74.0014, "postal": "10011",
             "streets": ["W 20th St", "8th Ave"]},
        ],
    },
    {
        "key": "austin", "name": "Austin", "region": "TX", "country": "US",
        "time_zone": "America/Chicago", "groups": 12, "style": "us",
        "languages": [(("en",), 80), (("en", "es"), 20)],
        "neighbourhoods": [
            {"name": "East Austin", "lat": 30.2620, "lon": -97.7230, "postal": "78702",
             "streets": ["E Cesar Chavez St", "E 12th St"],
             "languages": [(("es",), 25), (("es", "en"), 45), (("en",), 30)]},
            {"name": "Hyde Park", "lat": 30.3050, "lon": -97.7270, "postal": "78751",
             "streets": ["Duval St", "Speedway"]},
            {"name": "South Congress", "lat": 30.2490, "lon": -97.7500, "postal": "78704",
             "streets": ["S Congress Ave", "S 1st St"]},
            {"name": "North Loop", "lat": 30.3180, "lon": -97.7220, "postal": "78751",
             "streets": ["North Loop Blvd", "Burnet Rd"]},
            {"name": "Mueller", "lat": 30.2980, "lon": -97.7050, "postal": "78723",
             "streets": ["Aldrich St", "Berkman Dr"]},
        ],
    },
    {
        "key": "mexico-city", "name": "Ciudad de México", "region": "Ciudad de México",
        "country": "MX", "de": {"es": "de la Ciudad de México"},
        "time_zone": "America/Mexico_City", "groups": 18, "style": "mx",
        "languages": [(("es",), 100)],
        "neighbourhoods": [
            {"name": "Coyoacán", "lat": 19.3500, "lon": -99.1620, "postal": "04000",
             "streets": ["Av. Francisco Sosa", "Calle Higuera"]},
            {"name": "Roma Norte", "lat": 19.4190, "lon": -99.1620, "postal": "06700",
             "streets": ["Calle Orizaba", "Av. Álvaro Obregón"],
             "in": {"es": "en la Roma Norte"}, "de": {"es": "de la Roma Norte"}},
            {"name": "Condesa", "lat": 19.4120, "lon": -99.1730, "postal": "06140",
             "streets": ["Av. Ámsterdam", "Calle Michoacán"],
             "in": {"es": "en la Condesa"}, "de": {"es": "de la Condesa"}},
            {"name": "Del Valle", "lat": 19.3850, "lon": -99.1650, "postal": "03100",
             "streets": ["Av. Coyoacán", "Calle Pilares"],
             "in": {"es": "en la colonia Del Valle"}, "de": {"es": "de la Del Valle"}},
            {"name": "Centro Histórico", "lat": 19.4340, "lon": -99.1380, "postal": "06000",
             "streets": ["Calle República de Uruguay", "Calle Regina"],
             "in": {"es": "en el Centro Histórico"}, "de": {"es": "del Centro Histórico"}},
            {"name": "Tlalpan", "lat": 19.2900, "lon": -99.1670, "postal": "14000",
             "streets": ["Calle Moneda", "Av. San Fernando"]},
            {"name": "Iztapalapa", "lat": 19.3570, "lon": -99.0930, "postal": "09000",
             "streets": ["Av. Ermita Iztapalapa", "Calle Ayuntamiento"]},
        ],
    },
    {
        "key": "guadalajara", "name": "Guadalajara", "region": "Jalisco", "country": "MX",
        "time_zone": "America/Mexico_City", "groups": 10, "style": "mx",
        "languages": [(("es",), 100)],
        "neighbourhoods": [
            {"name": "Centro", "lat": 20.6767, "lon": -103.3475, "postal": "44100",
             "streets": ["Av. Juárez", "Calle Morelos"],
             "in": {"es": "en el Centro"}, "de": {"es": "del Centro"}},
            {"name": "Colonia Americana", "lat": 20.6730, "lon": -103.3700, "postal": "44160",
             "streets": ["Av. Chapultepec", "Calle Libertad"],
             "in": {"es": "en la Americana"}, "de": {"es": "de la Americana"}},
            {"name": "Providencia", "lat": 20.6920, "lon": -103.3870, "postal": "44630",
             "streets": ["Av. Pablo Neruda", "Calle Rubén Darío"]},
            {"name": "Santa Tere", "lat": 20.6820, "lon": -103.3650, "postal": "44600",
             "streets": ["Calle Juan Manuel", "Calle Pedro Buzeta"]},
            {"name": "Chapalita", "lat": 20.6650, "lon": -103.4000, "postal": "45040",
             "streets": ["Av. Guadalupe", "Av. Tepeyac"]},
        ],
    },
    {
        "key": "paris", "name": "Paris", "region": "Île-de-France", "country": "FR",
        "time_zone": "Europe/Paris", "groups": 18, "style": "fr",
        "languages": [(("fr",), 94), (("fr", "en"), 6)],
        "neighbourhoods": [
            {"name": "Belleville", "lat": 48.8720, "lon": 2.3770, "postal": "75020",
             "streets": ["rue de Belleville", "rue des Pyrénées"]},
            {"name": "Montmartre", "lat": 48.8867, "lon": 2.3431, "postal": "75018",
             "streets": ["rue Lepic", "rue Caulaincourt"]},
            {"name": "Le Marais", "lat": 48.8590, "lon": 2.3620, "postal": "75004",
             "streets": ["rue de Turenne", "rue Vieille-du-Temple"],
             "in": {"fr": "dans le Marais", "en": "in the Marais"}, "de": {"fr": "du Marais"}},
            {"name": "Bastille", "lat": 48.8530, "lon": 2.3690, "postal": "75011",
             "streets": ["rue de la Roquette", "rue de Charonne"],
             "in": {"fr": "à la Bastille"}, "de": {"fr": "de la Bastille"}},
            {"name": "Batignolles", "lat": 48.8870, "lon": 2.3180, "postal": "75017",
             "streets": ["rue des Moines", "rue Legendre"],
             "in": {"fr": "aux Batignolles"}, "de": {"fr": "des Batignolles"}},
            {"name": "Butte-aux-Cailles", "lat": 48.8280, "lon": 2.3500, "postal": "75013",
             "streets": ["rue de la Butte-aux-Cailles", "rue Bobillot"],
             "in": {"fr": "à la Butte-aux-Cailles"}, "de": {"fr": "de la Butte-aux-Cailles"}},
            {"name": "Montparnasse", "lat": 48.8420, "lon": 2.3210, "postal": "75014",
             "streets": ["rue de la Gaîté", "rue Daguerre"]},
        ],
    },
    {
        "key": "lyon", "name": "Lyon", "region": "Auvergne-Rhône-Alpes", "country": "FR",
        "time_zone": "Europe/Paris", "groups": 12, "style": "fr",
        "languages": [(("fr",), 100)],
        "neighbourhoods": [
            {"name": "Croix-Rousse", "lat": 45.7750, "lon": 4.8320, "postal": "69004",
             "streets": ["boulevard de la Croix-Rousse", "rue d'Austerlitz"],
             "in": {"fr": "à la Croix-Rousse"}, "de": {"fr": "de la Croix-Rousse"}},
            {"name": "Presqu'île", "lat": 45.7600, "lon": 4.8340, "postal": "69002",
             "streets": ["rue de la République", "rue Mercière"],
             "in": {"fr": "sur la Presqu'île"}, "de": {"fr": "de la Presqu'île"}},
            {"name": "Guillotière", "lat": 45.7530, "lon": 4.8420, "postal": "69007",
             "streets": ["grande rue de la Guillotière", "rue Marc-Bloch"],
             "in": {"fr": "à la Guillotière"}, "de": {"fr": "de la Guillotière"}},
            {"name": "Vaise", "lat": 45.7740, "lon": 4.8050, "postal": "69009",
             "streets": ["rue de Bourgogne", "rue du Bourbonnais"]},
            {"name": "Monplaisir", "lat": 45.7450, "lon": 4.8700, "postal": "69008",
             "streets": ["avenue des Frères-Lumière", "rue Antoine-Lumière"]},
            {"name": "Part-Dieu", "lat": 45.7610, "lon": 4.8570, "postal": "69003",
             "streets": ["rue Garibaldi", "cours Lafayette"],
             "in": {"fr": "à la Part-Dieu"}, "de": {"fr": "de la Part-Dieu"}},
        ],
    },
    {
        "key": "marseille", "name": "Marseille", "region": "Provence-Alpes-Côte d'Azur",
        "country": "FR", "time_zone": "Europe/Paris", "groups": 10, "style": "fr",
        "languages": [(("fr",), 100)],
        "neighbourhoods": [
            {"name": "Le Panier", "lat": 43.2990, "lon": 5.3680, "postal": "13002",
             "streets": ["rue du Panier", "montée des Accoules"],
             "in": {"fr": "au Panier"}, "de": {"fr": "du Panier"}},
            {"name": "Cours Julien", "lat": 43.2930, "lon": 5.3830, "postal": "13006",
             "streets": ["cours Julien", "rue des Trois-Mages"],
             "in": {"fr": "au cours Julien"}, "de": {"fr": "du cours Julien"}},
            {"name": "La Joliette", "lat": 43.3070, "lon": 5.3670, "postal": "13002",
             "streets": ["rue de la République", "boulevard de Dunkerque"],
             "in": {"fr": "à la Joliette"}, "de": {"fr": "de la Joliette"}},
            {"name": "Castellane", "lat": 43.2860, "lon": 5.3830, "postal": "13006",
             "streets": ["rue de Rome", "boulevard Baille"]},
            {"name": "La Belle de Mai", "lat": 43.3110, "lon": 5.3880, "postal": "13003",
             "streets": ["rue Jobin", "boulevard National"],
             "in": {"fr": "à la Belle de Mai"}, "de": {"fr": "de la Belle de Mai"}},
            {"name": "Endoume", "lat": 43.2830, "lon": 5.3560, "postal": "13007",
             "streets": ["rue d'Endoume", "rue des Catalans"]},
        ],
    },
    {
        "key": "madrid", "name": "Madrid", "region": "Comunidad de Madrid", "country": "ES",
        "time_zone": "Europe/Madrid", "groups": 16, "style": "es",
        "languages": [(("es",), 100)],
        "neighbourhoods": [
            {"name": "Lavapiés", "lat": 40.4085, "lon": -3.7010, "postal": "28012",
             "streets": ["Calle de Embajadores", "Calle del Ave María"]},
            {"name": "Malasaña", "lat": 40.4260, "lon": -3.7050, "postal": "28004",
             "streets": ["Calle del Espíritu Santo", "Calle de San Vicente Ferrer"]},
            {"name": "Chamberí", "lat": 40.4340, "lon": -3.7040, "postal": "28010",
             "streets": ["Calle de Fuencarral", "Calle de Santa Engracia"]},
            {"name": "Vallecas", "lat": 40.3890, "lon": -3.6700, "postal": "28038",
             "streets": ["Avenida de la Albufera", "Calle del Arroyo del Olivar"]},
            {"name": "Carabanchel", "lat": 40.3830, "lon": -3.7270, "postal": "28025",
             "streets": ["Calle del General Ricardos", "Calle de Oca"]},
            {"name": "Barrio de Salamanca", "lat": 40.4300, "lon": -3.6770, "postal": "28001",
             "streets": ["Calle de Goya", "Calle de Velázquez"],
             "in": {"es": "en el barrio de Salamanca"}, "de": {"es": "del barrio de Salamanca"}},
        ],
    },
    {
        "key": "barcelona", "name": "Barcelona", "region": "Cataluña", "country": "ES",
        "time_zone": "Europe/Madrid", "groups": 14, "style": "es",
        "languages": [(("es",), 55), (("es", "ca"), 45)],
        "neighbourhoods": [
            {"name": "Gràcia", "lat": 41.4030, "lon": 2.1560, "postal": "08012",
             "streets": ["Carrer de Verdi", "Travessera de Gràcia"]},
            {"name": "El Raval", "lat": 41.3800, "lon": 2.1680, "postal": "08001",
             "streets": ["Carrer de la Riera Baixa", "Carrer de l'Hospital"],
             "in": {"es": "en el Raval"}, "de": {"es": "del Raval"}},
            {"name": "Sants", "lat": 41.3750, "lon": 2.1360, "postal": "08014",
             "streets": ["Carrer de Sants", "Carrer de Galileu"]},
            {"name": "Poblenou", "lat": 41.4000, "lon": 2.2000, "postal": "08005",
             "streets": ["Rambla del Poblenou", "Carrer de Pujades"],
             "in": {"es": "en el Poblenou"}, "de": {"es": "del Poblenou"}},
            {"name": "Eixample", "lat": 41.3900, "lon": 2.1620, "postal": "08011",
             "streets": ["Carrer del Consell de Cent", "Carrer d'Aribau"],
             "in": {"es": "en el Eixample"}, "de": {"es": "del Eixample"}},
            {"name": "Sant Andreu", "lat": 41.4350, "lon": 2.1900, "postal": "08030",
             "streets": ["Carrer Gran de Sant Andreu", "Carrer de Segre"]},
        ],
    },
    {
        "key": "sevilla", "name": "Sevilla", "region": "Andalucía", "country": "ES",
        "time_zone": "Europe/Madrid", "groups": 9, "style": "es",
        "languages": [(("es",), 100)],
        "neighbourhoods": [
            {"name": "Triana", "lat": 37.3850, "lon": -6.0030, "postal": "41010",
             "streets": ["Calle Pureza", "Calle San Jacinto"]},
            {"name": "La Macarena", "lat": 37.4030, "lon": -5.9890, "postal": "41002",
             "streets": ["Calle Feria", "Calle San Luis"],
             "in": {"es": "en la Macarena"}, "de": {"es": "de la Macarena"}},
            {"name": "Nervión", "lat": 37.3820, "lon": -5.9720, "postal": "41005",
             "streets": ["Avenida de Eduardo Dato", "Calle Luis de Morales"]},
            {"name": "Santa Cruz", "lat": 37.3860, "lon": -5.9890, "postal": "41004",
             "streets": ["Calle Mateos Gago", "Calle Santa Teresa"]},
            {"name": "Los Remedios", "lat": 37.3760, "lon": -6.0000, "postal": "41011",
             "streets": ["Calle Asunción", "Avenida de la República Argentina"]},
        ],
    },
    {
        "key": "london", "name": "London", "region": "England", "country": "GB",
        "time_zone": "Europe/London", "groups": 18, "style": "gb",
        "languages": [(("en",), 100)],
        "neighbourhoods": [
            {"name": "Hackney", "lat": 51.5450, "lon": -0.0550, "postal": "E8",
             "streets": ["Mare Street", "Dalston Lane"]},
            {"name": "Brixton", "lat": 51.4613, "lon": -0.1156, "postal": "SW2",
             "streets": ["Brixton Hill", "Acre Lane"]},
            {"name": "Camden", "lat": 51.5390, "lon": -0.1426, "postal": "NW1",
             "streets": ["Camden High Street", "Pratt Street"]},
            {"name": "Peckham", "lat": 51.4740, "lon": -0.0690, "postal": "SE15",
             "streets": ["Rye Lane", "Bellenden Road"]},
            {"name": "Islington", "lat": 51.5380, "lon": -0.0990, "postal": "N1",
             "streets": ["Upper Street", "Essex Road"]},
            {"name": "Walthamstow", "lat": 51.5840, "lon": -0.0210, "postal": "E17",
             "streets": ["Hoe Street", "Orford Road"]},
            {"name": "Lewisham", "lat": 51.4613, "lon": -0.0110, "postal": "SE13",
             "streets": ["Lewisham High Street", "Lee High Road"]},
        ],
    },
    {
        "key": "manchester", "name": "Manchester", "region": "England", "country": "GB",
        "time_zone": "Europe/London", "groups": 11, "style": "gb",
        "languages": [(("en",), 100)],
        "neighbourhoods": [
            {"name": "Northern Quarter", "lat": 53.4840, "lon": -2.2340, "postal": "M4",
             "streets": ["Oldham Street", "Tib Street"], "in": {"en": "in the Northern Quarter"}},
            {"name": "Chorlton", "lat": 53.4420, "lon": -2.2770, "postal": "M21",
             "streets": ["Beech Road", "Barlow Moor Road"]},
            {"name": "Levenshulme", "lat": 53.4440, "lon": -2.1920, "postal": "M19",
             "streets": ["Stockport Road", "Albert Road"]},
            {"name": "Didsbury", "lat": 53.4170, "lon": -2.2310, "postal": "M20",
             "streets": ["Wilmslow Road", "School Lane"]},
            {"name": "Ancoats", "lat": 53.4840, "lon": -2.2250, "postal": "M4",
             "streets": ["Great Ancoats Street", "Blossom Street"]},
            {"name": "Moss Side", "lat": 53.4600, "lon": -2.2380, "postal": "M14",
             "streets": ["Claremont Road", "Princess Road"]},
        ],
    },
    {
        "key": "montreal", "name": "Montréal", "region": "Québec", "country": "CA",
        "time_zone": "America/Toronto", "groups": 16, "style": "qc",
        "languages": [(("fr",), 50), (("fr", "en"), 25), (("en",), 25)],
        "neighbourhoods": [
            {"name": "Plateau-Mont-Royal", "lat": 45.5220, "lon": -73.5800, "postal": "H2J",
             "streets": ["rue Saint-Denis", "avenue du Mont-Royal Est"],
             "in": {"fr": "sur le Plateau-Mont-Royal", "en": "on the Plateau"},
             "de": {"fr": "du Plateau-Mont-Royal"}},
            {"name": "Hochelaga-Maisonneuve", "lat": 45.5450, "lon": -73.5450, "postal": "H1W",
             "streets": ["rue Ontario Est", "rue Sainte-Catherine Est"],
             "in": {"fr": "dans Hochelaga-Maisonneuve"}},
            {"name": "Villeray", "lat": 45.5430, "lon": -73.6250, "postal": "H2R",
             "streets": ["rue Jarry Est", "rue Villeray"], "in": {"fr": "dans Villeray"}},
            {"name": "Verdun", "lat": 45.4580, "lon": -73.5700, "postal": "H4G",
             "streets": ["rue Wellington", "boulevard LaSalle"]},
            {"name": "Notre-Dame-de-Grâce", "lat": 45.4730, "lon": -73.6150, "postal": "H4A",
             "streets": ["rue Sherbrooke Ouest", "avenue de Monkland"],
             "in": {"en": "in NDG"}},
            {"name": "Rosemont", "lat": 45.5430, "lon": -73.5900, "postal": "H1X",
             "streets": ["boulevard Rosemont", "rue Masson"], "in": {"fr": "dans Rosemont"}},
            {"name": "Mile End", "lat": 45.5250, "lon": -73.6000, "postal": "H2T",
             "streets": ["boulevard Saint-Laurent", "rue Saint-Viateur Ouest"],
             "in": {"fr": "dans le Mile End"}, "de": {"fr": "du Mile End"}},
        ],
    },
    {
        "key": "toronto", "name": "Toronto", "region": "Ontario", "country": "CA",
        "time_zone": "America/Toronto", "groups": 12, "style": "ca",
        "languages": [(("en",), 90), (("en", "fr"), 10)],
        "neighbourhoods": [
            {"name": "Kensington Market", "lat": 43.6547, "lon": -79.4005, "postal": "M5T",
             "streets": ["Augusta Ave", "Baldwin St"]},
            {"name": "Parkdale", "lat": 43.6400, "lon": -79.4370, "postal": "M6K",
             "streets": ["Queen St W", "Jameson Ave"]},
            {"name": "Scarborough", "lat": 43.7764, "lon": -79.2318, "postal": "M1P",
             "streets": ["Lawrence Ave E", "Kennedy Rd"]},
            {"name": "The Annex", "lat": 43.6700, "lon": -79.4070, "postal": "M5R",
             "streets": ["Bloor St W", "Spadina Ave"], "in": {"en": "in the Annex"}},
            {"name": "Leslieville", "lat": 43.6630, "lon": -79.3300, "postal": "M4M",
             "streets": ["Queen St E", "Carlaw Ave"]},
            {"name": "Church-Wellesley", "lat": 43.6650, "lon": -79.3810, "postal": "M4Y",
             "streets": ["Church St", "Wellesley St E"], "in": {"en": "in the Village"}},
        ],
    },
]

# How many online groups, by the language they meet in.
ONLINE_GROUPS = {"en": 12, "es": 6, "fr": 4}
ONLINE_PLACE = {"en": "Online", "es": "en línea", "fr": "en ligne"}

# Street addresses and venues, by a city's "style".
ADDRESS_FORMATS = {
    "us": ("{n} {street}", 100, 3999), "ca": ("{n} {street}", 20, 1999),
    "qc": ("{n}, {street}", 100, 7999), "gb": ("{n} {street}", 1, 240),
    "fr": ("{n} {street}", 1, 140), "es": ("{street}, {n}", 1, 120),
    "mx": ("{street} {n}", 10, 1500),
}
VENUES = {
    "us": ["{nb} Branch Library, Community Room", "{nb} Neighborhood Center",
           "St. Columba's Parish Hall", "Friends Meeting House", "{nb} Senior Center",
           "Wellness Room, {nb} Community Clinic", "{nb} Recovery Café",
           "Unitarian Fellowship Hall", "{nb} YMCA, Room 2", "Temple Beth Shalom, Social Hall"],
    "ca": ["{nb} Library, Program Room", "{nb} Community Centre", "St. Aidan's Church Hall",
           "Friends House", "{nb} Neighbourhood Centre", "Room 3, {nb} Health Centre"],
    "gb": ["{nb} Library, Meeting Room", "{nb} Community Centre", "St Michael's Church Hall",
           "Quaker Meeting House", "{nb} Methodist Hall", "The Old Fire Station",
           "{nb} Wellbeing Hub", "Room 2, {nb} Health Centre"],
    "fr": ["Maison de quartier {de}", "Centre social {de}", "Salle paroissiale Saint-Joseph",
           "Médiathèque {de}, salle de réunion", "Maison des associations",
           "Local associatif {de}", "Maison de santé {de}, salle commune"],
    "qc": ["Centre communautaire {de}", "Bibliothèque {de}, salle polyvalente",
           "Sous-sol de l'église Saint-Esprit", "Maison de quartier {de}",
           "CLSC {de}, salle 2"],
    "es": ["Centro cívico {de}", "Biblioteca municipal {de}, sala 2",
           "Parroquia de San José, salón", "Asociación vecinal {de}",
           "Centro de salud {de}, aula de educación", "Centro de mayores {de}"],
    "mx": ["Centro comunitario {de}", "Casa de cultura {de}",
           "Parroquia de San Juan Bautista, salón parroquial", "Biblioteca pública {de}",
           "Centro de salud {de}, salón de usos múltiples", "Casa del Adulto Mayor {de}"],
}

LANGUAGE_NAMES = {
    "en": {"en": "English", "es": "Spanish", "fr": "French", "ca": "Catalan"},
    "es": {"en": "inglés", "es": "español", "fr": "francés", "ca": "catalán"},
    "fr": {"en": "anglais", "es": "espagnol", "fr": "français", "ca": "catalan"},
}
BILINGUAL = {
    "en": "Meetings are bilingual: {a} and {b}.",
    "es": "Las reuniones son bilingües: {a} {y} {b}.",
    "fr": "Les rencontres sont bilingues : {a} et {b}.",
}

# ---------------------------------------------------------------------------------------------
# Concerns. "who" completes "For …" / "Para …" / "Pour …"; names take {place} (a town or
# neighbourhood, or "Online") or {de} ("de Triana", "du Panier", "en línea").
# ---------------------------------------------------------------------------------------------

CRISIS_NOTE = {
    "en": "This is a support group, not a crisis service: if you are in danger now, call your "
          "local emergency number.",
    "es": "Este es un grupo de apoyo, no un servicio de crisis: si estás en peligro ahora, llama "
          "al número de emergencias de tu país.",
    "fr": "Ceci est un groupe d'entraide, pas un service d'urgence : si vous êtes en danger, "
          "appelez le numéro d'urgence de votre pays.",
}
MEMBERS_ONLY_NOTE = {
    "en": "For everyone's safety, the meeting place is shared only with members.",
    "es": "Por la seguridad de todas, el lugar de reunión solo se comparte con las personas "
          "del grupo.",
    "fr": "Pour la sécurité de toutes et tous, le lieu de rencontre n'est communiqué qu'aux "
          "membres.",
}

CONCERNS: dict[str, dict[str, Any]] = {
    # Bereavement
    "bereavement": {
        "family": "bereavement", "weight": 3,
        "en": {"names": ["{place} Grief Support Circle", "Walking Through Grief – {place}",
                         "{place} Bereavement Group", "{place} Grief Café"],
               "who": "adults grieving the death of someone close, whatever the relationship "
                      "and however long ago it happened"},
        "es": {"names": ["Grupo de Duelo {place}", "Círculo de Duelo {de}",
                         "Acompañarnos en el Duelo – {place}"],
               "who": "personas adultas que viven la muerte de un ser querido, sin importar el "
                      "parentesco ni el tiempo que haya pasado"},
        "fr": {"names": ["Cercle des endeuillés {de}", "Groupe d'entraide deuil {de}",
                         "Café deuil {de}"],
               "who": "les adultes qui vivent la mort d'un proche, quel que soit le lien et "
                      "quel que soit le temps écoulé"},
    },
    "loss-of-a-spouse": {
        "family": "bereavement", "weight": 2,
        "en": {"names": ["{place} Widowed Peer Circle", "Widowed and Carrying On – {place}",
                         "{place} Circle for Widows and Widowers"],
               "who": "anyone whose husband, wife or partner has died, whether last month or "
                      "years ago"},
        "es": {"names": ["Círculo de Viudas y Viudos {de}",
                         "Grupo de Duelo por la Pareja {de}"],
               "who": "quienes han perdido a su esposo, esposa o pareja, hace poco o hace años"},
        "fr": {"names": ["Cercle des veuves et des veufs {de}",
                         "Après la perte du conjoint – {place}"],
               "who": "les personnes dont le conjoint ou la conjointe est décédé, récemment ou "
                      "il y a longtemps"},
    },
    "loss-of-a-child": {
        "family": "bereavement", "weight": 2,
        "en": {"names": ["{place} Bereaved Parents Group", "Parents Remembering – {place}",
                         "{place} Circle for Parents Whose Child Has Died"],
               "who": "mothers and fathers whose son or daughter has died, at any age and from "
                      "any cause"},
        "es": {"names": ["Padres y Madres en Duelo {de}", "Huellas de Amor – {place}"],
               "who": "madres y padres cuyo hijo o hija ha muerto, a cualquier edad y por "
                      "cualquier causa"},
        "fr": {"names": ["Parents endeuillés {de}",
                         "Groupe de parole pour parents endeuillés {de}"],
               "who": "les mères et les pères dont l'enfant est décédé, quel que soit son âge "
                      "et quelle que soit la cause"},
    },
    "suicide-loss": {
        "family": "bereavement", "weight": 2, "extra": CRISIS_NOTE, "extra_p": 1.0,
        "en": {"names": ["{place} Suicide Loss Support Group", "Hope After Suicide Loss – {place}",
                         "After a Suicide: {place} Peer Group"],
               "who": "people who have lost someone to suicide — a partner, child, parent, "
                      "sibling or friend"},
        "es": {"names": ["Duelo por Suicidio {de}",
                         "Sobrevivientes de una Pérdida por Suicidio – {place}"],
               "who": "quienes han perdido a alguien por suicidio: pareja, hijo, madre, padre, "
                      "hermano o amistad"},
        "fr": {"names": ["Endeuillés par suicide {de}",
                         "Groupe de parole deuil après suicide {de}"],
               "who": "les personnes qui ont perdu un proche par suicide : conjoint, enfant, "
                      "parent, frère, sœur ou ami"},
    },
    "pregnancy-loss": {
        "family": "bereavement", "weight": 2, "related": ["loss-of-a-baby"],
        "en": {"names": ["{place} Pregnancy Loss Circle", "After Miscarriage – {place}",
                         "{place} Pregnancy and Baby Loss Circle"],
               "who": "anyone who has been through a miscarriage, an ectopic pregnancy or "
                      "another pregnancy loss, and their partners"},
        "es": {"names": ["Duelo Gestacional {de}", "Círculo de Pérdida Gestacional {de}"],
               "who": "quienes han vivido un aborto espontáneo, un embarazo ectópico u otra "
                      "pérdida gestacional, y sus parejas"},
        "fr": {"names": ["Deuil de grossesse {de}", "Cercle fausses couches et deuil {de}"],
               "who": "les personnes qui ont vécu une fausse couche, une grossesse "
                      "extra-utérine ou une autre perte de grossesse, et leurs partenaires"},
    },
    "loss-of-a-parent": {
        "family": "bereavement", "weight": 2,
        "en": {"names": ["{place} Grieving a Parent Group", "Losing a Parent – {place}",
                         "{place} Motherless and Fatherless Circle"],
               "who": "adults whose mother or father has died, including after a long illness "
                      "or a complicated relationship"},
        "es": {"names": ["Duelo por Mamá o Papá {de}",
                         "Cuando Muere un Padre o una Madre – {place}"],
               "who": "personas adultas cuya madre o padre ha muerto, también después de una "
                      "larga enfermedad o de una relación difícil"},
        "fr": {"names": ["Deuil d'un parent {de}", "Perdre sa mère, perdre son père – {place}"],
               "who": "les adultes qui ont perdu leur mère ou leur père, y compris après une "
                      "longue maladie ou une relation compliquée"},
    },
    "loss-of-a-baby": {
        "family": "bereavement", "weight": 1, "related": ["pregnancy-loss"],
        "en": {"names": ["{place} Stillbirth and Infant Loss Group", "Little Lanterns – {place}"],
               "who": "parents whose baby died before, during or soon after birth"},
        "es": {"names": ["Duelo Perinatal {de}", "Pequeñas Estrellas – {place}"],
               "who": "madres y padres cuyo bebé murió antes, durante o poco después del parto"},
        "fr": {"names": ["Deuil périnatal {de}", "Petites étoiles – {place}"],
               "who": "les parents dont le bébé est mort avant, pendant ou peu après la "
                      "naissance"},
    },
    "overdose-loss": {
        "family": "bereavement", "weight": 1,
        "en": {"names": ["{place} Overdose Loss Support", "Grieving an Overdose – {place}"],
               "who": "families and friends of someone who died from an overdose or from "
                      "addiction — here, no one is ashamed of the person you loved"},
        "es": {"names": ["Duelo por Sobredosis {de}", "Familias en Duelo por Adicciones – {place}"],
               "who": "familias y amistades de alguien que murió por sobredosis o por una "
                      "adicción, sin vergüenza por la persona que amaban"},
        "fr": {"names": ["Deuil après une overdose {de}",
                         "Familles endeuillées par l'addiction – {place}"],
               "who": "les familles et les amis d'une personne décédée d'une overdose ou des "
                      "suites d'une addiction, sans honte pour celle ou celui qu'ils aimaient"},
    },
    "loss-of-a-sibling": {
        "family": "bereavement", "weight": 1,
        "en": {"names": ["{place} Sibling Loss Group",
                         "Brothers and Sisters Remembering – {place}"],
               "who": "adults whose brother or sister has died — a grief that often goes "
                      "unnoticed"},
        "es": {"names": ["Duelo por un Hermano o una Hermana {de}"],
               "who": "personas adultas que han perdido a un hermano o una hermana, un duelo "
                      "que a menudo pasa desapercibido"},
        "fr": {"names": ["Deuil d'un frère ou d'une sœur {de}"],
               "who": "les adultes qui ont perdu un frère ou une sœur, un deuil souvent passé "
                      "sous silence"},
    },
    "anticipatory-grief": {
        "family": "bereavement", "weight": 1,
        "en": {"names": ["{place} Anticipatory Grief Circle", "Saying Goodbye Slowly – {place}"],
               "who": "people whose loved one is seriously ill or nearing the end of life, and "
                      "who are grieving already"},
        "es": {"names": ["Duelo Anticipado {de}", "Acompañar el Final de la Vida – {place}"],
               "who": "quienes acompañan a un ser querido con una enfermedad grave o al final "
                      "de la vida, y ya sienten el duelo"},
        "fr": {"names": ["Deuil anticipé {de}", "Accompagner la fin de vie – {place}"],
               "who": "les proches d'une personne gravement malade ou en fin de vie, qui vivent "
                      "déjà une forme de deuil"},
    },
    "grieving-children": {
        "family": "bereavement", "weight": 1, "audience": "both",
        "en": {"names": ["{place} Kids' Grief Circle",
                         "Butterfly Club for Grieving Kids – {place}"],
               "who": "children and teens who have had someone important die, with a parallel "
                      "circle for the adults who care for them"},
        "es": {"names": ["Niños y Adolescentes en Duelo {de}", "Mariposas – {place}"],
               "who": "niñas, niños y adolescentes que han perdido a alguien importante, con un "
                      "espacio paralelo para las personas adultas que los cuidan"},
        "fr": {"names": ["Enfants et ados en deuil {de}", "Les Papillons – {place}"],
               "who": "les enfants et les adolescents qui ont perdu une personne importante, "
                      "avec un groupe en parallèle pour les adultes qui s'occupent d'eux"},
    },
    "sudden-loss": {
        "family": "bereavement", "weight": 1,
        "en": {"names": ["{place} Sudden Loss Support Group",
                         "When Death Comes Suddenly – {place}"],
               "who": "people bereaved by an accident, a sudden illness or another unexpected "
                      "death"},
        "es": {"names": ["Duelo por Muerte Repentina {de}"],
               "who": "personas en duelo por un accidente, una enfermedad fulminante u otra "
                      "muerte inesperada"},
        "fr": {"names": ["Deuil après une mort soudaine {de}"],
               "who": "les personnes endeuillées par un accident, une maladie foudroyante ou une "
                      "autre mort inattendue"},
    },
    # Addiction and habits
    "alcohol-use": {
        "family": "addiction", "weight": 3, "related": ["drug-use"],
        "en": {"names": ["Sober Tuesdays {place}", "{place} Sobriety Circle",
                         "Drinking Less, Living More – {place}", "{place} Alcohol Recovery Group"],
               "who": "anyone who wants to stop or cut down on drinking, whether sober for "
                      "years or still deciding"},
        "es": {"names": ["Grupo de Sobriedad {de}", "Vivir sin Alcohol – {place}",
                         "Martes Sobrios {place}"],
               "who": "quien quiera dejar de beber o beber menos, lleve años sin alcohol o "
                      "todavía lo esté pensando"},
        "fr": {"names": ["Cercle sobriété {de}", "Vivre sans alcool – {place}",
                         "Les mardis sobres {de}"],
               "who": "les personnes qui veulent arrêter ou réduire l'alcool, abstinentes "
                      "depuis des années ou encore en réflexion"},
    },
    "drug-use": {
        "family": "addiction", "weight": 2,
        "en": {"names": ["{place} Recovery Circle", "Clean and Connected – {place}",
                         "{place} Drug Recovery Peer Group"],
               "who": "people who want to stop or reduce their drug use, at any stage of "
                      "recovery"},
        "es": {"names": ["Grupo de Recuperación {de}", "Vivir Limpios – {place}"],
               "who": "personas que quieren dejar o reducir el consumo de drogas, en cualquier "
                      "etapa de la recuperación"},
        "fr": {"names": ["Groupe de rétablissement {de}", "Cap rétablissement – {place}"],
               "who": "les personnes qui veulent arrêter ou réduire leur consommation de "
                      "drogues, à toutes les étapes du rétablissement"},
    },
    "opioid-use": {
        "family": "addiction", "weight": 1,
        "en": {"names": ["{place} Opioid Recovery Group", "Beyond Opioids – {place}"],
               "who": "people recovering from opioid use, including those on methadone or "
                      "buprenorphine — every path to recovery is respected here"},
        "es": {"names": ["Recuperación de Opioides {de}"],
               "who": "personas en recuperación del consumo de opioides, incluidas las que "
                      "siguen un tratamiento con metadona o buprenorfina"},
        "fr": {"names": ["Rétablissement opioïdes {de}"],
               "who": "les personnes en rétablissement après une consommation d'opioïdes, y "
                      "compris sous traitement de substitution"},
    },
    "gambling": {
        "family": "addiction", "weight": 1,
        "en": {"names": ["{place} Gambling Recovery Group", "Off the Table – {place}"],
               "who": "people whose betting, slot machines or online gambling have got out of "
                      "hand"},
        "es": {"names": ["Libres del Juego {de}", "Grupo de Apoyo por Ludopatía {de}"],
               "who": "personas a las que las apuestas, las máquinas o el juego en línea se "
                      "les han ido de las manos"},
        "fr": {"names": ["Sortir du jeu {de}", "Groupe d'entraide joueurs {de}"],
               "who": "les personnes dont les paris, les machines à sous ou le jeu en ligne "
                      "ont pris trop de place"},
    },
    "smoking": {
        "family": "addiction", "weight": 1,
        "en": {"names": ["{place} Quit Smoking Circle", "Smoke-Free Together – {place}"],
               "who": "anyone trying to quit cigarettes or vaping, or to stay quit"},
        "es": {"names": ["Grupo para Dejar de Fumar {de}"],
               "who": "quien intenta dejar el tabaco o el vapeo, o mantenerse sin fumar"},
        "fr": {"names": ["Ensemble sans tabac {de}"],
               "who": "les personnes qui essaient d'arrêter la cigarette ou la vapoteuse, ou de "
                      "ne pas reprendre"},
    },
    "overeating": {
        "family": "addiction", "weight": 1,
        "en": {"names": ["{place} Food and Feelings Group",
                         "Compulsive Eating Peer Circle – {place}"],
               "who": "people who struggle with compulsive or emotional eating"},
        "es": {"names": ["Comer en Paz {de}"],
               "who": "personas que luchan con la comida compulsiva o emocional"},
        "fr": {"names": ["Manger en paix {de}"],
               "who": "les personnes aux prises avec une alimentation compulsive ou "
                      "émotionnelle"},
    },
    "dual-diagnosis": {
        "family": "addiction", "weight": 1,
        "en": {"names": ["{place} Dual Recovery Group", "Mind and Recovery – {place}"],
               "who": "people living with both a mental health condition and a substance use "
                      "problem"},
        "es": {"names": ["Recuperación Dual {de}"],
               "who": "personas que viven a la vez con un problema de salud mental y un "
                      "consumo problemático de sustancias"},
        "fr": {"names": ["Double rétablissement {de}"],
               "who": "les personnes qui vivent à la fois avec un trouble psychique et une "
                      "addiction"},
    },
    # Family and caregiving
    "family-of-alcoholics": {
        "family": "family", "weight": 2, "audience": "family",
        "en": {"names": ["{place} Family and Friends of Drinkers",
                         "Loving Someone Who Drinks – {place}"],
               "who": "partners, parents, children and friends of someone whose drinking "
                      "worries them"},
        "es": {"names": ["Familias frente al Alcohol {de}",
                         "Cuando Alguien que Quiero Bebe – {place}"],
               "who": "parejas, madres, padres, hijos y amistades de alguien cuya forma de "
                      "beber les preocupa"},
        "fr": {"names": ["Entourage et alcool {de}", "Aimer quelqu'un qui boit – {place}"],
               "who": "les conjoints, parents, enfants et amis d'une personne dont la "
                      "consommation d'alcool les inquiète"},
    },
    "adult-children-of-alcoholics": {
        "family": "family", "weight": 1,
        "en": {"names": ["{place} Circle for People Raised Around Alcohol",
                         "Growing Up With a Drinking Parent – {place}"],
               "who": "adults who grew up in a home where a parent's drinking shaped everyday "
                      "life"},
        "es": {"names": ["Hijas e Hijos de Familias con Alcoholismo {de}"],
               "who": "personas adultas que crecieron en un hogar marcado por el consumo de "
                      "alcohol de su madre o su padre"},
        "fr": {"names": ["Grandir avec un parent qui boit – {place}"],
               "who": "les adultes qui ont grandi dans un foyer où l'alcool d'un parent "
                      "rythmait le quotidien"},
    },
    "families-of-people-who-use-drugs": {
        "family": "family", "weight": 1, "audience": "family",
        "en": {"names": ["{place} Families Facing Addiction",
                         "Parents of Kids Using Drugs – {place}"],
               "who": "parents, partners and siblings of someone who uses drugs, whether or not "
                      "they are in recovery"},
        "es": {"names": ["Familias frente a las Adicciones {de}"],
               "who": "madres, padres, parejas y hermanos de alguien que consume drogas, esté "
                      "o no en recuperación"},
        "fr": {"names": ["Familles face à l'addiction {de}"],
               "who": "les parents, conjoints, frères et sœurs d'une personne qui consomme des "
                      "drogues, qu'elle soit en soins ou non"},
    },
    "dementia-caregiving": {
        "family": "family", "weight": 2, "audience": "family", "related": ["caring-for-a-parent"],
        "en": {"names": ["{place} Dementia Caregivers Circle", "Memory Lane Carers – {place}",
                         "{place} Alzheimer's Family Support Group"],
               "who": "husbands, wives, daughters, sons and friends caring for someone living "
                      "with Alzheimer's or another dementia"},
        "es": {"names": ["Cuidadores de Personas con Alzhéimer {de}",
                         "Cuidar con Memoria – {place}"],
               "who": "esposas, esposos, hijas, hijos y amistades que cuidan a alguien con "
                      "alzhéimer u otra demencia"},
        "fr": {"names": ["Aidants Alzheimer {de}", "La Pause des aidants – {place}"],
               "who": "les conjoints, enfants et amis qui accompagnent une personne atteinte de "
                      "la maladie d'Alzheimer ou d'une maladie apparentée"},
    },
    "caring-for-a-parent": {
        "family": "family", "weight": 1, "audience": "family",
        "en": {"names": ["{place} Caring for Aging Parents",
                         "Sandwich Generation Circle – {place}"],
               "who": "adult children looking after an ageing mother or father while juggling "
                      "work and family"},
        "es": {"names": ["Cuidar a Mamá y Papá {de}"],
               "who": "hijas e hijos que cuidan a una madre o un padre mayor mientras hacen "
                      "malabares con el trabajo y la familia"},
        "fr": {"names": ["Aidants de parents âgés {de}"],
               "who": "les enfants adultes qui s'occupent d'une mère ou d'un père vieillissant "
                      "tout en jonglant avec le travail et la famille"},
    },
    "families-mental-illness": {
        "family": "family", "weight": 2, "audience": "family",
        "en": {"names": ["{place} Family Mental Health Support", "Families Together – {place}"],
               "who": "relatives of someone living with a serious mental illness such as "
                      "schizophrenia, bipolar disorder or severe depression"},
        "es": {"names": ["Familias y Salud Mental {de}"],
               "who": "familiares de alguien que vive con un trastorno mental grave, como "
                      "esquizofrenia, trastorno bipolar o depresión severa"},
        "fr": {"names": ["Familles et santé mentale {de}"],
               "who": "les proches d'une personne qui vit avec un trouble psychique sévère, "
                      "comme la schizophrénie, un trouble bipolaire ou une dépression grave"},
    },
    "parents-of-children-with-disabilities": {
        "family": "family", "weight": 1, "audience": "family",
        "en": {"names": ["{place} Special Needs Parents Circle", "Parents Together – {place}"],
               "who": "parents and carers of children with disabilities or complex needs"},
        "es": {"names": ["Madres y Padres de Niños con Discapacidad {de}"],
               "who": "madres, padres y cuidadores de niñas y niños con discapacidad o "
                      "necesidades complejas"},
        "fr": {"names": ["Parents d'enfants en situation de handicap {de}"],
               "who": "les parents et aidants d'enfants en situation de handicap ou aux besoins "
                      "complexes"},
    },
    "autism-families": {
        "family": "family", "weight": 1, "audience": "family",
        "en": {"names": ["{place} Autism Family Network", "Spectrum Parents – {place}"],
               "who": "parents, grandparents and siblings of autistic children and adults"},
        "es": {"names": ["Familias y Autismo {de}"],
               "who": "madres, padres, abuelos y hermanos de niñas, niños y personas adultas "
                      "autistas"},
        "fr": {"names": ["Familles et autisme {de}"],
               "who": "les parents, grands-parents, frères et sœurs d'enfants et d'adultes "
                      "autistes"},
    },
    "grandparents-raising-grandchildren": {
        "family": "family", "weight": 1, "audience": "family",
        "en": {"names": ["{place} Grandparents Raising Grandkids", "Second Time Around – {place}"],
               "who": "grandparents and other relatives who have stepped in to raise a child"},
        "es": {"names": ["Abuelas y Abuelos que Crían {de}"],
               "who": "abuelas, abuelos y otros familiares que se han hecho cargo de criar a "
                      "una niña o un niño"},
        "fr": {"names": ["Grands-parents au quotidien {de}"],
               "who": "les grands-parents et autres proches qui ont pris en charge l'éducation "
                      "d'un enfant"},
    },
    # Mental health
    "depression": {
        "family": "mental", "weight": 3, "extra": CRISIS_NOTE, "extra_p": 0.4,
        "related": ["anxiety"],
        "en": {"names": ["{place} Depression Peer Support", "Out of the Fog – {place}",
                         "{place} Low Mood Circle"],
               "who": "adults living with depression, whether you are in a rough patch now or "
                      "working at staying well"},
        "es": {"names": ["Grupo de Apoyo para la Depresión {de}", "Salir de la Niebla – {place}"],
               "who": "personas adultas que viven con depresión, estén pasando un mal momento o "
                      "tratando de mantenerse bien"},
        "fr": {"names": ["Groupe d'entraide dépression {de}", "Sortir du brouillard – {place}"],
               "who": "les adultes qui vivent avec la dépression, en pleine période difficile "
                      "ou en train de se maintenir"},
    },
    "anxiety": {
        "family": "mental", "weight": 2,
        "en": {"names": ["{place} Anxiety Support Group", "Breathing Room – {place}",
                         "{place} Worry Less Circle"],
               "who": "people living with anxiety, panic or constant worry"},
        "es": {"names": ["Grupo de Ansiedad {de}", "Respirar Juntos – {place}"],
               "who": "personas que viven con ansiedad, ataques de pánico o preocupación "
                      "constante"},
        "fr": {"names": ["Groupe anxiété {de}", "Respirer ensemble – {place}"],
               "who": "les personnes qui vivent avec l'anxiété, des crises de panique ou une "
                      "inquiétude permanente"},
    },
    "bipolar-disorder": {
        "family": "mental", "weight": 1,
        "en": {"names": ["{place} Bipolar Peer Group", "Ups and Downs – {place}"],
               "who": "people living with bipolar disorder, sharing how we manage the highs, "
                      "the lows and everything in between"},
        "es": {"names": ["Grupo Bipolar {de}"],
               "who": "personas que viven con trastorno bipolar y comparten cómo manejan las "
                      "subidas, las bajadas y todo lo demás"},
        "fr": {"names": ["Groupe d'entraide bipolarité {de}"],
               "who": "les personnes qui vivent avec un trouble bipolaire et partagent leur "
                      "façon de traverser les hauts, les bas et tout le reste"},
    },
    "postpartum-depression": {
        "family": "mental", "weight": 1, "extra_p": 0.7,
        "extra": {"en": "Babies in arms are always welcome.",
                  "es": "Los bebés en brazos siempre son bienvenidos.",
                  "fr": "Les bébés dans les bras sont toujours les bienvenus."},
        "en": {"names": ["{place} Postpartum Support Circle",
                         "New Parents, Real Feelings – {place}"],
               "who": "parents struggling with depression or anxiety during pregnancy or after "
                      "a baby arrives"},
        "es": {"names": ["Depresión Posparto: Grupo de Apoyo {de}"],
               "who": "madres y padres con depresión o ansiedad durante el embarazo o tras la "
                      "llegada del bebé"},
        "fr": {"names": ["Dépression post-partum : groupe d'entraide {de}"],
               "who": "les parents qui traversent une dépression ou de l'anxiété pendant la "
                      "grossesse ou après l'arrivée du bébé"},
    },
    "hearing-voices": {
        "family": "mental", "weight": 1,
        "en": {"names": ["{place} Hearing Voices Group", "Voices and Visions – {place}"],
               "who": "people who hear voices, see visions or have other unusual experiences, "
                      "and want to talk about them without being judged"},
        "es": {"names": ["Grupo de Escuchadores de Voces {de}"],
               "who": "personas que escuchan voces, tienen visiones u otras experiencias "
                      "inusuales y quieren hablar de ellas sin ser juzgadas"},
        "fr": {"names": ["Groupe entendeurs de voix {de}"],
               "who": "les personnes qui entendent des voix, ont des visions ou d'autres "
                      "perceptions inhabituelles, et veulent en parler sans être jugées"},
    },
    "ptsd": {
        "family": "mental", "weight": 1,
        "en": {"names": ["{place} Trauma Recovery Circle", "After Trauma – {place}"],
               "who": "adults living with the after-effects of trauma: flashbacks, nightmares, "
                      "always being on edge"},
        "es": {"names": ["Grupo de Apoyo tras el Trauma {de}"],
               "who": "personas adultas que viven con las secuelas de un trauma: recuerdos "
                      "intrusivos, pesadillas, estar siempre en alerta"},
        "fr": {"names": ["Groupe d'entraide stress post-traumatique {de}"],
               "who": "les adultes qui vivent avec les séquelles d'un traumatisme : "
                      "reviviscences, cauchemars, état d'alerte permanent"},
    },
    "eating-disorders": {
        "family": "mental", "weight": 1, "extra_p": 1.0,
        "extra": {"en": "We never talk about numbers here — no weights, no calories.",
                  "es": "Aquí nunca hablamos de cifras: ni pesos ni calorías.",
                  "fr": "Ici, on ne parle jamais de chiffres : ni poids ni calories."},
        "en": {"names": ["{place} Eating Disorder Recovery Group"],
               "who": "adults in recovery from anorexia, bulimia, binge eating or another "
                      "eating disorder"},
        "es": {"names": ["Grupo de Apoyo para Trastornos Alimentarios {de}"],
               "who": "personas adultas en recuperación de anorexia, bulimia, atracones u otro "
                      "trastorno alimentario"},
        "fr": {"names": ["Groupe d'entraide troubles alimentaires {de}"],
               "who": "les adultes en rétablissement d'une anorexie, d'une boulimie, d'une "
                      "hyperphagie ou d'un autre trouble alimentaire"},
    },
    "ocd": {
        "family": "mental", "weight": 1,
        "en": {"names": ["{place} OCD Peer Support"],
               "who": "people living with obsessive-compulsive disorder, including intrusive "
                      "thoughts that are hard to talk about anywhere else"},
        "es": {"names": ["Grupo de Apoyo TOC {de}"],
               "who": "personas que viven con un trastorno obsesivo-compulsivo, incluidos los "
                      "pensamientos intrusivos de los que cuesta hablar en otros lugares"},
        "fr": {"names": ["Groupe d'entraide TOC {de}"],
               "who": "les personnes qui vivent avec un trouble obsessionnel compulsif, y "
                      "compris des pensées intrusives dont il est difficile de parler ailleurs"},
    },
    # Physical health
    "cancer": {
        "family": "physical", "weight": 2,
        "en": {"names": ["{place} Cancer Support Circle", "Living With Cancer – {place}",
                         "{place} Cancer Survivors Group"],
               "who": "people living with any kind of cancer, in treatment or beyond it"},
        "es": {"names": ["Grupo de Apoyo Oncológico {de}", "Vivir con Cáncer – {place}"],
               "who": "personas con cualquier tipo de cáncer, en tratamiento o después de él"},
        "fr": {"names": ["Groupe de parole cancer {de}", "Vivre avec un cancer – {place}"],
               "who": "les personnes touchées par un cancer, quel qu'il soit, pendant ou après "
                      "les traitements"},
    },
    "breast-cancer": {
        "family": "physical", "weight": 1, "related": ["cancer"],
        "en": {"names": ["{place} Breast Cancer Support Group", "Pink Thursdays – {place}"],
               "who": "people diagnosed with breast cancer, from first diagnosis to life after "
                      "treatment, including metastatic disease"},
        "es": {"names": ["Grupo de Apoyo Cáncer de Mama {de}"],
               "who": "personas con cáncer de mama, desde el diagnóstico hasta la vida después "
                      "del tratamiento, incluida la enfermedad metastásica"},
        "fr": {"names": ["Groupe cancer du sein {de}"],
               "who": "les personnes touchées par un cancer du sein, de l'annonce du diagnostic "
                      "à l'après-traitement, y compris au stade métastatique"},
    },
    "multiple-sclerosis": {
        "family": "physical", "weight": 1,
        "en": {"names": ["{place} MS Peer Support Group", "MS Coffee Club – {place}"],
               "who": "people living with multiple sclerosis, newly diagnosed or many years in"},
        "es": {"names": ["Grupo de Esclerosis Múltiple {de}"],
               "who": "personas que viven con esclerosis múltiple, con un diagnóstico reciente "
                      "o desde hace muchos años"},
        "fr": {"names": ["Groupe d'entraide sclérose en plaques {de}"],
               "who": "les personnes qui vivent avec une sclérose en plaques, diagnostiquées "
                      "récemment ou depuis de nombreuses années"},
    },
    "parkinsons": {
        "family": "physical", "weight": 1, "audience": "both",
        "en": {"names": ["{place} Parkinson's Support Group",
                         "Parkinson's Coffee Mornings – {place}"],
               "who": "people with Parkinson's and their care partners"},
        "es": {"names": ["Grupo de Párkinson {de}"],
               "who": "personas con párkinson y quienes las acompañan en el cuidado"},
        "fr": {"names": ["Groupe Parkinson {de}"],
               "who": "les personnes atteintes de la maladie de Parkinson et leurs proches "
                      "aidants"},
    },
    "chronic-pain": {
        "family": "physical", "weight": 1, "extra_p": 0.6,
        "extra": {"en": "Sit, stand or move around as you need to.",
                  "es": "Puedes sentarte, estar de pie o moverte como lo necesites.",
                  "fr": "Asseyez-vous, restez debout ou bougez comme vous en avez besoin."},
        "en": {"names": ["{place} Chronic Pain Peer Group", "Living Well With Pain – {place}"],
               "who": "people living with long-term pain, whatever its cause"},
        "es": {"names": ["Grupo de Dolor Crónico {de}"],
               "who": "personas que viven con dolor persistente, sea cual sea su causa"},
        "fr": {"names": ["Groupe douleur chronique {de}"],
               "who": "les personnes qui vivent avec des douleurs persistantes, quelle qu'en "
                      "soit la cause"},
    },
    "diabetes": {
        "family": "physical", "weight": 1,
        "en": {"names": ["{place} Diabetes Peer Support", "Diabetes Conversation Circle – {place}"],
               "who": "adults with type 1 or type 2 diabetes who want to share the day-to-day "
                      "of living with it"},
        "es": {"names": ["Grupo de Diabetes {de}", "Dulce Compañía – {place}"],
               "who": "personas adultas con diabetes tipo 1 o tipo 2 que quieren compartir el "
                      "día a día de vivir con ella"},
        "fr": {"names": ["Groupe d'entraide diabète {de}"],
               "who": "les adultes vivant avec un diabète de type 1 ou de type 2 qui veulent "
                      "partager le quotidien de la maladie"},
    },
    "stroke": {
        "family": "physical", "weight": 1, "audience": "both", "extra_p": 0.6,
        "extra": {"en": "We take our time: no one is rushed to speak.",
                  "es": "Vamos sin prisas: nadie tiene que hablar rápido.",
                  "fr": "On prend notre temps : personne n'est pressé de parler."},
        "en": {"names": ["{place} Stroke Survivors Club", "Life After Stroke – {place}"],
               "who": "stroke survivors and their families, including people living with "
                      "aphasia"},
        "es": {"names": ["Vida después del Ictus {de}"],
               "who": "personas que han sufrido un ictus y sus familias, incluidas las personas "
                      "con afasia"},
        "fr": {"names": ["Après l'AVC {de}"],
               "who": "les personnes qui ont eu un AVC et leurs proches, y compris celles qui "
                      "vivent avec une aphasie"},
    },
    "long-covid": {
        "family": "physical", "weight": 1, "extra_p": 0.6,
        "extra": {"en": "Meetings are short and pacing is respected.",
                  "es": "Las reuniones son cortas y respetamos el ritmo de cada quien.",
                  "fr": "Les rencontres sont courtes et chacun va à son rythme."},
        "en": {"names": ["{place} Long COVID Support Group"],
               "who": "people still living with symptoms months or years after COVID-19"},
        "es": {"names": ["Grupo de COVID Persistente {de}"],
               "who": "personas que siguen con síntomas meses o años después de la COVID-19"},
        "fr": {"names": ["Groupe Covid long {de}"],
               "who": "les personnes qui ont encore des symptômes des mois ou des années après "
                      "la Covid-19"},
    },
    "hiv": {
        "family": "physical", "weight": 1,
        "en": {"names": ["{place} Positive Living Group", "HIV Peer Circle – {place}"],
               "who": "people living with HIV, whether diagnosed last week or thirty years ago"},
        "es": {"names": ["Vivir con VIH {de}"],
               "who": "personas que viven con VIH, con un diagnóstico de la semana pasada o de "
                      "hace treinta años"},
        "fr": {"names": ["Vivre avec le VIH {de}"],
               "who": "les personnes vivant avec le VIH, diagnostiquées la semaine dernière ou "
                      "il y a trente ans"},
    },
    # Abuse, trauma and crime: always private or secret, the address for members only.
    "domestic-violence": {
        "family": "abuse", "weight": 1, "sensitive": True,
        "extra": MEMBERS_ONLY_NOTE, "extra_p": 1.0,
        "en": {"names": ["{place} Survivors' Circle", "Safe Harbor Women's Group – {place}"],
               "who": "people who have experienced abuse from a partner or ex-partner, whether "
                      "or not they have left"},
        "es": {"names": ["Círculo de Sobrevivientes {de}",
                         "Mujeres Libres de Violencia – {place}"],
               "who": "personas que han vivido violencia de una pareja o expareja, hayan salido "
                      "de esa relación o no"},
        "fr": {"names": ["Groupe de parole violences conjugales {de}"],
               "who": "les personnes qui ont subi des violences de la part d'un conjoint ou "
                      "d'un ex-conjoint, qu'elles soient parties ou non"},
    },
    "sexual-abuse-survivors": {
        "family": "abuse", "weight": 1, "sensitive": True,
        "extra": MEMBERS_ONLY_NOTE, "extra_p": 0.5,
        "en": {"names": ["{place} Sexual Abuse Survivors Circle"],
               "who": "adult survivors of sexual abuse or assault, at any point in their "
                      "healing"},
        "es": {"names": ["Sobrevivientes de Abuso Sexual {de}"],
               "who": "personas adultas sobrevivientes de abuso o agresión sexual, en cualquier "
                      "momento de su proceso"},
        "fr": {"names": ["Groupe de parole victimes de violences sexuelles {de}"],
               "who": "les adultes ayant subi des violences sexuelles, à n'importe quelle étape "
                      "de leur cheminement"},
    },
    "childhood-abuse-survivors": {
        "family": "abuse", "weight": 1, "sensitive": True,
        "en": {"names": ["{place} Adult Survivors of Childhood Abuse"],
               "who": "adults who were abused or neglected as children and are working through "
                      "what it left behind"},
        "es": {"names": ["Sobrevivientes de Maltrato Infantil {de}"],
               "who": "personas adultas que sufrieron maltrato o abandono en la infancia y "
                      "trabajan con lo que les dejó"},
        "fr": {"names": ["Adultes maltraités dans l'enfance {de}"],
               "who": "les adultes maltraités ou négligés dans leur enfance, qui travaillent sur "
                      "ce que cela a laissé en eux"},
    },
    # Life transitions
    "divorce": {
        "family": "life", "weight": 1,
        "en": {"names": ["{place} Divorce and Separation Support", "Starting Over – {place}"],
               "who": "anyone going through separation or divorce, or still finding their feet "
                      "after one"},
        "es": {"names": ["Grupo de Divorcio y Separación {de}", "Volver a Empezar – {place}"],
               "who": "quien está pasando por una separación o un divorcio, o todavía se está "
                      "reubicando después"},
        "fr": {"names": ["Groupe séparation et divorce {de}", "Repartir – {place}"],
               "who": "les personnes qui traversent une séparation ou un divorce, ou qui "
                      "cherchent encore leurs repères après"},
    },
    "loneliness": {
        "family": "life", "weight": 1,
        "en": {"names": ["{place} Friendly Tuesdays", "Nobody Alone – {place}"],
               "who": "anyone who feels lonely or cut off, whether you live alone, moved "
                      "recently or simply lost touch with people"},
        "es": {"names": ["Tardes de Compañía {de}"],
               "who": "cualquier persona que se sienta sola o aislada, viva sola, se haya "
                      "mudado hace poco o haya perdido el contacto con la gente"},
        "fr": {"names": ["Rompre l'isolement {de}"],
               "who": "les personnes qui se sentent seules ou isolées, qu'elles vivent seules, "
                      "aient déménagé récemment ou perdu le contact avec les autres"},
    },
    "unemployment": {
        "family": "life", "weight": 1,
        "en": {"names": ["{place} Job Seekers Peer Circle", "Between Jobs – {place}"],
               "who": "people out of work or laid off, dealing with both the job search and "
                      "what it does to your confidence"},
        "es": {"names": ["Grupo de Apoyo en el Desempleo {de}"],
               "who": "personas sin trabajo o recién despedidas, que lidian con la búsqueda de "
                      "empleo y con lo que le hace a la confianza"},
        "fr": {"names": ["Entraide chercheurs d'emploi {de}"],
               "who": "les personnes sans emploi ou licenciées, qui font face à la recherche "
                      "d'emploi et à ce qu'elle fait à la confiance en soi"},
    },
    "leaving-prison": {
        "family": "life", "weight": 1,
        "en": {"names": ["{place} Reentry Peer Circle", "Coming Home – {place}"],
               "who": "people returning home after prison or jail, in the first months of "
                      "rebuilding"},
        "es": {"names": ["Grupo de Reinserción {de}"],
               "who": "personas que vuelven a casa después de la cárcel, en los primeros meses "
                      "de reconstrucción"},
        "fr": {"names": ["Sortants de prison : entraide {de}"],
               "who": "les personnes qui sortent de prison et vivent les premiers mois de la "
                      "reconstruction"},
    },
    # Parenting
    "single-parents": {
        "family": "parenting", "weight": 1,
        "en": {"names": ["{place} Solo Parents Circle"],
               "who": "single mums and dads doing most of the parenting on their own"},
        "es": {"names": ["Madres y Padres Solos {de}"],
               "who": "madres y padres que crían prácticamente en solitario"},
        "fr": {"names": ["Parents solos {de}"],
               "who": "les mères et les pères qui élèvent leurs enfants presque seuls"},
    },
    "parents-of-lgbtq-children": {
        "family": "parenting", "weight": 1, "audience": "family",
        "en": {"names": ["{place} Parents of LGBTQ+ Kids"],
               "who": "parents and family of LGBTQ+ children and teens, whether your child came "
                      "out yesterday or years ago"},
        "es": {"names": ["Familias por la Diversidad {de}"],
               "who": "madres, padres y familiares de hijas e hijos LGBTQ+, tanto si les "
                      "contaron quiénes son ayer como hace años"},
        "fr": {"names": ["Parents d'enfants LGBTQ+ {de}"],
               "who": "les parents et proches d'enfants et d'ados LGBTQ+, que votre enfant ait "
                      "fait son coming out hier ou il y a des années"},
    },
    # Identity and community
    "lgbtq": {
        "family": "identity", "weight": 1,
        "en": {"names": ["{place} LGBTQ+ Peer Support", "Rainbow Circle – {place}"],
               "who": "LGBTQ+ adults looking for connection and support from people who get it"},
        "es": {"names": ["Círculo Arcoíris {de}"],
               "who": "personas adultas LGBTQ+ que buscan conexión y apoyo de quienes entienden"},
        "fr": {"names": ["Cercle arc-en-ciel {de}"],
               "who": "les adultes LGBTQ+ qui cherchent du lien et du soutien auprès de "
                      "personnes qui comprennent"},
    },
    "veterans": {
        "family": "identity", "weight": 1,
        "en": {"names": ["{place} Veterans Peer Circle", "Home Front Veterans Group – {place}"],
               "who": "veterans of any branch and any era, adjusting to civilian life or "
                      "carrying what service left behind"},
        "es": {"names": ["Grupo de Veteranos {de}"],
               "who": "veteranas y veteranos de cualquier cuerpo y época, que se adaptan a la "
                      "vida civil o cargan con lo que dejó el servicio"},
        "fr": {"names": ["Groupe d'entraide anciens militaires {de}"],
               "who": "les anciens militaires de toutes armes et de toutes époques, qui "
                      "s'adaptent à la vie civile ou portent ce que le service leur a laissé"},
    },
    "immigrants-refugees": {
        "family": "identity", "weight": 1,
        "en": {"names": ["{place} Newcomers Circle", "Far From Home – {place}"],
               "who": "immigrants and refugees settling into a new country and often a new "
                      "language"},
        "es": {"names": ["Lejos de Casa {de}"],
               "who": "personas migrantes y refugiadas que se adaptan a un nuevo país y, a "
                      "veces, a un nuevo idioma"},
        "fr": {"names": ["Loin de chez soi {de}"],
               "who": "les personnes immigrantes et réfugiées qui s'installent dans un nouveau "
                      "pays et parfois une nouvelle langue"},
    },
}

# ---------------------------------------------------------------------------------------------
# Sentences that go around a concern's "who": what happens, who leads, how to come, privacy.
# ---------------------------------------------------------------------------------------------

WHO = {
    "en": ["For {who}.", "This group is for {who}.", "A place for {who}.", "We welcome {who}."],
    "es": ["Para {who}.", "Este grupo es para {who}.", "Un espacio para {who}.",
           "Damos la bienvenida a {who}."],
    "fr": ["Pour {who}.", "Un espace pour {who}.", "Nous accueillons {who}.",
           "Ce groupe réunit {who}."],
}

FOCUS: dict[str, dict[str, list[str]]] = {
    "bereavement": {
        "en": ["We talk about the people we have lost, the hard dates and the ordinary days, and "
               "what gets us through the week.",
               "Each meeting opens with a round of names — who we are here for — and then "
               "everyone shares as much or as little as they like.",
               "There is no right way to grieve and no timetable; we listen, we remember, and "
               "sometimes we even laugh.",
               "Members bring photos, memories and questions, and we talk about what has helped "
               "on the worst days."],
        "es": ["Hablamos de las personas que hemos perdido, de las fechas difíciles y de los "
               "días normales, y de lo que nos ayuda a seguir.",
               "Cada reunión empieza con una ronda de nombres —por quién estamos aquí— y luego "
               "cada quien comparte lo que quiera.",
               "No hay una forma correcta de vivir el duelo ni un calendario; escuchamos, "
               "recordamos y a veces hasta reímos.",
               "Traemos fotos, recuerdos y preguntas, y conversamos sobre lo que nos ha servido "
               "en los peores días."],
        "fr": ["Nous parlons des personnes que nous avons perdues, des dates difficiles et des "
               "jours ordinaires, et de ce qui nous aide à avancer.",
               "Chaque rencontre commence par un tour des prénoms — pour qui nous sommes là — "
               "puis chacun partage ce qu'il souhaite.",
               "Il n'y a pas de bonne façon de vivre un deuil ni de calendrier : on écoute, on "
               "se souvient, et parfois on rit.",
               "On apporte des photos, des souvenirs, des questions, et on échange sur ce qui a "
               "aidé dans les pires moments."],
    },
    "addiction": {
        "en": ["Members check in on how the week went, what helped them stay on track and where "
               "it got hard.",
               "We share honestly about cravings, slips and small wins, without judgement and "
               "without lectures.",
               "Each meeting has a short reading or topic, then open sharing; you set your own "
               "goal, whether that is cutting down or stopping."],
        "es": ["Cada persona cuenta cómo le fue en la semana, qué le ayudó a mantenerse y dónde "
               "se le hizo difícil.",
               "Hablamos con honestidad de las ganas, las recaídas y los pequeños logros, sin "
               "juicios ni sermones.",
               "Cada reunión tiene una lectura breve o un tema y luego un espacio abierto; cada "
               "quien fija su meta, sea reducir o dejarlo."],
        "fr": ["Chacun raconte comment s'est passée sa semaine, ce qui l'a aidé à tenir et ce "
               "qui a été difficile.",
               "On parle franchement des envies, des rechutes et des petites victoires, sans "
               "jugement ni leçon de morale.",
               "Chaque rencontre commence par une courte lecture ou un thème, puis la parole est "
               "libre ; chacun fixe son objectif, réduire ou arrêter."],
    },
    "family": {
        "en": ["We share what it is like to love someone through this, and how to look after "
               "ourselves along the way.",
               "Members swap practical tips — appointments, money, respite — and talk through "
               "the week's worries with people who need nothing explained.",
               "We cannot fix the people we care about, but we can help each other carry the "
               "load."],
        "es": ["Compartimos lo que significa acompañar a alguien en esto y cómo cuidarnos "
               "también a nosotros.",
               "Intercambiamos consejos prácticos —citas, trámites, descansos— y hablamos de las "
               "preocupaciones de la semana con gente que entiende sin explicaciones.",
               "No podemos arreglar la vida de las personas que queremos, pero sí ayudarnos a "
               "llevar la carga."],
        "fr": ["Nous partageons ce que c'est d'accompagner un proche dans cette épreuve, et "
               "comment prendre soin de nous en chemin.",
               "On échange des conseils pratiques — rendez-vous, démarches, répit — et on parle "
               "des soucis de la semaine avec des gens qui comprennent sans explication.",
               "Nous ne pouvons pas régler la vie de ceux que nous aimons, mais nous pouvons "
               "nous aider à porter la charge."],
    },
    "mental": {
        "en": ["We share what helps on good days and bad ones, from sleep routines to getting "
               "through appointments.",
               "Meetings mix a check-in, a topic the group chooses and plenty of room to just be "
               "heard.",
               "Nobody here will tell you what you should feel; we listen, compare notes and "
               "notice the small steps."],
        "es": ["Compartimos lo que nos ayuda en los días buenos y en los malos, desde las "
               "rutinas de sueño hasta cómo sobrellevar las consultas.",
               "Las reuniones combinan una ronda de cómo estamos, un tema elegido por el grupo y "
               "mucho espacio para sentirse escuchado.",
               "Aquí nadie te dirá lo que deberías sentir; escuchamos, comparamos experiencias y "
               "celebramos los pasos pequeños."],
        "fr": ["Nous partageons ce qui aide les bons et les mauvais jours, du sommeil aux "
               "rendez-vous médicaux.",
               "Les rencontres mêlent un tour de table, un thème choisi par le groupe et "
               "beaucoup de place pour être simplement écouté.",
               "Personne ici ne vous dira ce que vous devriez ressentir : on écoute, on compare "
               "nos expériences et on remarque les petits pas."],
    },
    "physical": {
        "en": ["We talk about treatments, tiredness, work and relationships, and pass on the "
               "tips that made daily life easier.",
               "Some months a nurse or a guest speaker joins us; most meetings are simply members "
               "supporting each other.",
               "Members compare notes on appointments and side effects, and there is always time "
               "for the things that are hard to say at home."],
        "es": ["Hablamos de tratamientos, cansancio, trabajo y relaciones, y compartimos los "
               "trucos que nos han facilitado el día a día.",
               "Algunos meses viene una enfermera o una persona invitada; la mayoría de las "
               "reuniones son simplemente apoyo entre nosotros.",
               "Comparamos experiencias sobre consultas y efectos secundarios, y siempre hay "
               "tiempo para lo que cuesta decir en casa."],
        "fr": ["On parle des traitements, de la fatigue, du travail et des relations, et on se "
               "transmet les astuces qui facilitent le quotidien.",
               "Certains mois, une infirmière ou un intervenant nous rejoint ; la plupart du "
               "temps, ce sont les membres qui se soutiennent entre eux.",
               "On compare nos expériences des consultations et des effets secondaires, et il "
               "reste toujours du temps pour ce qui est difficile à dire à la maison."],
    },
    "abuse": {
        "en": ["It is a calm space to be believed, to talk about what happened only if you want "
               "to, and to rebuild at your own pace.",
               "We focus on safety, self-worth and the next step, whatever that looks like for "
               "you."],
        "es": ["Es un espacio tranquilo donde se te cree, donde hablas de lo ocurrido solo si "
               "quieres y donde te reconstruyes a tu ritmo.",
               "Nos centramos en la seguridad, la autoestima y el siguiente paso, sea cual sea "
               "para ti."],
        "fr": ["C'est un lieu calme où l'on vous croit, où vous parlez de ce qui s'est passé "
               "seulement si vous le souhaitez, et où l'on se reconstruit à son rythme.",
               "Nous mettons l'accent sur la sécurité, l'estime de soi et la prochaine étape, "
               "quelle qu'elle soit pour vous."],
    },
    "life": {
        "en": ["We share where we are, what changed and what is helping us find our feet.",
               "Members talk through the practical side and the emotional side, and often stay "
               "on for tea afterwards."],
        "es": ["Compartimos dónde estamos, qué cambió y qué nos ayuda a encontrar nuestro lugar.",
               "Hablamos de lo práctico y de lo emocional, y muchas veces nos quedamos a tomar "
               "algo después."],
        "fr": ["Nous partageons où nous en sommes, ce qui a changé et ce qui nous aide à "
               "retrouver nos repères.",
               "On parle du côté pratique comme du côté émotionnel, et on reste souvent prendre "
               "un thé après."],
    },
    "parenting": {
        "en": ["Parents share the hard bits and the funny bits, swap ideas and leave feeling "
               "less alone.",
               "Children are welcome in the play corner while the grown-ups talk."],
        "es": ["Compartimos lo difícil y lo divertido de criar, intercambiamos ideas y salimos "
               "sintiéndonos menos solos.",
               "Hay un rincón de juegos para las niñas y los niños mientras las personas adultas "
               "conversan."],
        "fr": ["Les parents partagent le difficile comme le drôle, échangent des idées et "
               "repartent moins seuls.",
               "Un coin jeux accueille les enfants pendant que les adultes discutent."],
    },
    "identity": {
        "en": ["We meet to connect, share experiences and back each other up in a space where "
               "you do not have to explain yourself.",
               "Some weeks we have a topic, some weeks we just talk; either way, you will be "
               "among people who get it."],
        "es": ["Nos reunimos para conectar, compartir experiencias y apoyarnos en un espacio "
               "donde no tienes que dar explicaciones.",
               "Algunas semanas hay un tema y otras simplemente conversamos; en cualquier caso, "
               "estarás con gente que entiende."],
        "fr": ["Nous nous retrouvons pour créer du lien, partager nos expériences et nous "
               "épauler dans un espace où vous n'avez pas à vous justifier.",
               "Certaines semaines il y a un thème, d'autres on discute simplement ; dans tous "
               "les cas, vous serez entre personnes qui comprennent."],
    },
}

LED_BY: dict[str, dict[str, list[str]]] = {
    "peers": {
        "en": ["It is run by members who have been through it themselves; nobody is an expert, "
               "and everyone's experience counts.",
               "Members take turns facilitating, and everyone who leads the group has lived "
               "experience.",
               "We are peers: the people who facilitate have walked this road and still come for "
               "their own support."],
        "es": ["Lo llevamos personas que lo hemos vivido; aquí nadie es experto y la "
               "experiencia de cada quien cuenta.",
               "Nos turnamos para facilitar, y quienes coordinan el grupo tienen experiencia "
               "propia.",
               "Somos pares: quienes facilitan han recorrido este camino y siguen viniendo por "
               "su propio apoyo."],
        "fr": ["Le groupe est animé par des membres qui l'ont vécu eux-mêmes : personne n'est "
               "expert et l'expérience de chacun compte.",
               "Les membres animent à tour de rôle, et toutes les personnes qui animent ont une "
               "expérience vécue.",
               "Nous sommes des pairs : celles et ceux qui animent ont traversé la même chose et "
               "viennent encore chercher du soutien."],
    },
    "professionals": {
        "en": ["Sessions are led by a licensed clinical social worker and follow a gentle "
               "structure, with time for open sharing at the end.",
               "A psychologist leads each session, brings a short theme and keeps the space safe "
               "for everyone.",
               "It is facilitated by professional staff, who keep the conversation focused and "
               "can point you to other services if you need them."],
        "es": ["Las sesiones las guía una trabajadora social y siguen una estructura sencilla, "
               "con tiempo para compartir al final.",
               "Un psicólogo coordina cada sesión, propone un tema breve y cuida que el espacio "
               "sea seguro para todos.",
               "Lo facilita personal profesional, que mantiene el hilo de la conversación y "
               "puede orientarte hacia otros servicios si los necesitas."],
        "fr": ["Les séances sont animées par une assistante sociale et suivent un cadre souple, "
               "avec un temps de parole libre à la fin.",
               "Une psychologue anime chaque rencontre, propose un thème court et veille à ce que "
               "l'espace reste sûr pour tous.",
               "Le groupe est animé par des professionnels, qui gardent le fil de la discussion "
               "et peuvent vous orienter vers d'autres services si besoin."],
    },
    "co_led": {
        "en": ["A peer with lived experience and a social worker lead it together, so you get "
               "both shared experience and practical know-how.",
               "It is co-facilitated by a volunteer who has been there and a trained "
               "professional."],
        "es": ["Lo coordinan juntas una persona con experiencia propia y una trabajadora social, "
               "para unir la vivencia compartida y el saber práctico.",
               "Lo facilitan a dúo un voluntario que ha pasado por lo mismo y una profesional "
               "con formación."],
        "fr": ["Il est co-animé par une personne concernée et un travailleur social, pour allier "
               "l'expérience partagée et le savoir-faire pratique.",
               "Un bénévole qui est passé par là et une professionnelle formée l'animent "
               "ensemble."],
    },
}

NEWCOMERS = {
    "en": ["Newcomers can just turn up at our room {in_nb} — there is no sign-up and no need to "
           "speak.",
           "You can come to your first meeting without registering, and you are welcome to "
           "simply listen.",
           "First time? Come a few minutes early and someone will say hello; you never have to "
           "share.",
           "Drop in whenever you are ready; there is no fee and no waiting list."],
    "es": ["Puedes venir directamente a nuestra sala {in_nb}, sin inscribirte y sin tener que "
           "hablar.",
           "A tu primera reunión puedes venir sin registrarte, y está bien si solo quieres "
           "escuchar.",
           "¿Primera vez? Llega unos minutos antes y alguien te recibirá; nunca tienes que "
           "compartir si no quieres.",
           "Ven cuando te sientas con ganas: no hay cuota ni lista de espera."],
    "fr": ["Vous pouvez venir directement à nos rencontres {in_nb}, sans inscription et sans "
           "obligation de parler.",
           "Vous pouvez venir à une première rencontre sans vous inscrire, et simplement "
           "écouter.",
           "Première fois ? Arrivez quelques minutes en avance, quelqu'un vous accueillera ; "
           "vous n'êtes jamais obligé de parler.",
           "Venez quand vous vous sentez prêt : c'est gratuit et il n'y a pas de liste "
           "d'attente."],
}
CLOSED_MEETINGS = {
    "en": "Meetings are closed — only for people who share this experience — but if that is "
          "you, you can simply come along.",
    "es": "Las reuniones son cerradas, solo para quienes comparten esta experiencia; si es tu "
          "caso, puedes venir sin más.",
    "fr": "Les rencontres sont fermées, réservées aux personnes qui partagent cette "
          "expérience ; si c'est votre cas, venez simplement.",
}
PRIVATE = {
    "en": ["Because the group is private, please write to us first; a facilitator will get "
           "back to you within a few days.",
           "We keep the group small, so please ask to join through the contact form and we will "
           "reply personally."],
    "es": ["Como el grupo es privado, escríbenos primero y una persona facilitadora te "
           "responderá en unos días.",
           "Mantenemos el grupo pequeño, así que pide unirte por el formulario de contacto y te "
           "responderemos personalmente."],
    "fr": ["Le groupe étant privé, écrivez-nous d'abord : une personne de l'équipe "
           "d'animation vous répondra sous quelques jours.",
           "Nous gardons le groupe restreint : demandez à le rejoindre par le formulaire de "
           "contact et nous vous répondrons personnellement."],
}
SECRET = {
    "en": "Members join by invitation, usually after a conversation with one of the "
          "facilitators.",
    "es": "Se entra por invitación, normalmente después de una conversación con alguna de las "
          "personas facilitadoras.",
    "fr": "On y entre sur invitation, généralement après un échange avec l'une des personnes "
          "qui animent.",
}
ONLINE = {
    "en": ["We meet by video call; cameras are optional and newcomers can ask for the link "
           "through the contact form.",
           "Meetings are online, so you can join from home, camera on or off — first-timers are "
           "welcome."],
    "es": ["Nos reunimos por videollamada; la cámara es opcional y puedes pedir el enlace por "
           "el formulario de contacto.",
           "Las reuniones son en línea, así que puedes conectarte desde casa, con o sin cámara; "
           "las personas nuevas son bienvenidas."],
    "fr": ["Nous nous retrouvons en visio ; la caméra est facultative et vous pouvez demander "
           "le lien par le formulaire de contact.",
           "Les rencontres ont lieu en ligne : vous pouvez participer depuis chez vous, caméra "
           "allumée ou non, et les nouveaux venus sont les bienvenus."],
}
HYBRID = {
    "en": ["You can join us in person {in_nb} or by video — newcomers are welcome either way.",
           "Some members come in person, others join by video; no sign-up is needed for your "
           "first time."],
    "es": ["Puedes acompañarnos en persona, {in_nb}, o por videollamada; las personas nuevas "
           "son bienvenidas de las dos formas.",
           "Algunas personas vienen en persona y otras se conectan por video; para la primera "
           "vez no hace falta inscribirse."],
    "fr": ["Vous pouvez nous rejoindre sur place, {in_nb}, ou en visio : les nouveaux venus "
           "sont les bienvenus dans les deux cas.",
           "Certains viennent en personne, d'autres se connectent en visio ; pas besoin de "
           "s'inscrire pour une première fois."],
}
CONFIDENTIAL = {
    "en": ["What is said in the room stays in the room.",
           "Everything shared here is confidential, and a first name or nickname is all you "
           "need.",
           "We keep each other's stories private and do not give advice unless someone asks for "
           "it.",
           "We do not give medical or legal advice, and what members share stays confidential."],
    "es": ["Lo que se dice en el grupo se queda en el grupo.",
           "Todo lo que se comparte es confidencial, y basta con un nombre de pila o un apodo.",
           "Guardamos en privado las historias de cada quien y no damos consejos si nadie los "
           "pide.",
           "No damos consejos médicos ni legales, y lo que se comparte es confidencial."],
    "fr": ["Ce qui se dit dans le groupe reste dans le groupe.",
           "Tout ce qui est partagé ici est confidentiel, et un prénom ou un surnom suffit.",
           "Nous gardons pour nous les histoires de chacun et ne donnons pas de conseils sans "
           "qu'on nous le demande.",
           "Nous ne donnons pas d'avis médical ou juridique, et ce que partagent les membres "
           "reste confidentiel."],
}
BOTH_AUDIENCES = {
    "en": "Family members and friends are welcome to come too.",
    "es": "Familiares y amistades también son bienvenidos.",
    "fr": "Les proches sont eux aussi les bienvenus.",
}
PAUSED = {
    "en": "The group is taking a break for now; write to us and we will let you know when "
          "meetings start again.",
    "es": "El grupo está en pausa por ahora; escríbenos y te avisaremos cuando volvamos a "
          "reunirnos.",
    "fr": "Le groupe fait une pause pour le moment ; écrivez-nous et nous vous préviendrons à la "
          "reprise.",
}
CLOSED = {
    "en": "This group has now closed; thank you to everyone who came over the years.",
    "es": "Este grupo ya cerró; gracias a todas las personas que vinieron a lo largo de los "
          "años.",
    "fr": "Ce groupe a cessé ses rencontres ; merci à toutes les personnes qui sont venues au fil "
          "des années.",
}
# When two groups would share a name, the second says when it meets.
NAME_SUFFIXES = {
    "en": [" (Tuesday evenings)", " (Saturday mornings)", " (Thursday lunchtime)",
           " (Monday evenings)", " (Sunday afternoons)"],
    "es": [" (martes por la tarde)", " (sábados por la mañana)", " (jueves al mediodía)",
           " (lunes por la tarde)", " (domingos)"],
    "fr": [" (mardi soir)", " (samedi matin)", " (jeudi midi)", " (lundi soir)",
           " (dimanche après-midi)"],
}

# ---------------------------------------------------------------------------------------------
# Organizations. "kind" sets who leads their groups; "focus" lists the concern families they
# run groups for ("any" for all); "online" is the language of online groups they may run.
# ---------------------------------------------------------------------------------------------

ORGANIZATIONS: list[dict[str, Any]] = [
    {"slug": "east-bay-peer-grief-network", "name": "East Bay Peer Grief Network",
     "city": "berkeley", "nb": "North Berkeley", "kind": "peer", "focus": ["bereavement"],
     "online": "en", "founded": 1994,
     "description": "A volunteer network of bereaved people who start and support peer grief "
                    "circles across Berkeley and Oakland. Every facilitator has lost someone "
                    "close and is trained by the network in listening and group care. The "
                    "network also runs online circles for people who cannot get to a meeting."},
    {"slug": "berkeley-hills-hospice-bereavement", "name": "Berkeley Hills Hospice, Bereavement "
     "Services", "city": "berkeley", "nb": "Downtown Berkeley", "kind": "hospital",
     "focus": ["bereavement"], "founded": 1982,
     "description": "The bereavement team of a non-profit hospice, offering grief groups and "
                    "short-term counseling to anyone in the community, not only to families the "
                    "hospice cared for. Groups are led by licensed clinical social workers and "
                    "trained volunteers."},
    {"slug": "fruitvale-community-wellness-center", "name": "Fruitvale Community Wellness Center",
     "city": "oakland", "nb": "Fruitvale", "kind": "clinic", "focus": ["any"], "founded": 2001,
     "online": "es",
     "description": "A bilingual community health center whose social services team hosts "
                    "support groups in Spanish and English, from grief and diabetes to "
                    "caregiving. Groups are free and open to neighbors whatever their insurance "
                    "or immigration status."},
    {"slug": "oakland-peer-recovery-drop-in", "name": "Oakland Peer Recovery Drop-In",
     "city": "oakland", "nb": "Downtown Oakland", "kind": "peer",
     "focus": ["addiction", "mental"], "founded": 2008,
     "description": "A drop-in center run by and for people in recovery from addiction and "
                    "mental health problems. Alongside peer support groups it offers a warm "
                    "line, help with benefits and housing, and a place to sit with a coffee. "
                    "Peers hold a majority on the board."},
    {"slug": "mission-peer-support-center", "name": "Mission Peer Support Center",
     "city": "san-francisco", "nb": "Mission District", "kind": "peer",
     "focus": ["mental", "addiction", "identity", "life"], "founded": 1997,
     "description": "A peer-run multiservice center in the Mission offering support groups, "
                    "peer counseling, housing advocacy and a daily drop-in. Staff and board are "
                    "people with lived experience of mental health problems, homelessness or "
                    "addiction."},
    {"slug": "golden-gate-medical-center-social-work", "name": "Golden Gate Medical Center, "
     "Department of Social Work", "city": "san-francisco", "nb": "SoMa", "kind": "hospital",
     "focus": ["physical", "bereavement", "family"], "founded": 1965,
     "description": "The hospital's social work department runs support groups for patients and "
                    "families living with serious illness, and for people bereaved at the "
                    "hospital. Groups are free and open to the public; most are led by clinical "
                    "social workers, some together with former patients."},
    {"slug": "chicago-caregivers-alliance", "name": "Chicago Caregivers Alliance",
     "city": "chicago", "nb": "Lincoln Square", "kind": "federation", "focus": ["family"],
     "founded": 1999,
     "description": "A federation of family caregiver groups across Chicago's neighborhoods. It "
                    "trains volunteer facilitators, lends meeting space and keeps a shared list "
                    "of respite and legal resources."},
    {"slug": "pilsen-family-health-center", "name": "Pilsen Family Health Center",
     "city": "chicago", "nb": "Pilsen", "kind": "clinic", "focus": ["any"], "founded": 1987,
     "description": "A neighborhood health center whose behavioral health and social services "
                    "team hosts support groups in Spanish and English. Groups are free, and "
                    "childcare is available for evening meetings."},
    {"slug": "hudson-river-recovery-community-center", "name": "Hudson River Recovery Community "
     "Center", "city": "new-york", "nb": "Washington Heights", "kind": "peer",
     "focus": ["addiction"], "founded": 2004,
     "description": "A recovery community center run by people in long-term recovery. It hosts "
                    "peer support groups for every path to recovery, recovery coaching and "
                    "family programs, seven days a week."},
    {"slug": "five-boroughs-cancer-support-network", "name": "Five Boroughs Cancer Support "
     "Network", "city": "new-york", "nb": "Chelsea", "kind": "charity",
     "focus": ["physical", "bereavement"], "online": "en", "founded": 1991,
     "description": "A charity that connects people affected by cancer across New York City "
                    "through peer support groups, buddy matching and practical help with "
                    "appointments. Many groups are co-led by survivors and oncology social "
                    "workers."},
    {"slug": "harlem-peer-wellness-collective", "name": "Harlem Peer Wellness Collective",
     "city": "new-york", "nb": "Harlem", "kind": "peer", "focus": ["mental", "life", "identity"],
     "founded": 2012,
     "description": "A member-run collective where people with lived experience of mental health "
                    "challenges offer each other support groups, wellness workshops and "
                    "advocacy. Members vote on the collective's priorities each year."},
    {"slug": "central-texas-grief-alliance", "name": "Central Texas Grief Alliance",
     "city": "austin", "nb": "Hyde Park", "kind": "charity", "focus": ["bereavement"],
     "online": "en", "founded": 2003,
     "description": "A charity supporting grieving children, teens and adults in Central Texas "
                    "through peer support groups, family nights and training for schools."},
    {"slug": "austin-peer-recovery-hub", "name": "Austin Peer Recovery Hub", "city": "austin",
     "nb": "East Austin", "kind": "peer", "focus": ["addiction", "mental"], "founded": 2015,
     "description": "A peer-run recovery hub offering support groups, recovery coaching and a "
                    "sober social calendar. Everyone on staff is in recovery themselves."},
    {"slug": "centro-comunitario-apoyo-mutuo-coyoacan", "name": "Centro Comunitario de Apoyo "
     "Mutuo Coyoacán", "city": "mexico-city", "nb": "Coyoacán", "kind": "peer",
     "focus": ["any"], "online": "es", "founded": 1998,
     "description": "Un centro comunitario donde personas con experiencias compartidas organizan "
                    "grupos de ayuda mutua sobre duelo, adicciones, salud mental y cuidados. Lo "
                    "dirigen sus propias personas usuarias, que también asesoran a quien quiere "
                    "formar un grupo nuevo."},
    {"slug": "hospital-general-del-sur-trabajo-social", "name": "Hospital General del Sur, "
     "Departamento de Trabajo Social", "city": "mexico-city", "nb": "Tlalpan",
     "kind": "hospital", "focus": ["physical", "bereavement", "family"], "founded": 1972,
     "description": "El departamento de trabajo social del hospital coordina grupos de apoyo "
                    "para pacientes, familias y personas en duelo. Los grupos son gratuitos y "
                    "abiertos a la comunidad, con o sin expediente en el hospital."},
    {"slug": "red-de-familias-por-la-salud-mental", "name": "Red de Familias por la Salud Mental",
     "city": "mexico-city", "nb": "Del Valle", "kind": "federation",
     "focus": ["family", "mental"], "online": "es", "founded": 2006,
     "description": "Una red de familias que acompañan a seres queridos con trastornos mentales "
                    "graves. Forma a familiares como facilitadores, impulsa grupos en varias "
                    "alcaldías y hace incidencia por servicios comunitarios de salud mental."},
    {"slug": "asociacion-tapatia-de-autoayuda", "name": "Asociación Tapatía de Autoayuda",
     "city": "guadalajara", "nb": "Colonia Americana", "kind": "federation", "focus": ["any"],
     "founded": 1990,
     "description": "Una asociación que reúne a los grupos de autoayuda de la zona metropolitana "
                    "de Guadalajara, les presta local y los ayuda a darse a conocer. Todos sus "
                    "grupos están dirigidos por pares."},
    {"slug": "casa-de-acompanamiento-en-el-duelo", "name": "Casa de Acompañamiento en el Duelo",
     "city": "guadalajara", "nb": "Providencia", "kind": "charity", "focus": ["bereavement"],
     "founded": 2009,
     "description": "Una asociación civil que ofrece grupos de duelo para personas adultas, "
                    "niñas y niños, coordinados por tanatólogas y por voluntarios que también "
                    "han perdido a alguien."},
    {"slug": "gem-les-lucioles", "name": "GEM Les Lucioles", "city": "paris",
     "nb": "Belleville", "kind": "peer", "focus": ["mental"], "founded": 2007,
     "description": "Un groupe d'entraide mutuelle géré par et pour des personnes vivant avec des "
                    "troubles psychiques. On y vient pour rompre l'isolement, partager des "
                    "activités et animer ensemble des groupes de parole."},
    {"slug": "federation-entraide-endeuilles-idf", "name": "Fédération d'entraide des endeuillés "
     "d'Île-de-France", "city": "paris", "nb": "Montparnasse", "kind": "federation",
     "focus": ["bereavement"], "online": "fr", "founded": 1988,
     "description": "Une fédération d'associations de personnes endeuillées qui soutient des "
                    "groupes de parole dans toute l'Île-de-France. Elle forme des bénévoles à "
                    "l'écoute et organise des groupes en ligne."},
    {"slug": "centre-hospitalier-des-pentes-service-social", "name": "Centre hospitalier des "
     "Pentes, service social", "city": "lyon", "nb": "Croix-Rousse", "kind": "hospital",
     "focus": ["physical", "bereavement", "family"], "founded": 1978,
     "description": "Le service social de l'hôpital propose des groupes de parole aux patients, à "
                    "leurs proches et aux familles endeuillées. Les groupes sont animés par des "
                    "assistantes sociales et des psychologues, parfois avec d'anciens patients."},
    {"slug": "collectif-lyonnais-entraide-addictions", "name": "Collectif lyonnais d'entraide "
     "addictions", "city": "lyon", "nb": "Guillotière", "kind": "peer", "focus": ["addiction"],
     "founded": 2002,
     "description": "Un collectif de personnes en rétablissement qui anime des groupes "
                    "d'entraide sur l'alcool, les drogues et les jeux, et accompagne l'entourage. "
                    "Son conseil d'administration est composé en majorité de personnes "
                    "concernées."},
    {"slug": "association-marseillaise-des-aidants", "name": "Association marseillaise des "
     "aidants", "city": "marseille", "nb": "Castellane", "kind": "charity", "focus": ["family"],
     "founded": 2010,
     "description": "Une association qui soutient les proches aidants à Marseille : groupes de "
                    "parole, ateliers pratiques et permanences d'information sur les droits."},
    {"slug": "point-accueil-entraide-panier", "name": "Point d'accueil et d'entraide du Panier",
     "city": "marseille", "nb": "Le Panier", "kind": "peer", "focus": ["any"], "founded": 1996,
     "description": "Un lieu d'accueil de jour tenu par des pairs et ouvert à toutes et à tous : "
                    "café, groupes de parole, aide aux démarches et accompagnement vers le "
                    "logement."},
    {"slug": "federacion-gam-madrid", "name": "Federación de Grupos de Ayuda Mutua de Madrid",
     "city": "madrid", "nb": "Chamberí", "kind": "federation", "focus": ["any"], "online": "es",
     "founded": 1992,
     "description": "Una federación que agrupa a asociaciones y grupos de ayuda mutua de la "
                    "Comunidad de Madrid. Asesora a los grupos nuevos, forma a facilitadores y "
                    "mantiene un directorio actualizado."},
    {"slug": "hospital-del-manzanares-trabajo-social", "name": "Hospital Universitario del "
     "Manzanares, Unidad de Trabajo Social", "city": "madrid", "nb": "Carabanchel",
     "kind": "hospital", "focus": ["physical", "bereavement"], "founded": 1970,
     "description": "La unidad de trabajo social del hospital organiza grupos de apoyo para "
                    "pacientes, familiares y personas en duelo, abiertos también a quienes no se "
                    "atienden en el centro."},
    {"slug": "punt-de-suport-mutu-raval", "name": "Punt de Suport Mutu del Raval",
     "city": "barcelona", "nb": "El Raval", "kind": "peer",
     "focus": ["addiction", "mental", "life"], "founded": 2003,
     "description": "Un centro de día gestionado por pares en el Raval: grupos de ayuda mutua, "
                    "acompañamiento entre iguales, asesoría de vivienda y un espacio para tomar "
                    "un café. Se atiende en castellano y en catalán."},
    {"slug": "asociacion-sevillana-familias-cuidadoras", "name": "Asociación Sevillana de "
     "Familias Cuidadoras", "city": "sevilla", "nb": "Nervión", "kind": "charity",
     "focus": ["family"], "founded": 2005,
     "description": "Una asociación de familias que cuidan a personas mayores, con demencia o con "
                    "discapacidad. Organiza grupos de apoyo, talleres de autocuidado y un "
                    "servicio de respiro."},
    {"slug": "hackney-peer-support-hub", "name": "Hackney Peer Support Hub", "city": "london",
     "nb": "Hackney", "kind": "peer", "focus": ["mental", "life", "identity"], "founded": 2009,
     "description": "A user-led hub where people with lived experience of mental distress run "
                    "peer support groups, an evening café and advocacy drop-ins. Members elect "
                    "the board."},
    {"slug": "south-london-bereavement-network", "name": "South London Bereavement Network",
     "city": "london", "nb": "Brixton", "kind": "charity", "focus": ["bereavement"],
     "online": "en", "founded": 1986,
     "description": "A charity offering free bereavement support groups and one-to-one listening "
                    "across south London, with trained volunteers who have been bereaved "
                    "themselves."},
    {"slug": "thameside-hospital-patient-family-support", "name": "Thameside Hospital, Patient "
     "and Family Support Service", "city": "london", "nb": "Lewisham", "kind": "hospital",
     "focus": ["physical", "family", "bereavement"], "founded": 1948,
     "description": "The hospital's social work and chaplaincy team runs support groups for "
                    "patients with long-term conditions, their families and bereaved relatives. "
                    "Groups are open to anyone, whether or not they were treated here."},
    {"slug": "greater-manchester-carers-federation", "name": "Greater Manchester Carers' "
     "Federation", "city": "manchester", "nb": "Chorlton", "kind": "federation",
     "focus": ["family"], "founded": 1997,
     "description": "A federation of carers' groups across Greater Manchester, run by carers for "
                    "carers. It supports local groups with training, small grants and a shared "
                    "voice with the council and the health service."},
    {"slug": "mancunian-recovery-community", "name": "Mancunian Recovery Community",
     "city": "manchester", "nb": "Ancoats", "kind": "peer", "focus": ["addiction"],
     "founded": 2013,
     "description": "A recovery community run by people in recovery: mutual aid meetings, a "
                    "recovery café and volunteering that helps people rebuild a life beyond "
                    "alcohol and drugs."},
    {"slug": "regroupement-montrealais-entraide-deuil", "name": "Regroupement montréalais "
     "d'entraide en deuil", "city": "montreal", "nb": "Rosemont", "kind": "federation",
     "focus": ["bereavement"], "online": "fr", "founded": 1989,
     "description": "Un regroupement d'organismes et de groupes d'entraide pour les personnes "
                    "endeuillées de Montréal. Il forme des animateurs bénévoles et soutient des "
                    "groupes en français et en anglais."},
    {"slug": "centre-de-jour-entre-pairs-hochelaga", "name": "Centre de jour Entre-Pairs "
     "Hochelaga", "city": "montreal", "nb": "Hochelaga-Maisonneuve", "kind": "peer",
     "focus": ["mental", "addiction", "life"], "founded": 2000,
     "description": "Un centre de jour alternatif géré par des personnes qui vivent ou ont vécu "
                    "des problèmes de santé mentale : groupes d'entraide, soutien par les pairs, "
                    "repas communautaires et défense des droits."},
    {"slug": "toronto-peer-support-collective", "name": "Toronto Peer Support Collective",
     "city": "toronto", "nb": "Parkdale", "kind": "peer", "focus": ["mental", "addiction"],
     "founded": 2006,
     "description": "A consumer/survivor-run collective offering peer support groups, a warm "
                    "line and employment programs. Everyone on staff has lived experience."},
    {"slug": "don-valley-health-centre-social-work", "name": "Don Valley Health Centre, Social "
     "Work Department", "city": "toronto", "nb": "Leslieville", "kind": "hospital",
     "focus": ["physical", "bereavement"], "founded": 1961,
     "description": "The health centre's social workers run support groups for people living "
                    "with chronic illness, their families, and people grieving a death. Groups "
                    "are free and open to the community."},
]

# Who leads the groups an organization runs, and groups nobody runs.
LED_BY_WEIGHTS = {
    "peer": [("peers", 88), ("co_led", 12)],
    "federation": [("peers", 70), ("co_led", 20), ("professionals", 10)],
    "charity": [("peers", 55), ("co_led", 30), ("professionals", 15)],
    "clinic": [("professionals", 55), ("co_led", 45)],
    "hospital": [("professionals", 65), ("co_led", 35)],
    "independent": [("peers", 76), ("professionals", 11), ("co_led", 13)],
}

# ---------------------------------------------------------------------------------------------
# The story groups: what a newcomer looking for grief support near Berkeley should find.
# ---------------------------------------------------------------------------------------------

STORY_GROUPS: list[dict[str, Any]] = [
    {"name": "Berkeley Widowed Peer Circle", "city": "berkeley", "nb": "North Berkeley",
     "concerns": ["loss-of-a-spouse"], "languages": ["en"], "led_by": "peers",
     "format": "in_person", "organization": "east-bay-peer-grief-network", "founded_year": 2011,
     "facilitator": "facilitator",
     "description": "For anyone whose husband, wife or partner has died, whether it was last "
                    "month or many years ago. We sit in a circle, say the name of the person we "
                    "lost, and talk about the week — the paperwork, the empty chair at dinner, "
                    "the small things that helped. Newcomers can just come; you never have to "
                    "speak. What is shared in the circle stays in the circle."},
    {"name": "Berkeley Hills Hospice Grief Support Group", "city": "berkeley",
     "nb": "Downtown Berkeley", "concerns": ["bereavement"], "languages": ["en"],
     "led_by": "professionals", "format": "hybrid",
     "organization": "berkeley-hills-hospice-bereavement", "founded_year": 1996,
     "description": "A drop-in grief group for adults who have lost someone close, led by a "
                    "licensed clinical social worker from the hospice's bereavement team. Each "
                    "session opens with a short theme — sleep, anniversaries, going back to work "
                    "— followed by open sharing. You need no referral and no connection to the "
                    "hospice, and you can join in person or by video. Everything said stays "
                    "confidential."},
    {"name": "Losing a Parent – Berkeley", "city": "berkeley", "nb": "South Berkeley",
     "concerns": ["loss-of-a-parent"], "languages": ["en"], "led_by": "professionals",
     "format": "in_person", "organization": "berkeley-hills-hospice-bereavement",
     "founded_year": 2015,
     "description": "For adults whose mother or father has died, including after a long illness "
                    "or a complicated relationship. A grief counselor leads each meeting with a "
                    "short reading and plenty of time to talk. Newcomers only need to turn up, "
                    "at any point in the year. What you share stays in the room."},
    {"name": "Parents Remembering – Berkeley", "city": "berkeley", "nb": "Elmwood",
     "concerns": ["loss-of-a-child"], "languages": ["en"], "led_by": "peers",
     "format": "in_person", "organization": "east-bay-peer-grief-network", "founded_year": 2004,
     "description": "For mothers and fathers whose child has died, at any age and from any "
                    "cause. We light a candle for each child, share photos if we want to, and "
                    "talk honestly about how we are getting through. Newcomers are welcome "
                    "without signing up; come a few minutes early so someone can greet you. "
                    "Nothing said here leaves the room."},
    {"name": "Oakland Bereaved Mothers' Circle", "city": "oakland", "nb": "Rockridge",
     "concerns": ["loss-of-a-child"], "languages": ["en"], "led_by": "peers",
     "format": "in_person", "visibility": "private", "open_meetings": False,
     "address_for_members_only": True, "approximate": True, "founded_year": 2016,
     "description": "A small, closed circle for mothers whose son or daughter has died. We meet "
                    "in a member's home, so the address is shared once you have been welcomed. "
                    "Please write to us first and one of the mothers will call you back. We keep "
                    "each other's stories private."},
    {"name": "Oakland Suicide Loss Peer Circle", "city": "oakland", "nb": "Temescal",
     "concerns": ["suicide-loss"], "languages": ["en"], "led_by": "peers", "format": "hybrid",
     "founded_year": 2009,
     "description": "For people who have lost someone to suicide — a partner, child, parent, "
                    "sibling or friend. Two of us who lost loved ones ourselves guide the "
                    "meeting; no one will ask for details of the death, and you can simply "
                    "listen, in the room or by video. This is a support group, not a crisis "
                    "service: if you are in danger now, call your local emergency number."},
    {"name": "After Miscarriage – Rockridge", "city": "oakland", "nb": "Rockridge",
     "concerns": ["pregnancy-loss", "loss-of-a-baby"], "languages": ["en"], "led_by": "co_led",
     "format": "in_person", "founded_year": 2018,
     "description": "For anyone who has been through a miscarriage, an ectopic pregnancy or "
                    "another pregnancy loss, and for their partners. A peer who has been there "
                    "and a perinatal social worker lead each meeting together. Come as you are — "
                    "no sign-up, and no one will ask you to tell your story. What is shared "
                    "stays here."},
    {"name": "Grupo de Duelo Fruitvale", "city": "oakland", "nb": "Fruitvale",
     "concerns": ["bereavement"], "languages": ["es", "en"], "led_by": "professionals",
     "format": "in_person", "organization": "fruitvale-community-wellness-center",
     "founded_year": 2007,
     "description": "Un grupo para personas que viven la muerte de un ser querido, guiado por "
                    "una trabajadora social bilingüe del centro de salud. Cada semana "
                    "compartimos recuerdos, hablamos de cómo sobrellevar los días difíciles y "
                    "tomamos un cafecito al final. Puedes venir sin cita y sin inscribirte; se "
                    "habla español e inglés. Lo que se comparte en el grupo es confidencial."},
    {"name": "Evening Grief Circle Online", "city": None, "concerns": ["bereavement"],
     "languages": ["en"], "led_by": "peers", "format": "online",
     "organization": "east-bay-peer-grief-network", "founded_year": 2020,
     "description": "For adults grieving the death of someone close, wherever they live. We "
                    "meet by video on weekday evenings, Pacific time; cameras are optional and "
                    "you can type in the chat instead of speaking. Newcomers can ask for the "
                    "link through the contact form, no sign-up needed. Peer facilitators keep "
                    "the space confidential and kind."},
    {"name": "Young Widowed Online Circle", "city": None, "concerns": ["loss-of-a-spouse"],
     "languages": ["en"], "led_by": "peers", "format": "online", "visibility": "private",
     "founded_year": 2021, "facilitator": "facilitator",
     "description": "For people widowed young — in their twenties, thirties or forties — often "
                    "raising children and grieving at the same time. We meet by video twice a "
                    "month and keep a small, steady group, so please ask to join and a "
                    "facilitator will write back. Nothing shared here leaves the group."},
    {"name": "Grupo de Duelo en Línea", "city": None, "concerns": ["bereavement"],
     "languages": ["es"], "led_by": "co_led", "format": "online", "founded_year": 2020,
     "description": "Para personas que viven la pérdida de un ser querido y prefieren reunirse "
                    "desde casa, estén donde estén. Una facilitadora con experiencia propia de "
                    "duelo y una psicóloga guían juntas cada reunión por videollamada. Puedes "
                    "entrar sin inscribirte y solo escuchar, con la cámara apagada si lo "
                    "prefieres. Lo que se comparte aquí es confidencial."},
    # What a newcomer in Lyon who looks for help with alcohol should find, in person or online.
    {"name": "Sobriété entre pairs – Guillotière", "city": "lyon", "nb": "Guillotière",
     "concerns": ["alcohol-use"], "languages": ["fr"], "led_by": "peers", "format": "in_person",
     "organization": "collectif-lyonnais-entraide-addictions", "founded_year": 2008,
     "description": "Pour toute personne qui veut arrêter de boire, ou qui s'interroge sur sa "
                    "consommation d'alcool. Nous nous retrouvons chaque soir pour partager ce "
                    "qui nous aide à tenir, un jour après l'autre. Pas d'inscription : venez "
                    "quelques minutes avant, quelqu'un vous accueillera. Ce qui se dit dans le "
                    "groupe reste dans le groupe."},
    {"name": "Sober Around the Clock – Online", "city": None, "concerns": ["alcohol-use"],
     "languages": ["en", "es", "fr"], "led_by": "peers", "format": "online", "founded_year": 2020,
     "description": "For anyone who wants to stop or cut down on drinking, wherever they live "
                    "and whatever the hour. Members in sixteen time zones each host a daily "
                    "meeting, so one is always under way or about to start. Cameras are "
                    "optional and you can simply listen; the link is on every meeting. What is "
                    "shared here stays here."},
]

# ---------------------------------------------------------------------------------------------
# Meetings. The story groups meet as their stories need; every other group gets one to three
# meetings that demo.py draws from the banks below.
# ---------------------------------------------------------------------------------------------

EVERY_DAY = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU"

# Sober Around the Clock: one two-hour meeting every ninety minutes around the world, so that
# some meeting is under way or starts within the hour at any moment of the year, whichever
# clocks have changed. (zone, local start, language, name)
ROUND_THE_CLOCK = [
    ("America/New_York", "19:00", "en", "New York evening"),
    ("America/Chicago", "19:30", "en", "Chicago evening"),
    ("America/Denver", "20:00", "en", "Denver evening"),
    ("America/Los_Angeles", "20:30", "en", "Los Angeles evening"),
    ("Pacific/Honolulu", "20:00", "en", "Honolulu evening"),
    ("Australia/Brisbane", "17:30", "en", "Brisbane evening"),
    ("Asia/Tokyo", "18:00", "en", "Tokyo evening"),
    ("Asia/Manila", "18:30", "en", "Manila evening"),
    ("Asia/Kolkata", "17:30", "en", "Mumbai evening"),
    ("Asia/Dubai", "17:30", "en", "Dubai evening"),
    ("Africa/Johannesburg", "17:00", "en", "Johannesburg evening"),
    ("Europe/Paris", "17:30", "fr", "Paris, fin d'après-midi"),
    ("Europe/London", "18:00", "en", "London evening"),
    ("Europe/Madrid", "20:30", "es", "Madrid, por la noche"),
    ("America/Argentina/Buenos_Aires", "18:00", "es", "Buenos Aires, por la tarde"),
    ("America/Bogota", "17:30", "es", "Bogotá, por la tarde"),
]

# By group name: the meetings each story group holds. A meeting meets as its group does
# (in person, online or both) unless it says otherwise, in its group's zone and languages.
STORY_MEETINGS: dict[str, list[dict[str, Any]]] = {
    "Berkeley Widowed Peer Circle": [
        {"rrule": "FREQ=WEEKLY;BYDAY=TU", "start": "19:00", "minutes": 90,
         "types": ["O", "D", "BE", "X"]},
        {"name": "First Saturday coffee", "rrule": "FREQ=MONTHLY;BYDAY=1SA", "start": "10:00",
         "minutes": 120, "types": ["O", "D"]},
    ],
    "Berkeley Hills Hospice Grief Support Group": [
        {"rrule": "FREQ=WEEKLY;BYDAY=TH", "start": "18:30", "minutes": 90,
         "types": ["O", "D", "X"]},
    ],
    "Losing a Parent – Berkeley": [
        {"rrule": "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", "start": "18:00", "minutes": 90,
         "types": ["O", "D"]},
    ],
    "Parents Remembering – Berkeley": [
        {"rrule": "FREQ=WEEKLY;BYDAY=MO", "start": "19:30", "minutes": 120,
         "types": ["O", "CAN", "D"]},
    ],
    "Oakland Bereaved Mothers' Circle": [
        {"rrule": "FREQ=WEEKLY;INTERVAL=2;BYDAY=SU", "start": "16:00", "minutes": 120,
         "types": ["C", "W"]},
    ],
    "Oakland Suicide Loss Peer Circle": [
        {"rrule": "FREQ=WEEKLY;BYDAY=WE", "start": "19:00", "minutes": 90,
         "types": ["O", "D", "BE"]},
    ],
    "After Miscarriage – Rockridge": [
        {"rrule": "FREQ=MONTHLY;BYDAY=-1TH", "start": "19:00", "minutes": 90,
         "types": ["O", "D"]},
    ],
    "Grupo de Duelo Fruitvale": [
        {"rrule": "FREQ=WEEKLY;BYDAY=SA", "start": "11:00", "minutes": 90,
         "types": ["O", "D", "CF"]},
    ],
    "Evening Grief Circle Online": [
        {"rrule": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH", "start": "19:00", "minutes": 60,
         "types": ["O", "D", "BE"], "zone": "America/Los_Angeles"},
    ],
    "Young Widowed Online Circle": [
        {"rrule": "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", "start": "20:00", "minutes": 90,
         "types": ["C", "D", "Y"], "zone": "America/Los_Angeles",
         "conference_for_members_only": True},
    ],
    "Grupo de Duelo en Línea": [
        {"rrule": "FREQ=WEEKLY;BYDAY=TU,TH", "start": "20:00", "minutes": 90,
         "types": ["O", "D"], "zone": "America/Mexico_City"},
    ],
    # Every evening, never more than a day from the end of one to the start of the next:
    # whenever a newcomer looks, one is under way or starts within 24 hours.
    "Sobriété entre pairs – Guillotière": [
        {"rrule": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "start": "19:00", "minutes": 90,
         "types": ["O", "D", "BE", "X"]},
        {"name": "Réunion du samedi", "rrule": "FREQ=WEEKLY;BYDAY=SA", "start": "18:30",
         "minutes": 90, "types": ["O", "SP"]},
        {"name": "Réunion du dimanche", "rrule": "FREQ=WEEKLY;BYDAY=SU", "start": "18:00",
         "minutes": 120, "types": ["O", "ST"]},
    ],
    "Sober Around the Clock – Online": [
        {"name": name, "rrule": EVERY_DAY, "start": start, "minutes": 120, "zone": zone,
         "languages": [language], "types": ["O", "D"]}
        for zone, start, language, name in ROUND_THE_CLOCK
    ],
}

# Changes to single occurrences, counted among the coming ones (1 = the next), made when the
# demonstration is built; a pause lasts `weeks` from the occurrence it starts at.
STORY_CHANGES: list[dict[str, Any]] = [
    {"group": "Berkeley Widowed Peer Circle", "meeting": 0, "kind": "cancelled", "nth": 2,
     "reason": "Holiday: the hall is closed that evening. We meet again the week after."},
    {"group": "Parents Remembering – Berkeley", "meeting": 0, "kind": "moved", "nth": 1,
     "days": 1, "reason": "The room is booked that evening, so we meet the next day instead."},
    {"group": "Grupo de Duelo Fruitvale", "meeting": 0, "kind": "paused", "nth": 3, "weeks": 2,
     "reason": "Pausa de fin de año: volvemos en dos semanas."},
]

# Where online groups set their meetings' clocks, by language.
ONLINE_ZONES = {
    "en": ["America/New_York", "America/Los_Angeles", "America/Chicago", "Europe/London"],
    "es": ["America/Mexico_City", "Europe/Madrid", "America/Bogota"],
    "fr": ["Europe/Paris", "America/Toronto"],
}
# Meetings mostly in the evening; a few in the morning or at lunchtime.
MEETING_STARTS = [
    ("10:00", 5), ("11:00", 4), ("12:30", 4), ("14:00", 3), ("17:30", 6), ("18:00", 12),
    ("18:30", 14), ("19:00", 20), ("19:30", 14), ("20:00", 10), ("20:30", 6),
]
MEETING_MINUTES = [(60, 35), (90, 50), (120, 15)]
# Every week (one day or two), every other week, or one weekday of the month.
MEETING_RULES = [
    ("FREQ=WEEKLY;BYDAY={day}", 55), ("FREQ=WEEKLY;BYDAY={days}", 10),
    ("FREQ=WEEKLY;INTERVAL=2;BYDAY={day}", 15), ("FREQ=MONTHLY;BYDAY={nth}{day}", 20),
]
MEETING_EXTRA_TYPES = [("D", 40), ("SP", 10), ("BE", 15), ("ST", 6), ("LIT", 6), ("MED", 5),
                       ("W", 4), ("Y", 3), ("SEN", 4), ("LGBTQ", 3), ("CF", 4)]
MEETING_NAMES = {
    "en": ["Newcomers' meeting", "Weekend meeting", "Morning meeting", "Speaker meeting",
           "Lunchtime meeting"],
    "es": ["Reunión de bienvenida", "Reunión de fin de semana", "Reunión de la mañana",
           "Reunión con invitado", "Reunión del mediodía"],
    "fr": ["Réunion d'accueil", "Réunion du week-end", "Réunion du matin",
           "Réunion avec témoignage", "Réunion de midi"],
}
LOCATION_NOTES = {
    "en": ["Side entrance, first floor; the room is signposted.",
           "Ring the bell marked Group Room.", "Step-free access from the car park.",
           "Upstairs, in the back room."],
    "es": ["Entrada lateral, primer piso.", "Toca el timbre de la sala de grupos.",
           "Acceso sin escalones por el estacionamiento.", "En la sala del fondo, arriba."],
    "fr": ["Entrée sur le côté, premier étage.", "Sonnez à la salle des groupes.",
           "Accès de plain-pied par le parking.", "Salle du fond, à l'étage."],
}
ONLINE_NOTES = {
    "en": ["Cameras optional; you can type in the chat instead of speaking.",
           "The room opens ten minutes early for anyone who wants to chat."],
    "es": ["La cámara es opcional; puedes escribir en el chat.",
           "La sala abre diez minutos antes para quien quiera conversar."],
    "fr": ["Caméra facultative ; vous pouvez écrire dans la discussion.",
           "La salle ouvre dix minutes avant pour celles et ceux qui veulent discuter."],
}

# ---------------------------------------------------------------------------------------------
# People. Display names are pseudonyms, as members choose them.
# ---------------------------------------------------------------------------------------------

ROLE_ACCOUNTS: list[dict[str, Any]] = [
    {"role": "member", "display_name": "Sam's mum", "city": "berkeley"},
    {"role": "facilitator", "display_name": "River", "city": "berkeley"},
    {"role": "steward", "display_name": "Steward demo", "city": "oakland"},
    {"role": "socialworker", "display_name": "Social worker demo", "city": "oakland"},
    {"role": "moderator", "display_name": "Moderator demo", "city": "berkeley",
     "is_moderator": True},
    {"role": "staff", "display_name": "Staff demo", "city": "berkeley", "is_staff": True,
     "is_superuser": True},
]
# The demo member's groups, by name: one of them private.
MEMBER_GROUPS = ["Parents Remembering – Berkeley", "Oakland Bereaved Mothers' Circle",
                 "Evening Grief Circle Online"]

PSEUDONYMS = {
    "en": ["Quiet Oak", "Jo B.", "Kit", "Bea", "Marcus T.", "Sunny", "Lou", "Ash", "Dee",
           "Grandpa Al", "Mo", "Robin", "Tess", "Big Mike", "Nell", "Jamie's dad", "Wren", "Cass",
           "June", "Hank", "Poppy", "Ozzie", "Fern", "Teddy G.", "Harbor", "Lark", "Pip",
           "Auntie Vee", "Sol", "Birdie"],
    "es": ["Lupita", "Tío Beto", "Mamá de Lucía", "Chuy", "Rocío", "Paco", "Maite", "Nena",
           "Don Ramón", "Abuela Tere", "Caro", "Inés M.", "Quique", "Pepa", "Lalo", "Vero",
           "Montse", "Nacho", "Papá de Dani", "Luz"],
    "fr": ["Marguerite", "Dédé", "Papa de Léo", "Coco", "Zaz", "Lulu", "Jean-Mi", "Mamie Jo",
           "Clem", "Fanfan", "Nono", "Élo", "Manu", "Gigi", "Titou", "Maman d'Inès", "Pierrot",
           "Yaya"],
}
