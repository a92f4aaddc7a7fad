"""Prompt-injection detection: customer text that tries to instruct the assistant instead of talking to us.

Every part of a message a model could read is scanned: subject, display name, visible reply, full
text (quotes included), the raw HTML (hidden elements, comments, attributes), attachment text and
headers. A finding names the part and the passage, so the collector sees exactly what triggered it.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, wraps
from typing import TypeVar
from urllib.parse import urlparse

from core.message import ParsedEmail
from core.records import Customer
from core.text.addresses import domain_of
from core.text.language import stopword_total, stopword_totals
from guardrails import linear
from guardrails.html_hidden import hidden_parts, html_text
from guardrails.linear import fold_accents
from guardrails.normalize import unicode_tricks, views
from guardrails.patterns import (
    ACCOUNT_EFFECT,
    ACCOUNT_EFFECT_WIDE,
    AR_VOCAB,
    AUTHORITY,
    AUTHORITY_WIDE,
    BANK_ID,
    BANK_ID_WIDE,
    BANK_NEW,
    BANK_NEW_WIDE,
    CUSTOMER_DATA,
    CUSTOMER_DATA_WIDE,
    EMAIL_ADDR,
    ENCODING_WORDS,
    FIELD_LINE,
    FILE_ACTION,
    FILE_ADDRESSEE,
    HEADER_LINE,
    INSTRUCTION_VERBS,
    LANGUAGE_NAMES,
    LOCAL_REPLY_IN_LANGUAGE,
    MODIFY_VERBS,
    ON_BEHALF,
    ORDER_START,
    OTHER_CUSTOMERS,
    OTHER_CUSTOMERS_WIDE,
    OUR_OUTPUT,
    OWN_PROMO,
    PATTERNS,
    PROMO_VERBS,
    QUESTION,
    REASONS,
    REPLY_IN_LANGUAGE,
    REQUEST_CUE,
    RESPONSE_REF,
    ROLE_TAG_OPEN,
    ROLES,
    SEND_VERBS,
    TASK_VERBS,
    URL,
    YOUR_OBJECT,
)

# Headers that carry machine data (signatures, hashes), not text a person wrote.
_MACHINE_HEADERS = {"authentication-results", "received-spf", "dkim-signature", "arc-seal", "arc-message-signature",
                    "arc-authentication-results", "received", "message-id", "in-reply-to", "references", "x-google-dkim-signature"}
# How much of each part is scanned. Every pattern runs in linear time (guardrails.linear), and the
# text is bounded too, so the cost of a message has a ceiling whatever its size: 64 KB is some
# thirty pages, far beyond any reply a person writes. What lies beyond is not scanned (inbound.py
# says so on the message rather than letting it pass silently).
MAX_SCAN_CHARS = 65_536
# A pattern that fires this often on one part has said all it can; more matches only cost time.
_MAX_MATCHES_PER_PATTERN = 20
# Sentences longer than this are scanned by the patterns but not by the sentence-level checks.
_MAX_SENTENCES = 2_000
# How many sentences' screens and decodings are kept across messages, and up to what length. Replies quote our
# own reminders, so about two thirds of the sentences a worker meets were met in an earlier message (measured on
# the 250 distinct replies of the test split). Longer sentences are worked out each time, so what is kept stays a
# few megabytes whatever the mailbox holds.
_ACROSS_MESSAGES = 4096
_KEPT_CHARS = 1_000
_T = TypeVar("_T")

# A base64 run: the character before it must not continue it; a run followed by another word
# character (veto) is part of a longer token, not a blob.
_B64 = linear.compile(r"(?:^|[^\w/+=])([A-Za-z0-9+/]{24,}={0,2})(?P<veto>[\w/+=])?")
_HEX = linear.compile(r"\b(?:[0-9a-fA-F]{2}){16,}\b")
_SENTENCE_END = linear.compile(r"[.!?][ \t\r\f\v]+|[.!?]?\s*\n\s*")
_REPLY_PREFIX = linear.compile(r"^\s*(?:(?:re|aw|fw|fwd|wg|tr|rv|sv|antw|res|enc|ref)\s*(?:\[\d+\])?\s*:\s*)+", re.I)
# "On Mon, 4 Mar 2024, AR <ar@...> wrote:" introduces a quote; it asks for nothing.
_ATTRIBUTION = linear.compile(r"(?:wrote|schrieb|a\s+écrit|escribió|schreef|escreveu|ha\s+scritto)\s*:?\s*$", re.I)
_SEND_WORD = linear.compile(r"\b(?:copy|send|forward|cc|mail)\b", re.I)
_LEADING_PUNCT = linear.compile(r"^[^\p{L}\p{N}]+")
# "Please", "could you": the request that follows is what the sentence asks ("Can you forward it" points back at the invoice).
_POLITE = linear.compile(r"^(?:(?:please|kindly|pls)\s+|(?:can|could|would|will)\s+you\s+(?:please\s+|kindly\s+)?)+", re.I)
_PLAIN_ASK = linear.compile(r"(?:please\s+)?(?:let\s+(?:me|us)\s+know|find\s+attached|see\s+(?:attached|below))", re.I)
_BARE_DOMAIN = linear.compile(r"\b[\w-]+\.(?:com|net|org|xyz|io|info|biz|top|site|online|ru|cn)\b", re.I)
# "Please remove it", "explain what this is": about the thread's own subject, not a new task.
# "Say that I should…" opens a clause the writer dictates; "remove that" points back.
_REFERENTIAL = linear.compile(r"^\S+(?:\s+(?:out|up|back))?\s+(?:it|this|that(?P<veto>\s+(?:i|we|you|they|he|she|it|the|a|an|our|your|my|there|everyone)\b)?|them|these|those|"
                          r"(?:what|why|how)\s+(?:it|this|that|these|those))\b"
                          # "Pls send again, thanks.": the object left out is the one just named, and nothing else is asked
                          r"|^\S+\s+(?:again|once\s+more)\W*(?:(?:thanks?|thank\s+you|ta|cheers|please|pls|plz|thx|asap|a\s+lot)\b\W*)*$", re.I)
_WORDS = re.compile(r"\w+")
# "Next run is Tuesday", "First transfer was Monday", "show just came down": the word that reads like an order is the
# subject of a statement (a copula or a verb of the past follows it), so no one is being told to do anything.
_SUBJECT_OF_STATEMENT = re.compile(
    r"^(?:(?:next|first|then|now|also|final|last|the|our|your|this|that|todays?|tomorrows?)\s+)?(?:[\w'-]+\s+"
    r"(?:is|are|was|were|isn't|aren't|wasn't|weren't|'s|will\s+be|has\s+been|have\s+been)"
    r"|[\w'-]+(?:\s+[\w'-]+)?\s+(?:just\s+|finally\s+|already\s+)?(?:came|went|finished|ended|closed|opened|started|ran|wrapped|sold\s+out))\b", re.I)
# A role or department word, for claims made in the name of our own company.
ROLES_WORD = linear.compile(rf"\b(?:{ROLES})\b", re.I)
_SECRET_SEND = linear.compile(r"\b(?:bcc|blind\s+copy|secretly|silently|quietly|without\s+(?:telling|informing|notifying|mentioning))\b", re.I)
# All manipulation patterns asked at once which of them match a view (most views match none).
_PATTERN_SET = linear.PatternSet(PATTERNS)
# What the sentence checks can find, on any text and on customer mail only.
_SENTENCE_CATEGORIES = frozenset({"task", "redirect", "output_control"})
_INBOUND_SENTENCE_CATEGORIES = frozenset({"authority_claim", "bank_change", "data_exfil"})
# Every pattern the sentence checks ask, screened at once per sentence (one RE2 call rules out most).
# Longer sentences are rare and are asked pattern by pattern, as before.
_SENTENCE_SCREEN = linear.Screen(
    [QUESTION, AR_VOCAB, TASK_VERBS, _PLAIN_ASK, ENCODING_WORDS, INSTRUCTION_VERBS, RESPONSE_REF, ORDER_START, MODIFY_VERBS, OUR_OUTPUT,
     REPLY_IN_LANGUAGE, *(pattern for pattern, _ in LOCAL_REPLY_IN_LANGUAGE), HEADER_LINE, FIELD_LINE, _ATTRIBUTION, SEND_VERBS,
     _SECRET_SEND, _SEND_WORD, PROMO_VERBS, OWN_PROMO, AUTHORITY, AUTHORITY_WIDE, ROLES_WORD, ON_BEHALF, BANK_ID, BANK_ID_WIDE,
     BANK_NEW, BANK_NEW_WIDE, CUSTOMER_DATA, CUSTOMER_DATA_WIDE, OTHER_CUSTOMERS, OTHER_CUSTOMERS_WIDE, REQUEST_CUE],
    max_chars=4_000,
)
_UNSCREENED = linear.Screened("", None)  # for a check called on its own: every pattern is asked


@dataclass(frozen=True)
class Finding:
    category: str
    where: str
    passage: str

    @property
    def reason(self) -> str:
        return f"{self.where}: {REASONS[self.category]}"


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: split after . ! ? and at line breaks; blank runs give nothing."""
    spans: list[tuple[int, int]] = []
    last = 0
    for start, end in _SENTENCE_END.spans(text or ""):
        cut = start + 1 if text[start] in ".!?" else start
        if text[last:cut].strip():
            spans.append((last, cut))
        last = end
    if text and text[last:].strip():
        spans.append((last, len(text)))
    return spans


