"""Demo pages: the onboarding section and one page about each programme's way of working.
Bodies are StreamField data in Wagtail's raw JSON form."""


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def paragraph(html):
    return {"type": "paragraph", "value": html}


def callout(title, html, kind="info"):
    return {"type": "callout", "value": {"kind": kind, "title": title, "text": html}}


def accordion(title, items):
    return {
        "type": "accordion",
        "value": {
            "title": title,
            "items": [{"question": q, "answer": a} for q, a in items],
        },
    }


ONBOARDING_INTRO = (
    "<p>Welkom bij het Actiecentrum Veiligheid en Zorg. Deze stappen helpen je in je eerste "
    "weken op weg: wie we zijn, hoe de persoonsgerichte aanpak werkt, met wie je samenwerkt en "
    "hoe je zorgvuldig met informatie omgaat.</p>"
    "<p>Begin met je verplichte inwerkpad: "
    '<a href="/leren/paden/onboarding-nieuwe-regisseur/">Onboarding nieuwe regisseur</a>.</p>'
)

ONBOARDING_STEPS = [
    {
        "slug": "jouw-eerste-week",
        "title": "Jouw eerste week",
        "summary": (
            "Wat je in je eerste week doet: kennismaken met je team, je programma en de "
            "verplichte modules van je inwerkpad."
        ),
        "tags": ["inwerken"],
        "body": [
            heading("Kennismaken"),
            paragraph(
                "<p>Je begint met een kennismaking met je teamleider en een ervaren collega die "
                "je buddy is. Samen lopen jullie door je inwerkpad en de verplichte modules.</p>"
                "<p>Je verplichte inwerkpad staat klaar: "
                '<a href="/leren/paden/onboarding-nieuwe-regisseur/">Onboarding nieuwe '
                "regisseur</a>. Begin deze week met de eerste module.</p>"
            ),
            callout(
                "Begrippen",
                "<p>Bij de AcVZ gebruiken we veel afkortingen, zoals iPGA, OOV en RvdK. Zoek ze "
                "op in de begrippenlijst.</p>",
                kind="tip",
            ),
            accordion(
                "Veelgestelde vragen",
                [
                    (
                        "Wanneer krijg ik toegang tot de systemen?",
                        "<p>Je accounts worden in je eerste week aangevraagd door je teamleider."
                        "</p>",
                    ),
                    (
                        "Mag ik meteen meedoen aan een casusoverleg?",
                        "<p>Ja, als toehoorder. Na je inwerkpad neem je zelf casussen over.</p>",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "de-persoonsgerichte-aanpak",
        "title": "Zo werkt de persoonsgerichte aanpak",
        "summary": (
            "De iPGA in het kort: één persoon, één plan, één regisseur, en alle partners rond de "
            "persoon en het gezin aan tafel."
        ),
        "tags": ["persoonsgerichte aanpak", "regie"],
        "body": [
            heading("Eén persoon, één plan"),
            paragraph(
                "<p>In de integrale persoonsgerichte aanpak (iPGA) staat de persoon centraal, niet "
                "het delict. De regisseur stelt met de partners een plan van aanpak op dat zorg "
                "en straf combineert, en houdt de regie op de uitvoering.</p>"
            ),
            heading("Zorg en straf", level="h3"),
            paragraph(
                "<p>Waar nodig zet het OM of de politie een stok achter de deur; tegelijk krijgt "
                "de persoon hulp bij wonen, schulden, werk en gezondheid.</p>"
            ),
        ],
    },
    {
        "slug": "samenwerken-met-ketenpartners",
        "title": "Samenwerken met ketenpartners",
        "summary": (
            "Wie de partners in de keten zijn, wat ze doen en hoe je hen bereikt via de "
            "accounthouders van de AcVZ."
        ),
        "tags": ["ketenpartners", "samenwerking"],
        "body": [
            paragraph(
                "<p>De AcVZ werkt samen met onder meer politie, OM, de reclassering, DJI, de RvdK, "
                "de GGD, wijkteams en woningcorporaties. Per partnerorganisatie is er een vaste "
                "accounthouder die je helpt als de samenwerking stroef loopt: je vindt ze per "
                'partner in de <a href="/partners/">partnergids</a>.</p>'
            ),
            callout(
                "Knelpunt gezien?",
                "<p>Loop je tegen een knelpunt of systeemfout in de keten aan, meld het dan als "
                "geleerde les, zodat andere programma's ervan leren.</p>",
            ),
        ],
    },
    {
        "slug": "privacy-en-informatiedeling",
        "title": "Privacy en informatiedeling",
        "summary": (
            "Wat je wel en niet mag delen, met wie, en waarom er nooit persoonsgegevens op het "
            "Kennisportaal staan."
        ),
        "tags": ["informatiedeling", "privacy"],
        "body": [
            paragraph(
                "<p>Informatie over personen deel je alleen binnen het convenant en alleen wat "
                "nodig is voor het doel. Het Kennisportaal is voor kennis, niet voor "
                "casusinformatie.</p>"
            ),
            callout(
                "Nooit persoonsgegevens",
                "<p>Zet geen namen, BSN's, adressen, geboortedata of andere persoonsgegevens in "
                "een pagina of geleerde les. Beschrijf situaties zo dat niemand herkenbaar is."
                "</p>",
                kind="warning",
            ),
        ],
    },
]


def programme_page(programme_name, slug, title, summary, tags, paragraphs, also=()):
    return {
        "slug": slug,
        "title": title,
        "summary": summary,
        "tags": tags,
        "also_relevant_for": list(also),
        "body": [heading("Werkwijze")] + [paragraph(p) for p in paragraphs],
        "programme": programme_name,
    }


PROGRAMME_PAGES = [
    programme_page(
        "top600",
        "werkwijze-top600",
        "Werkwijze Top600",
        "Hoe de regisseurs van de Top600 zorg en straf combineren rond persoon, gezin en brusjes.",
        ["regie", "brusjes", "gezinsaanpak"],
        [
            "<p>Elke persoon in de Top600 heeft een regisseur die het plan van aanpak bewaakt. "
            "De pijlers zijn straf, zorg en de aanpak van broertjes en zusjes.</p>",
            "<p>Het casusoverleg komt iedere zes weken bijeen; de maandmonitor laat zien waar "
            "het plan stokt.</p>",
        ],
        also=["top400", "criminele-families"],
    ),
    programme_page(
        "top400",
        "werkwijze-top400",
        "Werkwijze Top400",
        "Vroeg ingrijpen bij jongeren: hulp en begeleiding met een duidelijke grens.",
        ["jongeren", "regie", "school"],
        [
            "<p>De Top400 richt zich op jongeren bij wie criminaliteit dreigt. School, ouders en "
            "het wijkteam zijn vaste partners.</p>",
        ],
        also=["top600"],
    ),
    programme_page(
        "radicalisering",
        "werkwijze-radicalisering",
        "Werkwijze Radicalisering",
        "Het multidisciplinaire casusoverleg en de regie op zorg, veiligheid en weerbaarheid.",
        ["radicalisering", "regie", "informatiedeling"],
        [
            "<p>Bij zorgen over radicalisering bespreekt het casusoverleg de persoon met "
            "politie, OM, reclassering en zorgpartners. De regisseur werkt daarbij met modules "
            "die van de Top600 zijn overgenomen.</p>",
        ],
    ),
    programme_page(
        "detentie-en-terugkeer",
        "werkwijze-detentie-en-terugkeer",
        "Werkwijze Detentie & Terugkeer",
        "Vanaf de eerste dag na detentie: onderdak, inkomen, identiteitsbewijs en zorg.",
        ["re-integratie", "detentie", "wonen"],
        [
            "<p>De voorbereiding op terugkeer begint al tijdens detentie, samen met DJI en de "
            "reclassering.</p>",
        ],
        also=["top600"],
    ),
    programme_page(
        "criminele-families",
        "werkwijze-criminele-families",
        "Werkwijze Criminele Families",
        "Intergenerationele overdracht doorbreken, met aandacht voor de kinderen.",
        ["gezinsaanpak", "brusjes", "kinderen"],
        [
            "<p>De aanpak richt zich op de hele familie en werkt nauw samen met de RvdK en "
            "Veilig Thuis.</p>",
        ],
    ),
    programme_page(
        "treiter",
        "werkwijze-treiter",
        "Werkwijze Treiteraanpak",
        "Bewoners beschermen en treiteraars persoonsgericht aanpakken.",
        ["overlast", "wonen", "regie"],
        [
            "<p>Woningcorporaties, politie en het wijkteam brengen samen in kaart wie de "
            "overlast veroorzaakt en wat bewoners nodig hebben.</p>",
        ],
    ),
    programme_page(
        "acvz-breed",
        "werken-bij-de-acvz",
        "Werken bij de AcVZ",
        "Hoe de programma's van het Actiecentrum samenwerken en van elkaar leren.",
        ["kruisbestuiving", "samenwerking"],
        [
            "<p>De programma's delen modules, themabijeenkomsten en geleerde lessen, zodat het "
            "ene programma vindt wat het andere al heeft geleerd.</p>",
        ],
    ),
]

# A page past its review date, so the stale content report has something to show.
STALE_PAGE = {
    "slug": "maandmonitor-toelichting-2024",
    "title": "Toelichting maandmonitor 2024",
    "summary": "Hoe de maandmonitor van 2024 werd opgebouwd. Aan herziening toe.",
    "tags": ["monitor"],
    "body": [
        paragraph(
            "<p>De maandmonitor telt per programma de instroom, uitstroom en de voortgang van de "
            "plannen van aanpak.</p>"
        )
    ],
    "programme": "top600",
    "review_by": "2025-06-30",
}
