"""The default reply model: rules for mail-system signals, a linear model for the rest, no network.

- Bounces and out-of-office auto-replies are decided by rules (the inbox's DSN/auto-reply flags
  plus unmistakable phrases).
- Everything else: logistic regression on word 1-2-grams, character 2-5-grams and rule-hit
  features of the subject and visible text, trained by evals/train.py (`dunmail train`).
  Its class probability is the confidence (checked for calibration on the dev split).
- A reply that says several things: every intent the model gives at least PRIMARY_MIN probability
  is a candidate, and INTENT_PRECEDENCE picks the primary among them (a dispute outranks a promise);
  the others, and intents whose phrases clearly appear, are secondary. Each sentence is also read on
  its own: an intent one sentence says surely (SEGMENT_MIN) is a candidate too.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from agent.extract import extract_facts, find_dispute_reason
from agent.models.features import model_text, reply_body, segment_texts, visible_text
from agent.models.fitted_features import union_rows
from agent.models.notices import (
    LEGAL_DISPUTE,
    OFFICE_CLOSED,
    REFUSES_OR_NOT_DUE,
    SHORT_DELIVERY,
    notice_kind,
    promises_a_payment,
    says_the_person_is_gone,
    someone_is_away,
)
from agent.models.rereading import reread
from agent.models.rules import CUE_INTENT, cue_found
from agent.models.tense import payment_tenses
from core.contracts import INTENT_PRECEDENCE, Classification, ClassifyInput, Intent, ReplyModel
from core.text.acknowledgements import only_an_acknowledgement
from core.text.conditions import PAYMENT_ACT
from core.text.folding import fold
from core.text.sentences import sentences

FITTED_DIR = Path(__file__).parent / "fitted"
FITTED_PATH = FITTED_DIR / "intent-v1.joblib"


class ModelNotTrained(Exception):
    """The fitted model file is missing; run `dunmail train` to build it."""


@lru_cache(maxsize=4)
def load_fitted(path: str | Path = FITTED_PATH) -> dict[str, Any]:
    import joblib

    p = Path(path)
    if not p.exists():
        raise ModelNotTrained(f"{p} not found: run `dunmail train` to fit the offline model")
    return joblib.load(p)


def _direct_predict(pipeline: Any) -> Callable[[list[str]], Any] | None:
    """The fitted pipeline's own arithmetic for one reply at a time, without its per-call machinery.

    For features → one-vs-rest logistic regression: each feature block's transform, stacked, times
    the stacked coefficients, through the logistic function (normalised unless multi-label), which is
    what predict_proba computes. sklearn's checks, joblib dispatch and per-class calls around it cost
    more than the arithmetic for a single reply. Any other shape, or a probe on which the two answers
    differ, keeps predict_proba."""
    import numpy as np
    import sklearn
    from scipy import sparse
    from scipy.special import expit
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import FeatureUnion, Pipeline

    try:
        (_, union), (_, head) = pipeline.steps
        blocks = [t for _, t in union.transformer_list]
        if (not isinstance(pipeline, Pipeline) or not isinstance(union, FeatureUnion) or union.transformer_weights
                or not isinstance(head, OneVsRestClassifier) or any(isinstance(t, str) for t in blocks)
                or not all(isinstance(e, LogisticRegression) and e.coef_.shape[0] == 1 for e in head.estimators_)):
            return None
        # row-major, as the sparse product reads it: transposed in place it was copied again on every call (3 MB)
        weights = np.ascontiguousarray(np.vstack([e.coef_ for e in head.estimators_]).T)
        intercepts = np.concatenate([e.intercept_ for e in head.estimators_])
        multilabel = bool(head.multilabel_)
    except (AttributeError, TypeError, ValueError):
        return None

    # The union's rows as sklearn computes them, without its per-call checks (agent/models/fitted_features.py);
    # None when that module does not reproduce this union exactly, and the blocks' own transforms are used.
    try:
        fast_rows = union_rows(union)
    except TypeError:  # a union that cannot be remembered by identity (unhashable): its blocks' own transforms
        fast_rows = None

    def predict(texts: list[str]) -> Any:
        if fast_rows is not None:
            features = fast_rows(texts)
        else:
            # The fitted vectorizers' checks of their parameters and of finite input guard against misuse, not against
            # a text: they cost more than the arithmetic for one reply and change no number, so they are skipped here.
            with sklearn.config_context(assume_finite=True, skip_parameter_validation=True):
                parts = [t.transform(texts) for t in blocks]
            features = sparse.hstack(parts).tocsr() if any(sparse.issparse(x) for x in parts) else np.hstack(parts)
        probs = expit(np.asarray(features @ weights) + intercepts)
        return probs if multilabel else probs / probs.sum(axis=1)[:, np.newaxis]

    probe = ["We paid invoice INV-1001 yesterday, see the remittance attached.", "Wir zahlen am Freitag.", ""]
    try:
        return predict if np.allclose(predict(probe), pipeline.predict_proba(probe), rtol=0, atol=1e-12) else None
    except Exception:  # noqa: BLE001 - any surprise keeps the pipeline's own predict_proba
        return None


# A sentence of a longer reply that the detector, reading it alone, gives an intent at least this surely says that
# intent even when the reply as a whole reads as something else ("INV-1 is wrong. INV-2 goes out Friday."). Chosen
# by 3-fold cross-validation on train (primary accuracy 0.934 -> 0.947, secondaries missed 19 -> 5, false ones
# 44 -> 48; 0.7: 0.944 with 56 false; 0.9: 0.939), then checked on dev. Requiring the intent's cue as well changed nothing.
SEGMENT_MIN = 0.8
# A promise the detector reads at least DATED_PROMISE_FLOOR surely, and in which the date reader found a dated,
# unconditional commitment still to come, is right about as often as the readings the agent acts on alone: on
# 3-fold CV of train, 6 of 8 such readings between 0.25 and 0.5 were promises, and the two that were not are routed
# to a person by the policy anyway (a partial amount; a date already past). Terse replies ("week after next",
# "Règlement fin de mois") read low on the n-grams alone; the two readers agreeing is the confidence.
DATED_PROMISE_FLOOR = 0.25
DATED_PROMISE_CONFIDENCE = 0.75


def _answered_beside_an_absence(item: ClassifyInput, text: str) -> list[Intent]:
    """What an absence notice also answers ("I'm at the fair until the 8th. Zu Zahlungen: Rechnungen aus August werden im
    Zahlungslauf am 07.10. bezahlt", "… all September payments were released on 28 September"): a payment to come on a
    day it commits to, or one told as made, beside the absence (LABELING: out_of_office with that secondary; the promise
    keeps its date). "Payments will be processed after we return" commits to no day, and "Accounts Payable is closed
    Monday" names no payment."""
    from agent.dates import find_promise_date

    if promises_a_payment(text) and find_promise_date(text, item.sent_at, item.customer_language, item.timezone, committed_only=True,
                                                      customer_language=item.customer_language) is not None:
        return [Intent.promise_to_pay]
    if any(payment_tenses(s) == (False, True) and PAYMENT_ACT.search(fold(s)) for s in sentences(text)):
        return [Intent.already_paid]  # (a sentence of its own: the absence's "until Thursday" is no payment to come)
    return []


class OfflineModel(ReplyModel):
    name = "offline:linear-v1"

    def __init__(self, path: str | Path | None = None, *, bundle: dict[str, Any] | None = None):
        self._bundle = bundle if bundle is not None else load_fitted(path or FITTED_PATH)
        self.pipeline = self._bundle["pipeline"]
        self.classes: list[str] = list(self._bundle.get("labels") or self.pipeline.classes_)
        self.primary_min: float = self._bundle.get("primary_min", 0.5)
        self.secondary_min: float = self._bundle.get("secondary_min", 0.5)
        self.cue_min: float = self._bundle.get("cue_min", 0.2)
        self.segment_min: float = self._bundle.get("segment_min", SEGMENT_MIN)
        self.name = f"offline:{self._bundle.get('version', 'linear-v1')}"
        self._predict = _direct_predict(self.pipeline) or self.pipeline.predict_proba
        self._ahead: dict[str, Any] = {}  # model text -> its probabilities, from the last read_ahead

    def read_ahead(self, items: Sequence[ClassifyInput]) -> None:
        """The texts `classify` will read for these replies (whole reply and sentences), predicted in one
        call: a batch's rows are bitwise the rows of one reply predicted alone (each row is its own
        features times the same weights), so `classify` answers exactly as it would without this."""
        texts: list[str] = []
        for item in items:
            texts.append(model_text(item))
            if self.segment_min <= 1.0:
                texts.extend(segment_texts(item))
        texts = list(dict.fromkeys(texts))
        self._ahead = dict(zip(texts, self._predict(texts))) if texts else {}

    def _rows(self, texts: list[str]) -> list[Any]:
        """Each text's class probabilities: prepared by read_ahead, or predicted now (the rest, in one call)."""
        ahead = self._ahead  # one batch throughout, should another thread read ahead meanwhile
        missing = [t for t in dict.fromkeys(texts) if t not in ahead]
        fresh = dict(zip(missing, self._predict(missing))) if missing else {}
        return [fresh[t] if t in fresh else ahead[t] for t in texts]

    def probabilities(self, item: ClassifyInput) -> dict[Intent, float]:
        return self._intents(self._rows([model_text(item)])[0])

    def _intents(self, row: Any) -> dict[Intent, float]:
        return {Intent(c): float(p) for c, p in zip(self.classes, row)}

    def classify(self, item: ClassifyInput) -> Classification:
        text = visible_text(item)
        head = f"{item.subject}\n{text[:600]}"
        # The whole reply and its sentences in one prediction: a reply read alone is vectorised once, not once for
        # the whole and again for its sentences (the rows are those of separate calls; see read_ahead).
        segments = segment_texts(item) if self.segment_min <= 1.0 else []
        whole, *segment_rows = self._rows([model_text(item), *segments])
        probs = self._intents(whole)
        whole_probs = dict(probs)  # the whole reply's reading, before its sentences raise it (rereading weighs how sure it is)

        if item.is_bounce or (cue_found("bounce", item.subject or "") and cue_found("bounce", text)):
            return self._result(item, Intent.bounce, [], 0.99, "rules:dsn", "delivery status notification", probs)
        if item.is_auto_reply and says_the_person_is_gone(text):
            # "This mailbox is no longer monitored, X has left": who we chase changes, even when a machine says it (LABELING)
            return self._result(item, Intent.wrong_contact, [], 0.9, "rules:auto-reply-gone",
                                "automatic reply: the contact has gone or the mailbox is no longer read", probs)
        if item.is_auto_reply and (cue_found("ooo", head) or OFFICE_CLOSED.search(head) or someone_is_away(text)
                                   or max(probs, key=probs.get) is Intent.out_of_office):
            return self._result(item, Intent.out_of_office, _answered_beside_an_absence(item, text), 0.97, "rules:auto-reply",
                                "auto-reply announcing an absence", probs)

        notice = notice_kind(text)
        # a fraud check stays one even when it says "we won't pay until you confirm"; other notices yield to business words, and a
        # paperwork request to a payment it promises ("send the signed W-9 by Wednesday and we release payment Friday")
        guards = ("paid",) if notice == "authenticity" else ("paid", "promise", "plan")
        if notice and not any(cue_found(c, text) for c in guards) and (notice != "paperwork" or not promises_a_payment(text)) \
                and (notice != "legal" or find_dispute_reason(text) is None and probs[Intent.dispute] < self.primary_min):
            # an insolvency notice, "is this reminder genuine?" or "write to our lawyer from now on" is for a person, whatever
            # else it resembles (a lawyer's letter that also contests the bill, "… the boards were wet", is a dispute)
            why = {"insolvency": "insolvency or administration notice", "authenticity": "asks whether our reminder is genuine",
                   "legal": "asks that we write to its lawyer",
                   "paperwork": "asks for tax forms or supplier paperwork"}[notice]
            return self._result(item, Intent.other, [], 0.9, f"rules:{notice}", why, probs)
        if not item.is_auto_reply and only_an_acknowledgement(reply_body(item)):
            # "ok", "👍", "Beleza.": nothing promised, claimed or asked (LABELING: other, nothing to answer)
            return self._result(item, Intent.other, [], 0.9, "rules:acknowledgement", "a reply that only acknowledges", probs)
        if cue_found("ack", head) and not any(cue_found(c, text) for c in ("paid", "promise", "dispute", "plan")):
            return self._result(item, Intent.other, [], 0.9, "rules:auto-acknowledgement",
                                "ticket-system acknowledgement", probs)
        ranked = sorted(probs.items(), key=lambda kv: kv[1], reverse=True)
        top, top_p = ranked[0]
        # Every intent its detector is sure enough of is said in the reply; precedence picks the primary.
        candidates = [i for i, p in probs.items() if p >= self.primary_min and i is not Intent.other]
        # A clear phrase for an intent (e.g. "never received the goods") makes it a candidate even when the
        # detector, trained on other wordings, is only moderately sure.
        for cue, intent in CUE_INTENT.items():
            if intent not in candidates and probs[intent] >= self.cue_min and cue_found(cue, text):
                candidates.append(intent)
        if segments:
            for seg_probs in segment_rows:
                for intent in CUE_INTENT.values():
                    p = float(seg_probs[self.classes.index(intent.value)])
                    if intent not in candidates and p >= self.segment_min:
                        candidates.append(intent)
                        probs[intent] = max(probs[intent], p)
        body = reply_body(item)
        if Intent.dispute not in candidates and probs[Intent.dispute] >= self.cue_min and SHORT_DELIVERY.search(body):
            candidates.append(Intent.dispute)  # "INV-1 is still short 8 boards, but we'll pay INV-2 Friday"
        if Intent.dispute not in candidates and (LEGAL_DISPUTE.search(body) or REFUSES_OR_NOT_DUE.search(body)):
            candidates.append(Intent.dispute)  # "die Forderung wird bestritten", "we do not accept liability"
        if not candidates:
            candidates = [top]
        primary = min(candidates, key=INTENT_PRECEDENCE.index)
        candidates, primary = reread(item, text, body, candidates, primary, probs, primary_min=self.primary_min, cue_min=self.cue_min, notice=notice,
                                     whole=whole_probs)
        secondary = [i for i in candidates if i is not primary and i not in (Intent.bounce, Intent.out_of_office)]
        secondary.sort(key=INTENT_PRECEDENCE.index)
        confidence = probs[primary]
        rationale = ", ".join(f"{i.value} {p:.2f}" for i, p in ranked[:3])
        return self._result(item, primary, secondary, confidence, self.name, rationale, probs)

    @staticmethod
    def _still_to_come(item: ClassifyInput, promised: Any) -> bool:
        from agent.extract import sent_datetime

        sent = sent_datetime(item)
        return sent is None or promised >= sent.date()

    def _result(self, item: ClassifyInput, intent: Intent, secondary: list[Intent], confidence: float,
                decided_by: str, rationale: str, probs: dict[Intent, float]) -> Classification:
        facts = extract_facts(item, intent, secondary)
        if (intent is Intent.promise_to_pay and decided_by == self.name and DATED_PROMISE_FLOOR <= confidence < DATED_PROMISE_CONFIDENCE
                and facts.promise_date is not None and not facts.promise_conditional and self._still_to_come(item, facts.promise_date)):
            confidence = DATED_PROMISE_CONFIDENCE
            rationale = f"{rationale}; dated commitment found ({facts.promise_date})"
        return Classification(intent=intent, secondary_intents=secondary, confidence=round(min(max(confidence, 0.0), 1.0), 4),
                              facts=facts, decided_by=decided_by, rationale=rationale)
