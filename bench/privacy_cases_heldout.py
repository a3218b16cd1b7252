# ruff: noqa: E501  (case texts are sentences as people write them)
"""A held-out case set for the privacy guard, written without reading the guard (portal/privacy.py)
or its tuning cases: what careless writers put in a lesson, report or glossary entry, from
knowledge of Dutch personal-data formats. Nobody tunes on this set; report its figures beside the
tuning set's (bench/privacy_guard.py).

PERSONAL: every text holds personal data the guard must block before publishing (AVG art. 9/10
context: these are texts about clients of the AcVZ). CLEAN: ordinary professional texts that must
pass. Each case is (label, text); labels say what the case tests.

The numbers are made up: BSNs pass the 11-proef (weights 9..2 and -1) and IBANs have valid
mod-97 check digits, so a guard that checks them must still flag them; names are placeholder
names (Jan Jansen and the like), addresses and plates are invented.

Decisions on the borderline, stated so the lead can disagree in one place:
- an organisation's office address with its postcode is not personal data (CLEAN);
- the municipal number 14 020, 112, 0800-2000 (Veilig Thuis) and 0900-8844 (police) are functional
  service numbers, not personal data (CLEAN); a mobile number or a landline without such a context
  is treated as personal (PERSONAL);
- a functional team mailbox on the organisation's domain is CLEAN; a mailbox at a consumer
  provider, or one built from a person's name, is PERSONAL;
- a date is personal only with a birth context ("geboren", "geb.", "geboortedatum", "born",
  "DOB") or with an age that identifies; meeting dates and deadlines are CLEAN;
- a KvK number identifies a business, not a person: CLEAN, even when its digits happen to pass
  the 11-proef (labelled so)."""

ZWSP = "\u200b"  # zero-width space
NBSP = "\u00a0"  # no-break space

