"""Small helpers for writing field35 replies: the reply's Date in the sender's own offset, dates said many ways."""

from __future__ import annotations

from datetime import date

IE, SCO, IN, ZA, US = "+00:00", "+00:00", "+05:30", "+02:00", "-05:00"
AT, BY, BE, QC, MX, ES, FL, BR, PT = "+01:00", "+01:00", "+01:00", "-05:00", "-06:00", "+01:00", "+01:00", "-03:00", "+00:00"

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
"""Headers an absence notice or a ticketing system sends: only these make a message machine mail."""

AUTO_SUBJECT = {"de": "Automatische Antwort: Zahlungserinnerung", "fr": "Réponse automatique : Relance", "es": "Respuesta automática: Recordatorio",
                "nl": "Automatisch antwoord: Herinnering", "pt": "Resposta automática: Lembrete"}


def at(day: int, hm: str, off: str) -> str:
    """An ISO Date header for day `day` of December 2026 (Tuesday 1 … Friday 4) at `hm` in offset `off`."""
    return f"2026-12-{day:02d}T{hm}:00{off}"


def iso(day: int, month: int = 12, year: int = 2026) -> str:
    """The promised day as the label writes it."""
    return date(year, month, day).isoformat()


def block(lang: str, offs: dict[str, str], signs: dict[str, str], openers: list[str], cores: list[tuple[str, str, list[str], str | None, list[str]]],
          rows: dict[str, list[tuple[str, str]]], paid: list[tuple[str, str, str]], ooo: list[str], other: tuple[str, str, list[str], list[str]],
          domains: dict[str, tuple[str, str]]) -> list:
    """One language's 37 replies: a promise per core (two or three voices each), then the other intents written out."""
    from evals.field35.build import Reply

    custs = list(offs)
    out = []
    for i, (text, when, human, amount, fam) in enumerate(cores):
        c = custs[i % len(custs)]
        day = 1 + i % 4
        hm = ("22:31", "08:03", "12:47", "19:26", "06:40")[i % 5]
        out.append(Reply(c, at(day, hm, offs[c]), f"{openers[i % len(openers)]}\n\n{text}\n\n{signs[c]}", "promise_to_pay", date=when,
                         amount=amount, human=list(human), fam=[*fam, lang + "-voice"], sender=i % 2, html=i % 6 == 4))
    k = 0
    for intent, items in rows.items():
        for c, text in items:
            k += 1
            out.append(Reply(c, at(1 + k % 4, ("10:12", "23:05", "14:38", "07:51")[k % 4], offs[c]),
                             f"{openers[(k + 2) % len(openers)]}\n\n{text}\n\n{signs[c]}", intent, fam=[intent.replace("_", "-")], sender=k % 2))
    for j, (c, text, ref) in enumerate(paid):
        out.append(Reply(c, at(1 + j % 4, "16:2" + str(j), offs[c]), f"{text}\n\n{signs[c]}", "already_paid", ref=ref, fam=["paid-with-ref"],
                         sender=j % 2))
    for j, text in enumerate(ooo):
        c = custs[j % len(custs)]
        out.append(Reply(c, at(1 + j, "03:0" + str(j), offs[c]), text, "out_of_office", headers=dict(AUTO), quote="none",
                         subject=AUTO_SUBJECT[lang], fam=["auto-reply"], sender=1))
    for j, c in enumerate(custs[:2]):
        dom, who = domains[c]
        out.append(Reply(c, at(2 + j, "04:4" + str(j), offs[c]), f"Delivery Status Notification (Failure)\n\n{who}@{dom}: 550 5.1.1 mailbox unavailable",
                         "bounce", sender=f"postmaster@{dom}", subject="Undeliverable: " + AUTO_SUBJECT[lang], dsn=(f"{who}@{dom}", "5.1.1"), fam=["dsn"], quote="none"))
    c, text, fam, human = other
    out.append(Reply(c, at(3, "17:17", offs[c]), f"{text}\n\n{signs[c]}", "other", human=human, fam=["other", *fam], sender=0))
    return out