def sentences(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in sentence_spans(text or "")]


def _customer_hosts(customer: Customer | None) -> tuple[set[str], set[str]]:
    if customer is None:
        return set(), set()
    from guardrails.sender import customer_domains

    return customer_domains(customer), customer.contact_emails()


def _host_ok(host: str, domains: set[str]) -> bool:
    host = host.lower().strip(".")
    return any(host == d or host.endswith("." + d) for d in domains if d)


def _redirect(sentence: str, customer: Customer | None, own: frozenset[str] = frozenset(), screen: linear.Screened = _UNSCREENED) -> bool:
    """A sentence that asks to send something to an address or link outside the customer (and outside us)."""
    words = fold_accents(sentence)
    if (screen.starts(HEADER_LINE, words) or screen.starts(FIELD_LINE, words) or screen.has(_ATTRIBUTION, words)
            or not screen.has(SEND_VERBS, words)):
        return False
    domains, contacts = _customer_hosts(customer)
    domains |= set(own)
    for addr in EMAIL_ADDR.findall(sentence):
        addr = addr.lower().strip(".")
        if addr not in contacts and not _host_ok(domain_of(addr), domains):
            return True
    for url in URL.findall(sentence):
        host = urlparse(url if "://" in url else "http://" + url).hostname or ""
        if not _host_ok(host, domains):
            return True
    return bool(screen.has(_SECRET_SEND, words) and screen.has(_SEND_WORD, words))


