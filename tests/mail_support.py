"""A real SMTP server on loopback (aiosmtpd) that the portal's mail goes to, and the real task
worker (`manage.py db_worker --batch`) working off the database queue. The fixtures `mailbox`
and `worker` (tests/conftest.py) use them."""

import socket
from email import message_from_bytes, policy

from aiosmtpd.controller import Controller
from django.core.management import call_command


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

    def notifications(self):
        """The messages that are no calendar invitation or cancellation (tests/calendars)."""
        return [
            message
            for message in self.messages
            if not any(part.get_content_type() == "text/calendar" for part in message.walk())
        ]

    def to(self, address):
        return [message for message in self.messages if address in message.recipients]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_mailbox(settings):
    """An SMTP server on a free loopback port, with the portal's mail settings pointing at it;
    returns the mailbox and the server (stop it when done)."""
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
    return mailbox, controller


def run_worker():
    """The database backend's worker, as `manage.py db_worker --batch` runs it: every task
    that is due, then exit."""
    call_command(
        "db_worker", "--backend", "background", "--batch", "--no-startup-delay", "--interval", "0"
    )
