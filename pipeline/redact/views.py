"""Run any recognizer over a spoken-form view and map its results back to the original text."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult

from .spoken import spoken_view


class SpokenFormRecognizer(EntityRecognizer):
    """Adapter: ``inner`` sees the ``digits`` or ``alnum`` view; its spans come back in original offsets."""

    def __init__(self, inner: EntityRecognizer, mode: str = "digits"):
        self.inner = inner
        self.mode = mode
        super().__init__(supported_entities=list(inner.supported_entities), name=f"{inner.name}[{mode}]",
                         supported_language=inner.supported_language, context=list(inner.context))

    def load(self) -> None:  # the inner recognizer is already loaded
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        view = spoken_view(text, self.mode)
        if view is None:
            return []
        results = []
        for res in self.inner.analyze(view.text, entities, None):
            start, end = view.to_original(res.start, res.end)
            if (start, end) == (res.start, res.end) and view.text[res.start:res.end] == text[start:end]:
                continue  # unchanged by the view: the plain recognizer reports it
            res.start, res.end = start, end
            meta = dict(res.recognition_metadata or {})
            meta[RecognizerResult.RECOGNIZER_NAME_KEY] = self.name
            meta[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY] = self.id
            res.recognition_metadata = meta
            if res.analysis_explanation is not None:
                res.analysis_explanation.recognizer = self.name
                res.analysis_explanation.textual_explanation = (
                    f"matched in the {self.mode} spoken-form view"
                    + (f"; {res.analysis_explanation.textual_explanation}"
                       if res.analysis_explanation.textual_explanation else ""))
            results.append(res)
        return results
