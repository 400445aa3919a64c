"""Person names in speech-to-text and chat: lower case, no punctuation, so NER alone misses them."""

from __future__ import annotations

import re

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

_CLITIC = re.compile(r"(\w)('s|'m|'re|'ve|'ll|'d|n't)\b")


def cue_tokens(cue: str) -> tuple[str, ...]:
    """Split a cue the way spaCy tokenizes it: "my name's" → ("my", "name", "'s")."""
    return tuple(_CLITIC.sub(r"\1 \2", cue.lower().replace("’", "'")).split())


class PersonCueRecognizer(EntityRecognizer):
    """Names after cue phrases ("my name is", "speaking to", "mrs"), before "speaking", in answers to
    "can I take your full name?", and from a first-name gazetteer.

    - strong cues (``STRONG_CUES``): the next 1-3 plausible words (not stop words or common words);
    - weak cues (``WEAK_CUES``, e.g. "this is", "thanks"): a gazetteer name or a capitalised word first;
    - anywhere: an unambiguous gazetteer first name.
    A name found is extended over following plausible words (surnames are too varied to list).
    """

    ENTITY = "PERSON"
    STRONG_CUES = ["my name is", "my name's", "my names", "name is", "name's", "full name is", "surname is",
                   "first name is", "last name is", "mr", "mrs", "ms", "miss", "mister", "dr", "dear", "spelt",
                   "called me", "named"]
    WEAK_CUES = ["this is", "i'm", "im", "i am", "it's", "its", "speaking to", "speak to", "talking to",
                 "spoke to", "spoke with", "through to", "speaking with", "ask for", "called", "thanks", "thank you",
                 "cheers", "hi", "hello", "hiya", "morning", "afternoon", "regards", "sincerely", "wishes",
                 "husband", "wife", "partner", "son", "daughter", "mum", "dad", "mother", "father", "name",
                 "faithfully"]
    POST_CUES = ["speaking", "here"]
    FILLERS = ["um", "erm", "uh", "er", "like", "you know", "so", "yeah"]
    NAME_QUESTIONS = [r"\b(?:your|the|full|account holder'?s?|card ?holder'?s?)\s+(?:full\s+)?name\b",
                      r"\bwho am i (?:speaking|talking) (?:to|with)\b", r"\bwho'?s calling\b",
                      r"\bwho (?:have|do) i (?:got|have)\b", r"\bwhose name\b",
                      r"\bname (?:on|for) the (?:account|card|policy|booking)\b", r"\bspell (?:that|your|it)\b",
                      r"\bwhat(?:'s| is) (?:your|the|their|his|her) (?:sur|first |last |full )?name\b"]

    def __init__(self, first_names=(), surnames=(), ambiguous=(), not_names=(), strong_cues=None, weak_cues=None,
                 post_cues=None, name_questions=None, cue_score: float = 0.8, gazetteer_score: float = 0.65,
                 supported_language: str = "en", name: str | None = None, labels=(), org_words=(), places=(),
                 **_: object):
        self.first_names = frozenset(n.lower() for n in first_names)
        self.surnames = frozenset(n.lower() for n in surnames)
        self.ambiguous = frozenset(n.lower() for n in ambiguous)
        self.not_names = frozenset(n.lower() for n in (*not_names, *labels, *org_words, *places))
        self.org_words = frozenset(n.lower() for n in org_words)
        self.cues: dict[str, list[tuple[tuple[str, ...], bool]]] = {}  # last word → (cue, strong), longest first
        for cues, strong in ((strong_cues or self.STRONG_CUES, True), (weak_cues or self.WEAK_CUES, False)):
            for cue in {cue_tokens(c) for c in cues}:
                self.cues.setdefault(cue[-1], []).append((cue, strong))
        for options in self.cues.values():
            options.sort(key=lambda item: (not item[1], -len(item[0])))
        self.post = frozenset(post_cues or self.POST_CUES)
        self.fillers = frozenset(self.FILLERS)
        self.questions = [re.compile(q, re.IGNORECASE) for q in (name_questions or self.NAME_QUESTIONS)]
        self.cue_score, self.gazetteer_score = cue_score, gazetteer_score
        super().__init__(supported_entities=[self.ENTITY], name=name, supported_language=supported_language)

    def load(self) -> None:
        pass

    # -- helpers -----------------------------------------------------------------------------------
    def _known(self, word: str) -> bool:
        return word in self.first_names or word in self.surnames or word in self.ambiguous

    def _plausible(self, tok, strong: bool) -> bool:
        word = tok.lower_.replace("’", "'")
        if not (tok.is_alpha or re.fullmatch(r"[a-zà-ÿ]+(?:['-][a-zà-ÿ]+)+", word)) or tok.like_num:
            return False  # "twelfth of january" answers the date-of-birth half of the question
        if word in self.not_names and not self._known(word):
            return False
        if self._known(word):
            return True
        if tok.is_stop or len(word) < 2 or word in self.fillers:
            return False
        if strong:
            return tok.pos_ in ("PROPN", "NOUN", "ADJ", "X", "INTJ") or tok.text[:1].isupper()
        return tok.text[:1].isupper() and not tok.is_sent_start

    def _extend(self, toks, end: int, limit: int = 3, start: int | None = None) -> int:
        """Grow a name over following plausible words (surname, double-barrelled, "ni riain")."""
        first = start if start is not None else end - 1
        while end < len(toks) and end - first < limit and self._plausible(toks[end], strong=True) \
                and toks[end].pos_ != "VERB":
            end += 1
        return end

    def _cue_at(self, words: list[str], i: int) -> tuple[int, bool] | None:
        """If a cue ends just before token i, return (cue length, strong)."""
        if i == 0:
            return None
        for cue, strong in self.cues.get(words[i - 1], ()):
            n = len(cue)
            if i >= n and tuple(words[i - n:i]) == cue:
                return n, strong
        return None

    def _result(self, text: str, toks, start: int, end: int, score: float, why: str) -> RecognizerResult:
        s, e = toks[start].idx, toks[end - 1].idx + len(toks[end - 1])
        explanation = AnalysisExplanation(recognizer=self.name, original_score=score, pattern_name=why,
                                          textual_explanation=why)
        return RecognizerResult(self.ENTITY, s, e, score, explanation,
                                {RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                 RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})

    @staticmethod
    def _tokens(nlp_artifacts):
        return [t for t in nlp_artifacts.tokens if not (t.is_punct or t.is_space)]

    # -- answers to "can I take your full name?" ---------------------------------------------------
    def asks_for_name(self, text: str) -> bool:
        return any(q.search(text) for q in self.questions)

    def analyze_answer(self, text: str, nlp_artifacts) -> list[RecognizerResult]:
        """The turn answers a name question: the first run of plausible words (within 8 tokens) is a name."""
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        toks = self._tokens(nlp_artifacts)
        for i, tok in enumerate(toks[:8]):
            if self._plausible(tok, strong=True):
                end = self._extend(toks, i + 1, start=i)
                return [self._result(text, toks, i, end, self.cue_score,
                                     "answer to a name question in the previous turn")]
        return []

    # -- analysis ----------------------------------------------------------------------------------
    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        toks = self._tokens(nlp_artifacts)
        words = [t.lower_.replace("’", "'") for t in toks]
        results: list[RecognizerResult] = []
        taken: set[int] = set()
        i = 0
        while i < len(toks):
            cue = self._cue_at(words, i)
            if cue is not None:
                start = i
                while cue[1] and start < len(toks) and start - i < 2 and words[start] in self.fillers:
                    start += 1  # "the surname is um cartwright"
                if start < len(toks) and self._plausible(toks[start], cue[1]) and (
                        cue[1] or self._known(words[start]) or toks[start].text[:1].isupper()):
                    end = self._extend(toks, start + 1, start=start)
                    if end < len(toks) and words[end] in self.org_words and "\n" not in text[
                            toks[end - 1].idx:toks[end].idx]:  # "dear Riverside Surgery", not a signature
                        i = end
                        continue
                    results.append(self._result(text, toks, start, end, self.cue_score,
                                                f"name after cue '{' '.join(words[i - cue[0]:i])}'"))
                    taken.update(range(start, end))
                    i = end
                    continue
            word = words[i]
            if word in self.post and i > 0 and (i - 1) not in taken:
                start = i
                while start > 0 and i - start < 2 and self._plausible(toks[start - 1], strong=True) \
                        and (start - 1) not in taken:
                    start -= 1
                before = words[start - 1] if start > 0 else ""
                if start < i and (start == 0 or self._cue_at(words, start) or self._known(words[start])
                                  or before in ("hi", "hello", "yes", "yeah", "'s", "its", "this")):
                    results.append(self._result(text, toks, start, i, self.cue_score, f"name before '{word}'"))
                    taken.update(range(start, i))
            if i not in taken and word in self.first_names and word not in self.ambiguous:
                end = self._extend(toks, i + 1, start=i)
                results.append(self._result(text, toks, i, end, self.gazetteer_score, "gazetteer first name"))
                taken.update(range(i, end))
                i = end
                continue
            i += 1
        return results
