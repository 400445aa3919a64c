from ._base import UkPatternRecognizer

SUFFIXES = (r"street|st|road|rd|avenue|ave|lane|ln|close|cl|drive|dr|way|crescent|cres|court|ct|place|pl|"
            r"gardens|gdns|grove|gr|terrace|tce|hill|park|square|sq|mews|row|walk|parade|green|view|rise|vale|"
            r"meadows?|boulevard|wharf|yard|gate|end|fields?|croft|chase|hollow|wood|side|bank|brow|passage|"
            r"quay|circus|embankment|highway|broadway|approach|cottages|villas|heights")


class StreetAddressRecognizer(UkPatternRecognizer):
    """House or flat number + up to four words + a street suffix ("flat 3, 45 church road")."""

    ENTITY = "STREET_ADDRESS"
    PATTERNS = [
        ("number + street",
         rf"\b(?:(?:flat|apartment|apt|unit)\s+\d+[a-z]?,?\s+)?\d{{1,4}}[a-z]?,?\s+"
         rf"(?:[a-z][a-z'’.-]*\s+){{0,3}}?(?:{SUFFIXES})\b", 0.6),
        ("flat + building",
         r"\b(?:flat|apartment|apt)\s+\d+[a-z]?,?\s+(?:[a-z][a-z'’-]*\s+){1,3}(?:house|court|lodge|tower|"
         r"building|mansions|point|heights)\b", 0.6),
        ("house name + street",
         rf"\b(?!(?:to|at|in|on|the|and|of|is|it|from|for|my|our|your|send|a|an|we|i)\b)"
         rf"(?:[a-z][a-z'’-]*,?\s+){{1,4}}?(?:{SUFFIXES})\b", 0.25),
    ]
    CONTEXT = ["address", "live", "living", "moved", "move", "property", "deliver", "delivery", "send", "post"]
