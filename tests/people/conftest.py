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
