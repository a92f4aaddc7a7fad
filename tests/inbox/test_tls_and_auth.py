"""Reaching a real mailbox safely: IMAP over TLS and STARTTLS with the certificate checked against
the company's CA, XOAUTH2 logins, and SMTP submission with STARTTLS + AUTH.

The servers are real (Dovecot, aiosmtpd) on loopback; only the OAuth identity provider is a
stand-in (a local RFC 7662 introspection endpoint that Dovecot itself calls).
"""

from __future__ import annotations

import re
import sys

import pytest
from imapclient import IMAPClient
from pydantic import SecretStr
from sqlmodel import Session, select

from adapters.db.tables import InboundMessage
from adapters.mail.connect import MailConnectionError, open_imap, tls_context
from adapters.mail.imap import ImapSource
from adapters.mail.smtp import SmtpOutbox
from core.outgoing import OutgoingMail
from core.ports import OutboxError
from dunmail.settings import Settings
from tests.fixtures.smtp import running_smtp
from tests.inbox.conftest import mail, settings_for
from tests.inbox.waiting import eventually  # Dovecot writes its log asynchronously

pytestmark = pytest.mark.dovecot


def _subjects(engine) -> list[str]:  # noqa: ANN001
    with Session(engine) as session:
        return [row.subject for row in session.exec(select(InboundMessage).order_by(InboundMessage.id)).all()]


def _tls_settings(server, security: str, **extra) -> Settings:  # noqa: ANN001
    port = server.imaps_port if security == "tls" else server.port
    return settings_for(server, imap_security=security, imap_port=port, **extra)


def _deliver(settings: Settings, folder: str, *messages: bytes) -> None:
    client = open_imap(settings)
    try:
        if not client.folder_exists(folder):
            client.create_folder(folder)
        for raw in messages:
            client.append(folder, raw)
    finally:
        client.logout()


# --- IMAP: TLS and STARTTLS ------------------------------------------------------------------


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_mail_is_read_over_an_encrypted_connection_verified_against_our_ca(security, dovecot_tls, test_certs, engine, monkeypatch) -> None:
    monkeypatch.setenv("DUNMAIL_IMAP_CA_FILE", str(test_certs.ca_file))
    folder = f"AR-{security}"
    settings = _tls_settings(dovecot_tls, security, imap_folders=[folder])
    before = len(dovecot_tls.logins())
    _deliver(settings, folder, mail(1, f"Invoice over {security}"))

    assert ImapSource(settings).sync(engine) == 1

    assert _subjects(engine) == [f"Invoice over {security}"]
    assert eventually(lambda: len(dovecot_tls.logins()) >= before + 2)
    new_logins = dovecot_tls.logins()[before:]
    # Loopback counts as "secured" for Dovecot even unencrypted; only a real TLS session logs ", TLS,".
    assert all(", TLS," in line for line in new_logins), new_logins


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_a_server_certificate_from_another_ca_is_refused_with_a_hint(security, dovecot_tls, test_certs, monkeypatch) -> None:
    monkeypatch.setenv("DUNMAIL_IMAP_CA_FILE", str(test_certs.other_ca_file))
    before = len(dovecot_tls.logins())

    with pytest.raises(MailConnectionError) as caught:
        open_imap(_tls_settings(dovecot_tls, security))

    message = str(caught.value)
    assert "not trusted" in message and str(test_certs.other_ca_file) in message
    assert "DUNMAIL_IMAP_CA_FILE" in message
    assert len(dovecot_tls.logins()) == before  # the password was never sent


def test_without_a_ca_file_a_private_certificate_is_not_trusted(dovecot_tls, monkeypatch) -> None:
    monkeypatch.delenv("DUNMAIL_IMAP_CA_FILE", raising=False)
    with pytest.raises(MailConnectionError, match="not trusted by the system's CAs"):
        open_imap(_tls_settings(dovecot_tls, "tls"))


def test_an_unreadable_ca_file_is_named_in_the_error(dovecot_tls, tmp_path, monkeypatch) -> None:
    missing = tmp_path / "no-such-ca.pem"
    monkeypatch.setenv("DUNMAIL_IMAP_CA_FILE", str(missing))
    with pytest.raises(MailConnectionError, match=re.escape(str(missing))):
        open_imap(_tls_settings(dovecot_tls, "tls"))


