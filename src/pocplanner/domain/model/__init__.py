"""The plan model, by concept: plain Python, no Qt, no SQL (docs/architecture.md).

    plan.py           the plan, its period and context; the kinds of item (ITEM_KINDS)
    items.py          threats, responses, activities, engagement assessments
    early_warning.py  the early-warning matrix and contingency scenarios
    transition.py     drawdown sites and the handover register
    due_diligence.py  the human rights due diligence register
    follow_up.py      the alert log and the task force's reviews
    codec.py          the one rule by which items are written to the exchange file
"""
from pocplanner.domain.model.codec import compact
from pocplanner.domain.model.due_diligence import (
                                                   ASSESSMENT_STATUSES,
                                                   FORCE_KINDS,
                                                   RISKS,
                                                   Assessment,
)
from pocplanner.domain.model.early_warning import (
                                                   CURRENT_LEVELS,
                                                   EW_SOURCES,
                                                   LEVELS,
                                                   SCENARIO_KINDS,
                                                   Adjustment,
                                                   Indicator,
                                                   Level,
                                                   Scenario,
)
from pocplanner.domain.model.follow_up import Alert, Review, ThreatChange
from pocplanner.domain.model.items import (
                                                   ACTIVITY_FLAGS,
                                                   ACTIVITY_STATUSES,
                                                   PRESENCE_KINDS,
                                                   Activity,
                                                   Engagement,
                                                   EngagementRisk,
                                                   Mitigation,
                                                   Response,
                                                   Threat,
)
from pocplanner.domain.model.plan import (
                                                   ITEM_KINDS,
                                                   LISTS,
                                                   Context,
                                                   ItemKind,
                                                   Period,
                                                   Plan,
                                                   id_of,
                                                   kind_of,
                                                   safe_plan_id,
)
from pocplanner.domain.model.transition import (
                                                   HANDOVER_STATUSES,
                                                   SECURITY_SITE_KINDS,
                                                   SITE_KINDS,
                                                   SUCCESSORS,
                                                   Handover,
                                                   Site,
                                                   Transition,
)

__all__ = [
    "ACTIVITY_FLAGS", "ACTIVITY_STATUSES", "ASSESSMENT_STATUSES", "CURRENT_LEVELS",
    "EW_SOURCES", "FORCE_KINDS", "HANDOVER_STATUSES", "ITEM_KINDS", "LEVELS", "LISTS",
    "PRESENCE_KINDS", "RISKS", "SCENARIO_KINDS", "SECURITY_SITE_KINDS", "SITE_KINDS",
    "SUCCESSORS", "Activity", "Adjustment", "Alert", "Assessment", "Context", "Engagement",
    "EngagementRisk", "Handover", "Indicator", "ItemKind", "Level", "Mitigation", "Period",
    "Plan", "Response", "Review", "Scenario", "Site", "Threat", "ThreatChange", "Transition",
    "compact", "id_of", "kind_of", "safe_plan_id"]
