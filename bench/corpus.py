"""Extra pages for the relevance benchmark, on top of the demo content: realistic material of
several programmes, so that compounds, synonyms, abbreviations and cross-programme questions
have something to find (and something to wrongly find). Only the benchmark's throwaway
database gets them; `seed_demo` does not."""

PAGES = [
    # (slug, owner programme, title, summary, tags, body)
    (
        "radicaliseringsaanpak-nieuw-west",
        "radicalisering",
        "De radicaliseringsaanpak in Nieuw-West",
        "Wat het casusoverleg leerde over vroeg signaleren in de wijk.",
        ["radicalisering", "signalering"],
        "Signalen van radicalisering komen vaak eerst binnen bij school en wijkteam. "
        "De aanpak werkt met een vaste contactpersoon per school.",
    ),
    (
        "aanpak-van-radicalisering-bij-ouders",
        "radicalisering",
        "Aanpak van radicalisering: ouders betrekken",
        "Ouders zijn de eerste bondgenoot bij zorgen over hun kind.",
        ["radicalisering", "ouders"],
        "Betrek ouders vroeg. Een gesprek thuis werkt beter dan een brief. De regisseur "
        "spreekt af wie het gesprek voert.",
    ),
    (
        "jongere-op-school-houden",
        "top400",
        "Een jongere op school houden",
        "Samen met leerplicht en school voorkomen dat een jongere uitvalt.",
        ["school", "jongeren"],
        "Schooluitval is een sterke voorspeller van criminaliteit. De leerplichtambtenaar en "
        "het zorgteam van de school bespreken elke jongere die dreigt uit te vallen.",
    ),
    (
        "broertjes-en-zusjes-in-beeld",
        "top600",
        "Broertjes en zusjes in beeld brengen",
        "Waarom de aanpak ook naar de broertjes en zusjes van de persoon kijkt.",
        ["gezinsaanpak"],
        "Jongere broertjes en zusjes lopen risico om in hetzelfde patroon te vallen. Het "
        "gezinsplan beschrijft wat zij nodig hebben.",
    ),
    (
        "advies-raad-voor-de-kinderbescherming",
        "criminele-families",
        "Samenwerken met de Raad voor de Kinderbescherming",
        "Wanneer de Raad voor de Kinderbescherming een onderzoek start en wat de regisseur "
        "aanlevert.",
        ["kinderen", "ketenpartners"],
        "De Raad voor de Kinderbescherming onderzoekt of een kinderbeschermingsmaatregel nodig "
        "is. De regisseur levert feiten, geen meningen.",
    ),
    (
        "huisvesting-na-detentie",
        "detentie-en-terugkeer",
        "Huisvesting na detentie regelen",
        "Zonder woonplek mislukt de terugkeer: zo regel je onderdak voor de eerste nacht.",
        ["wonen", "re-integratie"],
        "Begin drie maanden voor de ontslagdatum met de aanvraag. De gemeente heeft een "
        "contingent woningen voor ex-gedetineerden.",
    ),
    (
        "schuldhulpverlening-na-detentie",
        "detentie-en-terugkeer",
        "Schulden na detentie",
        "Schuldhulpverlening starten voordat de schulden oplopen.",
        ["schulden", "re-integratie"],
        "Veel gedetineerden komen met schulden vrij. Meld de persoon aan bij de "
        "schuldhulpverlening van de gemeente en regel een budgetbeheerder.",
    ),
    (
        "terugkeer-in-de-samenleving",
        "top600",
        "Terugkeer in de samenleving na een lange straf",
        "Wat Top600 leerde over werk, wonen en netwerk na een lange straf.",
        ["re-integratie", "werk"],
        "Een baan of dagbesteding is de sterkste bescherming tegen terugval. Zoek werkgevers "
        "die ervaring hebben met ex-gedetineerden.",
    ),
    (
        "treiteraars-en-woningcorporaties",
        "treiter",
        "Afspraken met woningcorporaties over treiteraars",
        "Hoe corporaties en politie samen overlast aanpakken.",
        ["overlast", "wonen"],
        "De woningcorporatie kan een gedragsaanwijzing geven. Bij ernstige overlast volgt "
        "een huisuitzetting als laatste middel.",
    ),
    (
        "overlast-in-de-buurt-meten",
        "treiter",
        "Overlast in de buurt meten",
        "Welke meldingen tellen mee en hoe we het effect van de treiteraanpak volgen.",
        ["overlast", "monitor"],
        "We tellen meldingen bij politie en corporatie, en vragen bewoners elk half jaar hoe "
        "veilig zij zich voelen.",
    ),
    (
        "casusoverleg-voorbereiden",
        "acvz-breed",
        "Een casusoverleg voorbereiden",
        "Agenda, deelnemers en wat je vooraf deelt, binnen de regels voor informatiedeling.",
        ["informatiedeling", "regie"],
        "Deel vooraf alleen wat nodig is. Het convenant bepaalt welke partners welke "
        "gegevens mogen zien.",
    ),
    (
        "politie-als-ketenpartner",
        "acvz-breed",
        "De politie als ketenpartner",
        "Wat de wijkagent en de recherche voor de regisseur kunnen betekenen.",
        ["ketenpartners"],
        "De wijkagent kent de buurt; de recherche heeft informatie over lopende zaken. Maak "
        "afspraken over wat je deelt.",
    ),
    (
        "reclassering-en-toezicht",
        "detentie-en-terugkeer",
        "Reclassering en toezicht",
        "Hoe het reclasseringstoezicht en de regie van de gemeente samengaan.",
        ["toezicht", "ketenpartners"],
        "De reclassering houdt toezicht op bijzondere voorwaarden. De regisseur zorgt dat zorg "
        "en toezicht elkaar versterken.",
    ),
    (
        "verslavingszorg-regelen",
        "top600",
        "Verslavingszorg regelen",
        "Toegang tot verslavingszorg voor mensen die zelf geen hulp zoeken.",
        ["zorg", "verslaving"],
        "Verslaving speelt bij veel personen in de Top600. Een zorgmachtiging is mogelijk "
        "als vrijwillige zorg niet lukt.",
    ),
    (
        "weerbaarheid-van-jongeren",
        "radicalisering",
        "Weerbaarheid van jongeren versterken",
        "Trainingen die jongeren helpen om propaganda te herkennen.",
        ["jongeren", "radicalisering"],
        "Weerbare jongeren laten zich minder snel meeslepen. Scholen in Nieuw-West bieden de "
        "training in de tweede klas aan.",
    ),
    (
        "intergenerationele-criminaliteit",
        "criminele-families",
        "Intergenerationele criminaliteit doorbreken",
        "Waarom kinderen uit criminele families extra aandacht nodig hebben.",
        ["kinderen", "gezinsaanpak"],
        "Kinderen groeien op met criminaliteit als normaal. Mentoren en school bieden een "
        "ander perspectief.",
    ),
    (
        "privacy-bij-casusoverleg",
        "radicalisering",
        "Privacy in het multidisciplinaire casusoverleg",
        "De AVG en het convenant: wat mag je delen over iemand met zorgen over radicalisering?",
        ["privacy", "informatiedeling"],
        "Gegevens over religie of levensovertuiging zijn bijzondere persoonsgegevens. Deel "
        "alleen wat voor de aanpak nodig is.",
    ),
    (
        "minderjarigen-in-de-top400",
        "top400",
        "Minderjarigen in de Top400",
        "Wat anders is als de persoon minderjarig is: ouders, jeugdbescherming en school.",
        ["jongeren", "kinderen"],
        "Bij minderjarigen beslissen ouders mee. De jeugdbescherming is vaak al betrokken.",
    ),
    (
        "maandmonitor-lezen",
        "top600",
        "De maandmonitor lezen",
        "Wat de cijfers in de maandmonitor betekenen voor je casus.",
        ["monitor"],
        "De maandmonitor toont per persoon recidive, zorggebruik en het verloop van het plan.",
    ),
    (
        "inwerkprogramma-regisseurs",
        "acvz-breed",
        "Het inwerkprogramma voor nieuwe regisseurs",
        "Je eerste drie maanden: meelopen, modules en een eigen casus.",
        ["inwerken", "regie"],
        "Nieuwe regisseurs lopen de eerste weken mee met een ervaren collega en volgen de "
        "verplichte modules.",
    ),
]
