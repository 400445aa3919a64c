from presidio_analyzer.predefined_recognizers import IbanRecognizer


class CaseInsensitiveIbanRecognizer(IbanRecognizer):
    """Presidio's IBAN recognizer (mod-97 checked) on an upper-cased copy: dictated IBANs are lower case."""

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        return super().analyze(text.upper(), entities, nlp_artifacts, regex_flags)
