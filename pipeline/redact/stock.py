"""Stock Presidio for comparison: default recognizers and NER mapping, same small spaCy model."""

from __future__ import annotations

from pathlib import Path

#: Stock entity types → the ccqa types a stock hit may stand for (used to credit stock Presidio fairly).
STOCK_TYPE_MAP: dict[str, frozenset[str]] = {
    "PERSON": frozenset({"PERSON"}),
    "EMAIL_ADDRESS": frozenset({"EMAIL_ADDRESS"}),
    "PHONE_NUMBER": frozenset({"PHONE_NUMBER"}),
    "CREDIT_CARD": frozenset({"CREDIT_CARD"}),
    "IBAN_CODE": frozenset({"IBAN_CODE"}),
    "IP_ADDRESS": frozenset({"IP_ADDRESS"}),
    "UK_NHS": frozenset({"UK_NHS"}),
    "UK_NINO": frozenset({"UK_NINO"}),
    "UK_POSTCODE": frozenset({"UK_POSTCODE"}),
    "LOCATION": frozenset({"STREET_ADDRESS", "UK_POSTCODE"}),
    "DATE_TIME": frozenset({"DATE_OF_BIRTH", "CARD_EXPIRY"}),
    "US_BANK_NUMBER": frozenset({"UK_BANK_ACCOUNT"}),
}


def stock_analyzer(nlp_file: Path):
    """``AnalyzerEngine`` as shipped (default registry, default NER mapping) on ccqa's spaCy model."""
    import yaml
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    ours = yaml.safe_load(Path(nlp_file).read_text(encoding="utf-8"))
    conf = {
        "nlp_engine_name": "spacy",
        "models": ours["models"],
        "ner_model_configuration": {
            "model_to_presidio_entity_mapping": {
                "PER": "PERSON", "PERSON": "PERSON", "NORP": "NRP", "FAC": "LOCATION", "LOC": "LOCATION",
                "GPE": "LOCATION", "LOCATION": "LOCATION", "ORG": "ORGANIZATION", "ORGANIZATION": "ORGANIZATION",
                "DATE": "DATE_TIME", "TIME": "DATE_TIME"},
            "low_confidence_score_multiplier": 0.4,
            "low_score_entity_names": [],
            "labels_to_ignore": ["ORGANIZATION", "CARDINAL", "EVENT", "LANGUAGE", "LAW", "MONEY", "ORDINAL",
                                 "PERCENT", "PRODUCT", "QUANTITY", "WORK_OF_ART"],
        },
    }
    nlp_engine = NlpEngineProvider(nlp_configuration=conf).create_engine()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp_engine)
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])


def stock_analyze(analyzer, texts: list[str], batch_size: int = 64) -> list[list]:
    """Stock results per text (one spaCy pass per batch, as ``BatchAnalyzerEngine`` does)."""
    out = []
    for text, artifacts in analyzer.nlp_engine.process_batch(texts, language="en", batch_size=batch_size):
        out.append(analyzer.analyze(text=text, language="en", nlp_artifacts=artifacts))
    return out
