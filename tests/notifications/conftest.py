"""The notification tests read what arrives at a real SMTP server on loopback (the `mailbox`
fixture) after the real task worker (`worker`) worked off the database queue: both in
tests/mail_support.py, shared with the calendar invitations' tests."""


def parts(message):
    """The plain text and HTML parts of a message."""
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    return text, html
