"""The text the linear model reads: subject plus visible reply, with identifiers made generic.

Invoice numbers, amounts, references, e-mail addresses and dates are replaced by placeholder words
so the model learns "a reference was quoted", not which reference; that is what lets it carry over
to other customers and other writers.
"""

from __future__ import annotations

import re
from functools import lru_cache

from agent.models.forwards import forwarded_text, without_the_pointer
from core.contracts import ClassifyInput
from core.text.quotes import cut_quoted
from guardrails.literal_screen import screened

_SUBS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"), " zzemail "),
    (re.compile(r"https?://\S+"), " zzurl "),
    (re.compile(r"\bINV-\d{4}-\d+\b|\b(?:RE|RG|FA|FAC)-\d{3,}\b", re.I), " zzinvoice "),
    # Any code mixing letters and digits reads as a reference; the generator's own formats (TRF-…, BST…)
    # are not listed, so the model learns the words around a reference, not one ERP's numbering (issue 14).
    (re.compile(r"\b(?=[\w/-]*\d)(?=[\w/-]*[A-Za-z])[A-Za-z0-9][\w/-]{4,}\b"), " zzref "),
    (re.compile(r"(?:R\$|€|\$|£|\b(?:EUR|USD|GBP|CHF|BRL|MXN)\b)\s?\d[\d.,' ]*\d|\d[\d.,' ]*\d\s?(?:€|\$|\b(?:EUR|USD|GBP|CHF|BRL|MXN)\b)",
                re.I), " zzamount "),
    (re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\b\.?"), " zzdate "),
    (re.compile(r"\b\d{6,}\b"), " zzlongnumber "),
    (re.compile(r"\d+"), " 0 "),
]
_SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:re|aw|sv|vs|wg|fw|fwd|tr|rv|enc|antw|r)\s*:\s*)+", re.I)


# Lines that talk to an AI or pose as the system are not what the customer asks for; the model does not
# read them (the inbound guardrails flag them separately).
_ADDRESSED_TO_MACHINE = screened(re.compile(
    r"^[^\n]*\b(?:AI\s+agent|AI\s+assistant|assistant|system(?:\s+message)?|SYSTÈME|SISTEMA|SYSTEEM|note\s+to\s+(?:the\s+)?AI"
    r"|LLM|chatbot)\s*:[^\n]*$|^[^\n]*\bignore\s+(?:all\s+)?(?:previous|prior|above)\s+instructions[^\n]*$",
    re.I | re.M))


# A line that only closes the mail ("Kind regards,", "Mit freundlichen Grüßen", "Sent from my iPhone"): what
# follows is a signature, a disclaimer or a footer, which says who wrote, not what they want.
_CLOSER = re.compile(
    r"^\s*(?:(?:kind|best|warm|many|warmest|with\s+kind)?\s*regards|regards|rgds|br|best(?:\s+wishes)?|cheers|thanks(?:\s+again|\s+in\s+advance)?"
    r"|thank\s+you|many\s+thanks|thanks\s+(?:and|&)\s+(?:best\s+)?regards|muchas\s+gracias|muito\s+obrigad[oa]|hartelijk\s+dank|yours(?:\s+(?:sincerely|faithfully|truly))?|sincerely|speak\s+soon|talk\s+soon"
    r"|mit\s+freundlichen\s+grüßen|mit\s+freundlichen\s+grüssen|freundliche\s+grüße|viele\s+grüße|beste\s+grüße|liebe\s+grüße"
    r"|(?:vielen\s+dank\s+und\s+)?(?:viele|beste|herzliche)\s+grüße|gruß|grüße|mfg|lg|vg|danke(?:\s+schön)?|vielen\s+dank"
    r"|cordialement|bien\s+(?:à\s+vous|cordialement)|(?:très\s+|bien\s+)?cordialement|salutations(?:\s+distinguées)?|bonne\s+journée"
    r"|belle\s+journée|merci(?:\s+d'avance|\s+beaucoup)?|sincères\s+salutations|amicalement"
    r"|(?:un\s+)?(?:cordial\s+)?saludos?(?:\s+cordiales)?|atentamente|gracias(?:\s+y\s+saludos)?|un\s+abrazo|reciban\s+un\s+cordial\s+saludo"
    r"|(?:met\s+)?(?:vriendelijke\s+)?groet(?:en|jes)?|mvg|met\s+vriendelijke\s+groet(?:en)?|hartelijke\s+groet(?:en)?|bedankt|dank\s+u"
    r"|(?:com\s+(?:os\s+)?(?:meus\s+)?)?(?:melhores\s+)?cumprimentos|atenciosamente|abraço|obrigad[oa]|um\s+abraço|saudações"
    r"|sent\s+from\s+my\s+\w+.*|enviado\s+desde\s+mi\s+\w+.*|von\s+meinem\s+\w+\s+gesendet|envoyé\s+de\s+mon\s+\w+.*"
    r"|verzonden\s+vanaf\s+mijn\s+\w+.*|enviado\s+do\s+meu\s+\w+.*|\\?--\s*|_{3,})\s*[,.!]?\s*(?:[A-ZÀ-Ý][\w'.-]*(?:\s+[A-ZÀ-Ý][\w'.-]*){0,2})?\s*$",
    re.I)
_DISCLAIMER = re.compile(
    r"^\s*(?:this\s+e-?mail\s+and\s+any|confidentiality\s+notice|the\s+information\s+in\s+this|diese\s+e-?mail|sitz\s+der\s+gesellschaft"
    r"|pensez\s+à\s+l'environnement|ce\s+message\s+(?:et|est)|este\s+mensaje|dit\s+bericht|esta\s+mensagem|antes\s+de\s+imprimir"
    r"|please\s+consider\s+the\s+environment|(?:direct|tel|phone|mob(?:ile)?|t|m|e-?mail|fax)\s*[:.]|www\.)", re.I)