PERSONAL = [
    # --- BSN (burgerservicenummer), valid by the 11-proef ----------------------------------
    ("bsn plain with label", "BSN van de cliënt: 583852762, graag niet meer rondmailen."),
    (
        "bsn plain without label",
        "Aanmelding Top400 voor 660339638 is doorgezet naar het selectieoverleg.",
    ),
    ("bsn with spaces 3-3-3", "Het burgerservicenummer is 530 709 934, zie het dossier."),
    ("bsn with spaces 4-2-3", "Zijn bsn 5514 39 026 staat verkeerd in de BRP."),
    ("bsn with dots", "Cliënt met BSN 681.208.387 kwam vrij uit de PI."),
    ("bsn with hyphens", "bsn-nummer 278-022-571 klopt niet met de gegevens van de reclassering"),
    ("bsn with nbsp", f"Burgerservicenummer{NBSP}674{NBSP}901{NBSP}186 doorgeven aan W&I."),
    ("bsn with zero-width space", f"Het BSN is 6208{ZWSP}24219 volgens de casemanager."),
    (
        "bsn classic example number",
        "Bij de aanvraag stond per ongeluk het BSN 123456782 in de bijlage.",
    ),
    (
        "bsn lowercase abbreviation dotted",
        "b.s.n. 111222333 hoort bij de jongste zoon van het gezin.",
    ),
    (
        "old 8-digit sofinummer with context",
        "Zijn oude sofinummer 79748107 stond nog op de brief van het CJIB.",
    ),
    ("old 8-digit bsn with context", "Let op: het BSN in het oude systeem is 8 cijfers: 41855565."),
    # --- IBAN / bank account --------------------------------------------------------------
    ("iban compact", "Leefgeld wordt overgemaakt op NL91ABNA0417164300 van moeder."),
    ("iban grouped", "Rekeningnummer cliënt: NL20 INGB 0001 2345 67 (budgetbeheer)."),
    ("iban lowercase", "de toeslag gaat naar nl44rabo0123456789, de rekening van haar vriend"),
    (
        "iban in sentence with hyphens",
        "Schuldeiser vraagt betaling vanaf NL22-SNSB-0912-3456-78 van de jongere.",
    ),
    # --- Postcode + house number ----------------------------------------------------------
    ("postcode and number spaced", "De jongere woont op 1102 AB 17, driehoog."),
    ("postcode and number compact", "Huisbezoek gepland bij 1034XK 112 (achterom)."),
    ("street, number and postcode", "Overlast komt van Kerkstraat 14-2, 1017 GA Amsterdam."),
    (
        "postcode lowercase with huisnummer",
        "postcode 1055 kc, huisnummer 8 hs: daar verblijft hij nu.",
    ),
    (
        "address split across sentences",
        "Hij staat ingeschreven aan de Lindengracht. Huisnummer 203, tweede etage.",
    ),
    # --- Phone numbers ---------------------------------------------------------------------
    ("mobile 06 with hyphen", "Bel de moeder op 06-12345678 voor het huisbezoek."),
    ("mobile 06 spaced", "Telefoon cliënt: 06 1234 5678 (alleen na 17 uur)."),
    ("mobile +31", "Zijn nieuwe nummer is +31 6 23456789."),
    ("mobile 0031 compact", "Contact via 0031612345678, dat is de broer."),
    ("mobile with dots", "Nummer van de vader: 06.87.65.43.21"),
    ("landline amsterdam", "De oma is bereikbaar op 020-6123456, zij vangt de kinderen op."),
    ("landline with brackets", "Tel. oom (010) 412 34 56 staat in het netwerkoverzicht."),
    # --- E-mail -----------------------------------------------------------------------------
    ("email consumer provider", "Mail de planning naar jan.jansen1998@gmail.com."),
    ("email obfuscated at punt", "Zijn mail is j.jansen at hotmail punt com, hij leest die wel."),
    ("email bracketed at dot", "contact: sanne.devries[at]ziggo[dot]nl (zus van cliënt)"),
    ("email with spaces around @", "moeder mailt vanaf fatima.elamrani @ outlook.com"),
    # --- Birth dates ------------------------------------------------------------------------
    ("birth date dutch words", "De jongere is geboren op 3 maart 2009 en zit in de Top400."),
    ("birth date abbreviated geb.", "Jan Jansen (geb. 14-07-1996) wordt besproken in het MDO."),
    ("birth date ISO with label", "geboortedatum: 2007-11-02, broer van een Top600-persoon"),
    ("birth date english", "Client born on March 3rd, 1998, released last week."),
    ("birth date slashes short year", "Geboortedatum 3/3/98, gedetineerd in PI Zaanstad."),
    ("born in year", "Het gaat om een meisje, geboren in 2011, dat wordt ingezet als koerier."),
    ("dob abbreviation", "DOB 12.05.2004 - zie aanmelding leerplicht."),
    # --- Licence plates (kentekens), several sidecodes --------------------------------------
    ("kenteken sidecode 99-XXX-9", "Hij rijdt in een auto met kenteken 12-ABC-3."),
    (
        "kenteken sidecode XX-999-X",
        "De wijkagent zag de scooter met kenteken FX-123-B bij de woning.",
    ),
    ("kenteken sidecode 9-XXX-99", "Auto van de vader: 1-KTB-23, vaak voor de school geparkeerd."),
    ("kenteken sidecode XXX-99-X", "kenteken GZH-45-K staat op naam van zijn oom"),
    (
        "kenteken old sidecode XX-99-XX",
        "Het busje met kenteken VB-12-TR wordt gebruikt voor de handel.",
    ),
    ("kenteken without hyphens", "Kenteken 34PLJ8 is gezien bij de ontmoetingsplek."),
    # --- Names with a client context -------------------------------------------------------
    (
        "full name with client context",
        "Jan Jansen is opnieuw aangehouden en zit nu in het huis van bewaring.",
    ),
    ("first name and initial with age", "Mohamed B. (17) spijbelt weer sinds de herfstvakantie."),
    (
        "name of family member with care context",
        "Moeder Sanne de Vries gebruikt weer en de kinderen zijn bij oma.",
    ),
    (
        "name with diagnosis (art. 9)",
        "Kees Bakker heeft een licht verstandelijke beperking en een alcoholverslaving.",
    ),
    (
        "name split across sentences",
        "Het gaat om Pieter. Achternaam Visser. Hij komt volgende week vrij uit de PI.",
    ),
    (
        "name in possessive with criminal record (art. 10)",
        "Fatima El Amrani's broer is veroordeeld voor een gewapende overval.",
    ),
]

