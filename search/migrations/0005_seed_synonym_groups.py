"""The synonym groups search starts with: words that regisseurs, programme staff and partners use
for the same thing in this domain. Redactie keeps them in the admin from here on."""

from django.db import migrations

EQUIVALENT = "equivalent"
ONE_WAY = "one_way"

# (terms, kind, note). Written for meaning, not generated; one-way where the first term is a
# narrower or informal word whose readers want the wider material too, but not the other way.
GROUPS = [
    # Family and network
    ("brusjes, broertjes en zusjes", EQUIVALENT, "Siblings of a person in a programme."),
    ("ouders, verzorgers, opvoeders", EQUIVALENT, ""),
    ("gezin, huishouden", EQUIVALENT, ""),
    ("familie, familieleden, verwanten", EQUIVALENT, ""),
    ("netwerk, sociaal netwerk, steunsysteem", EQUIVALENT, "The people around a person."),
    ("mentor, maatje, coach", EQUIVALENT, "A volunteer or professional alongside a person."),
    # Youth
    ("jeugdige, jongere, minderjarige", EQUIVALENT, ""),
    ("jongerenwerk, jeugdwerk, straatwerk", EQUIVALENT, ""),
    ("schoolverzuim, spijbelen, verzuim", EQUIVALENT, ""),
    ("voortijdig schoolverlaten, schooluitval, vsv", EQUIVALENT, ""),
    ("leerplicht, leerplichtambtenaar, leerplichtzaken", EQUIVALENT, ""),
    ("ondertoezichtstelling, ots", EQUIVALENT, "Child protection measure."),
    ("uithuisplaatsing, uhp", EQUIVALENT, ""),
    ("justitiele jeugdinrichting, jji", EQUIVALENT, ""),
    ("jeugdreclassering, jr", EQUIVALENT, ""),
    # Detention and return
    ("detentie, hechtenis, gevangenschap", EQUIVALENT, ""),
    ("gevangenis, penitentiaire inrichting, pi", EQUIVALENT, ""),
    ("vrijlating, invrijheidstelling, ontslag uit detentie", EQUIVALENT, ""),
    ("nazorg, begeleiding na detentie", EQUIVALENT, ""),
    ("reintegratie, terugkeer in de samenleving", EQUIVALENT, ""),
    ("voorwaardelijke invrijheidstelling, vi", EQUIVALENT, ""),
    ("penitentiair programma, pp", EQUIVALENT, ""),
    ("taakstraf, werkstraf", EQUIVALENT, ""),
    ("enkelband, elektronische monitoring, elektronisch toezicht", EQUIVALENT, ""),
    ("gebiedsverbod, locatieverbod", EQUIVALENT, ""),
    ("huisverbod, tijdelijk huisverbod", EQUIVALENT, ""),
    ("veelpleger, stelselmatige dader, draaideurcrimineel", EQUIVALENT, ""),
    ("pleger, dader", EQUIVALENT, ""),
    ("slachtoffer, benadeelde, gedupeerde", EQUIVALENT, ""),
    ("officier van justitie, ovj", EQUIVALENT, ""),
    ("wijkagent, politie", ONE_WAY, "A question about the wijkagent is a question for the police."),
    # Housing
    ("huisvesting, woonruimte, onderdak, woonplek", EQUIVALENT, ""),
    ("dakloos, thuisloos, zonder vaste verblijfplaats", EQUIVALENT, ""),
    ("maatschappelijke opvang, daklozenopvang, nachtopvang", EQUIVALENT, ""),
    ("woningcorporatie, woningbouwcorporatie, corporatie", EQUIVALENT, ""),
    ("urgentie, urgentieverklaring, voorrang bij huisvesting", EQUIVALENT, ""),
    ("woonoverlast, burenoverlast", EQUIVALENT, ""),
    ("burenoverlast, overlast", ONE_WAY, ""),
    # Money and work
    ("schuldhulp, schuldhulpverlening, schuldenhulp", EQUIVALENT, ""),
    ("schulden, geldproblemen, financiele problemen", EQUIVALENT, ""),
    ("bewindvoering, beschermingsbewind", EQUIVALENT, ""),
    ("uitkering, bijstand, inkomensondersteuning", EQUIVALENT, ""),
    ("baan, werk", ONE_WAY, ""),
    ("identiteitsbewijs, id-bewijs, id-kaart, legitimatie", EQUIVALENT, ""),
    ("zorgverzekering, ziektekostenverzekering", EQUIVALENT, ""),
    # Care and health
    ("ggz, geestelijke gezondheidszorg", EQUIVALENT, ""),
    ("psychische problemen, psychiatrische problematiek, psychische kwetsbaarheid", EQUIVALENT, ""),
    ("verward gedrag, onbegrepen gedrag", EQUIVALENT, ""),
    ("verslaving, middelengebruik, verslavingsproblematiek", EQUIVALENT, ""),
    ("lvb, licht verstandelijke beperking", EQUIVALENT, ""),
    ("zorgmijder, zorgmijding", EQUIVALENT, ""),
    ("wijkteam, buurtteam, sociaal team", EQUIVALENT, ""),
    ("veilig thuis, amhk, meldpunt huiselijk geweld", EQUIVALENT, ""),
    ("huiselijk geweld, partnergeweld, geweld in huiselijke kring", EQUIVALENT, ""),
    ("kindermishandeling, mishandeling van kinderen", EQUIVALENT, ""),
    ("meldcode, meldcode huiselijk geweld en kindermishandeling", EQUIVALENT, ""),
    ("signaleren, signalering, vroegsignalering", EQUIVALENT, ""),
    ("risicotaxatie, risico-inschatting", EQUIVALENT, ""),
    # Radicalisation, nuisance, organised crime
    ("extremisme, radicalisering", ONE_WAY, "Material on extremism is filed under radicalisation."),
    ("jihadisme, radicalisering", ONE_WAY, ""),
    ("deradicalisering, exitprogramma, uitstapprogramma", EQUIVALENT, ""),
    ("terugkeerder, teruggekeerde uitreiziger", EQUIVALENT, ""),
    ("treiteren, stelselmatig pesten, intimidatie", EQUIVALENT, "The Treiter programme's subject."),
    ("criminele families, criminele familienetwerken", EQUIVALENT, ""),
    ("ondermijning, georganiseerde criminaliteit", EQUIVALENT, ""),
    ("ronselen, rekruteren, werven", EQUIVALENT, "Recruiting young people into crime."),
    ("high impact crime, hic", EQUIVALENT, ""),
    ("sociale media, social media", EQUIVALENT, ""),
    ("top600, top 600", EQUIVALENT, ""),
    ("top400, top 400", EQUIVALENT, ""),
    # The work of regie
    ("regisseur, casusregisseur, procesregisseur, casemanager", EQUIVALENT, ""),
    ("regie, casusregie, procesregie", EQUIVALENT, ""),
    ("persoonsgerichte aanpak, pga", EQUIVALENT, ""),
    ("casusoverleg, casuistiekoverleg, multidisciplinair overleg, mdo", EQUIVALENT, ""),
    ("casus, casuistiek", EQUIVALENT, ""),
    ("client, betrokkene, deelnemer", EQUIVALENT, "The person a programme works with."),
    ("plan van aanpak, persoonsplan, trajectplan", EQUIVALENT, ""),
    ("intake, intakegesprek", EQUIVALENT, ""),
    ("toeleiding, instroom", EQUIVALENT, ""),
    ("afschalen, afschaling, uitstroom", EQUIVALENT, ""),
    ("escalatie, opschaling, opschalen, escaleren", EQUIVALENT, ""),
    ("handelingsperspectief, handelingsopties", EQUIVALENT, ""),
    ("ketenpartner, samenwerkingspartner, partnerorganisatie", EQUIVALENT, ""),
    ("accounthouder, vast aanspreekpunt", EQUIVALENT, "The AcVZ's fixed contact per partner."),
    ("zorg- en veiligheidshuis, veiligheidshuis, zvh", EQUIVALENT, ""),
    ("bestuurlijke maatregelen, bestuurlijke aanpak", EQUIVALENT, ""),
    ("stuurgroep, bestuurlijk overleg", EQUIVALENT, ""),
    ("intervisie, intercollegiale toetsing", EQUIVALENT, ""),
    # Information and privacy
    ("informatiedeling, informatie delen, gegevensuitwisseling, gegevensdeling", EQUIVALENT, ""),
    ("privacy, gegevensbescherming", EQUIVALENT, ""),
    ("avg, algemene verordening gegevensbescherming", EQUIVALENT, ""),
    ("convenant, samenwerkingsconvenant, samenwerkingsafspraken", EQUIVALENT, ""),
    ("toestemming, instemming", EQUIVALENT, ""),
    # Learning from each other
    ("knelpunt, struikelblok, bottleneck", EQUIVALENT, ""),
    ("systeemfout, fout in de keten, systeemprobleem", EQUIVALENT, ""),
    ("geleerde les, lesson learned, leerpunt", EQUIVALENT, ""),
    ("themabijeenkomst, themamiddag, themasessie, kennissessie", EQUIVALENT, ""),
    ("monitoring, monitor", EQUIVALENT, ""),
    ("effectmeting, effectenmonitor, effectevaluatie", EQUIVALENT, ""),
    ("evaluatie, terugblik, evalueren", EQUIVALENT, ""),
    ("werkwijze, methodiek, werkproces", EQUIVALENT, ""),
    ("protocol, richtlijn, werkinstructie", EQUIVALENT, ""),
    ("verslag, notulen", EQUIVALENT, ""),
    ("presentatie, slides, sheets", EQUIVALENT, ""),
    ("opname, video-opname, terugkijken", EQUIVALENT, ""),
    ("aanmelden, inschrijven", EQUIVALENT, ""),
    # Training and onboarding
    ("training, cursus, opleiding, scholing", EQUIVALENT, ""),
    ("module, leermodule, e-learning", EQUIVALENT, ""),
    ("leerpad, leerroute, leerlijn", EQUIVALENT, ""),
    ("kennistoets, toets, kennischeck", EQUIVALENT, ""),
    ("certificaat, deelnamebewijs", EQUIVALENT, ""),
    ("verplichte training, verplichte scholing", EQUIVALENT, ""),
    ("inwerken, onboarding, inwerkprogramma", EQUIVALENT, ""),
    ("nieuwe medewerker, nieuwe collega, nieuwkomer", EQUIVALENT, ""),
]


def seed(apps, schema_editor):
    SynonymGroup = apps.get_model("search", "SynonymGroup")
    for terms, kind, note in GROUPS:
        SynonymGroup.objects.get_or_create(terms=terms, defaults={"kind": kind, "note": note})


def unseed(apps, schema_editor):
    SynonymGroup = apps.get_model("search", "SynonymGroup")
    SynonymGroup.objects.filter(terms__in=[terms for terms, _, _ in GROUPS]).delete()


def grant_redactie(apps, schema_editor):
    """Redactie keeps the synonyms, as it keeps the glossary."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    redactie = Group.objects.filter(name="Redactie").first()
    if redactie is None:
        return
    redactie.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="search",
            codename__in=["add_synonymgroup", "change_synonymgroup", "delete_synonymgroup"],
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_synonym_groups"),
        ("portal", "0003_roles"),
    ]

    operations = [
        migrations.RunPython(seed, unseed),
        migrations.RunPython(grant_redactie, migrations.RunPython.noop),
    ]
