# ruff: noqa: E501  (prose and judgment strings wrap where the sentence does, not at column 100)
"""A judged test set over the demo content (portal/, training/ and themes/demo_content), written by
the same independent reader after the search was tuned, so that figures on the demo content come
from queries nobody tuned on. Indexed: the demo content alone (what `seed_portal` creates).

A result is named "<parent slug>/<slug>", because demo slugs repeat (an adopted module has the
original's lesson slugs; a module and a meeting are both "re-integratie-na-detentie"):

    leren/<module>                 a training module
    <module>/<lesson>              a lesson of that module
    lessen/<slug>                  a lesson learned
    themabijeenkomsten/<slug>      a theme meeting
    <programme>/<slug>, welkom/<slug>   a standard page
    begrip:<abbreviation>          a glossary entry

Grades: 3 = answers the question, 2 = clearly useful, 1 = marginally useful; unlisted = 0."""


def judged(query: str, grades: str) -> tuple[str, dict[str, int]]:
    pairs = (item.rsplit(":", 1) for item in grades.split())
    return query, {name: int(grade) for name, grade in pairs}


# The same lessons live under an original module and its adoption.
REGIE = ("regie-voeren-op-een-netwerkaanpak", "regie-voeren-radicalisering")
INFO = ("informatiedeling-en-notificatie", "informatiedeling-top400")
PIJLERS = ("de-pijlers-straf-zorg-en-brusjes", "straf-zorg-en-brusjes-in-criminele-families")
GESPREK = ("gespreksvoering-met-ouders-en-broers-en-zussen", "gespreksvoering-treiter")
MONITOR = ("de-maand-en-halfjaarmonitor", "monitoren-radicalisering")


def both(modules: tuple[str, str], lesson: str, grade: int) -> str:
    return " ".join(f"{module}/{lesson}:{grade}" for module in modules)


def modules(names: tuple[str, str], grade: int) -> str:
    return " ".join(f"leren/{module}:{grade}" for module in names)


