"""``ccqa.detect.clarifying_question.v1``: the agent asks a question about the customer's need.

Speech-to-text has no question marks and run-on sentences, so a question is any of:

* a sentence that ends in "?" (chat, email);
* a ``questions`` cue anywhere in an agent turn: an inverted auxiliary ("have you", "is it", "can you
  tell me") or a checking phrase ("just to check", "do you mean");
* a ``question_openers`` cue ("what", "which", "how long") that opens a sentence, after any filler,
  discourse or conjunction word ("okay and when did …").

A question is not clarifying when a ``not_clarifying`` cue (security questions, "how can I help",
"anything else", "which would you prefer") or a redacted identifier falls within ``scope_words`` words
of it (a "?" sentence: anywhere in the sentence). Agent turns before the customer first speaks (the
opening offer of help) are not searched.
"""

from __future__ import annotations

from pydantic import Field

from ...language.nlp import DISCOURSE, FILLERS
from ..context import ScoreContext
from ..cues import Hit, placeholders
from .base import Cues, Detector, Outcome, Params, register

#: Words that may come before a question opener at the start of a spoken sentence.
LEAD = DISCOURSE | FILLERS | {"and", "but", "or", "just", "oh", "great", "lovely", "thanks", "thank", "you", "perfect",
                              "sure", "yeah", "yes", "no", "cool", "brilliant", "fine", "got", "it", "i", "see"}


class ClarifyingParams(Params):
    questions: Cues = Field(min_length=1, description="Question cues anywhere in a turn (have you, is it, just to check …).")
    question_openers: Cues = Field((), description="Cues that ask only when they open a sentence (what, which, how long …).")
    not_clarifying: Cues = Field((), description="Questions that do not count: security, 'how can I help', 'anything else'.")
    scope_words: int = Field(8, ge=1, description="Words after a question's start searched for not_clarifying cues.")
    skip_first_agent_turn: bool = Field(False, description="Also ignore the first agent turn after the customer speaks.")
    identifier_types: tuple[str, ...] = Field(
        ("CREDIT_CARD", "CARD_CVV", "CARD_EXPIRY", "UK_BANK_ACCOUNT", "UK_SORT_CODE", "IBAN_CODE", "DATE_OF_BIRTH",
         "UK_POSTCODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "UK_NINO"),
        description="A question holding one of these redacted identifiers collects data; it does not clarify.")


@register
class ClarifyingQuestion(Detector):
    name = "ccqa.detect.clarifying_question.v1"
    Params = ClarifyingParams

    def load(self, nlp) -> "ClarifyingQuestion":
        p = self.params
        self.ask_ = self.cues(p.questions).load(nlp)
        self.open_ = self.cues(p.question_openers).load(nlp)
        self.other_ = self.cues(p.not_clarifying).load(nlp)
        return self

    @staticmethod
    def _opens_sentence(doc, i: int) -> bool:
        j = i - 1
        sent_start = doc[i].sent.start
        while j >= sent_start and (doc[j].lower_ in LEAD or doc[j].is_punct):
            if doc[j].is_punct and doc[j].text in ".?!":
                return True
            j -= 1
        return j < sent_start

    def _questions(self, turn) -> list[Hit]:
        doc = turn.doc
        found = list(self.ask_.find(turn))
        found += [h for h in self.open_.find(turn) if self._opens_sentence(doc, h.tok_start)]
        for sent in doc.sents:
            if sent.text.rstrip().endswith("?"):
                found.append(Hit(turn.index, sent.start_char, sent.end_char, sent.start, sent.end, "?"))
        excluded = self.other_.find(turn)
        for s, e, kind in placeholders(turn.text):
            span = doc.char_span(s, e, alignment_mode="expand")
            if kind in self.params.identifier_types and span is not None:
                excluded.append(Hit(turn.index, s, e, span.start, span.end, kind))
        scope = self.params.scope_words
        out = []
        for hit in sorted(found, key=lambda h: (h.tok_start, h.tok_end)):
            sent = doc[hit.tok_start].sent
            end = sent.end if hit.cue == "?" else min(sent.end, hit.tok_end + scope)
            start = sent.start if hit.cue == "?" else max(sent.start, hit.tok_start - scope)
            if any(start <= x.tok_start < end or x.tok_start <= hit.tok_start < x.tok_end for x in excluded):
                continue
            out.append(hit)
        return out

    def detect(self, ctx: ScoreContext) -> Outcome:
        first_customer = next((t.index for t in ctx.turns if t.speaker == "customer"), len(ctx.turns))
        agent = [t for t in ctx.by("agent") if t.index > first_customer]  # the opening offer is not clarification
        if self.params.skip_first_agent_turn:
            agent = agent[1:]
        for turn in agent:
            found = self._questions(turn)
            if found:
                return Outcome("pass", f"The agent asked a clarifying question about the need (turn {turn.index}).",
                               ctx.evidence(found, 1))
        return Outcome("fail", "The agent did not ask any question to clarify what the customer needed.")