def test_starttls_never_falls_back_to_plain_text(dovecot, test_certs, monkeypatch) -> None:
    """A server (or a man in the middle) that does not offer STARTTLS gets no password."""
    monkeypatch.setenv("DUNMAIL_IMAP_CA_FILE", str(test_certs.ca_file))
    with pytest.raises(MailConnectionError, match=r"\(starttls\): .*does not support STARTTLS"):
        open_imap(settings_for(dovecot, imap_security="starttls"))


@pytest.mark.parametrize("host", ["192.0.2.10", "imap.example.com"])
def test_plain_imap_is_refused_for_a_host_that_is_not_loopback(host) -> None:
    with pytest.raises(MailConnectionError, match="plain IMAP to .* refused: use imap_security=tls or starttls"):
        open_imap(Settings(imap_host=host, imap_security="plain"))


# --- IMAP: XOAUTH2 ---------------------------------------------------------------------------


def test_xoauth2_token_from_settings_reads_the_mailbox(dovecot_oauth, engine) -> None:
    server, issuer = dovecot_oauth
    token = issuer.issue(server.username)
    settings = settings_for(server, imap_auth="xoauth2", imap_password="", imap_oauth_token=token, imap_folders=["OAuth"])
    _deliver(settings_for(server), "OAuth", mail(1, "Remittance advice"))

    assert ImapSource(settings).sync(engine) == 1

    assert _subjects(engine) == ["Remittance advice"]
    assert token in issuer.asked  # Dovecot really checked the token with the identity provider
    assert eventually(lambda: any("method=XOAUTH2" in line for line in server.logins()))


def test_xoauth2_token_from_a_command(dovecot_oauth) -> None:
    server, issuer = dovecot_oauth
    token = issuer.issue(server.username)
    command = f"{sys.executable} -c \"print('{token}')\""
    client = open_imap(settings_for(server, imap_auth="xoauth2", imap_password="", imap_oauth_token_command=command))
    try:
        assert client.list_folders()
    finally:
        client.logout()
    assert token in issuer.asked


def test_an_expired_or_unknown_token_is_a_clear_connection_error(dovecot_oauth) -> None:
    server, issuer = dovecot_oauth
    with pytest.raises(MailConnectionError, match=r"IMAP 127\.0\.0\.1:\d+ \(plain\): .*(?i:auth)"):
        open_imap(settings_for(server, imap_auth="xoauth2", imap_password="", imap_oauth_token="revoked-token"))
    assert "revoked-token" in issuer.asked


def test_xoauth2_without_any_token_source_says_what_to_set(dovecot_oauth) -> None:
    server, _ = dovecot_oauth
    with pytest.raises(MailConnectionError, match="DUNMAIL_IMAP_OAUTH_TOKEN"):
        open_imap(settings_for(server, imap_auth="xoauth2", imap_password=""))


# --- SMTP: STARTTLS and AUTH -----------------------------------------------------------------

SMTP_USER, SMTP_PASSWORD = "ar@northwind-supplies.example", "smtp-secret"


def _reply(n: int) -> OutgoingMail:
    return OutgoingMail(
        message_id=f"<reply-{n}@northwind-supplies.example>",
        from_addr="ar@northwind-supplies.example",
        to=[f"ap{n}@customer.example"],
        subject=f"Re: Invoice {n}",
        body="Thank you, we have noted the payment date.",
        in_reply_to=f"<msg-{n}@customer.example>",
        references=[f"<msg-{n}@customer.example>"],
    )


def _in_sent(dovecot, message_id: str) -> int:  # noqa: ANN001
    client = IMAPClient(dovecot.host, port=dovecot.port, ssl=False)
    client.login(dovecot.username, dovecot.password)
    try:
        client.select_folder("Sent", readonly=True)
        return len(client.search(["HEADER", "Message-ID", message_id.strip("<>")]))
    finally:
        client.logout()