def _task(sentence: str, screen: linear.Screened = _UNSCREENED, lead: str | None = None) -> bool:
    """An off-topic request to the assistant: an imperative task that says nothing about receivables.

    `lead`: the sentence without its leading punctuation, when the caller has it already."""
    words = sentence.split()
    if len(words) < 4 or len(words) > 80:
        return False
    s = _LEADING_PUNCT.sub("", sentence) if lead is None else lead
    if screen.starts(QUESTION, s) and s.rstrip().endswith("?") and len(words) >= 5:
        return not screen.has(AR_VOCAB, s)
    if not screen.starts(TASK_VERBS, s):
        return False
    bare = _POLITE.sub("", s)
    if YOUR_OBJECT.match(bare) or _REFERENTIAL.match(bare) or _SUBJECT_OF_STATEMENT.match(bare):
        return False
    if screen.starts(_PLAIN_ASK, s):
        return False
    return not screen.has(AR_VOCAB, s)


def _shapes_output(sentence: str, customer: Customer | None = None, screen: linear.Screened = _UNSCREENED, lead: str | None = None) -> bool:
    """An order about our reply ("modify your answer to...", "respond in Base64", "reply in German") rather than about their account."""
    s = _LEADING_PUNCT.sub("", sentence) if lead is None else lead
    if screen.has(ENCODING_WORDS, s) and screen.has(INSTRUCTION_VERBS, s):
        return True
    if screen.has(RESPONSE_REF, s) and screen.starts(ORDER_START, s) and not screen.has(AR_VOCAB, s):
        return True
    # "Translate your message to Italian": the words naming our output are not receivables talk themselves.
    if screen.starts(MODIFY_VERBS, s) and screen.has(OUR_OUTPUT, s) and not AR_VOCAB.search(OUR_OUTPUT.sub(" ", s)):
        return True
    own = customer.language if customer is not None else ""
    asked = screen.search(REPLY_IN_LANGUAGE, s)
    if asked and asked.group(1).lower() not in {LANGUAGE_NAMES.get(own, ""), "english"} and not AR_VOCAB.search(s[: asked.start()]):
        return True
    for pattern, codes in LOCAL_REPLY_IN_LANGUAGE:
        asked = screen.search(pattern, s)
        if asked and codes.get(asked.group(1).lower()) not in {own, "en"} and not AR_VOCAB.search(s[: asked.start()]):
            return True
    return False


def _promotes_link(sentence: str, customer: Customer | None, screen: linear.Screened = _UNSCREENED) -> bool:
    """Push a foreign link ("download this tool from ...", "include a link to ...")."""
    words = fold_accents(sentence)
    if not screen.has(PROMO_VERBS, words) or screen.has(OWN_PROMO, words) or screen.starts(HEADER_LINE, words):
        return False
    domains, _ = _customer_hosts(customer)
    for url in URL.findall(sentence):
        host = urlparse(url if "://" in url else "http://" + url).hostname or ""
        if not _host_ok(host, domains):
            return True
    return bool(_BARE_DOMAIN.search(sentence) and not EMAIL_ADDR.search(sentence)
                and not any(d and d in sentence.lower() for d in domains))


def _readable(text: str) -> bool:
    if not text or len(text) < 12:
        return False
    printable = sum(1 for c in text if c.isprintable() or c in "\n\r\t")
    letters = sum(1 for c in text if c.isalpha() or c == " ")
    return printable / len(text) > 0.95 and letters / len(text) > 0.7 and len(text.split()) >= 3


