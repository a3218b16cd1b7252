import pytest

from people.models import ColleagueProfile, PartnerDirectoryEntry
from portal.factories import UserFactory
from portal.models import ChainPartner
from themes.factories import LessonIndexPageFactory


@pytest.fixture
def lesson_index(home_page):
    index = LessonIndexPageFactory(parent=home_page)
    index.save_revision().publish()
    return index


def colleague(username, **profile):
    user = UserFactory(username=username, first_name=username.title(), last_name="Collega")
    return ColleagueProfile.objects.create(user=user, **profile)


@pytest.fixture
def accounthouder(db):
    return colleague("alex", role="Accounthouder politie", work_channels="Teams")


@pytest.fixture
def police_entry(accounthouder):
    return PartnerDirectoryEntry.objects.create(
        partner=ChainPartner.objects.get(slug="politie"),
        role_for_programmes="Signaleert en deelt informatie in het casusoverleg.",
        desk="Zorg- en veiligheidsdesk",
        functional_mailbox="zorgdesk@politie.invalid",
        accounthouder=accounthouder,
    )


def page_queries(client, url) -> int:
    """The queries a page costs, without the session save that SESSION_SAVE_EVERY_REQUEST adds
    to every request of the portal (a savepoint, the UPDATE, its release): that is the
    session's, not the page's. The page is asked once first to warm per-process caches."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return sum(
        1
        for query in queries.captured_queries
        if "django_session" not in query["sql"] or query["sql"].startswith("SELECT")
        if not query["sql"].startswith(("SAVEPOINT", "RELEASE SAVEPOINT"))
    )
