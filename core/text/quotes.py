"""The new reply only: quoted history, forwarded blocks, signatures and disclaimers removed.

One set of rules for quoted history, used twice: `visible_text` is what the inbox stores as the
reply a collector reads (measured on ../shared/corpora/replies against email-reply-parser,
bench/inbox_corpus.py; this module scores better on Outlook/non-English headers), and `cut_quoted`
is the reader's guard that a body with history still attached (datasets, forwards) never lets the
old dunning text decide the intent. `cut_quoted` cuts only at a line that is an attribution,
separator or header block on its own: it must not cut a customer's sentence that merely starts
like an attribution ("El pago se realizará…" above an "El … escribió:" line); `visible_text` also
joins an attribution wrapped over several lines, but never across a blank line or a finished sentence.
"""

from __future__ import annotations

import re

_DAYS_MONTHS = r"[\w.,:/\-\s]"
# Attribution lines, possibly wrapped over up to three lines ("On Tue, ... at 10:07 PM John\n<j@x> wrote:").
ATTRIBUTION = re.compile(
    r"^\s*(?:"
    r"On\b.{0,300}?\bwrote\s*:"  # Gmail, Apple, Thunderbird (en)
    r"|Am\b.{0,300}?\bschrieb\b.{0,80}?:"  # de
    r"|Le\b.{0,300}?\ba\s+écrit\s*:"  # fr
    r"|El\b.{0,300}?\bescribió\s*:"  # es
    r"|Op\b.{0,300}?\bschreef\b.{0,80}?:"  # nl
    r"|Em\b.{0,300}?\bescreveu\s*:"  # pt
    r"|Il\b.{0,300}?\bha\s+scritto\s*:"  # it
    r"|W dniu\b.{0,300}?\bpisze\s*:"  # pl
    r"|Den\b.{0,300}?\bskrev\b.{0,80}?:"  # da/no/sv
    r"|.{0,300}?\b(?:пользователь|написал|написала)\b.{0,300}?(?:написал|написала|wrote)?\s*:?"  # ru (Android, mail.ru)
    r"|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}.{0,200}?(?:wrote|schrieb|a écrit|escribió|schreef|escreveu)\s*:"
    r"|.{0,200}<[^>\s]+@[^>\s]+>\s+(?:wrote|schrieb|a écrit|escribió|schreef|escreveu)\s*:"
    r"|(?=.{0,300}(?:\d|@)).{0,300}\b(?:wrote|sent|schrieb|écrit|escribió|schreef|escreveu|scritto|napisał|skrev|viết|написал|написала|пишет)\s*:"
    r"|-{2,}.{0,120}\bwrote\s*-{2,}"  # Android "---- John Smith wrote ----"
    r"|(?:\w{3},?\s+)?\d{1,4}[./\- ]\w{1,9}[./\- ]\d{2,4}.{0,120}<?[\w.+\-]+@[\w.\-]+>?\s*:?"  # "2011/4/7 Name <a@b>", "Thu, 26 Jun 2014 ... <a@b>:"
    r")\s*$",
    re.IGNORECASE | re.DOTALL,
)


def attribution(line: str) -> re.Match[str] | None:
    """`ATTRIBUTION.match(line)`, without running it on a line that cannot be one (most of a reply's lines).

    Every alternative but three ends in a colon; the one with a date and an address needs an "@", Android's
    "---- Name wrote ----" needs "--", and the Russian one one of three words that all hold an "л" (with `re.I`,
    only "л" and "Л" match it). So a line with none of ":", "@", "--", "л", "Л" is no attribution, and the pattern
    (a dozen `.{0,300}?` alternatives, ~18 us a line) is asked only about the others."""
    if ":" not in line and "@" not in line and "--" not in line and "л" not in line and "Л" not in line:
        return None
    return ATTRIBUTION.match(line)


