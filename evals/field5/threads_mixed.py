"""Replies in another language than our reminder, forwards judged by what they point at, and a reply that answers
two reminders at once (field5, hand-written)."""

from evals.field5.build import Payment as P
from evals.field5.build import Reply as R

PAYMENTS = [
    P("BK5-0601", "K522", "2026-11-26", "1150.00", "EUR", "PIN-EFT-4502 PINNACLE IT"),
]

REPLIES = [
    R("K536", "2026-11-26T09:20:00+01:00", "Hello, we are the shared service centre in Wrocław and our German is not so good, sorry. Invoice 95361 will be paid on 10.12.2026 in the normal payment run.\nBest regards\nPiotr Wójcik",
      "promise_to_pay", date="2026-12-10", inv=["95361"], lang="en", fam=["reply:other-language", "writer:ssc-abroad", "date:numeric-dotted"], sender=1),
    R("K566", "2026-11-27T10:40:00+01:00", "Good morning, could you please send reminders in English in future? Both invoices are scheduled for payment on 2 December.\nSSC Finance (Gdańsk)",
      "promise_to_pay", date="2026-12-02", lang="en", fam=["reply:other-language", "writer:ssc-abroad"], sender=2),
    R("K543", "2026-11-23T13:30:00-05:00", "Hi, sorry, my French isn't great - I'm the new production coordinator, first week here. Marie-Ève asked me to tell you the payment goes out Friday.\nJosh",
      "promise_to_pay", date="2026-11-27", lang="en", fam=["reply:other-language", "writer:new-employee", "locale:fr-CA"], sender=0),
    R("K533", "2026-11-25T10:00:00+01:00", "Bonjour, nous payerons la facture le 3 décembre. Meilleures salutations, R. Stäheli", "promise_to_pay", date="2026-12-03", lang="fr",
      fam=["reply:other-language", "locale:de-CH"], sender=1),
    R("K509", "2026-11-26T11:00:00-05:00", "Madame, Monsieur,\n\nLe paiement de la facture 95091 sera effectué le 7 décembre.\n\nSection administrative et financière", "promise_to_pay", date="2026-12-07",
      inv=["95091"], lang="fr", fam=["reply:other-language", "setting:embassy"], sender=0),
    R("K553", "2026-11-24T12:00:00-06:00", "Dear Sirs,\n\nWe are the external auditors of Colegio San Ignacio de Loyola AC. Please confirm directly to us the balance owed by our client as at 31 October 2026.\n\nRuiz Vela Auditores",
      "other", lang="en", human=["audit confirmation"], fam=["reply:other-language", "writer:auditor", "other:audit-confirmation"], sender="confirmaciones@ruizvela-audit.example"),
    R("K517", "2026-11-27T08:50:00+00:00",
      "FYI - see below from our head teacher.\n\n---------- Forwarded message ---------\nFrom: Head Teacher <head@greenfield-academies.example>\nDate: Thu, 26 Nov 2026 at 17:02\nSubject: INV-2026-95171\n\nHina, we should not pay INV-2026-95171: the interactive screens on that order were never installed in Year 5. Please hold it and tell the supplier.",
      "dispute", inv=["95171"], fam=["forward:fyi", "dispute:service-not-rendered", "setting:school"], sender=1, quote="none"),
    R("K562", "2026-11-20T10:45:00+01:00", "Bonjour, nous avons payé le 19/11. Bien à vous, Koen Peeters", "already_paid", lang="fr", fam=["reply:other-language", "locale:nl-BE", "paid:by-date"], sender=1),
    R("K522", "2026-11-26T16:00:00+02:00", "Hi, answering both your reminders (16 and 23 Nov): 95222 was paid today, ref PIN-EFT-4502, and 95221 will be paid on 11 December.\nVishen",
      "already_paid", sec=["promise_to_pay"], date="2026-12-11", ref="PIN-EFT-4502", inv=["95222", "95221"], fam=["reply:two-reminders", "paid:ref-with-payer"], sender=1),
]