QUERIES = [
    judged(
        "identiteitsbewijs regelen na detentie",
        "lessen/geen-id-bij-ontslag:3 themabijeenkomsten/re-integratie-na-detentie:3 "
        "re-integratie-na-detentie/de-eerste-dag:2 leren/re-integratie-na-detentie:2 "
        "detentie-en-terugkeer/werkwijze-detentie-en-terugkeer:1 "
        "lessen/woonplek-als-voorwaarde-top600:1",
    ),
    judged(
        "huisvesting na detentie",
        "lessen/huisvesting-na-detentie-d-en-t:3 lessen/woonplek-als-voorwaarde-top600:2 "
        "themabijeenkomsten/re-integratie-na-detentie:2 re-integratie-na-detentie/de-eerste-dag:2 "
        "leren/re-integratie-na-detentie:1 detentie-en-terugkeer/werkwijze-detentie-en-terugkeer:1 "
        "lessen/terugkeer-na-detentie-radicalisering:1",
    ),
    judged(
        "wat is regie voeren",
        f"{both(REGIE, 'wat-is-regie', 3)} {modules(REGIE, 2)} "
        "welkom/de-persoonsgerichte-aanpak:1 begrip:iPGA:1",
    ),
    judged(
        "RvdK",
        "begrip:RvdK:3 lessen/onderzoek-raad-duurt-lang:2 themabijeenkomsten/kinderen-in-beeld:1 "
        "lessen/kinderen-in-criminele-families:1 criminele-families/werkwijze-criminele-families:1 "
        "welkom/samenwerken-met-ketenpartners:1 welkom/jouw-eerste-week:1",
    ),
    judged(
        "onderzoek raad voor de kinderbescherming duurt lang",
        "lessen/onderzoek-raad-duurt-lang:3 begrip:RvdK:2 themabijeenkomsten/kinderen-in-beeld:1",
    ),
    judged(
        "mag ik informatie delen zonder toestemming",
        f"{both(INFO, 'grondslag-voor-informatiedeling', 3)} {modules(INFO, 2)} "
        "welkom/privacy-en-informatiedeling:2 lessen/informatie-pas-na-escalatie:2 "
        "themabijeenkomsten/informatiedeling-in-de-keten:2 "
        "lessen/zorgpartner-deelt-niet-in-casusoverleg:1 "
        "lessen/convenant-onbekend-bij-nieuwe-partners:1",
    ),
    judged(
        "beroepsgeheim zorgpartner casusoverleg",
        "lessen/zorgpartner-deelt-niet-in-casusoverleg:3 "
        "themabijeenkomsten/informatiedeling-in-de-keten:1 "
        f"{both(INFO, 'grondslag-voor-informatiedeling', 1)}",
    ),
    judged(
        "brusjes",
        f"{both(PIJLERS, 'brusjes', 3)} {modules(PIJLERS, 2)} lessen/broertjes-en-zusjes-in-beeld:2 "
        f"top600/werkwijze-top600:2 {both(GESPREK, 'gesprekken-met-broers-en-zussen', 1)} "
        "themabijeenkomsten/kinderen-in-beeld:1 "
        "leren/gespreksvoering-met-ouders-en-broers-en-zussen:1",
    ),
    judged(
        "broertjes en zusjes betrekken bij de aanpak",
        "lessen/broertjes-en-zusjes-in-beeld:3 de-pijlers-straf-zorg-en-brusjes/brusjes:3 "
        "straf-zorg-en-brusjes-in-criminele-families/brusjes:2 "
        f"{both(GESPREK, 'gesprekken-met-broers-en-zussen', 2)} "
        "leren/de-pijlers-straf-zorg-en-brusjes:1 "
        "leren/gespreksvoering-met-ouders-en-broers-en-zussen:1 top600/werkwijze-top600:1 "
        "themabijeenkomsten/kinderen-in-beeld:1",
    ),
    judged(
        "LVB herkennen",
        "themabijeenkomsten/lvb-herkennen:3 lessen/lvb-niet-herkend:3 begrip:LVB:2 "
        "lessen/lvb-en-radicalisering:1",
    ),
    judged(
        "licht verstandelijke beperking en radicalisering",
        "lessen/lvb-en-radicalisering:3 begrip:LVB:1 lessen/lvb-niet-herkend:1 "
        "themabijeenkomsten/lvb-herkennen:1",
    ),
    judged(
        "wachtlijst ggz",
        "lessen/ggz-wachtlijst-crisis:3 lessen/ggz-wachtlijst-top600:3 begrip:GGZ:1",
    ),
    judged(
        "schulden",
        "lessen/schulden-blokkeren-plan:3 lessen/schulden-bij-ouders:3 "
        f"themabijeenkomsten/schulden-en-regie:3 {both(PIJLERS, 'zorg', 1)} begrip:CJIB:1 "
        "begrip:WPI:1",
    ),
    judged(
        "voorrang bij schuldhulpverlening",
        "lessen/schulden-blokkeren-plan:3 themabijeenkomsten/schulden-en-regie:3 "
        "lessen/schulden-bij-ouders:1 begrip:WPI:1",
    ),
    judged(
        "buren durven niet te melden",
        "lessen/buren-durven-niet-te-melden:3 themabijeenkomsten/treiteraanpak-en-corporaties:2 "
        "treiter/werkwijze-treiter:1",
    ),
    judged(
        "treiteraanpak met de woningcorporatie",
        "themabijeenkomsten/treiteraanpak-en-corporaties:3 "
        "lessen/samen-met-corporatie-huurcontract:3 treiter/werkwijze-treiter:2 "
        "lessen/buren-durven-niet-te-melden:2 lessen/treiteraars-delen-met-top600:1 "
        "lessen/ggz-wachtlijst-crisis:1 leren/gespreksvoering-treiter:1",
    ),
    judged(
        "online radicalisering jongeren",
        "themabijeenkomsten/online-en-jongeren:3 lessen/online-signalen-niet-gedeeld:3 "
        "lessen/online-groepen-jongeren:2 radicalisering/werkwijze-radicalisering:1",
    ),
    judged(
        "maandmonitor invullen",
        f"{both(MONITOR, 'de-maandmonitor', 3)} {modules(MONITOR, 2)} "
        "top600/maandmonitor-toelichting-2024:2 lessen/maandmonitor-leest-niemand:1",
    ),
    judged(
        "halfjaarmonitor",
        f"{both(MONITOR, 'de-halfjaarmonitor', 3)} {modules(MONITOR, 2)} "
        f"{both(MONITOR, 'van-cijfers-naar-verbetering', 1)}",
    ),
    judged(
        "casusoverleg voorzitten",
        f"{both(REGIE, 'het-casusoverleg', 3)} {modules(REGIE, 2)} begrip:MDO:1",
    ),
    judged(
        "moeilijke boodschap brengen aan ouders",
        f"{both(GESPREK, 'moeilijke-boodschappen', 3)} {modules(GESPREK, 2)} "
        f"{both(GESPREK, 'het-eerste-gesprek', 1)}",
    ),
    judged(
        "eerste gesprek met wantrouwige ouders",
        f"{both(GESPREK, 'het-eerste-gesprek', 3)} {modules(GESPREK, 2)}",
    ),
    judged(
        "terugval na vrijlating voorkomen",
        "re-integratie-na-detentie/terugval-voorkomen:3 lessen/dagbesteding-vanaf-dag-een:2 "
        "leren/re-integratie-na-detentie:2 lessen/toezicht-reclassering-afgelopen:2 "
        "themabijeenkomsten/re-integratie-na-detentie:2 lessen/uitkering-start-te-laat:1",
    ),
    judged(
        "twee regisseurs voor dezelfde persoon",
        "lessen/dubbele-regie:3 lessen/treiteraars-delen-met-top600:2",
    ),
    judged(
        "huiselijk geweld",
        "lessen/huiselijk-geweld-signalen:3 lessen/veilig-thuis-terugkoppeling:2 begrip:MDA++:2 "
        f"begrip:VT:2 {both(GESPREK, 'moeilijke-boodschappen', 1)}",
    ),
    judged(
        "geen terugkoppeling van veilig thuis na melding",
        "lessen/veilig-thuis-terugkoppeling:3 begrip:VT:1 lessen/huiselijk-geweld-signalen:1",
    ),
    judged(
        "wat betekent ISD",
        "begrip:ISD:3",
    ),
    judged(
        "Wvggz",
        "begrip:Wvggz:3 begrip:Bopz:2 begrip:Wzd:1",
    ),
    judged(
        "overdracht bij schoolwissel",
        "lessen/school-wisselt-zonder-overdracht:3 lessen/informatie-pas-na-escalatie:1",
    ),
    judged(
        "kinderen in criminele families een eigen plan",
        "lessen/kinderen-in-criminele-families:3 themabijeenkomsten/kinderen-in-beeld:3 "
        "criminele-families/werkwijze-criminele-families:2 "
        "leren/straf-zorg-en-brusjes-in-criminele-families:2 "
        "straf-zorg-en-brusjes-in-criminele-families/brusjes:1 "
        "lessen/familie-als-risico-en-kans:1",
    ),
    judged(
        "eerste week als nieuwe medewerker",
        "welkom/jouw-eerste-week:3 welkom/de-persoonsgerichte-aanpak:1 "
        "welkom/samenwerken-met-ketenpartners:1 welkom/privacy-en-informatiedeling:1",
    ),
    judged(
        "notificatie bij vrijlating",
        f"{both(INFO, 'notificaties', 3)} re-integratie-na-detentie/samenwerken-met-de-inrichting:2 "
        f"{modules(INFO, 2)}",
    ),
    judged(
        "reclasering advies te laat",  # misspelt
        "lessen/gegevens-reclassering-te-laat:3",
    ),
    judged(
        "verzuim en leerplicht",
        "lessen/verzuim-vroeg-signaleren:3 lessen/school-wisselt-zonder-overdracht:1 "
        "leren/informatiedeling-top400:1 lessen/informatie-pas-na-escalatie:1",
    ),
    judged(
        "loskomen van een extremistische groep",
        "lessen/exitgesprekken-werken:3 themabijeenkomsten/weerbaarheid-en-netwerk:2 begrip:LSE:2",
    ),
    judged(
        "sleutelfiguren uit de gemeenschap",
        "lessen/positieve-netwerk-figuren:3 themabijeenkomsten/weerbaarheid-en-netwerk:3",
    ),
]
