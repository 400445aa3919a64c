"""Recognizers by registered, versioned name, built from ``configs/presidio/recognizers.yaml``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from presidio_analyzer import EntityRecognizer
from presidio_analyzer.predefined_recognizers import (CreditCardRecognizer, EmailRecognizer, IbanRecognizer,
                                                      IpRecognizer, NhsRecognizer, SpacyRecognizer)
from pydantic import BaseModel, ConfigDict, Field

from ..config import load_model, read_yaml
from ..errors import ConfigError
from .recognizers.card_cvv import CardCvvRecognizer
from .recognizers.card_expiry import CardExpiryRecognizer
from .recognizers.card_number import CardNumberRecognizer
from .recognizers.date_of_birth import DateOfBirthRecognizer
from .recognizers.digit_fragment import DigitFragmentRecognizer
from .recognizers.iban import CaseInsensitiveIbanRecognizer
from .recognizers.spacy_person import SpacyPersonRecognizer
from .recognizers.spelled_name import SpelledNameRecognizer
from .recognizers.person_cues import PersonCueRecognizer
from .recognizers.phone import UkPhoneRecognizer
from .recognizers.spoken_email import SpokenEmailRecognizer
from .recognizers.street_address import StreetAddressRecognizer
from .recognizers.uk_bank_account import UkBankAccountRecognizer
from .recognizers.uk_nino import UkNinoRecognizer
from .recognizers.uk_postcode import UkPostcodeRecognizer
from .recognizers.uk_sort_code import UkSortCodeRecognizer
from .views import SpokenFormRecognizer

#: Registered names. A change of behaviour gets a new version suffix.
REGISTRY: dict[str, Callable[..., EntityRecognizer]] = {
    "presidio.SpacyRecognizer": SpacyRecognizer,
    "presidio.EmailRecognizer": EmailRecognizer,
    "presidio.IpRecognizer": IpRecognizer,
    "presidio.IbanRecognizer": IbanRecognizer,
    "presidio.CreditCardRecognizer": CreditCardRecognizer,
    "presidio.NhsRecognizer": NhsRecognizer,
    "ccqa.SpacyPersonRecognizer.v1": SpacyPersonRecognizer,
    "ccqa.PersonCueRecognizer.v1": PersonCueRecognizer,
    "ccqa.SpelledNameRecognizer.v1": SpelledNameRecognizer,
    "ccqa.IbanRecognizer.v1": CaseInsensitiveIbanRecognizer,
    "ccqa.DigitFragmentRecognizer.v1": DigitFragmentRecognizer,
    "ccqa.CardNumberRecognizer.v1": CardNumberRecognizer,
    "ccqa.SpokenEmailRecognizer.v1": SpokenEmailRecognizer,
    "ccqa.UkPhoneRecognizer.v1": UkPhoneRecognizer,
    "ccqa.UkSortCodeRecognizer.v1": UkSortCodeRecognizer,
    "ccqa.UkBankAccountRecognizer.v1": UkBankAccountRecognizer,
    "ccqa.CardCvvRecognizer.v1": CardCvvRecognizer,
    "ccqa.CardExpiryRecognizer.v1": CardExpiryRecognizer,
    "ccqa.UkNinoRecognizer.v1": UkNinoRecognizer,
    "ccqa.UkPostcodeRecognizer.v1": UkPostcodeRecognizer,
    "ccqa.DateOfBirthRecognizer.v1": DateOfBirthRecognizer,
    "ccqa.StreetAddressRecognizer.v1": StreetAddressRecognizer,
}

View = Literal["original", "digits", "alnum"]


class RecognizerSpec(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    enabled: bool = True
    views: tuple[View, ...] = ("original",)
    context: tuple[str, ...] | None = Field(None, description="Replaces the recognizer's own context words.")
    params: dict[str, Any] = Field(default_factory=dict)
    params_file: str | None = Field(None, description="YAML file (beside this one) merged into params.")


class ContextSpec(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    prefix_words: int = Field(6, ge=0)
    suffix_words: int = Field(0, ge=0)
    boost: float = Field(0.35, ge=0, le=1)
    previous_turn: bool = Field(True, description="Words of the previous turn count as context.")
    short_turn_words: int = Field(8, ge=1, description="Turns shorter than this also pass on the context "
                                                       "of the turn before them.")


class RecognizersFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    score_threshold: float = Field(0.5, ge=0, le=1)
    context: ContextSpec = ContextSpec()
    repeated_values: bool = Field(True, description="A value found in one turn is redacted in every turn.")
    recognizers: tuple[RecognizerSpec, ...] = Field(min_length=1)


def load_recognizers(path: Path) -> tuple[RecognizersFile, list[EntityRecognizer]]:
    """Validate the YAML and build every enabled recognizer (and its spoken-form views)."""
    spec = load_model(path, RecognizersFile)
    built: list[EntityRecognizer] = []
    for index, item in enumerate(spec.recognizers):
        if item.name not in REGISTRY:
            raise ConfigError(str(path), f"recognizers.{index}.name", f"unknown recognizer '{item.name}'",
                              sorted(REGISTRY))
        if not item.enabled:
            continue
        params = dict(item.params)
        if item.params_file:
            extra = read_yaml(path.parent / item.params_file)
            if not isinstance(extra, dict):
                raise ConfigError(str(path.parent / item.params_file), "<root>", "expected a mapping of params")
            params = {**extra, **params}
        if item.context is not None:
            params["context"] = list(item.context)
        try:
            recognizer = REGISTRY[item.name](**params)
        except TypeError as err:
            raise ConfigError(str(path), f"recognizers.{index}.params", f"{item.name} rejected them: {err}") from err
        for view in item.views:
            built.append(recognizer if view == "original" else SpokenFormRecognizer(recognizer, view))
    return spec, built
