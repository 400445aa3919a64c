import re

from presidio_analyzer.predefined_recognizers import UkPostcodeRecognizer as PresidioUkPostcode

# The 121 postcode areas in use (letters before the first digit); "KX12 4TR" is a product code.
AREAS = frozenset(
    "AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC "
    "EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME "
    "MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA "
    "TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE".split())


class UkPostcodeRecognizer(PresidioUkPostcode):
    """Presidio's UK postcode pattern, any case, with/without the space, checked against real areas."""

    def __init__(self, context=None, **kwargs):
        super().__init__(context=context, **kwargs)
        for pattern in self.patterns:
            pattern.score = 0.6
            pattern.compiled_regex = None

    def validate_result(self, pattern_text: str) -> bool:
        area = re.match(r"[A-Za-z]+", pattern_text.strip())
        return bool(area) and area.group(0).upper() in AREAS
