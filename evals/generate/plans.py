"""Draw the plans (intent, language, phrasing, shape, traps) of the large splits.

Every bank list with 8+ entries is split by index (build_datasets.split_of), so dev and test
only use phrasings, openers, closers and subjects that train never saw.
"""

from __future__ import annotations

import random

from .build_datasets import INTENT_SHARE, LANG_SHARE, Plan, for_split, mentions_invoice
from .phrases import BANKS

# secondary requests that plausibly ride along with a primary one
COMBOS = {
    "dispute": [("promise_to_pay", "promise"), ("already_paid", "paid"), ("invoice_resend", "resend")],
    "already_paid": [("invoice_resend", "resend"), ("promise_to_pay", "promise"), ("dispute", "dispute")],
    "promise_to_pay": [("invoice_resend", "resend"), ("po_change", "po_change"), ("dispute", "dispute"),
                       ("already_paid", "paid")],
    "invoice_resend": [("promise_to_pay", "promise"), ("po_change", "po_change")],
    "po_change": [("promise_to_pay", "promise"), ("already_paid", "paid")],
    "payment_plan_request": [("dispute", "dispute")],
}
STANDALONE_OK = {"promise_to_pay", "already_paid", "dispute", "invoice_resend", "po_change", "payment_plan_request",
                 "other", "wrong_contact"}


def pick(rng: random.Random, items: list, split: str):
    pool = for_split(items, split)
    return rng.choice(pool) if pool else ""


def make_plans(split: str, n: int, rng: random.Random) -> list[Plan]:
    intents = list(INTENT_SHARE)
    langs = list(LANG_SHARE)
    # exact shares (rounded), then shuffled, so every split has the intended mix
    seq = []
    for it, w in INTENT_SHARE.items():
        seq += [it] * round(n * w / 100)
    while len(seq) < n:
        seq.append(rng.choices(intents, list(INTENT_SHARE.values()))[0])
    seq = seq[:n]
    rng.shuffle(seq)
    plans = []
    for intent in seq:
        lang = rng.choices(langs, list(LANG_SHARE.values()))[0]
        plans.append(plan_one(rng, split, intent, lang))
    return plans


def plan_one(rng: random.Random, split: str, intent: str, lang: str) -> Plan:
    b = BANKS[lang]
    far = False
    key = {"promise_to_pay": "promise", "already_paid": "paid", "dispute": "dispute", "invoice_resend": "resend",
           "po_change": "po_change", "payment_plan_request": "plan", "out_of_office": "ooo", "bounce": "bounce",
           "wrong_contact": "wrong_contact", "other": "other_action"}[intent]
    if intent == "promise_to_pay":
        r = rng.random()
        key = "promise" if r < 0.70 else "promise_partial" if r < 0.80 else "promise_cond" if r < 0.88 else \
            "promise_nodate" if r < 0.94 else "promise"
        far = r >= 0.94
    if intent == "other" and rng.random() < 0.4:
        key = "other_noaction"
    if intent == "po_change" and rng.random() < 0.35:
        key = "billing"  # a change of billing details: name, address, VAT number, where invoices go
    plan = Plan(intent=intent, lang=lang, key=key, template="")
    if intent == "bounce":
        return plan
    plan.template = pick(rng, b[key], split)
    if far and "{date}" not in plan.template:
        far = False
    plan.far = far
    plan.other_noaction = key == "other_noaction"
    plan.flagged = rng.random() < 0.08
    if intent == "out_of_office":
        plan.html = "only" if rng.random() < 0.12 else None
        return plan

    # --- shape of the thread
    r = rng.random()
    plan.shape = "reply" if r < 0.72 else "long" if r < 0.82 else "forward" if r < 0.88 else "standalone"
    if plan.shape == "standalone" and (intent not in STANDALONE_OK or not b["subject"].get(intent)):
        plan.shape = "reply"
    if plan.shape == "standalone" and intent not in ("other", "wrong_contact") and not mentions_invoice(plan.template):
        cands = [t for t in for_split(b[key], split) if mentions_invoice(t)]
        if cands:
            plan.template = rng.choice(cands)
        else:
            plan.shape = "reply"
    if plan.shape == "standalone":
        plan.subject = pick(rng, b["subject"]["billing" if key == "billing" else intent], split)
    if plan.shape == "long":
        plan.prior = pick(rng, b["prior"], split)
    if plan.shape in ("reply", "long"):
        plan.quote = rng.choice([None, None, "gmail", "outlook", "outlook", "thunderbird"])

    # --- multi-intent (about 10%)
    if intent in COMBOS and rng.random() < 0.13:
        if not mentions_invoice(plan.template):  # both requests must say which invoice they are about
            plan.template = pick(rng, [t for t in b[key] if mentions_invoice(t)], split) or plan.template
        s_intent, s_key = rng.choice(COMBOS[intent])
        cands = [t for t in for_split(b[s_key], split) if mentions_invoice(t) and len(t) < 220]
        if not mentions_invoice(plan.template):
            cands = []
        if cands:
            plan.second = (s_intent, rng.choice(cands))
            plan.n_targets = 1

    # --- dress: greeting, opener, closer, signature
    terse = len(plan.template) < 45 and not plan.second
    if terse and rng.random() < 0.7:
        plan.sig = rng.random() < 0.3
        plan.mobile = pick(rng, b["mobile"], split) if rng.random() < 0.4 else ""
    else:
        plan.greeting = pick(rng, b["greeting"], split) if rng.random() < 0.85 else ""
        plan.opener = pick(rng, b["opener"], split) if rng.random() < 0.35 and plan.shape != "standalone" else ""
        if plan.template.split(" ")[0].strip(",!–-").lower() in ("hi", "hello", "hallo", "bonjour", "hola", "olá",
                                                                   "hey", "guten", "dear"):
            plan.greeting = plan.opener = ""
        plan.closer = pick(rng, b["closer"], split) if rng.random() < 0.85 else ""
        plan.sig = rng.random() < 0.9
        plan.disclaimer = rng.random() < 0.15
    if rng.random() < 0.10:
        plan.html = "only"
    elif rng.random() < 0.10:
        plan.html = "alt"

    # --- attachments
    if intent == "already_paid":
        plan.paid_scenario = rng.choices(["match", "nomatch", "short"], [55, 28, 17])[0]
        if rng.random() < 0.25:
            plan.attachment = "remittance"
    if plan.second and plan.second[0] == "already_paid":
        plan.paid_scenario = rng.choices(["match", "nomatch"], [60, 40])[0]
    if intent == "po_change" and key != "billing" and rng.random() < 0.25:
        plan.attachment = "po"
    if intent == "dispute" and rng.random() < 0.1:
        plan.attachment = "photo"

    # --- traps: injection, unknown sender
    if rng.random() < 0.065:
        inj_lang = lang if rng.random() < 0.6 else "en"
        text = pick(rng, BANKS[inj_lang]["injection"], split)
        plan.injection = (text, rng.choice(["body", "ps", "comment", "white", "hidden", "body"]))
    if rng.random() < 0.035:
        plan.unknown = rng.choice(["gmail", "lookalike"])
        if plan.unknown == "gmail":
            plan.consultant_intro = pick(rng, b["consultant"], split)
            plan.shape = "forward"
            plan.quote = None
            plan.subject = None
    return plan
