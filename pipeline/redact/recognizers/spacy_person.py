import re

from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from .street_address import SUFFIXES

STREET_END = re.compile(rf"\b(?:{SUFFIXES})$", re.IGNORECASE)


class SpacyPersonRecognizer(SpacyRecognizer):
    """spaCy's PERSON entities, cleaned: the small model calls many capitalised things a person.

    A span is cut at the first line break (signature blocks) and dropped when it holds a digit, ends
    in a street suffix, or contains an organisation word, a place, a form label or a common word
    that is not a known name (lists in ``names.yaml``).
    """

    def __init__(self, first_names=(), surnames=(), ambiguous=(), not_names=(), org_words=(), places=(),
                 labels=(), supported_language: str = "en", name: str | None = None, **_: object):
        self.known = frozenset(n.lower() for n in (*first_names, *surnames, *ambiguous))
        self.blocked = frozenset(n.lower() for n in (*not_names, *org_words, *places, *labels))
        super().__init__(supported_language=supported_language, supported_entities=["PERSON"], name=name)

    def analyze(self, text, entities, nlp_artifacts=None):
        kept = []
        for res in super().analyze(text, entities, nlp_artifacts):
            span = text[res.start:res.end]
            if "\n" in span:
                span = span.split("\n", 1)[0].rstrip()
                res.end = res.start + len(span)
            words = re.findall(r"[A-Za-z'’]+", span)
            if not words or any(ch.isdigit() for ch in span) or STREET_END.search(span):
                continue
            lowered = [w.lower() for w in words]
            if any(w in self.blocked and w not in self.known for w in lowered):
                continue
            kept.append(res)
        return kept
