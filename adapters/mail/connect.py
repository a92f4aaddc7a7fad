"""Opening IMAP and SMTP connections from settings: TLS, STARTTLS, or plain to loopback only."""

from __future__ import annotations

import ipaddress
import shlex
import socket
import ssl
import subprocess
from typing import Literal

from imapclient import IMAPClient

from adapters.mail.config import MailConfig


class MailConnectionError(Exception):
    """The mail server could not be reached or refused us; the message says what to fix."""


class MailAuthError(MailConnectionError):
    """The server refused our credentials: trying again will not help (and may lock the account)."""


def is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        try:
            return all(ipaddress.ip_address(info[4][0]).is_loopback for info in socket.getaddrinfo(host, None))
        except OSError:
            return False


def oauth_token(settings: MailConfig) -> str:
    """The XOAUTH2 access token: from settings, else the output of the configured command."""
    token = settings.imap_oauth_token.get_secret_value()
    if token:
        return token
    if not settings.imap_oauth_token_command:
        raise MailConnectionError("imap_auth is xoauth2 but neither DUNMAIL_IMAP_OAUTH_TOKEN nor DUNMAIL_IMAP_OAUTH_TOKEN_COMMAND is set")
    try:
        out = subprocess.run(shlex.split(settings.imap_oauth_token_command), capture_output=True, text=True, timeout=60, check=True)
    except (OSError, subprocess.SubprocessError) as exc:
        raise MailConnectionError(f"the OAuth token command failed: {exc}") from exc
    token = out.stdout.strip()
    if not token:
        raise MailConnectionError("the OAuth token command printed nothing")
    return token


def ca_file(settings: MailConfig, service: Literal["imap", "smtp"]) -> str | None:
    """The CA bundle that signs a private mail server's certificate (DUNMAIL_<SERVICE>_CA_FILE), if any."""
    value = settings.imap_ca_file if service == "imap" else settings.smtp_ca_file
    return str(value) if value else None


def tls_context(settings: MailConfig, service: Literal["imap", "smtp"]) -> ssl.SSLContext:
    """A verifying TLS context: the system's CAs, or only the configured CA file."""
    cafile = ca_file(settings, service)
    try:
        return ssl.create_default_context(cafile=cafile)
    except (OSError, ssl.SSLError) as exc:
        raise MailConnectionError(f"cannot load the CA file {cafile} (DUNMAIL_{service.upper()}_CA_FILE): {exc}") from exc


def describe_tls_failure(exc: BaseException, settings: MailConfig, service: Literal["imap", "smtp"]) -> str | None:
    """A message a user can act on when the server's certificate is not trusted, else None."""
    if not isinstance(exc, ssl.SSLCertVerificationError):
        return None
    trusted = f"the CA file {ca_file(settings, service)}" if ca_file(settings, service) else "the system's CAs"
    return (
        f"the certificate of {service.upper()} server {getattr(settings, f'{service}_host')} is not trusted by {trusted} "
        f"({exc.verify_message}); if it is signed by a private CA, set DUNMAIL_{service.upper()}_CA_FILE to that CA's PEM file"
    )


def _refused_login(exc: BaseException) -> bool:
    """imapclient raises LoginError for LOGIN; AUTHENTICATE (XOAUTH2) failures come as plain errors."""
    from imapclient.exceptions import LoginError

    return isinstance(exc, LoginError) or (isinstance(exc, IMAPClient.Error) and "AUTHENTICATIONFAILED" in str(exc).upper())


def open_imap(settings: MailConfig, timeout: float = 60.0) -> IMAPClient:
    """A logged-in IMAPClient. Plain (unencrypted) connections are refused unless to loopback."""
    security = settings.imap_security
    if security == "plain" and not is_loopback(settings.imap_host):
        raise MailConnectionError(f"plain IMAP to {settings.imap_host} refused: use imap_security=tls or starttls (plain is for loopback only)")
    # Plain (loopback) never uses a TLS context: building one loads the system's CAs, ~30 ms of CPU per connection.
    context = None if security == "plain" else tls_context(settings, "imap")
    token = oauth_token(settings) if settings.imap_auth == "xoauth2" else None  # before connecting: fail fast
    client: IMAPClient | None = None
    try:
        client = IMAPClient(settings.imap_host, port=settings.imap_port, ssl=security == "tls", ssl_context=context, timeout=timeout)
        if security == "starttls":
            client.starttls(context)
        if token is not None:
            client.oauth2_login(settings.imap_username, token)
        else:
            client.login(settings.imap_username, settings.imap_password.get_secret_value())
    except Exception as exc:  # noqa: BLE001 - socket, TLS and IMAP errors all mean "cannot connect"
        if client is not None:
            try:
                client.shutdown()
            except Exception:  # noqa: BLE001 - already broken
                pass
        where = f"IMAP {settings.imap_host}:{settings.imap_port} ({security})"
        if _refused_login(exc):
            raise MailAuthError(f"{where}: the server refused the login of {settings.imap_username!r}; check DUNMAIL_IMAP_USERNAME and "
                                f"DUNMAIL_IMAP_PASSWORD (or the OAuth token)") from None
        untrusted = describe_tls_failure(exc, settings, "imap")
        raise MailConnectionError(f"{where}: {untrusted or f'{type(exc).__name__}: {exc}'}") from exc
    return client
