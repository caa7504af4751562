"""Empty words (DOMAIN §12.6, §12.11.13) and the checks that read them: SEQ-HARM, ENG-RESIDUAL."""
from __future__ import annotations

import pytest

from builders import activity, codes, engagement, plan
from pocplanner.domain.checks import run_checks
from pocplanner.domain.empty_words import has_text, is_empty_text


@pytest.mark.parametrize("text", ["", "  ", "ok", "RAS", "N/A", " n/a ", "Néant", "NÉANT",
                                  "ne\u0301ant", "À définir", "…", "...", "-", "--", "TBD",
                                  "to be determined", "aucune", None])
def test_empty_words_count_as_missing(text):
    assert is_empty_text(text) and not has_text(text)


@pytest.mark.parametrize("text", ["n.a.", "yes", "Warn villages 24 h before", "non"])
def test_real_text_is_text(text):
    assert has_text(text)


def test_harm_mitigation_of_na_is_missing_and_a_real_one_is_not():
    op = activity("A1", component="military", military_operation=True, harm_mitigation="n/a")
    assert "SEQ-HARM" in codes(run_checks(plan(activities=[op])))
    op.harm_mitigation = "Warn villages; no fire near markets"
    assert "SEQ-HARM" not in codes(run_checks(plan(activities=[op])))


def test_a_top_band_decision_with_tbd_as_rationale_has_none():
    a = activity("A1", engages_communities=True)
    e = engagement(risks=((4, 4),), decision_rationale="TBD")
    assert "ENG-RESIDUAL" in codes(run_checks(plan(activities=[a], engagements=[e])))
    e.decision_rationale = "Only way to reach the displaced; remote follow-up agreed"
    assert "ENG-RESIDUAL" not in codes(run_checks(plan(activities=[a], engagements=[e])))