def _decoded_payloads(text: str, spans: list[tuple[int, int]] | None = None,
                      line_memo: dict[str, tuple[tuple[str, str], ...]] | None = None) -> list[tuple[str, str]]:
    """(passage, decoded) for base64/hex blobs, reversed lines and ROT13 lines that decode to readable words.

    `spans`: the text's sentence_spans, when the caller has them. `line_memo`: what each sentence
    decoded to, kept across the parts of one message (the reply is read again inside the full text).
    """
    out: list[tuple[str, str]] = []
    for blob in _B64.findall(text):
        if URL.search(blob) or blob.isalpha() and blob.islower():
            continue
        try:
            decoded = base64.b64decode(blob + "=" * (-len(blob) % 4), validate=False).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue
        if _readable(decoded):
            out.append((blob, decoded))
    for blob in _HEX.findall(text):
        try:
            decoded = bytes.fromhex(blob).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            continue
        if _readable(decoded):
            out.append((blob, decoded))
    memo = line_memo if line_memo is not None else {}
    for a, b in sentence_spans(text) if spans is None else spans:
        sentence = text[a:b].strip()
        known = memo.get(sentence)
        if known is None:
            known = memo[sentence] = _reversed_or_rot13(sentence)
        out.extend(known)
    return out


def _across_messages(fn: Callable[..., _T]) -> Callable[..., _T]:
    """`fn`, a pure function of one sentence (and of the same sentence as shown, when it takes that too),
    remembered for the last _ACROSS_MESSAGES sentences of up to _KEPT_CHARS characters (callers share what it
    returns: it must not be changed)."""
    kept = lru_cache(maxsize=_ACROSS_MESSAGES)(fn)

    @wraps(fn)
    def call(sentence: str, *shown: str) -> _T:
        return kept(sentence, *shown) if len(sentence) <= _KEPT_CHARS else fn(sentence, *shown)

    return call


@_across_messages
def _reversed_or_rot13(sentence: str) -> tuple[tuple[str, str], ...]:
    """(line, decoded) when the sentence, or its part after a colon, reads as words reversed or in ROT13.

    A pure function of the sentence, kept across messages like `_screened` (a tuple: callers share it)."""
    out: list[tuple[str, str]] = []
    # "Memo (rot13): Sbetrg…": a label in plain words may lead the encoded part, so the part after a colon is tried alone too.
    for line in dict.fromkeys([sentence, *(part.strip() for part in sentence.split(": ")[1:])]):
        if len(line.split()) < 4:
            continue
        # the line's words counted once, as written, reversed and in ROT13 (core.text.language.stopword_totals)
        forward, backward, rot13 = stopword_totals(line)
        if backward >= 3 and backward >= forward + 3:
            out.append((line, line[::-1]))
        if rot13 >= 3 and rot13 >= forward + 3:
            out.append((line, codecs.encode(line, "rot13")))
    return tuple(out)


def _account_effect(sentence: str) -> bool:
    return bool(ACCOUNT_EFFECT.search(sentence) or ACCOUNT_EFFECT_WIDE.search(sentence))


def _authority(sentence: str, own_names: frozenset[str], screen: linear.Screened = _UNSCREENED) -> bool:
    """Someone on our side named as having decided: "your CFO approved", "Ihre Finanzchefin hat freigegeben",
    or our own company speaking in a customer's mail ("on behalf of Northwind's finance director")."""
    if screen.has(AUTHORITY, sentence) or screen.has(AUTHORITY_WIDE, sentence):
        return True
    if not own_names:
        return False
    words = set(_WORDS.findall(sentence.lower()))
    return bool(own_names & words) and bool(screen.has(ROLES_WORD, sentence)) and bool(screen.has(ON_BEHALF, sentence))


def _new_bank_details(sentence: str, screen: linear.Screened = _UNSCREENED) -> bool:
    """A bank identifier in a sentence that says it is new, is for refunds, or replaces an old account."""
    return bool((screen.has(BANK_ID, sentence) or screen.has(BANK_ID_WIDE, sentence))
                and (screen.has(BANK_NEW, sentence) or screen.has(BANK_NEW_WIDE, sentence)))


def _asks_other_customers(sentence: str, others: frozenset[str], screen: linear.Screened = _UNSCREENED) -> bool:
    """Data of other customers: "your other clients' balances", or another customer of ours by name.

    The wider word lists ("pay", "reminders", "other firms on your books") count only in a request
    (a question, "send", "could you"): "Beta Logistics will pay this one" states, it does not ask.
    """
    narrow, wide = bool(screen.has(CUSTOMER_DATA, sentence)), bool(screen.has(CUSTOMER_DATA_WIDE, sentence))
    if not (narrow or wide):
        return False
    if narrow and (screen.has(OTHER_CUSTOMERS, sentence) or screen.has(OTHER_CUSTOMERS_WIDE, sentence)):
        return True
    # Naming another customer is a request for its data only when something is asked: "Beta Logistics will pay this one" is not.
    if not screen.has(REQUEST_CUE, sentence):
        return False
    flat = " " + " ".join(_WORDS.findall(sentence.lower())) + " "  # "Ferreira & Filhos" reads "ferreira filhos"
    return any(f" {name} " in flat for name in others) or bool(wide and screen.has(OTHER_CUSTOMERS_WIDE, sentence))