# Words an attribution line starts with, so a wrapped one is cut at its first line.
STARTER = re.compile(r"^(?:On|Am|Le|El|Op|Em|Il|W dniu|Den|På|Vào|\d{1,4}[./-])\b", re.IGNORECASE)
SEPARATORS = re.compile(
    r"^\s*(?:[-_=*]{2,}\s*)?(?:"
    r"Original Message|Ursprüngliche Nachricht|Originalnachricht|Message d'origine|Mensaje original"
    r"|Oorspronkelijk bericht|Mensagem original|Messaggio originale|Oprindelig meddelelse|Originalmeddelande"
    r"|Forwarded message|Weitergeleitete Nachricht|Message transféré|Mensaje reenviado|Doorgestuurd bericht"
    r"|Mensagem encaminhada|Messaggio inoltrato|Reply message|Antwortnachricht"
    r")\s*(?:[-_=*]{2,})?\s*$"
    r"|^\s*(?:Begin forwarded message|Anfang der weitergeleiteten Nachricht|Début du message réexpédié"
    r"|Inicio del mensaje reenviado)\s*:\s*$"
    r"|^\s*_{20,}\s*$",
    re.IGNORECASE,
)
_FROM = r"(?:From|Von|De|Van|Da|Från|Fra|Od|От|寄件者|发件人|Date)"
_SENT = (r"(?:Sent|Date|From|Von|Gesendet(?:\s+am)?|Datum|Envoyé(?:\s+le)?|Date|Enviado(?:\s+el)?|Enviada(?:\s+em)?|Fecha|Verzonden(?:\s+op)?"
         r"|Inviato|Data|Skickat|Sendt|Wysłano|Отправлено|Дата)")
_TO_SUBJ = r"(?:To|An|À|A|Para|Aan|Subject|Betreff|Objet|Asunto|Onderwerp|Assunto|Oggetto|Cc|Til|Till|Emne|Ämne|Кому|Тема|Do|Temat)"
HEADER_FROM = re.compile(rf"^\s*\*?{_FROM}\s*:\*?\s*\S", re.IGNORECASE)
HEADER_NEXT = re.compile(rf"^\s*\*?(?:{_SENT}|{_TO_SUBJ})\s*:\*?", re.IGNORECASE)
HEADER_SENT = re.compile(rf"^\s*\*?{_SENT}\s*:\*?", re.IGNORECASE)  # a forwarded block's second line: when it was sent

SIGNATURE_START = re.compile(
    r"^(?:--\s*|__\s*"
    r"|Sent from (?:my|Mail|Outlook|Yahoo|Samsung|AOL|Windows)\b.*"
    r"|Sent (?:from|via) \w+ (?:mobile|Mail|device|for \w+).*"
    r"|Sent from \S+$"
    r"|Get Outlook for \w+.*"
    r"|Von meinem \w+(?: \w+)? gesendet.*|Gesendet von meinem \w+.*|Gesendet mit .*"
    r"|Envoyé de mon \w+.*|Envoyé depuis mon \w+.*"
    r"|Enviado desde mi \w+.*|Enviado do meu \w+.*|Enviado de meu \w+.*"
    r"|Verzonden vanaf mijn \w+.*|Verstuurd vanaf mijn \w+.*|Inviato da(?:l mio)? \w+.*"
    r")\s*$",
    re.IGNORECASE,
)
DISCLAIMER_START = re.compile(
    r"^\s*(?:\**\s*)?(?:CONFIDENTIALITY NOTICE|DISCLAIMER|This (?:e-?mail|message)(?: and any (?:files|attachments).*)? (?:is|are|may be|contains?) (?:confidential|intended|privileged)"
    r"|Diese (?:E-Mail|Nachricht) (?:enthält|ist) vertrauliche|Ce (?:message|courriel|e-mail) (?:et .{0,40})?(?:est|sont) (?:confidentiel|strictement)"
    r"|Este (?:mensaje|correo) (?:y sus (?:anexos|adjuntos) )?(?:es|son|contiene|puede contener) (?:confidencial|información)"
    r"|Esta (?:mensagem|comunicação|comunicacao|e-?mail) (?:e (?:os )?(?:seus|respetivos|respectivos) anexos )?(?:é|e|são|sao|contém|contem|pode conter) (?:confidencia|informação|informacao)"
    r"|Dit (?:e-?mail)?bericht is (?:vertrouwelijk|uitsluitend)"
    r"|Please consider the environment before printing)",
    re.IGNORECASE,
)


# A sentence of the customer's ends here; an attribution's first line does not ("a.m." aside).
_SENTENCE_END = re.compile(r"(?<![ap]\.m)[.!?]\s*$", re.IGNORECASE)


def _may_wrap(lines: list[str]) -> bool:
    """Whether these lines could be one attribution wrapped by a mail client: no blank line between
    them and no finished sentence before the last, so "El pago se realizará el jueves." above an
    "El … escribió:" line stays the customer's words."""
    return all(ln.strip() for ln in lines) and not any(_SENTENCE_END.search(ln) for ln in lines[:-1])


