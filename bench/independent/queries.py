# ruff: noqa: E501  (prose and judgment strings wrap where the sentence does, not at column 100)
"""Judged queries over the independent corpus (bench/independent/corpus.py). The queries are
written as colleagues type them: questions, jargon and plain words, abbreviations both ways,
misspellings, questions across programmes and questions answered by a lesson learned. Each is
graded by reading the documents, not by looking at how search matches:

    3 = answers the question, 2 = clearly useful, 1 = marginally useful; unlisted = 0.

Judgments are written compactly as "key:grade" with the "ind-" prefix left off."""


def judged(query: str, grades: str) -> tuple[str, dict[str, int]]:
    pairs = (item.rsplit(":", 1) for item in grades.split())
    return query, {f"ind-{key}": int(grade) for key, grade in pairs}


QUERIES = [
    # --- Housing and return from detention -------------------------------------------------
    judged(
        "hoe regel ik huisvesting na detentie",
        "les-woonplek-zoeken:3 mod-wonen-na-detentie:2 mt-wonen-na-detentie:2 sp-woonvormen:2 "
        "les-urgentie-aanvragen:2 ll-urgentie-afgewezen:2 ll-housing-first-werkt:2 "
        "les-terug-naar-oude-buurt:1 ll-slachtoffer-en-woonplek:1 les-briefadres-regelen:1 "
        "ll-briefadres-geweigerd:1 begrip-housing-first:1 begrip-mo:1 "
        "ll-corporatie-weigert-na-ontruiming:1 sp-checklist-laatste-weken-voor-ontslag:1",
    ),
    judged(
        "woonplek na de gevangenis",
        "les-woonplek-zoeken:3 mod-wonen-na-detentie:2 mt-wonen-na-detentie:2 sp-woonvormen:2 "
        "ll-urgentie-afgewezen:1 ll-housing-first-werkt:1 les-urgentie-aanvragen:1 "
        "les-terug-naar-oude-buurt:1 ll-slachtoffer-en-woonplek:1",
    ),
    judged(
        "huisvesing na detenie",  # misspelt
        "les-woonplek-zoeken:3 mod-wonen-na-detentie:2 mt-wonen-na-detentie:2 sp-woonvormen:2 "
        "les-urgentie-aanvragen:1 ll-urgentie-afgewezen:1 ll-housing-first-werkt:1",
    ),
    judged(
        "urgentie aanvragen woning afgewezen",
        "les-urgentie-aanvragen:3 ll-urgentie-afgewezen:3 mt-wonen-na-detentie:2 "
        "sp-woonvormen:1 les-woonplek-zoeken:1",
    ),
    judged(
        "housing first",
        "begrip-housing-first:3 ll-housing-first-werkt:3 sp-woonvormen:2 mt-wonen-na-detentie:2 "
        "les-woonplek-zoeken:2",
    ),
    judged(
        "verschil beschermd wonen en maatschappelijke opvang",
        "sp-woonvormen:3 begrip-bw:2 begrip-mo:2 les-woonplek-zoeken:2",
    ),
    judged(
        "id kaart aanvragen in de gevangenis",
        "les-id-kaart-aanvragen-tijdens-detentie:3 ll-gemeenteloket-in-de-pi:3 "
        "mod-terugkeer-voorbereiden:2 sp-checklist-laatste-weken-voor-ontslag:2",
    ),
    judged(
        "identiteitsbewijs tijdens detentie",
        "les-id-kaart-aanvragen-tijdens-detentie:3 ll-gemeenteloket-in-de-pi:3 "
        "mod-terugkeer-voorbereiden:2 sp-checklist-laatste-weken-voor-ontslag:2 "
        "sp-wie-doet-wat-in-de-nazorg:1",
    ),
    judged(
        "briefadres aanvragen zonder woning",
        "les-briefadres-regelen:3 begrip-briefadres:2 ll-briefadres-geweigerd:2 "
        "mod-terugkeer-voorbereiden:1 sp-checklist-laatste-weken-voor-ontslag:1",
    ),
    judged(
        "uitkering aanvragen voor vrijlating",
        "les-uitkering-aanvragen-voor-ontslag:3 ll-bijstand-pas-na-ontslag:3 "
        "mod-terugkeer-voorbereiden:2 sp-checklist-laatste-weken-voor-ontslag:2 "
        "ll-briefadres-geweigerd:1 ll-vrijlating-op-vrijdagmiddag:1",
    ),
    judged(
        "geen inkomen eerste weken na vrijlating",
        "ll-bijstand-pas-na-ontslag:3 les-uitkering-aanvragen-voor-ontslag:3 "
        "ll-vrijlating-op-vrijdagmiddag:1 sp-checklist-laatste-weken-voor-ontslag:1 "
        "mod-terugkeer-voorbereiden:1",
    ),
    judged(
        "wat moet ik regelen voordat iemand vrijkomt",
        "sp-checklist-laatste-weken-voor-ontslag:3 mod-terugkeer-voorbereiden:2 "
        "sp-wie-doet-wat-in-de-nazorg:2 les-id-kaart-aanvragen-tijdens-detentie:2 "
        "les-uitkering-aanvragen-voor-ontslag:2 les-briefadres-regelen:1 "
        "mt-zorg-na-ontslag:1 ll-vrijlating-op-vrijdagmiddag:1 begrip-nazorg:1",
    ),
    judged(
        "zorgverzekering na detentie",
        "ll-zorgverzekering-geschorst:3 mt-zorg-na-ontslag:3 "
        "sp-checklist-laatste-weken-voor-ontslag:2 ll-medicatie-bij-ontslag:1",
    ),
    judged(
        "medicijnen bij ontslag uit de PI",
        "ll-medicatie-bij-ontslag:3 mt-zorg-na-ontslag:3 ll-zorgverzekering-geschorst:2 "
        "sp-checklist-laatste-weken-voor-ontslag:2",
    ),
    judged(
        "vrijlating op vrijdag alles dicht",
        "ll-vrijlating-op-vrijdagmiddag:3 sp-checklist-laatste-weken-voor-ontslag:2",
    ),
    judged(
        "wie doet wat bij nazorg gedetineerden",
        "sp-wie-doet-wat-in-de-nazorg:3 begrip-nazorg:2 mod-terugkeer-voorbereiden:1 "
        "sp-checklist-laatste-weken-voor-ontslag:1",
    ),
    judged(
        "reintegratie na terroristisch misdrijf",
        "mt-terugkeer-na-terroristisch-misdrijf:3 begrip-ta:1 begrip-em:1",
    ),
    judged(
        "terugkeer in de eigen wijk slachtoffer",
        "les-terug-naar-oude-buurt:3 ll-slachtoffer-en-woonplek:3 mod-wonen-na-detentie:1",
    ),
    # --- Debts -------------------------------------------------------------------------------
    judged(
        "hoe meld ik iemand aan bij schuldhulp",
        "les-aanmelden-schuldhulpverlening:3 sp-route-schuldhulp:3 mod-schulden-aanpakken:2 "
        "les-schuldenoverzicht-maken:2 begrip-shv:2 ll-wachttijd-schuldhulp:1 "
        "mt-schulden-en-cjib:1",
    ),
    judged(
        "schuldhulpverleneing wachtlijst",  # misspelt
        "ll-wachttijd-schuldhulp:3 sp-route-schuldhulp:2 les-aanmelden-schuldhulpverlening:2 "
        "mt-schulden-en-cjib:1",
    ),
    judged(
        "betalingsregeling cjib boetes",
        "les-cjib-betalingsregeling:3 ll-cjib-regeling-op-maat:3 mt-schulden-en-cjib:2 "
        "mod-schulden-aanpakken:1 sp-route-schuldhulp:1",
    ),
    judged(
        "overzicht van schulden maken met cliënt",
        "les-schuldenoverzicht-maken:3 mod-schulden-aanpakken:2 les-aanmelden-schuldhulpverlening:1 "
        "sp-route-schuldhulp:1",
    ),
    judged(
        "toeslagen terugbetalen gezin in de problemen",
        "ll-toeslagen-terugvordering-gezin:3 les-schuldenoverzicht-maken:1 sp-route-schuldhulp:1",
    ),
    judged(
        "SHV",
        "begrip-shv:3 sp-route-schuldhulp:2 les-aanmelden-schuldhulpverlening:2",
    ),
    # --- Escalation and chain cooperation ----------------------------------------------------
    judged(
        "wat moet ik doen als een partner zijn afspraken niet nakomt",
        "les-escalatieladder:3 sp-escalatieprotocol:3 les-wanneer-opschalen:3 "
        "mod-opschalen-in-de-keten:2 ll-accounthouder-lost-op:2 sp-accounthouders:2 "
        "mt-escaleren-en-doorzettingsmacht:2 ll-escalatie-zonder-eigenaar:1 "
        "les-escalatie-vastleggen:1",
    ),
    judged(
        "opschalen",
        "les-escalatieladder:3 sp-escalatieprotocol:3 les-wanneer-opschalen:3 "
        "mod-opschalen-in-de-keten:3 mt-escaleren-en-doorzettingsmacht:2 "
        "les-escalatie-vastleggen:2 ll-escalatie-zonder-eigenaar:2 ll-accounthouder-lost-op:2",
    ),
    judged(
        "escalatie",
        "les-escalatieladder:3 sp-escalatieprotocol:3 mod-opschalen-in-de-keten:3 "
        "les-wanneer-opschalen:2 les-escalatie-vastleggen:2 mt-escaleren-en-doorzettingsmacht:2 "
        "ll-escalatie-zonder-eigenaar:2 ll-accounthouder-lost-op:2",
    ),
    judged(
        "wie heeft doorzettingsmacht",
        "begrip-doorzettingsmacht:3 sp-escalatieprotocol:3 ll-escalatie-zonder-eigenaar:2 "
        "mt-escaleren-en-doorzettingsmacht:2 les-escalatieladder:2",
    ),
    judged(
        "accounthouder inschakelen",
        "sp-accounthouders:3 ll-accounthouder-lost-op:2 les-escalatieladder:2 "
        "sp-escalatieprotocol:2 mt-escaleren-en-doorzettingsmacht:1",
    ),
    # --- Domestic violence -------------------------------------------------------------------
    judged(
        "melden bij veilig thuis",
        "les-melden-bij-veilig-thuis:3 sp-meldcode-in-vijf-stappen:3 begrip-meldcode:2 "
        "ll-dubbele-meldingen-veilig-thuis:2 mod-huiselijk-geweld:2 "
        "mt-huiselijk-geweld-in-het-gezinssysteem:1",
    ),
    judged(
        "veilg thuis melding",  # misspelt
        "les-melden-bij-veilig-thuis:3 sp-meldcode-in-vijf-stappen:3 "
        "ll-dubbele-meldingen-veilig-thuis:2 begrip-meldcode:1 mod-huiselijk-geweld:1",
    ),
    judged(
        "stappen meldcode kindermishandeling",
        "sp-meldcode-in-vijf-stappen:3 les-melden-bij-veilig-thuis:3 begrip-meldcode:2 "
        "mod-huiselijk-geweld:1",
    ),
    judged(
        "THV",
        "begrip-thv:3 les-tijdelijk-huisverbod:3 ll-huisverbod-als-kans:2",
    ),
    judged(
        "hoe lang duurt een tijdelijk huisverbod",
        "les-tijdelijk-huisverbod:3 begrip-thv:3 ll-huisverbod-als-kans:1",
    ),
    judged(
        "veiligheidsplan maken met gezin",
        "les-veiligheidsplan-opstellen:3 mod-huiselijk-geweld:2 "
        "mt-huiselijk-geweld-in-het-gezinssysteem:2",
    ),
    judged(
        "geweld thuis in criminele families",
        "mt-huiselijk-geweld-in-het-gezinssysteem:3 mod-huiselijk-geweld:2 "
        "ll-dubbele-meldingen-veilig-thuis:2 les-melden-bij-veilig-thuis:1 "
        "les-veiligheidsplan-opstellen:1 ll-huisverbod-als-kans:1",
    ),
    # --- Radicalisation ----------------------------------------------------------------------
    judged(
        "signalen radicalisering herkennen",
        "les-signalen-herkennen:3 mod-signalen-radicalisering:2 ll-docent-signaal-radicalisering:2 "
        "sp-adviespunt-radicalisering:1 mt-polarisatie-en-online-propaganda:1",
    ),
    judged(
        "radicaliesering signalen school",  # misspelt
        "ll-docent-signaal-radicalisering:3 les-signalen-herkennen:3 "
        "mt-polarisatie-en-online-propaganda:2 mod-signalen-radicalisering:2 "
        "sp-adviespunt-radicalisering:1",
    ),
    judged(
        "waar meld ik zorgen over extremisme",
        "les-zorgmelding-doen:3 sp-adviespunt-radicalisering:3 mod-signalen-radicalisering:2 "
        "ll-melding-in-persoonlijke-mailbox:2 ll-docent-signaal-radicalisering:1",
    ),
    judged(
        "MCO",
        "begrip-mco:3 les-risicotaxatie:2 sp-adviespunt-radicalisering:1 "
        "mt-terugkeer-na-terroristisch-misdrijf:1",
    ),
    judged(
        "multidisciplinair casusoverleg risicotaxatie",
        "les-risicotaxatie:3 begrip-mco:2 mod-signalen-radicalisering:2 "
        "sp-adviespunt-radicalisering:1",
    ),
    judged(
        "ouders kind deelt extremistische filmpjes",
        "ll-ouders-en-online-propaganda:3 mt-polarisatie-en-online-propaganda:2",
    ),
    # --- School ------------------------------------------------------------------------------
    judged(
        "spijbelen melden bij leerplicht",
        "les-verzuim-melden:3 ll-verzuim-te-laat-gemeld:2 mod-school-en-leerplicht:2 "
        "mt-thuiszitters-en-verzuim:1 sp-leerplicht-en-kwalificatieplicht:1",
    ),
    judged(
        "thuiszitter",
        "begrip-thuiszitter:3 les-thuiszitter-terug-naar-school:3 ll-thuiszitter-maatwerk:3 "
        "mt-thuiszitters-en-verzuim:2 mod-school-en-leerplicht:2",
    ),
    judged(
        "jongere gaat al maanden niet naar school",
        "les-thuiszitter-terug-naar-school:3 ll-thuiszitter-maatwerk:3 begrip-thuiszitter:2 "
        "mt-thuiszitters-en-verzuim:2 les-verzuim-melden:1 mod-school-en-leerplicht:1",
    ),
    judged(
        "VSV",
        "begrip-vsv:3 begrip-rmc:2 ll-uitval-zomer-mbo:2 les-overstap-naar-mbo:1 "
        "sp-leerplicht-en-kwalificatieplicht:1",
    ),
    judged(
        "uitval na de zomer overstap mbo",
        "ll-uitval-zomer-mbo:3 les-overstap-naar-mbo:3 mod-school-en-leerplicht:1 begrip-vsv:1",
    ),
    judged(
        "tot welke leeftijd leerplicht",
        "sp-leerplicht-en-kwalificatieplicht:3 begrip-rmc:1 begrip-vsv:1",
    ),
    # --- Treiteren / neighbourhood nuisance --------------------------------------------------
    judged(
        "buren worden getreiterd wat kunnen we doen",
        "sp-treitercasus-aanmelden:3 mod-treiteren-aanpakken:3 les-overlastdossier-opbouwen:2 "
        "les-gedragsaanwijzing:2 ll-logboek-van-bewoners:2 les-bewonersbijeenkomst:2 "
        "mt-woonoverlast-en-gedragsaanwijzing:1",
    ),
    judged(
        "gedragsaanwijzing burgemeester",
        "les-gedragsaanwijzing:3 begrip-gedragsaanwijzing:3 "
        "mt-woonoverlast-en-gedragsaanwijzing:3 ll-gedragsaanwijzing-zonder-toezicht:2 "
        "ll-logboek-van-bewoners:1 mod-treiteren-aanpakken:1",
    ),
    judged(
        "logboek overlast bewoners bijhouden",
        "les-overlastdossier-opbouwen:3 ll-logboek-van-bewoners:3 "
        "mt-woonoverlast-en-gedragsaanwijzing:1 mod-treiteren-aanpakken:1",
    ),
    judged(
        "treiteraar verhuisd overlast gaat door",
        "ll-verhuizing-verplaatst-overlast:3 mt-samen-met-de-buurtteams:2 "
        "ll-corporatie-weigert-na-ontruiming:1",
    ),
    # --- Addiction and mental health ---------------------------------------------------------
    judged(
        "hoe bespreek ik drugsgebruik",
        "les-gebruik-bespreekbaar-maken:3 ll-motiverende-gesprekken:2 begrip-mi:1 "
        "mod-verslaving-en-zorg:1",
    ),
    judged(
        "motiverende gespreksvoering",
        "begrip-mi:3 les-gebruik-bespreekbaar-maken:3 ll-motiverende-gesprekken:3 "
        "mod-verslaving-en-zorg:1",
    ),
    judged(
        "verplichte ggz aanvragen",
        "sp-melding-verplichte-ggz:3 les-verplichte-zorg-wvggz:3 begrip-zorgmachtiging:2 "
        "ll-verkennend-onderzoek-duurde-lang:2 sp-verwijsroute-verslaving-ggz:1 "
        "mt-dubbele-diagnose:1",
    ),
    judged(
        "zorgmachtiging",
        "begrip-zorgmachtiging:3 les-verplichte-zorg-wvggz:3 sp-melding-verplichte-ggz:3 "
        "ll-verkennend-onderzoek-duurde-lang:1 begrip-ovj:1",
    ),
    judged(
        "wachtlijst verslavingskliniek",
        "ll-wachtlijst-verslavingskliniek:3 mt-dubbele-diagnose:2 les-verwijzen-verslavingszorg:2",
    ),
    judged(
        "verslaving en psychiatrie tegelijk",
        "mt-dubbele-diagnose:3 sp-verwijsroute-verslaving-ggz:1 les-verwijzen-verslavingszorg:1",
    ),
    judged(
        "doorverwijzen naar verslavingszorg",
        "les-verwijzen-verslavingszorg:3 sp-verwijsroute-verslaving-ggz:3 "
        "mod-verslaving-en-zorg:2 ll-motiverende-gesprekken:1",
    ),
    # --- Privacy -----------------------------------------------------------------------------
    judged(
        "wat moet ik doen bij een datalek",
        "sp-wat-te-doen-bij-een-datalek:3 ll-mail-naar-verkeerde-ontvanger:3 begrip-ap:1 "
        "begrip-fg:1 mt-privacy-datalekken-en-inzage:1",
    ),
    judged(
        "verslag naar verkeerde persoon gemaild",
        "ll-mail-naar-verkeerde-ontvanger:3 sp-wat-te-doen-bij-een-datalek:3",
    ),
    judged(
        "client wil zijn dossier inzien",
        "les-inzageverzoek-afhandelen:3 sp-inzage-en-correctie:3 "
        "ll-inzageverzoek-termijn-verlopen:3 mt-privacy-datalekken-en-inzage:1",
    ),
    judged(
        "huisarts wil geen informatie delen beroepsgeheim",
        "les-beroepsgeheim-zorgpartners:3 ll-toestemming-voor-delen:3 "
        "mod-privacy-in-de-praktijk:1 les-convenant-toepassen:1",
    ),
    judged(
        "FG",
        "begrip-fg:3 sp-wat-te-doen-bij-een-datalek:1 mt-privacy-datalekken-en-inzage:1",
    ),
    judged(
        "welke gegevens mag ik delen in het casusoverleg",
        "les-convenant-toepassen:3 mod-privacy-in-de-praktijk:2 les-beroepsgeheim-zorgpartners:2 "
        "ll-toestemming-voor-delen:1",
    ),
    judged(
        "geleerde les schrijven zonder persoonsgegevens",
        "sp-schrijfwijzer-geleerde-les:3",
    ),
    # --- Children in criminal families -------------------------------------------------------
    judged(
        "kinderen geronseld als drugskoerier",
        "ll-kinderen-als-koerier:3 les-signalen-bij-kinderen:3 mt-ronselen-van-kinderen:2 "
        "mod-kinderen-in-criminele-families:1",
    ),
    judged(
        "verzoek tot onderzoek raad voor de kinderbescherming",
        "les-verzoek-tot-onderzoek-raad:3 ll-onderbouwd-verzoek-raad:3 "
        "sp-jeugdbeschermingsmaatregelen:1 mod-kinderen-in-criminele-families:1",
    ),
    judged(
        "ondertoezichtstelling",
        "begrip-ots:3 sp-jeugdbeschermingsmaatregelen:3 les-verzoek-tot-onderzoek-raad:1 "
        "begrip-gi:1",
    ),
    judged(
        "OTS jeugdbeschermer",
        "begrip-ots:3 sp-jeugdbeschermingsmaatregelen:3 begrip-gi:2",
    ),
    judged(
        "woning gesloten drugs wat gebeurt er met de kinderen",
        "ll-woningsluiting-en-kinderen:3 les-bestuurlijke-maatregelen-en-kinderen:3 "
        "sp-bestuurlijke-instrumenten-ondermijning:2 sp-gezinsgerichte-aanpak:1",
    ),
    judged(
        "13b sluiting",
        "sp-bestuurlijke-instrumenten-ondermijning:3 les-bestuurlijke-maatregelen-en-kinderen:3 "
        "ll-woningsluiting-en-kinderen:2",
    ),
    # --- Work --------------------------------------------------------------------------------
    judged(
        "VOG aanvragen met strafblad",
        "les-vog-aanvragen:3 sp-vog-wat-werkgevers-mogen-vragen:3 ll-vog-geweigerd:2 "
        "mod-werk-na-detentie:1 mt-werkgevers-aan-tafel:1",
    ),
    judged(
        "werk vinden voor ex-gedetineerde",
        "mod-werk-na-detentie:3 ll-netwerk-werkgevers:3 les-leerwerktraject-regelen:2 "
        "mt-werkgevers-aan-tafel:2 les-vog-aanvragen:1 sp-vog-wat-werkgevers-mogen-vragen:1 "
        "ll-vog-geweigerd:1",
    ),
    judged(
        "dagbesteding na ontslag",
        "les-dagbesteding-vinden:3 mod-werk-na-detentie:2",
    ),
    # --- Continuity, onboarding, communication, cross-programme -------------------------------
    judged(
        "regisseur ziek wie neemt de casussen over",
        "ll-geen-vervanging-bij-ziekte:3 sp-vervanging-en-overdracht:3",
    ),
    judged(
        "warme overdracht",
        "begrip-warme-overdracht:3 sp-vervanging-en-overdracht:2 sp-uitstroom-top600:2 "
        "les-overstap-naar-mbo:1 ll-verhuizing-verplaatst-overlast:1",
    ),
    judged(
        "tolk regelen voor gesprek met ouders",
        "sp-werken-met-een-tolk:3 ll-professionele-tolk:3",
    ),
    judged(
        "eerste weken als nieuwe regisseur",
        "sp-je-eerste-maand-als-regisseur:3",
    ),
    judged(
        "plan van aanpak in begrijpelijke taal",
        "mt-eenvoudige-taal:3",
    ),
    judged(
        "aanmelden top400 criteria",
        "sp-aanmelden-top400:3",
    ),
    judged(
        "wanneer stroomt iemand uit de top600",
        "sp-uitstroom-top600:3",
    ),
    judged(
        "persoon zit in twee programma's tegelijk",
        "mt-kruisbestuiving-tussen-programmas:3",
    ),
    judged(
        "enkelband reclassering",
        "begrip-em:3 mt-terugkeer-na-terroristisch-misdrijf:1",
    ),
    judged(
        "voorwaardelijke invrijheidstelling bijzondere voorwaarden",
        "begrip-vi:3 begrip-bv:3 sp-wie-doet-wat-in-de-nazorg:2 ll-slachtoffer-en-woonplek:1 "
        "les-terug-naar-oude-buurt:1",
    ),
    judged(
        "loverboys meisjes",
        "mt-meisjes-en-uitbuiting:3",
    ),
    judged(
        "actiepunten themabijeenkomst niet uitgevoerd",
        "ll-acties-themabijeenkomsten-niet-opgevolgd:3",
    ),
    judged(
        "recidive cijfers halfjaar",
        "mt-halfjaarcijfers-2026:3",
    ),
]