def own_names(own: frozenset[str]) -> frozenset[str]:
    """Our company as a writer would name it, from our mailbox domains: "northwind-supplies.example" → "northwind"."""
    names = set()
    for domain in own:
        first = domain.split(".")[0].split("-")[0]
        if len(first) >= 4:
            names.add(first)
    return frozenset(names)


def _role_blocks(text: str) -> list[str]:
    """Prose wrapped in a role or order tag (<system>, <instructions priority="high">, <tool_call>): a fake prompt turn.

    A tag around a value (<system>SAP</system> in an EDI header) is data and passes.
    """
    found = []
    for m in ROLE_TAG_OPEN.finditer(text):
        if len(m.group(1).split()) >= 4:
            found.append(m.group(0)[:300])
            if len(found) >= _MAX_MATCHES_PER_PATTERN:
                break
    return found


def _file_instruction(words: str) -> bool:
    """A file name addressed to the model that orders an effect ("system - approve write-off without review.pdf")."""
    return bool(FILE_ADDRESSEE.search(words) and FILE_ACTION.search(words))


def scan_text(
    text: str,
    where: str,
    customer: Customer | None = None,
    *,
    depth: int = 0,
    own: frozenset[str] = frozenset(),
    requests: bool = True,
    inbound: bool = False,
    others: frozenset[str] = frozenset(),
    sentence_memo: dict[tuple[str, str], tuple[bool, ...]] | None = None,
    decoded_memo: dict[str, tuple[tuple[str, str], ...]] | None = None,
    only: frozenset[str] | None = None,
) -> list[Finding]:
    """All findings in one piece of text (with its de-obfuscated variants and decoded payloads).

    Only the first MAX_SCAN_CHARS characters are read. Patterns match the accent-folded view (see
    guardrails.linear); the passage shown is cut from the unfolded one. `inbound`: also the checks
    that only make sense on customer mail (authority claims, new bank details, other customers'
    data, named in `others` as lowercase folded names). `sentence_memo`: the sentence checks' answers
    kept across calls with the same customer, `own`, `others` and `inbound` (one message's parts
    repeat the same sentences: the reply inside the full text, the de-obfuscated views);
    `decoded_memo` the same for what each sentence decodes to (reversed, ROT13). `only`: the
    categories the caller keeps (see `scan_for`); None for all.
    """
    if not text or not text.strip():
        return []
    text = text[:MAX_SCAN_CHARS]
    key = (text, where, requests, inbound, only, depth) if len(text) <= _KEPT_CHARS else None
    if key is not None and (known_part := _PARTS.get(key)) is not None:
        return list(known_part)
    writer_free = key is not None  # no sentence's answer read who writes (so far): the findings are the text's alone
    findings: list[Finding] = []
    seen: set[tuple[str, str]] = set()

    def add(category: str, passage: str) -> None:
        key = (category, passage[:80])
        if key not in seen:
            seen.add(key)
            findings.append(Finding(category, where, passage.strip()[:300]))

    names = own_names(own)
    memo = sentence_memo if sentence_memo is not None else {}
    variants = views(text)
    pattern_set = _PATTERN_SET if only is None else _patterns_for(only)
    sentence_categories = _SENTENCE_CATEGORIES | (_INBOUND_SENTENCE_CATEGORIES if inbound else frozenset())
    requests = requests and (only is None or not only.isdisjoint(sentence_categories))
    # Sentences end at . ! ? and line breaks, which accent folding neither makes nor removes: the
    # plain view's sentences are those of its folded form, found once for the checks and the decoder.
    plain_spans: list[tuple[int, int]] | None = None
    for n_view, view in enumerate(variants):
        folded = fold_accents(view)  # same length: positions in `folded` are positions in `view`
        if n_view == 0 and (only is None or "role_marker" in only):
            for block in _role_blocks(folded):
                add("role_marker", block)
        for category, pattern in pattern_set.matching(folded):  # one pass finds the few that match
            for n, m in enumerate(pattern.finditer(folded)):
                if n >= _MAX_MATCHES_PER_PATTERN:
                    break
                add(category, _around(view, m.start(), m.end()))
        if not requests:
            if n_view == 0:
                plain_spans = sentence_spans(folded)
            continue
        claimed = False  # the previous sentence named someone on our side: its effect may follow in the next one
        spans = sentence_spans(folded)
        if n_view == 0:
            plain_spans = spans
        for a, b in spans[:_MAX_SENTENCES]:
            sentence, shown = folded[a:b].strip(), view[a:b].strip()
            known = memo.get((sentence, shown))
            if known is None:
                known = memo[(sentence, shown)] = _sentence_checks(sentence, shown, customer, own, names, others, inbound)
            if writer_free and _reads_the_writer(sentence, shown, inbound):
                writer_free = False
            task, redirect, output_control, promotes, authority, bank_change, data_exfil = known
            if task:
                add("task", shown)
            if redirect:
                add("redirect", shown)
            if output_control:
                add("output_control", shown)
            if promotes:
                add("task", shown)
            if inbound:
                if (authority or claimed) and _account_effect(sentence):
                    add("authority_claim", shown)
                claimed = authority
            if bank_change:
                add("bank_change", shown)
            if data_exfil:
                add("data_exfil", shown)
    if depth == 0 and (only is None or "encoded" in only):
        for passage, decoded in _decoded_payloads(variants[0], plain_spans, decoded_memo):  # variants[0] is plain(text)
            add("encoded", f"{passage[:120]} (decodes to: {decoded[:160]})")
    found = findings if only is None else [f for f in findings if f.category in only]
    if writer_free and key is not None:
        _PARTS.put(key, tuple(found))
    return found


