"""``ccqa.rules.findings.v1``: answered from the language stage's rule findings.

The item fails when any of ``rule_ids`` failed, passes when at least one of them passed and none
failed, and is N/A when the findings are missing or every listed rule was N/A.
"""

from __future__ import annotations

from pydantic import Field

from ..context import ScoreContext
from .base import Detector, Outcome, Params, register


class FindingsParams(Params):
    rule_ids: tuple[str, ...] = Field(min_length=1, description="Language rule ids whose failure fails the item.")


@register
class LanguageFindings(Detector):
    name = "ccqa.rules.findings.v1"
    Params = FindingsParams

    def detect(self, ctx: ScoreContext) -> Outcome:
        findings = ctx.record.findings
        by = "rules:" + "+".join(self.params.rule_ids)
        if findings is None:
            return Outcome("na", "Language findings are missing (language stage not run).", decided_by=by)
        wanted = [f for f in findings if f.rule_id in self.params.rule_ids]
        failed = [f for f in wanted if f.result == "fail"]
        if failed:
            evidence = tuple(e for f in failed for e in f.evidence)[:4]
            names = ", ".join(f.rule_id for f in failed)
            why = failed[0].explanation.strip().rstrip(".")
            return Outcome("fail", f"Language rules failed ({names}): {why}.", evidence,
                           "rules:" + "+".join(f.rule_id for f in failed))
        if any(f.result == "pass" for f in wanted):
            return Outcome("pass", "The agent's language met every clarity rule checked.", decided_by=by)
        return Outcome("na", "None of the clarity rules applied to this interaction.", decided_by=by)
