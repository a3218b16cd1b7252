"""A real SMTP server on loopback (aiosmtpd) that the portal's mail goes to, and the real task
worker (`manage.py db_worker --batch`) working off the database queue."""

import socket
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command

from themes.factories import LessonIndexPageFactory


class Mailbox:
    """What arrived at the SMTP server, parsed with the standard library. `refuse` makes the
    server answer 'try again later' to the next so many messages."""

    def __init__(self):
        self.messages = []
        self.refuse = 0

    async def handle_DATA(self, server, session, envelope):
        if self.refuse:
            self.refuse -= 1
            return "451 4.3.0 Try again later"
        message = message_from_bytes(envelope.content, policy=policy.default)
        message.recipients = list(envelope.rcpt_tos)
        self.messages.append(message)
        return "250 OK"

    def to(self, address):
        return [message for message in self.messages if address in message.recipients]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def mailbox(settings):
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_TIMEOUT = 10
    settings.WAGTAILADMIN_BASE_URL = "https://kennisportaal.example"
    yield mailbox
    controller.stop()


def run_worker():
    """The database backend's worker, as `manage.py db_worker --batch` runs it: every task
    that is due, then exit."""
    call_command(
        "db_worker", "--backend", "background", "--batch", "--no-startup-delay", "--interval", "0"
    )


@pytest.fixture
def worker():
    return run_worker


@pytest.fixture
def lesson_index(home_page):
    index = LessonIndexPageFactory(parent=home_page)
    index.save_revision().publish()
    return index


def parts(message):
    """The plain text and HTML parts of a message."""
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    return text, html
