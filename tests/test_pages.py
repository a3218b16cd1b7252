"""Every page type can be created where it belongs, renders, and renders in a bounded number
of SQL queries however much content exists."""

from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from portal.constants import Role
from portal.factories import (
    GlossaryEntryFactory,
    OnboardingPageFactory,
    ProgrammeFactory,
    ProgrammeIndexPageFactory,
    StandardPageFactory,
    UserFactory,
)
from portal.models import (
    HomePage,
    OnboardingPage,
    Programme,
    ProgrammeIndexPage,
    ProgrammePage,
    StandardPage,
)


class PortalPagesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePage.objects.get()
        cls.index = ProgrammeIndexPageFactory(parent=cls.home)
        cls.top600 = ProgrammeFactory(name="Top600", short_name="Top600", slug="top600")
        cls.radicalisering = ProgrammeFactory(
            name="Radicalisering", short_name="Radicalisering", slug="radicalisering"
        )
        cls.onboarding = OnboardingPageFactory(parent=cls.home)
        cls.page = StandardPageFactory(
            parent=cls.top600.landing_page,
            owner_programme=cls.top600,
            title="Werkwijze Top600",
            slug="werkwijze-top600",
            tags=["regie", "brusjes"],
            body__0__heading__text="Regie voeren",
            body__1__paragraph__value="<p>De regisseur overlegt met het OM en de RvdK.</p>",
            body__2__callout__title="Let op",
            body__3__accordion__items__0__question="Wat is een casusoverleg?",
        )
        cls.page.also_relevant_for.set([cls.radicalisering])
        cls.page.save_revision().publish()
        StandardPageFactory(parent=cls.onboarding, owner_programme=cls.top600, title="Stap 1")
        GlossaryEntryFactory(abbreviation="RvdK", full_term="Raad voor de Kinderbescherming")
        cls.regisseur = UserFactory(groups=[Group.objects.get(name=Role.REGISSEUR)])
        cls.redactie = UserFactory(groups=[Group.objects.get(name=Role.REDACTIE)])

    def setUp(self):
        self.client.force_login(self.regisseur)

    def test_page_types_live_where_they_belong(self):
        self.assertAllowedParentPageTypes(ProgrammePage, {ProgrammeIndexPage})
        self.assertAllowedSubpageTypes(ProgrammeIndexPage, {ProgrammePage})
        self.assertAllowedSubpageTypes(OnboardingPage, {StandardPage})
        self.assertCanNotCreateAt(HomePage, HomePage)

    def test_editors_can_create_a_standard_page(self):
        self.client.force_login(self.redactie)
        self.assertCanCreate(
            self.top600.landing_page,
            StandardPage,
            nested_form_data(
                {
                    "title": "Nieuwe werkwijze",
                    "slug": "nieuwe-werkwijze",
                    "summary": "Samenvatting",
                    "owner_programme": self.top600.pk,
                    "review_by": "2030-01-01",
                    "body": streamfield([("paragraph", rich_text("<p>Inhoud</p>"))]),
                }
            ),
        )

    def test_every_page_renders(self):
        for page in Page.objects.filter(depth__gt=1).specific():
            self.assertPageIsRenderable(page, user=self.regisseur)

    def test_standard_page_shows_its_blocks_and_vocabulary(self):
        response = self.client.get(self.page.url)
        html = response.content.decode()
        self.assertContains(response, "Regie voeren")
        self.assertContains(response, "Wat is een casusoverleg?")
        self.assertIn('href="/themas/regie/"', html)
        self.assertIn("Radicalisering", html)
        self.assertIn('<abbr title="Raad voor de Kinderbescherming">RvdK</abbr>', html)

    def test_programme_page_lists_own_and_relevant_material(self):
        response = self.client.get(self.radicalisering.landing_page.url)
        self.assertContains(response, "Werkwijze Top600")
        response = self.client.get(self.top600.landing_page.url)
        self.assertContains(response, "Werkwijze Top600")
        self.assertContains(response, self.top600.description)

    def test_restricted_pages_are_not_listed_for_outsiders(self):
        secret = StandardPageFactory(
            parent=self.top600.landing_page, owner_programme=self.top600, title="Alleen redactie"
        )
        restriction = PageViewRestriction.objects.create(
            page=secret, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.set([Group.objects.get(name=Role.REDACTIE)])
        self.assertNotContains(self.client.get(self.top600.landing_page.url), "Alleen redactie")
        self.client.force_login(self.redactie)
        self.assertContains(self.client.get(self.top600.landing_page.url), "Alleen redactie")

    def test_pages_render_in_a_bounded_number_of_queries(self):
        """Adding more content of the same kind must not add queries."""
        urls = [
            "/",
            "/programmas/",
            self.top600.landing_page.url,
            self.page.url,
            self.onboarding.url,
            "/begrippen/",
            "/themas/regie/",
        ]
        before = {url: self.count_queries(url) for url in urls}
        for number in range(5):
            programme = ProgrammeFactory()
            page = StandardPageFactory(
                parent=self.top600.landing_page,
                owner_programme=self.top600,
                tags=["regie", f"extra-{number}"],
            )
            page.also_relevant_for.set([programme])
            page.save_revision().publish()
            StandardPageFactory(parent=self.onboarding, owner_programme=programme)
            GlossaryEntryFactory()
        after = {url: self.count_queries(url) for url in urls}
        self.assertEqual(before, after)
        for url, count in after.items():
            self.assertLessEqual(count, 40, url)

    def count_queries(self, url):
        # A second view: the first after a change fills the per-site caches (portal.cached_reads).
        self.client.get(url)
        with CaptureQueriesContext(connection) as context:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return len(context.captured_queries)


class ThemaPageTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        home = HomePage.objects.get()
        ProgrammeIndexPageFactory(parent=home)
        cls.top600 = ProgrammeFactory(name="Top600", short_name="Top600", slug="top600")
        cls.treiter = ProgrammeFactory(name="Treiter", short_name="Treiter", slug="treiter")
        for programme, title in [(cls.top600, "Wonen na detentie"), (cls.treiter, "Overlast")]:
            StandardPageFactory(
                parent=programme.landing_page,
                owner_programme=programme,
                title=title,
                tags=["wonen"],
            )
        StandardPageFactory(
            parent=cls.top600.landing_page,
            owner_programme=cls.top600,
            title="Concept over wonen",
            tags=["wonen"],
            live=False,
        )
        cls.user = UserFactory(groups=[Group.objects.get(name=Role.REGISSEUR)])

    def test_tag_page_groups_material_by_programme(self):
        self.client.force_login(self.user)
        response = self.client.get("/themas/wonen/")
        self.assertEqual(response.status_code, 200)
        groups = response.context["groups"]
        self.assertEqual([group.title for group in groups], ["Top600", "Treiter"])
        self.assertEqual([p.title for p in groups[0].pages], ["Wonen na detentie"])
        self.assertNotContains(response, "Concept over wonen")

    def test_unknown_tag_is_a_dutch_404(self):
        self.client.force_login(self.user)
        response = self.client.get("/themas/bestaat-niet/")
        self.assertEqual(response.status_code, 404)
        self.assertIn('lang="nl"', response.content.decode())


class GlossaryPageTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = UserFactory(groups=[Group.objects.get(name=Role.REGISSEUR)])
        GlossaryEntryFactory(abbreviation="RvdK", full_term="Raad voor de Kinderbescherming")
        GlossaryEntryFactory(abbreviation="iPGA", full_term="integrale persoonsgerichte aanpak")
        GlossaryEntryFactory(abbreviation="AcVZ", full_term="Actiecentrum Veiligheid en Zorg")
        GlossaryEntryFactory(abbreviation="3RO", full_term="Drie reclasseringsorganisaties")

    def test_glossary_is_sorted_a_to_z_with_letters(self):
        self.client.force_login(self.user)
        response = self.client.get("/begrippen/")
        letters = [letter for letter, _entries in response.context["letters"]]
        self.assertEqual(letters, ["#", "A", "I", "R"])
        self.assertContains(response, "Raad voor de Kinderbescherming")
        self.assertEqual(Programme.objects.count(), 0)
