"""Sexual violence and children (DOMAIN §12.8): the catalogue's tools and THR-CRSV,
THR-CHILDREN."""
import pytest

from builders import codes, plan, response, threat
from pocplanner import reference
from pocplanner.domain.checks import run_checks
from pocplanner.domain.checks.crsv_children import names_children


@pytest.mark.parametrize("key", ["crsv_referral", "mara_reporting", "mrm_reporting"])
def test_the_tools_are_tier_3_in_both_languages_with_when_they_backfire(key):
    tool = reference.catalogue().tools[key]
    assert tool.tier == 3
    for lang in ("en", "fr"):
        assert tool.label[lang] and tool.does[lang] and tool.works_when[lang]
        assert any(c.when == () and c.text[lang] for c in tool.cautions)
    assert tool.label["en"] != tool.label["fr"]


def test_the_tools_speak_of_consent_exposure_and_the_advisers():
    tools = reference.catalogue().tools
    referral = " ".join([tools["crsv_referral"].works_when["en"],
                         *[c.text["en"] for c in tools["crsv_referral"].cautions]])
    assert "consent" in referral and "expose" in referral
    assert "women protection advisers" in tools["crsv_referral"].does["en"]
    assert "Child protection advisers" in tools["mrm_reporting"].does["en"]


def test_the_catalogue_flags_support_to_non_un_forces_by_default():
    tools = reference.catalogue().tools
    for key in ("security_sector_support", "civilian_harm_mitigation", "protection_handover"):
        assert tools[key].flags.get("supports_non_un_forces") is True, key


def _sexual_violence(*tools):
    t = threat("T1", likelihood=4, impact=5, category="sexual_violence",
               perpetrator_type="non_signatory_armed_group", groups_at_risk=["women"])
    return plan(threats=[t], responses=[
        response(f"R{i}", tool=tool, tier=reference.catalogue().tier_of(tool))
        for i, tool in enumerate(tools, 1)])


def test_sexual_violence_answered_only_by_patrols_gets_thr_crsv():
    assert "THR-CRSV" in codes(run_checks(_sexual_violence("deterrent_patrols",
                                                          "long_range_patrols")))
    assert "THR-CRSV" not in codes(run_checks(_sexual_violence("deterrent_patrols",
                                                              "crsv_referral")))
    assert "THR-CRSV" not in codes(run_checks(_sexual_violence("mara_reporting")))


def test_thr_crsv_concerns_priority_threats_only():
    p = _sexual_violence("deterrent_patrols")
    p.threats[0].likelihood = 1
    assert "THR-CRSV" not in codes(run_checks(p))


def test_children_at_risk_need_the_mrm():
    t = threat("T1", likelihood=4, impact=4, groups_at_risk=["Élèves de Dinangourou"])
    bare = plan(threats=[t], responses=[response("R1", tool="local_mediation")])
    assert [a.refs for a in run_checks(bare) if a.code == "THR-CHILDREN"] == [("T1",)]
    answered = plan(threats=[t], responses=[response("R1", tool="mrm_reporting", tier=3)])
    assert "THR-CHILDREN" not in codes(run_checks(answered))


@pytest.mark.parametrize("group, named", [
    ("children", True), ("Enfants-soldats", True), ("GIRLS", True), ("écoles fermées", True),
    ("filles", True), ("schoolchildren", False), ("women", False), ("childhood", False),
])
def test_children_are_named_as_whole_words(group, named):
    assert names_children(group) is named


@pytest.mark.gui
@pytest.mark.parametrize("lang, group", [("en", "Children"), ("fr", "Enfants")])
def test_groups_at_risk_are_picked_from_the_list_in_the_plan_s_language(qtbot, store, lang,
                                                                        group):
    from pocplanner.ui.plan.plan_window import PlanWindow
    from pocplanner.ui.plan.session import PlanSession
    from qt_helpers import discard_and_close
    p = plan(threats=[threat("T1", likelihood=4, impact=4, groups_at_risk=["Teachers"])],
             responses=[response("R1")])
    p.language = lang
    window = PlanWindow(PlanSession(p, store, store.save(p)))
    window.show()
    try:
        window.go("threats")
        page = window.pages["threats"]
        page.table.select_first()
        picker = page.group_picker
        assert "THR-CHILDREN" not in codes(window.session.advisories)
        index = picker.findText(group)
        assert index > 0
        picker.activated.emit(index)
        assert p.threats[0].groups_at_risk == ["Teachers", group]
        assert "THR-CHILDREN" in codes(window.session.advisories)
        assert picker.currentIndex() == 0                    # ready for the next one
        picker.activated.emit(index)                         # not twice
        assert p.threats[0].groups_at_risk == ["Teachers", group]
    finally:
        discard_and_close(window)


def test_a_handover_supports_non_un_forces_by_default_only_to_the_host_state():
    from pocplanner.domain.planning import activity_for_response
    p = plan(threats=[threat()])
    to_state = response("R1", tool="protection_handover", tier=3, supporting=["host_state"])
    to_community = response("R2", tool="protection_handover", tier=3, supporting=["partner"])
    assert activity_for_response(p, to_state).supports_non_un_forces is True
    assert activity_for_response(p, to_community).supports_non_un_forces is False
    sector = response("R3", tool="security_sector_support", tier=3, lead_component="police")
    assert activity_for_response(p, sector).supports_non_un_forces is True