CLEAN = [
    # --- Case, document and registration numbers -------------------------------------------
    (
        "zaaknummer of a municipal file",
        "Het raadsvoorstel over de aanpak staat onder zaaknummer Z-2026-004512.",
    ),
    (
        "kenmerk of a letter",
        "Zie de brief met kenmerk OOV/2026/1873 over de subsidie voor de buurtteams.",
    ),
    (
        "kvk number of a foundation",
        "De Stichting Leerwerkbedrijf staat ingeschreven bij de KvK onder nummer 34217890.",
    ),
    (
        "kvk number that passes the 11-proef",
        "Inkoop: de opdracht gaat naar een bureau met KvK-nummer 68750110.",
    ),
    (
        "tender reference",
        "Aanbesteding 2026-AcVZ-07 voor de training gespreksvoering sluit eind mei.",
    ),
    (
        "version number",
        "De module regie is bijgewerkt naar versie 2.1.3; certificaten vermelden de versie.",
    ),
    (
        "release and build numbers",
        "Release 2026.04 van het registratiesysteem (build 20260412) lost de dubbele notificaties op.",
    ),
    (
        "article numbers of laws",
        "De burgemeester kan op grond van artikel 13b Opiumwet of artikel 151d Gemeentewet optreden.",
    ),
    (
        "avg articles",
        "Gezondheidsgegevens (art. 9 AVG) en strafrechtelijke gegevens (art. 10 AVG) zijn extra beschermd.",
    ),
    (
        "wvggz article reference",
        "Het verkennend onderzoek volgt uit artikel 5:3 Wvggz en duurt hooguit veertien dagen.",
    ),
    # --- Dates and times of work -----------------------------------------------------------
    (
        "meeting date and time",
        "De themabijeenkomst is op 12 maart 2026 van 14:00 tot 16:00 uur in zaal 2.",
    ),
    ("meeting date numeric", "Volgende stuurgroep: 03-03-2026, aanvang 09:30."),
    ("iso date of a deadline", "Deadline voor de halfjaarmonitor: 2026-07-15."),
    (
        "english date of a conference",
        "The conference on reintegration takes place on March 3rd, 2026 in Utrecht.",
    ),
    ("date range of a project", "Het project liep van 1 januari 2024 tot en met 31 december 2025."),
    ("law in force since date", "De Wet verplichte ggz geldt sinds 1 januari 2020."),
    (
        "release after six weeks",
        "Start de aanvraag zes weken voor de ontslagdatum; reken op vier tot zes weken doorlooptijd.",
    ),
    ("time of a training", "De training begint om 9.00 uur en eindigt om 12.30 uur."),
    # --- Organisations' addresses and functional contact -----------------------------------
    (
        "office address of the municipality",
        "Het Actiecentrum is gevestigd aan het Amstel 1, 1011 PN Amsterdam.",
    ),
    (
        "office address of a partner with room",
        "De bijeenkomst is bij de reclassering, Kantoorweg 10, 3511 AB Utrecht, zaal 4.12.",
    ),
    (
        "postcode areas for statistics",
        "In de postcodegebieden 1102 en 1103 wonen de meeste jongeren uit de aanpak.",
    ),
    (
        "municipal number 14 020",
        "Bewoners kunnen overlast melden via het gemeentelijke nummer 14 020.",
    ),
    ("veilig thuis free number", "Veilig Thuis is dag en nacht bereikbaar op 0800-2000."),
    (
        "police non-emergency number",
        "Geen spoed? Bel de politie op 0900-8844; bij spoed altijd 112.",
    ),
    (
        "functional team mailbox",
        "Meldingen over radicalisering gaan naar de functionele mailbox van het team op het gemeentedomein: radicalisering@acvz.invalid.",
    ),
    (
        "url of the portal",
        "De handreiking staat op https://kennisportaal.acvz.invalid/lessen/ onder informatiedeling.",
    ),
    # --- Amounts, statistics, years --------------------------------------------------------
    ("amount in euros", "Het budget voor Housing First is € 1.250.000 per jaar."),
    (
        "amount of a debt in general",
        "Gemiddeld hebben terugkeerders een schuld van 12.500 euro bij meer dan tien schuldeisers.",
    ),
    ("percentages", "62% van de deelnemers vond de module nuttig; 8% had geen mening."),
    ("counts per year", "In 2025 stroomden 84 personen uit de Top600 en kwamen er 71 bij."),
    ("recidive statistic", "De recidive binnen twee jaar daalde van 41,3 naar 37,9 procent."),
    ("age group of a programme", "De Top400 richt zich op jongeren van 12 tot 23 jaar."),
    (
        "duration and hours",
        "Scholen melden verzuim bij 16 uur ongeoorloofde afwezigheid binnen 4 weken.",
    ),
    (
        "period of a measure",
        "Een tijdelijk huisverbod duurt 10 dagen en kan tot 28 dagen worden verlengd.",
    ),
    (
        "year a programme started",
        "De Top600-aanpak bestaat sinds 2011 en is in 2016 geëvalueerd door het WODC.",
    ),
    (
        "phone-like number in a statistic",
        "Het programma telde 1.234 contactmomenten en 567 huisbezoeken.",
    ),
    # --- Roles, organisations and general case descriptions ---------------------------------
    (
        "roles of colleagues",
        "De regisseur Top600 en de accounthouder van de reclassering bespraken de escalatie.",
    ),
    ("speaker by role", "Spreker: de casemanager van PI Zaanstad over het ontslagproces."),
    (
        "anonymous case description",
        "Een jongere in de aanpak spijbelde weken voordat de school het meldde.",
    ),
    (
        "family described in general terms",
        "In een gezin met drie kinderen speelde huiselijk geweld; Veilig Thuis werd ingeschakeld.",
    ),
    (
        "abbreviations that look like codes",
        "3RO, MDA++, LJ&R en ZSM zijn afkortingen uit de strafrechtketen.",
    ),
    ("programme names with digits", "Top600 en Top400 delen hun modules met Detentie & Terugkeer."),
    (
        "room and floor numbers",
        "We zitten in kamer 3.21 op de derde verdieping, vergaderzaal 2.14 is gereserveerd.",
    ),
    (
        "sidecode-like course code",
        "De cursuscode AB-12 staat in het opleidingsplan van de regisseurs.",
    ),
    ("generic example domain", "Gebruik in voorbeelden alleen adressen als voorbeeld@example.org."),
]