# A short trailing line without sentence punctuation: a name, a job title or a company name.
_SIGNATURE_LINE = re.compile(r"^[^.!?:;]{0,60}$")
_GREETING = re.compile(
    r"^\s*(?:hi|hello|hey|hiya|dear|good\s+(?:morning|afternoon|evening)|morning|afternoon|to\s+whom\s+it\s+may\s+concern"
    r"|hallo|guten\s+(?:tag|morgen|abend)|sehr\s+geehrte|liebe[rs]?|moin|servus|bonjour|bonsoir|salut|madame|monsieur|cher|chère"
    r"|hola|buen[oa]s?(?:\s+(?:días|tardes|noches))?|estimad[oa]s?|muy\s+señor|señor|señora|beste|geachte|goedemorgen|goedemiddag"
    r"|goedenavond|hoi|dag|olá|ola|bom\s+dia|boa\s+tarde|boa\s+noite|prezad[oa]s?|car[oa]s?|exm[oa]s?)\b[^\n]{0,60}$", re.I)


def _closing_line(lines: list[str], start: int = 0) -> int:
    """The index of the first closing formula or disclaimer line with words of the message before it, else len(lines)."""
    for n in range(start, len(lines)):
        if (_CLOSER.match(lines[n]) or _DISCLAIMER.match(lines[n])) and re.search(r"\w{2,}", "\n".join(lines[start:n])):
            return n
    return len(lines)


def without_closing(text: str) -> str:
    """The message up to its closing formula ("Kind regards,", "Com os melhores cumprimentos,") or disclaimer: what
    the sender wrote, without the street number, register number or "received in error" line of the block below it.
    The greeting stays ("Hi, 2,000 today." says a figure on its first line)."""
    lines = text.split("\n")
    return "\n".join(lines[:_closing_line(lines)]).rstrip()


def strip_greeting_and_signature(text: str) -> str:
    """The message without its salutation line and everything from the closing formula on.

    Nothing is cut when it would leave no words (a reply that is only "Thanks!" stays as it is).
    """
    lines = text.split("\n")
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    if start < len(lines) and _GREETING.match(lines[start]) and len(lines[start].split()) <= 8:
        rest = "\n".join(lines[start + 1:]).strip()
        if re.search(r"\w", rest):
            start += 1
    kept = lines[start:_closing_line(lines, start)]
    while kept and not kept[-1].strip():
        kept.pop()
    # trailing name/title lines, as long as real content stays
    content = [n for n, line in enumerate(kept) if line.strip()]
    while len(content) > 1:
        last = kept[content[-1]]
        if len(last.split()) > 5 or not _SIGNATURE_LINE.match(last):
            break
        kept = kept[:content[-1]]
        content.pop()
    return "\n".join(kept).strip()


# Reading one reply asks for its visible text and body five or six times (read-ahead, the whole reply, its
# sentences, the second readings, the facts); both are pure functions of a string, so each is worked out once.
# A few dozen entries hold a read-ahead batch and the reply being read; memory stays bounded.
_MEMO = 64


@lru_cache(maxsize=_MEMO)
def _own_words(text: str) -> str:
    return _ADDRESSED_TO_MACHINE.sub("", cut_quoted(text)).strip()


@lru_cache(maxsize=_MEMO)
def _body(visible: str) -> str:
    return strip_greeting_and_signature(visible)


def visible_text(item: ClassifyInput) -> str:
    """The new text of the reply (the inbox's visible text, with any quoted history still cut); a reply
    that only points at a forward ("see below") also carries the forwarded message it points to."""
    own = _own_words(item.text or item.full_text or "")
    forwarded = forwarded_text(item, own)
    return f"{without_the_pointer(own).strip()}\n{forwarded}" if forwarded else own


def reply_body(item: ClassifyInput) -> str:
    """What the customer wrote: visible text without salutation, signature and disclaimer."""
    return _body(visible_text(item))


def model_text(item: ClassifyInput) -> str:
    """Subject (without Re:/AW: prefixes) and visible text, identifiers replaced by placeholders."""
    return _model_text(item.subject or "", reply_body(item))


def _generic(text: str) -> str:
    """The text with its identifiers replaced by placeholder words (`_SUBS`, in order)."""
    for rx, repl in _SUBS:
        text = rx.sub(repl, text)
    return text


# model_text and segment_texts are asked for each reply twice (reading ahead, then classify): both are pure
# functions of the subject and the body, so each is worked out once (the same bounded memo as the body's).
@lru_cache(maxsize=_MEMO)
def _model_text(subject: str, body: str) -> str:
    return _generic(f"{_SUBJECT_PREFIX.sub('', subject)}\n{body}")


_SEGMENT = re.compile(r"(?<=[^\W\d][.!?])\s+|(?<=[!?;])\s+|\n\s*\n|\n(?=\s*[-*•])")


def segment_texts(item: ClassifyInput, min_words: int = 3) -> list[str]:
    """The reply body's sentences (or paragraphs), each made generic like `model_text`, for a reply that says
    several things: "INV-1 is wrong. INV-2 goes out Friday." is a dispute and a promise, each said in full in its
    own sentence, however the whole reads. Empty when the body is one sentence."""
    return list(_segments(reply_body(item), min_words))


@lru_cache(maxsize=_MEMO)
def _segments(body: str, min_words: int) -> tuple[str, ...]:
    parts = [" ".join(p.split()) for p in _SEGMENT.split(body)]
    parts = [p for p in parts if len(p.split()) >= min_words]
    if len(parts) < 2:
        return ()
    return tuple(_generic(part) for part in parts)