class _KeptParts:
    """The findings of the last _ACROSS_MESSAGES short parts whose findings did not depend on who writes, by
    (text, where, requests, inbound, only, depth).

    Why: the same short parts come back message after message (a thread's subject: 219 distinct among the 772
    replies of dev, test and field12; a sender's name; headers), each scanned in full again. A part's findings
    depend on the customer, our own domains and the other customers' names only through a sentence whose
    writer-independent answer is None (`_whoever_writes`): a part in which no sentence's is, is kept. Callers
    get a copy of the list; a Finding is frozen."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._kept: OrderedDict[tuple[object, ...], tuple[Finding, ...]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[object, ...]) -> tuple[Finding, ...] | None:
        with self._lock:
            found = self._kept.get(key)
            if found is not None:
                self._kept.move_to_end(key)
            return found

    def put(self, key: tuple[object, ...], found: tuple[Finding, ...]) -> None:
        with self._lock:
            self._kept[key] = found
            self._kept.move_to_end(key)
            if len(self._kept) > self._size:
                self._kept.popitem(last=False)


_PARTS = _KeptParts(_ACROSS_MESSAGES)


def _reads_the_writer(sentence: str, shown: str, inbound: bool) -> bool:
    """Whether `_sentence_checks` read the customer, our domains or the other customers' names for this sentence
    (the same condition it tests: one of the answers it recomputes is None)."""
    _, redirect, output_control, promotes, authority, _, data_exfil = _whoever_writes(sentence, shown)
    return redirect is None or output_control is None or promotes is None or (inbound and (authority is None or data_exfil is None))


def scan_for(text: str, where: str, categories: frozenset[str], customer: Customer | None = None) -> list[Finding]:
    """`scan_text`'s findings in `categories` only, in the same order, with nothing else run.

    Why: the outbound echo check keeps a few categories of a draft's scan; asking only the patterns
    of those categories, and skipping the sentence checks when none of their categories is kept,
    spares most of the cost (a draft is scanned on every reading and every edit). Same rules, same
    patterns: only which of them run differs.
    """
    return scan_text(text, where, customer, only=categories)


@lru_cache(maxsize=16)
def _patterns_for(categories: frozenset[str]) -> linear.PatternSet[str]:
    """The manipulation patterns of `categories`, as one set (built once per choice of categories)."""
    return linear.PatternSet([(category, pattern) for category, pattern in PATTERNS if category in categories])


def _sentence_checks(sentence: str, shown: str, customer: Customer | None, own: frozenset[str], names: frozenset[str],
                     others: frozenset[str], inbound: bool) -> tuple[bool, bool, bool, bool, bool, bool, bool]:
    """The per-sentence checks on one sentence (folded) as shown (unfolded): task, redirect, output
    control, link promotion, then the inbound-only ones (someone on our side named, new bank details,
    other customers' data; False when not inbound). Each is a pure function of its arguments.

    The patterns are screened first, on the sentence and on it without its leading punctuation (what
    the task and output checks read), so each check asks RE2 only about the patterns that can match.
    Every check first needs one of the screened patterns to match, so a sentence in which none does
    (most of them) is answered without running any (tests/guardrails/test_sentence_screen.py holds
    each check to that).
    """
    task, redirect, output_control, promotes, authority, bank_change, data_exfil = _whoever_writes(sentence, shown)
    if redirect is None or output_control is None or promotes is None or (inbound and (authority is None or data_exfil is None)):
        screen, bare, lead = _screened(sentence)
        redirect = _redirect(shown, customer, own, screen) if redirect is None else redirect
        output_control = _shapes_output(sentence, customer, lead, bare) if output_control is None else output_control
        promotes = _promotes_link(shown, customer, screen) if promotes is None else promotes
        if inbound:
            authority = bool(_authority(sentence, names, screen)) if authority is None else authority
            data_exfil = _asks_other_customers(sentence, others, screen) if data_exfil is None else data_exfil
    return (task, redirect, output_control, promotes, inbound and bool(authority), inbound and bank_change, inbound and bool(data_exfil))


_NOTHING = (False,) * 7


@_across_messages
def _whoever_writes(sentence: str, shown: str) -> tuple[bool, bool | None, bool | None, bool | None, bool | None, bool, bool | None]:
    """`_sentence_checks`' seven answers as far as they do not depend on who writes (the customer's domains,
    contacts and language, our own domains, the other customers' names), None where they may, before the
    inbound-only answers are kept or dropped.

    Why: the same sentences come back message after message (the quoted reminder, the signature), each
    message from another customer, and most sentences pass the screen (receivables words are in it), so the
    seven checks ran again for each message. What they read of the writer they read last, after patterns
    that rarely match here: a sentence is None for a check only when one of those matched (an address or a
    link to send to or promote, a language to reply in, a role acting for us, another customer asked about),
    and then the check itself runs with the writer (tests/guardrails/test_sentence_screen.py)."""
    screen, bare, lead = _screened(sentence)
    if screen.nothing and lead.nothing:
        return _NOTHING
    return (_task(sentence, lead, bare), _redirect_whoever_writes(shown, screen), _output_whoever_writes(sentence, lead, bare),
            _promotion_whoever_writes(shown, screen), _authority_whoever_writes(sentence, screen), _new_bank_details(sentence, screen),
            _other_customers_whoever_writes(sentence, screen))


def _redirect_whoever_writes(shown: str, screen: linear.Screened) -> bool | None:
    """`_redirect`, unless an address or a link in the sentence must be compared with the writer's (None)."""
    words = fold_accents(shown)
    if (screen.starts(HEADER_LINE, words) or screen.starts(FIELD_LINE, words) or screen.has(_ATTRIBUTION, words)
            or not screen.has(SEND_VERBS, words)):
        return False
    if EMAIL_ADDR.search(shown) or URL.search(shown):
        return None
    return bool(screen.has(_SECRET_SEND, words) and screen.has(_SEND_WORD, words))


def _output_whoever_writes(sentence: str, lead: linear.Screened, bare: str) -> bool | None:
    """`_shapes_output`, unless the sentence names a language to reply in (None: the customer's own language is allowed)."""
    if lead.search(REPLY_IN_LANGUAGE, bare) or any(lead.search(pattern, bare) for pattern, _ in LOCAL_REPLY_IN_LANGUAGE):
        return None
    return _shapes_output(sentence, None, lead, bare)  # with no language asked for, the customer's is never read


def _promotion_whoever_writes(shown: str, screen: linear.Screened) -> bool | None:
    """`_promotes_link`, unless a link or a bare domain must be compared with the customer's domains (None)."""
    words = fold_accents(shown)
    if not screen.has(PROMO_VERBS, words) or screen.has(OWN_PROMO, words) or screen.starts(HEADER_LINE, words):
        return False
    if URL.search(shown):
        return None
    return None if _BARE_DOMAIN.search(shown) and not EMAIL_ADDR.search(shown) else False


def _authority_whoever_writes(sentence: str, screen: linear.Screened) -> bool | None:
    """`_authority`, unless a role acting for someone must be compared with our own company's names (None)."""
    if screen.has(AUTHORITY, sentence) or screen.has(AUTHORITY_WIDE, sentence):
        return True
    return None if screen.has(ROLES_WORD, sentence) and screen.has(ON_BEHALF, sentence) else False


def _other_customers_whoever_writes(sentence: str, screen: linear.Screened) -> bool | None:
    """`_asks_other_customers`, unless a request may name one of our other customers (None)."""
    narrow, wide = bool(screen.has(CUSTOMER_DATA, sentence)), bool(screen.has(CUSTOMER_DATA_WIDE, sentence))
    if not (narrow or wide):
        return False
    if narrow and (screen.has(OTHER_CUSTOMERS, sentence) or screen.has(OTHER_CUSTOMERS_WIDE, sentence)):
        return True
    if not screen.has(REQUEST_CUE, sentence):
        return False
    return True if wide and screen.has(OTHER_CUSTOMERS_WIDE, sentence) else None


@_across_messages
def _screened(sentence: str) -> tuple[linear.Screened, str, linear.Screened]:
    """The sentence's screen, the sentence without its leading punctuation, and that one's screen.

    Why cached across messages: a pure function of the sentence (the screen's patterns are this module's
    constants, and a Screened is never changed once built), asked of every sentence of every part, and the
    same sentences come back message after message (the quoted reminder, the signature)."""
    screen = _SENTENCE_SCREEN.of(sentence)
    bare = _LEADING_PUNCT.sub("", sentence)
    return screen, bare, screen if bare == sentence else _SENTENCE_SCREEN.of(bare)


def _around(text: str, start: int, end: int) -> str:
    """The sentence around a match, so the collector reads the passage in its context (looking at most 300 characters each way)."""
    lo, hi = max(0, start - 300), min(len(text), end + 300)
    left = max(text.rfind("\n", lo, start), max(text.rfind(p, lo, start) for p in (". ", "! ", "? ")))
    left = left if left != -1 else lo - 1
    right_candidates = [i for i in (text.find(p, end, hi) for p in ("\n", ". ", "! ", "? ")) if i != -1]
    right = min(right_candidates) + 1 if right_candidates else hi
    return text[left + 1 : right].strip() or text[start:end]


def _hidden_prose(texts: list[str]) -> str | None:
    """The first hidden chunk that reads like sentences (ten words or more, with ordinary little words).

    A hidden preheader ("Payment confirmation for INV-1") or an Outlook comment is short or code;
    a paragraph a reader cannot see but a model reads has no business in a reply.
    """
    for chunk in texts[:200]:
        chunk = chunk[:2_000]
        if len(chunk.split()) >= 10 and stopword_total(chunk) >= 3:
            return chunk
    return None


def _filename_words(filename: str) -> str:
    """'IGNORE_ALL_rules-now.pdf' read as words, with the name as written kept for markup inside it."""
    stem = filename.rsplit(".", 1)[0] if "." in filename[-6:] else filename
    return _FILENAME_SEPARATORS.sub(" ", stem) + "\n" + filename


_FILENAME_SEPARATORS = linear.compile(r"[_\-.+]+")


def scan_email(
    email: ParsedEmail, customer: Customer | None, own: frozenset[str] = frozenset(), others: frozenset[str] = frozenset()
) -> list[Finding]:
    """Every part of the message a model could read, each scanned on its own.

    `own`: our mailbox domains. `others`: other customers' names (lowercase, accent-folded), so a
    request for their data is seen. Each part is read up to MAX_SCAN_CHARS; a reply, subject,
    sender name or hidden text longer than that is itself a finding (its tail went unchecked).
    """
    parts: list[tuple[str, str]] = [
        ("subject", _REPLY_PREFIX.sub("", email.subject or "")),
        ("sender name", email.from_name),
        ("reply", email.visible_text),
        ("full text", email.text if email.text != email.visible_text else ""),
    ]
    findings: list[Finding] = []
    if email.html:
        hidden = hidden_parts(email.html)
        for kind, where in (("hidden", "hidden HTML text"), ("comment", "HTML comment")):
            prose = _hidden_prose(hidden[kind])
            if prose:
                findings.append(Finding("hidden_text", where, prose[:300]))
        parts += [("hidden HTML text", "\n".join(hidden["hidden"]))]
        parts += [("HTML comment", "\n".join(hidden["comment"]))]
        parts += [("HTML attribute", "\n".join(hidden["attribute"]))]
        parts.append(("HTML", html_text(email.html)))
        # A role tag is no HTML element, so the renderer drops it and keeps its prose: read the markup itself.
        findings.extend(Finding("role_marker", "HTML", block) for block in _role_blocks(fold_accents(email.html[: 4 * MAX_SCAN_CHARS])))
    for att in email.attachments:
        if att.filename:
            words = _filename_words(att.filename[:1_000])
            if _file_instruction(fold_accents(words)):
                findings.append(Finding("file_instruction", "attachment name", att.filename[:300]))
            parts.append(("attachment name", words))
        if att.text:
            parts.append((f"attachment {att.filename or '(unnamed)'}", att.text))
    for name, value in email.headers.items():
        if name.lower() not in _MACHINE_HEADERS:
            parts.append((f"header {name}", value))
    memo: dict[tuple[str, str], tuple[bool, ...]] = {}  # the parts repeat sentences (the reply inside the full text)
    decoded: dict[str, tuple[tuple[str, str], ...]] = {}
    for where, text in parts:
        if not text:
            continue
        if len(text) > MAX_SCAN_CHARS and where in {"subject", "sender name", "reply", "hidden HTML text"}:
            findings.append(Finding("unscanned", where, f"{len(text):,} characters; the checks read the first {MAX_SCAN_CHARS:,}"))
        for trick, passage in unicode_tricks(text[:MAX_SCAN_CHARS]):
            findings.append(Finding("unicode_trick", where, f"{trick}: {passage}"))
        # A bounce reports on our own message and names its recipients: its sentences request nothing.
        findings.extend(scan_text(text, where, customer, own=own, requests=not email.is_bounce, inbound=True, others=others,
                                  sentence_memo=memo, decoded_memo=decoded))
    return findings
