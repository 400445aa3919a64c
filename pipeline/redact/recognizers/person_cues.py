"""Person names in speech-to-text and chat: lower case, no punctuation, so NER alone misses them."""

from __future__ import annotations

import re

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult


class PersonCueRecognizer(EntityRecognizer):
    """Names after cue phrases ("my name is", "speaking to", "mrs") and from a first-name gazetteer.

    - strong cues (``STRONG_CUES``): the next 1-3 word tokens that are not stop words or common words;
    - weak cues (``WEAK_CUES``, e.g. "this is", "thanks"): only gazetteer names or capitalised words;
    - anywhere: an unambiguous gazetteer first name, extended by a following surname.
    """

    ENTITY = "PERSON"
    STRONG_CUES = ["my name is", "my name's", "name is", "name's", "full name is", "surname is", "first name is",
                   "last name is", "mr", "mrs", "ms", "miss", "mister", "dr", "dear", "spelt"]
    WEAK_CUES = ["this is", "i'm", "i am", "it's", "its", "speaking to", "speak to", "talking to", "spoke to",
                 "spoke with", "through to", "speaking with", "ask for", "called", "thanks", "thank you",
                 "cheers", "hi", "hello", "hiya", "morning", "afternoon", "regards", "sincerely", "wishes",
                 "husband", "wife", "partner", "son", "daughter", "mum", "dad", "mother", "father", "named"]

    POST_CUES = ["speaking", "here"]
    NAME_QUESTIONS = [r"\b(?:your|the|full|account holder'?s?|card ?holder'?s?)\s+(?:full\s+)?name\b",
                      r"\bwho am i (?:speaking|talking) (?:to|with)\b", r"\bwho'?s calling\b",
                      r"\bname (?:on|for) the (?:account|card|policy|booking)\b", r"\bspell (?:that|your|it)\b",
                      r"\bwhat(?:'s| is) (?:your|the) (?:sur|first |last )?name\b"]

    def __init__(self, first_names=(), surnames=(), ambiguous=(), not_names=(), strong_cues=None, weak_cues=None,
                 post_cues=None, name_questions=None, cue_score: float = 0.8, gazetteer_score: float = 0.65,
                 supported_language: str = "en", name: str | None = None, **_: object):
        self.first_names = frozenset(n.lower() for n in first_names)
        self.surnames = frozenset(n.lower() for n in surnames)
        self.ambiguous = frozenset(n.lower() for n in ambiguous)
        self.not_names = frozenset(n.lower() for n in not_names)
        self.strong = [tuple(c.split()) for c in (strong_cues or self.STRONG_CUES)]
        self.weak = [tuple(c.split()) for c in (weak_cues or self.WEAK_CUES)]
        self.post = frozenset(post_cues or self.POST_CUES)
        self.questions = [re.compile(q, re.IGNORECASE) for q in (name_questions or self.NAME_QUESTIONS)]
        self.cue_score, self.gazetteer_score = cue_score, gazetteer_score
        super().__init__(supported_entities=[self.ENTITY], name=name, supported_language=supported_language)

    def load(self) -> None:
        pass

    # -- helpers -----------------------------------------------------------------------------------
    def _known(self, word: str) -> bool:
        return word in self.first_names or word in self.surnames or word in self.ambiguous

    def _plausible(self, tok, strong: bool) -> bool:
        word = tok.lower_
        if not tok.is_alpha and not ("'" in tok.text and tok.text.replace("'", "").isalpha()):
            return False
        if word in self.not_names:
            return False
        if self._known(word):
            return True
        if tok.is_stop or len(word) < 2:
            return False
        if strong:
            return tok.pos_ in ("PROPN", "NOUN", "ADJ", "X") or tok.text[:1].isupper()
        return tok.text[:1].isupper() and not tok.is_sent_start

    def _cue_at(self, words: list[str], i: int) -> tuple[int, bool] | None:
        """If a cue ends at token i-1, return (cue length, strong)."""
        for cues, strong in ((self.strong, True), (self.weak, False)):
            for cue in cues:
                n = len(cue)
                if i >= n and tuple(words[i - n:i]) == cue:
                    return n, strong
        return None

    def _result(self, text: str, start: int, end: int, score: float, why: str) -> RecognizerResult:
        explanation = AnalysisExplanation(recognizer=self.name, original_score=score, pattern_name=why,
                                          textual_explanation=why)
        return RecognizerResult(self.ENTITY, start, end, score, explanation,
                                {RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                 RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})

    # -- answers to "can I take your full name?" ---------------------------------------------------
    def asks_for_name(self, text: str) -> bool:
        return any(q.search(text) for q in self.questions)

    def analyze_answer(self, text: str, nlp_artifacts) -> list[RecognizerResult]:
        """The turn answers a name question: the first run of plausible words (within 8 tokens) is a name."""
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        doc = nlp_artifacts.tokens
        for i, tok in enumerate(doc[:8]):
            if self._plausible(tok, strong=True):
                end = i
                while end < len(doc) and end - i < 3 and self._plausible(doc[end], strong=True):
                    end += 1
                return [self._result(text, doc[i].idx, doc[end - 1].idx + len(doc[end - 1]), self.cue_score,
                                     "answer to a name question in the previous turn")]
        return []

    # -- analysis ----------------------------------------------------------------------------------
    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        doc = nlp_artifacts.tokens
        words = [t.lower_ for t in doc]
        results: list[RecognizerResult] = []
        taken = set()
        i = 0
        while i < len(doc):
            cue = self._cue_at(words, i)
            span_end = i
            if cue is not None:
                strong = cue[1]
                while span_end < len(doc) and span_end - i < 3 and self._plausible(doc[span_end], strong):
                    span_end += 1
                    if not strong and span_end - i >= 1 and not self._known(words[span_end - 1]) \
                            and not doc[span_end - 1].text[:1].isupper():
                        span_end -= 1
                        break
                if span_end > i:
                    results.append(self._result(text, doc[i].idx, doc[span_end - 1].idx + len(doc[span_end - 1]),
                                                self.cue_score, f"name after cue '{' '.join(words[i - cue[0]:i])}'"))
                    taken.update(range(i, span_end))
                    i = span_end
                    continue
            word = words[i]
            if word in self.post and i > 0 and (i - 1) not in taken:
                start = i
                while start > 0 and i - start < 2 and self._plausible(doc[start - 1], strong=True) \
                        and (start - 1) not in taken:
                    start -= 1
                before = words[start - 1] if start > 0 else ""
                if start < i and (start == 0 or not doc[start - 1].is_alpha or self._cue_at(words, start)
                                  or before in ("hi", "hello", "yes", "yeah", "it's", "its", "this")):
                    results.append(self._result(text, doc[start].idx, doc[i - 1].idx + len(doc[i - 1]),
                                                self.cue_score, f"name before '{word}'"))
                    taken.update(range(start, i))
            if i not in taken and word in self.first_names and word not in self.ambiguous:
                end = i + 1
                while end < len(doc) and end - i < 3 and (words[end] in self.surnames or (
                        doc[end].text[:1].isupper() and doc[end].is_alpha and not doc[end].is_stop)):
                    end += 1
                results.append(self._result(text, doc[i].idx, doc[end - 1].idx + len(doc[end - 1]),
                                            self.gazetteer_score, "gazetteer first name"))
                i = end
                continue
            i += 1
        return results
