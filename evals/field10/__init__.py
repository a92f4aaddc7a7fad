"""field10: a tenth hand-written split, written for training, weighted on the borders the reader confuses most
(paid against promised, resend against PO change, plan and dispute, questions against commitments)."""