@pytest.mark.parametrize("mechanism", ["PLAIN", "LOGIN"])
def test_a_reply_is_submitted_over_starttls_with_auth(mechanism, dovecot, test_certs, monkeypatch) -> None:
    monkeypatch.setenv("DUNMAIL_SMTP_CA_FILE", str(test_certs.ca_file))
    with running_smtp(test_certs.server_context(), (SMTP_USER, SMTP_PASSWORD), mechanisms=(mechanism,)) as smtp:
        settings = settings_for(dovecot, smtp, smtp_security="starttls", smtp_username=SMTP_USER, smtp_password=SMTP_PASSWORD)
        SmtpOutbox(settings).deliver(_reply(1))

    assert smtp.logins == [(mechanism, SMTP_USER, True)]
    assert len(smtp.messages) == 1
    arrived = smtp.messages[0].message
    assert arrived["In-Reply-To"] == "<msg-1@customer.example>" and arrived["Subject"] == "Re: Invoice 1"
    assert _in_sent(dovecot, "<reply-1@northwind-supplies.example>") == 1


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")  # it is TLS, aiosmtpd just cannot tell
def test_a_reply_is_submitted_over_implicit_tls(dovecot, test_certs, monkeypatch) -> None:
    monkeypatch.setenv("DUNMAIL_SMTP_CA_FILE", str(test_certs.ca_file))
    with running_smtp(test_certs.server_context(), (SMTP_USER, SMTP_PASSWORD), implicit_tls=True) as smtp:
        settings = settings_for(dovecot, smtp, smtp_security="ssl", smtp_username=SMTP_USER, smtp_password=SMTP_PASSWORD)
        SmtpOutbox(settings).deliver(_reply(4))
    assert [login for _, login, ok in smtp.logins if ok] == [SMTP_USER]
    assert [m.message["Message-ID"] for m in smtp.messages] == ["<reply-4@northwind-supplies.example>"]


def test_bad_smtp_credentials_are_a_clear_error_and_the_reply_stays_retryable(dovecot, test_certs, monkeypatch) -> None:
    monkeypatch.setenv("DUNMAIL_SMTP_CA_FILE", str(test_certs.ca_file))
    with running_smtp(test_certs.server_context(), (SMTP_USER, SMTP_PASSWORD)) as smtp:
        wrong = settings_for(dovecot, smtp, smtp_security="starttls", smtp_username=SMTP_USER, smtp_password="old-password")
        with pytest.raises(OutboxError, match="refused the login of 'ar@northwind-supplies.example'.*DUNMAIL_SMTP_PASSWORD"):
            SmtpOutbox(wrong).deliver(_reply(2))
        assert smtp.messages == [] and _in_sent(dovecot, "<reply-2@northwind-supplies.example>") == 0
        assert not SmtpOutbox(wrong).was_sent("<reply-2@northwind-supplies.example>")  # so a retry will send it

        fixed = wrong.model_copy(update={"smtp_password": SecretStr(SMTP_PASSWORD)})
        SmtpOutbox(fixed).deliver(_reply(2))
        SmtpOutbox(fixed).deliver(_reply(2))  # a second retry finds it in Sent and does nothing

    assert len(smtp.messages) == 1
    assert _in_sent(dovecot, "<reply-2@northwind-supplies.example>") == 1


def test_an_smtp_server_with_an_untrusted_certificate_gets_no_password(dovecot, test_certs, monkeypatch) -> None:
    monkeypatch.setenv("DUNMAIL_SMTP_CA_FILE", str(test_certs.other_ca_file))
    with running_smtp(test_certs.server_context(), (SMTP_USER, SMTP_PASSWORD)) as smtp:
        settings = settings_for(dovecot, smtp, smtp_security="starttls", smtp_username=SMTP_USER, smtp_password=SMTP_PASSWORD)
        with pytest.raises(OutboxError, match="not trusted.*DUNMAIL_SMTP_CA_FILE"):
            SmtpOutbox(settings).deliver(_reply(3))
    assert smtp.logins == [] and smtp.messages == []


def test_the_smtp_ca_file_is_separate_from_the_imap_one(test_certs, monkeypatch) -> None:
    """IMAP and SMTP are often different providers; each trusts only what it is told to."""
    monkeypatch.setenv("DUNMAIL_IMAP_CA_FILE", str(test_certs.ca_file))
    monkeypatch.delenv("DUNMAIL_SMTP_CA_FILE", raising=False)
    imap_ctx, smtp_ctx = tls_context(Settings(), "imap"), tls_context(Settings(), "smtp")
    assert [c["subject"] for c in imap_ctx.get_ca_certs()] == [((("commonName", "dunmail test-ca"),),)]
    assert all(c["subject"] != ((("commonName", "dunmail test-ca"),),) for c in smtp_ctx.get_ca_certs())
