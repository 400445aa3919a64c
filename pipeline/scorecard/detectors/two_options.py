"""``ccqa.model.two_options.v1``: answered from the language stage's two-options result.

Pass when the agent set out two or more alternatives *and* explained their relative merits
(``record.two_options.present and .merits_explained``). N/A when the language stage did not run.
"""

from __future__ import annotations

from ..context import ScoreContext
from .base import Detector, Outcome, Params, register


class TwoOptionsParams(Params):
    pass


@register
class TwoOptionsFromModel(Detector):
    name = "ccqa.model.two_options.v1"
    Params = TwoOptionsParams
    decided_by = "model:two_options"

    def detect(self, ctx: ScoreContext) -> Outcome:
        opts = ctx.record.two_options
        if opts is None:
            return Outcome("na", "The two-options result is missing (language stage not run).",
                           decided_by=self.decided_by)
        who = f"model:two_options ({opts.decided_by})" if opts.decided_by else self.decided_by
        if opts.present and opts.merits_explained:
            return Outcome("pass", "The agent set out at least two options and explained their relative merits.",
                           opts.evidence, who)
        if opts.present:
            return Outcome("fail", "The agent gave options but did not explain their relative merits.",
                           opts.evidence, who)
        return Outcome("fail", "The matter called for a choice but the agent did not set out two or more options.",
                       opts.evidence, who)
