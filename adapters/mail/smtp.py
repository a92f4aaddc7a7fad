"""The SMTP outbox: approved replies sent in-thread, a copy APPENDed to the IMAP Sent folder.

Exactly once is shared with the outbound state machine (queued → sending → sent): deliver()
reports the SMTP server's acceptance through `on_accepted` before the copy is appended, so the
store records "sent" within milliseconds of the message leaving; was_sent() also searches the
Sent folder for the Message-ID assigned before sending. What remains is the moment between the
server's "250 OK" and that record: a crash exactly there is the one case a retry could resend.
A copy to Sent that fails after acceptance is logged, not raised: the reply did go out, and
raising would invite a retry that sends it twice.
"""

from __future__ import annotations

import logging
import smtplib
from collections.abc import Callable

from imapclient import IMAPClient

from adapters.mail.config import MailConfig
from adapters.mail.connect import MailConnectionError, describe_tls_failure, is_loopback, open_imap, tls_context
from core.outgoing import OutgoingMail, to_mime
from core.ports import Accepted, OutboxError

log = logging.getLogger(__name__)


class SmtpOutbox:
    """Implements the Outbox protocol (deliver / was_sent) over SMTP + IMAP."""

    def __init__(self, settings: MailConfig):
        self.settings = settings
        # Gmail and Microsoft 365 file submitted mail in Sent themselves: DUNMAIL_SMTP_APPEND_SENT=false there.
        self.append_sent = settings.smtp_append_sent

    def _smtp(self) -> smtplib.SMTP:
        s = self.settings
        if s.smtp_security == "plain" and not is_loopback(s.smtp_host):
            raise OutboxError(f"plain SMTP to {s.smtp_host} refused: use smtp_security=ssl or starttls (plain is for loopback only)")
        try:
            context = tls_context(s, "smtp")
        except MailConnectionError as exc:
            raise OutboxError(str(exc)) from exc
        conn: smtplib.SMTP | None = None
        try:
            if s.smtp_security == "ssl":
                conn = smtplib.SMTP_SSL(s.smtp_host, s.smtp_port, context=context, timeout=60)
            else:
                conn = smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=60)
                if s.smtp_security == "starttls":
                    conn.starttls(context=context)
            if s.smtp_username:
                conn.login(s.smtp_username, s.smtp_password.get_secret_value())
        except (OSError, smtplib.SMTPException) as exc:
            if conn is not None:
                conn.close()
            where = f"SMTP {s.smtp_host}:{s.smtp_port} ({s.smtp_security})"
            if isinstance(exc, smtplib.SMTPAuthenticationError):
                reply = exc.smtp_error.decode(errors="replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
                raise OutboxError(f"{where}: the server refused the login of {s.smtp_username!r} ({exc.smtp_code} {reply}); check DUNMAIL_SMTP_USERNAME and DUNMAIL_SMTP_PASSWORD") from exc
            untrusted = describe_tls_failure(exc, s, "smtp")
            # An unreachable or overloaded server may be back soon; a certificate or a refused
            # greeting (5xx) will not fix itself.
            raise OutboxError(f"{where}: {untrusted or f'{type(exc).__name__}: {exc}'}", temporary=untrusted is None and _is_temporary(exc)) from exc
        assert conn is not None
        return conn

    def _imap(self) -> IMAPClient:
        try:
            return open_imap(self.settings)
        except MailConnectionError as exc:
            raise OutboxError(str(exc)) from exc

    def was_sent(self, message_id: str) -> bool:
        """Whether a message with this Message-ID is already in the Sent folder (created when missing)."""
        client = self._imap()
        try:
            if not self._ensure_sent_folder(client):
                return False
            client.select_folder(self.settings.imap_sent_folder, readonly=True)
            return bool(client.search(["HEADER", "Message-ID", message_id.strip("<>")]))
        except IMAPClient.Error as exc:
            raise OutboxError(f"cannot search the Sent folder {self.settings.imap_sent_folder!r}: {exc}") from exc
        finally:
            _logout(client)

    def _ensure_sent_folder(self, client: IMAPClient) -> bool:
        """Create the Sent folder when the mailbox has none; False when it had to be created (it is empty)."""
        folder = self.settings.imap_sent_folder
        if client.folder_exists(folder):
            return True
        try:
            client.create_folder(folder)
        except IMAPClient.Error as exc:
            if not client.folder_exists(folder):  # another worker may have created it just now
                raise OutboxError(f"the Sent folder {folder!r} does not exist and could not be created: {exc}") from exc
        log.warning("created the missing Sent folder %r", folder)
        return False

    def deliver(self, mail: OutgoingMail, on_accepted: Accepted | None = None, on_copy_failed: Callable[[bytes], None] | None = None,
                on_handover: Callable[[], None] | None = None) -> None:
        """Send once: skipped when the Message-ID is already in Sent; raises OutboxError when it did not go out.

        `on_handover` runs right before the message is handed to the server (it may raise to stop
        the send); `on_copy_failed` receives the sent bytes when the copy to Sent fails, so it can
        be filed later."""
        if self.was_sent(mail.message_id):
            return
        msg = to_mime(mail)
        data = msg.as_bytes()
        conn = self._smtp()
        try:
            if on_handover is not None:
                on_handover()
            refused = conn.send_message(msg, from_addr=mail.from_addr, to_addrs=[*mail.to, *mail.cc])
        except (smtplib.SMTPException, OSError) as exc:
            raise OutboxError(f"SMTP did not accept the message: {exc}", temporary=_is_temporary(exc)) from exc
        finally:
            try:
                conn.quit()
            except (OSError, smtplib.SMTPException):
                pass
        if refused and len(refused) == len([*mail.to, *mail.cc]):
            raise OutboxError(f"every recipient was refused: {refused}")
        if on_accepted is not None:
            on_accepted()
        if self.append_sent and not self.file_copy(mail.message_id, data) and on_copy_failed is not None:
            on_copy_failed(data)

    def file_copy(self, message_id: str, data: bytes) -> bool:
        """File a sent message in the Sent folder (creating it when missing); False when that failed."""
        try:
            client = self._imap()
        except OutboxError as exc:
            log.warning("sent %s, but could not reach IMAP to file the copy in Sent: %s", message_id, exc)
            return False
        try:
            self._ensure_sent_folder(client)
            client.append(self.settings.imap_sent_folder, data, flags=[b"\\Seen"])
            return True
        except (IMAPClient.Error, OutboxError, OSError) as exc:
            log.warning("sent %s, but the copy to %r failed: %s", message_id, self.settings.imap_sent_folder, exc)
            return False
        finally:
            _logout(client)


def _is_temporary(exc: BaseException) -> bool:
    """SMTP 4xx replies and lost connections are worth another try later; 5xx replies are final."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in exc.recipients.values()]
        return bool(codes) and all(400 <= code < 500 for code in codes)
    if isinstance(exc, smtplib.SMTPResponseException):
        return 400 <= exc.smtp_code < 500
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return True
    return isinstance(exc, OSError) and not isinstance(exc, smtplib.SMTPException)  # sockets: refused, reset, timed out


def _logout(client: IMAPClient) -> None:
    try:
        client.logout()
    except Exception:  # noqa: BLE001
        pass