def _cut_index(lines: list[str]) -> int | None:
    """Index of the first line of quoted history, or None."""
    for i, line in enumerate(lines):
        if SEPARATORS.match(line):
            return i
        if HEADER_FROM.match(line):
            following = [ln for ln in lines[i + 1 : i + 6] if ln.strip()]
            headers = sum(1 for ln in following[:4] if HEADER_NEXT.match(ln))
            adjacent = i + 1 < len(lines) and HEADER_NEXT.match(lines[i + 1])
            if headers >= 2 or (headers >= 1 and adjacent):
                return i
        stripped = line.strip()
        if stripped and len(stripped) < 400:
            for span in (1, 2, 3, 4, 5, 6):
                if span > 1 and not _may_wrap(lines[i : i + span]):
                    break
                chunk = " ".join(ln.strip() for ln in lines[i : i + span])
                if attribution(chunk) and (
                    span == 1
                    or STARTER.match(stripped)
                    or not attribution(" ".join(ln.strip() for ln in lines[i + 1 : i + span]))
                ):
                    return i
    return None


def strip_quoted(text: str) -> str:
    """The text above the quoted history; '>'-quoted lines of inline replies are dropped too."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u200e", "").replace("\u200f", "").split("\n")
    cut = _cut_index(lines)
    if cut is not None and any(ln.strip() for ln in lines[:cut]):
        lines = lines[:cut]
    elif cut is not None:
        # bottom-posted or inline reply: the history comes first, the answer below or between it
        lines = lines[cut + 1 :] if SEPARATORS.match(lines[cut]) is None else lines[cut:]
    kept = [ln for ln in lines if not ln.lstrip().startswith(">")]
    # an attribution left just above '>' lines (inline reply) goes too
    kept = [ln for ln in kept if not attribution(ln.strip())]
    return "\n".join(kept)


def strip_signature(text: str) -> str:
    """Drop a signature block (after '-- ', 'Sent from my iPhone', ...) and trailing disclaimers."""
    lines = text.split("\n")
    n = len(lines)
    for i, line in enumerate(lines):
        if i == 0 and n > 1 and not line.strip().startswith("Sent"):
            continue
        if SIGNATURE_START.match(line) and (n - i) <= 15 and i > 0:
            return "\n".join(lines[:i])
        if DISCLAIMER_START.match(line) and i > 0:
            return "\n".join(lines[:i])
    return text


def visible_text(text: str) -> str:
    """The new part of a reply as a collector would read it."""
    if not text:
        return ""
    body = strip_signature(strip_quoted(text).rstrip())
    body = re.sub(r"(?:\n\s*[-_=]{5,}\s*)+$", "", body.rstrip())
    body = re.sub(r"\n{3,}", "\n\n", body)
    return body.strip()


def cut_quoted(body: str) -> str:
    """The text above the first line of quoted history (an attribution, a separator, a forwarded
    header block, each on one line); '>' lines after new text end it too. The whole body if none."""
    lines = body.replace("\r\n", "\n").split("\n")
    cut = None
    for i, line in enumerate(lines):
        stripped = line.strip()
        if SEPARATORS.match(line) or HEADER_FROM.match(line) or (stripped and len(stripped) < 400 and attribution(stripped)):
            cut = i
            break
    if cut is not None and "\n".join(lines[:cut]).strip():
        lines = lines[:cut]
    kept: list[str] = []
    for line in lines:
        if line.lstrip().startswith(">"):
            if any(k.strip() for k in kept):
                break  # a quoted block after some new text: the history starts here
            continue
        kept.append(line)
    return "\n".join(kept).strip()


def forwarded_part(body: str) -> str | None:
    """The message a forward carries: what follows its first separator ("---- Forwarded message ----",
    "Begin forwarded message:") or starts at its first header block ("From: … / Sent: …"), without
    the header lines and without that message's own quoted history. None when nothing is forwarded."""
    lines = body.replace("\r\n", "\n").split("\n")
    start = None
    for i, line in enumerate(lines):
        if SEPARATORS.match(line):
            start = i + 1
            break
        if HEADER_FROM.match(line) and any(HEADER_SENT.match(following) for following in lines[i + 1 : i + 5]):
            start = i
            break
    if start is None:
        return None
    while start < len(lines) and (not lines[start].strip() or HEADER_FROM.match(lines[start]) or HEADER_NEXT.match(lines[start])):
        start += 1
    # a chain forwards its older messages too ("-----Mensaje original-----" under the manager's answer): the newest one is
    # the answer handed on, the ones under it are what it answered
    end = next((i for i in range(start, len(lines)) if SEPARATORS.match(lines[i])
                or HEADER_FROM.match(lines[i]) and any(HEADER_SENT.match(following) for following in lines[i + 1 : i + 5])), len(lines))
    return cut_quoted("\n".join(lines[start:end])) or None
