"""Phone numbers: UK national (01/02/03/07/08) and +44 forms, plus international numbers with a '+'."""

import phonenumbers
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult


class UkPhoneRecognizer(EntityRecognizer):
    """python-phonenumbers with region GB (Presidio's default list says "UK", which is not a region code)."""

    ENTITY = "PHONE_NUMBER"
    CONTEXT = ["phone", "number", "mobile", "call", "landline", "tel", "telephone", "contact", "ring"]
    REGIONS = ("GB", "US")
    SCORE = 0.7
    POSSIBLE_SCORE = 0.55  # possible but unallocated (e.g. Ofcom's drama ranges): still someone's number

    def __init__(self, regions: list[str] | None = None, context: list[str] | None = None,
                 supported_language: str = "en", name: str | None = None):
        self.regions = tuple(regions or self.REGIONS)
        super().__init__(supported_entities=[self.ENTITY], name=name, supported_language=supported_language,
                         context=list(context if context is not None else self.CONTEXT))

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        results: dict[tuple[int, int], RecognizerResult] = {}
        for region in self.regions:
            for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.POSSIBLE):
                key = (match.start, match.end)
                raw = match.raw_string.strip()
                digits = sum(ch.isdigit() for ch in raw)
                if key in results or digits < 10:
                    continue
                # a bare digit group is only a phone number when dialled as one: 0… (UK) or +…;
                # US numbers need their usual punctuation ("(202) 555-0143", "202-555-0143")
                if not (raw.lstrip("(")[:1] in ("0", "+") or (region == "US" and any(ch in raw for ch in "()-."))):
                    continue
                national = phonenumbers.is_valid_number(match.number)
                score = self.SCORE if national else self.POSSIBLE_SCORE
                explanation = AnalysisExplanation(
                    recognizer=self.name, original_score=score, pattern_name=f"phonenumbers {region}",
                    textual_explanation=f"{'valid' if national else 'possible'} number for region "
                                        f"{phonenumbers.region_code_for_number(match.number) or region}")
                results[key] = RecognizerResult(self.ENTITY, match.start, match.end, score, explanation,
                                                {RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                                 RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})
        return list(results.values())
