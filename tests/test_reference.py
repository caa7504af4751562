
import pytest

from builders import threat
from pocplanner import reference
from pocplanner.domain.scoring import band_for, is_priority, priority_threshold

BASE_KEYS = {
    1: ["political_advocacy", "armed_group_dialogue", "indirect_engagement_extremists",
        "local_mediation", "joint_civilian_team", "community_liaison_assistants",
        "community_alert_network", "local_protection_committee", "strategic_communication",
        "human_rights_advocacy"],
    2: ["deterrent_patrols", "long_range_patrols", "temporary_operating_base",
        "extended_operation", "quick_reaction_force", "show_of_force", "robust_action",
        "base_sheltering", "escorts", "fpu_patrols", "community_policing"],
    3: ["state_authority_services", "rule_of_law_support", "human_rights_monitoring",
        "hrddp_assessment", "security_sector_support", "ddr_cvr", "pve_programming",
        "quick_impact_projects", "mine_action", "civilian_harm_mitigation",
        "humanitarian_access_support"],
}
SCHEMA = reference.exchange_schema()["$defs"]


@pytest.mark.parametrize("tier, key", [(t, k) for t, keys in BASE_KEYS.items() for k in keys])
def test_catalogue_has_every_base_key_with_its_tier_in_both_languages(tier, key):
    tool = reference.catalogue().tools[key]
    assert tool.tier == tier
    assert set(tool.phases) <= {"prevention", "pre_emption", "response", "consolidation"}
    assert tool.phases and tool.lead
    assert set(tool.lead + tool.support) <= set(SCHEMA["component"]["enum"])
    for text in (tool.label, tool.does, tool.works_when, *[c.text for c in tool.cautions]):
        assert text["en"].strip() and text["fr"].strip() and text["en"] != text["fr"]
    assert tool.cautions, "every tool says when it backfires"
    conditions = reference.catalogue().conditions
    assert all(w in conditions for c in tool.cautions for w in c.when)
    assert set(tool.flags) <= {"provides_security", "requires_security", "engages_communities",
                               "military_operation", "supports_non_un_forces"}


def test_catalogue_guidance_captures_presence_attracting_violence():
    caution = reference.catalogue().tools["deterrent_patrols"].cautions[0]
    assert "mission_targeted" in caution.when
    engagement_tools = [k for k, t in reference.catalogue().tools.items()
                        if t.flags.get("engages_communities")]
    assert {"community_alert_network", "community_liaison_assistants",
            "local_protection_committee"} <= set(engagement_tools)


@pytest.mark.parametrize("vocabulary, schema_enum", [
    ("threat_categories", SCHEMA["threat"]["properties"]["category"]["enum"]),
    ("perpetrator_types", SCHEMA["threat"]["properties"]["perpetrator_type"]["enum"]),
    ("components", SCHEMA["component"]["enum"]),
    ("phases", SCHEMA["response"]["properties"]["phase"]["enum"]),
    ("sensitivities", SCHEMA["plan"]["properties"]["sensitivity"]["enum"]),
    ("decisions", SCHEMA["engagement"]["properties"]["decision"]["enum"]),
    ("state_presence", SCHEMA["plan"]["properties"]["context"]["properties"]["state_presence"]["enum"]),
    ("access", SCHEMA["plan"]["properties"]["context"]["properties"]["access"]["enum"]),
])
def test_vocabularies_match_the_exchange_format(vocabulary, schema_enum):
    terms = reference.vocabularies()[vocabulary]
    assert [t.key for t in terms] == schema_enum
    assert all(t.label["en"] and t.label["fr"] for t in terms)


def test_engagement_risks_and_mitigations_match_the_exchange_format():
    risks = SCHEMA["engagement"]["properties"]["risks"]["items"]["properties"]["key"]["enum"]
    assert [t.key for t in reference.engagement_terms()["risks"]] == risks
    pattern = SCHEMA["engagement"]["properties"]["mitigations"]["items"]["properties"]["key"]["pattern"]
    for term in reference.engagement_terms()["mitigations"]:
        assert f"{term.key}|" in pattern


def test_gazetteer_has_regions_and_cercles_with_pcodes():
    gaz = reference.gazetteer()
    assert len(gaz.regions()) == 9
    assert len([p for p in gaz.places if p.level == 2]) == 50
    mopti = gaz.find("mopti", level=1)
    assert mopti.pcode == "ML05"
    assert [p.name for p in gaz.areas_of("ML05")] == [
        "Bandiagara", "Bankass", "Djenné", "Douentza", "Koro", "Mopti", "Ténenkou", "Youwarou"]


@pytest.mark.parametrize("typed, name", [("Segou", "Ségou"), ("TENENKOU", "Ténenkou"),
                                         ("ménaka", "Ménaka"), ("Timbuktu", "Tombouctou"),
                                         ("tin essako", "Tin-Essako")])
def test_gazetteer_matches_ignoring_case_and_accents(typed, name):
    assert reference.gazetteer().find(typed).name == name


def test_unknown_place_is_not_an_error():
    assert reference.gazetteer().find("Ogossagou") is None


def test_scales_and_bands():
    assert [band_for(s).key for s in (1, 4, 5, 9, 10, 14, 15, 25)] == [
        "low", "low", "moderate", "moderate", "high", "high", "very_high", "very_high"]
    with pytest.raises(ValueError):
        band_for(26)
    assert priority_threshold() == 12
    assert is_priority(threat(likelihood=4, impact=3)) and not is_priority(threat(likelihood=3, impact=3))
    assert not is_priority(threat(likelihood=5, impact=5, priority=False))


def test_french_catalogue_covers_every_message():
    import subprocess
    import sys
    from pathlib import Path
    script = Path(__file__).parent.parent / "scripts" / "extract_messages.py"
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
    assert result.returncode == 0, f"messages without French:\n{result.stdout}"


NEW_KEYS = {1: ["joint_protection_team", "early_warning_analysis"],
            3: ["protection_cluster_coordination", "organised_crime_response",
                "protection_handover"]}


@pytest.mark.parametrize("tier, key", [(t, k) for t, keys in NEW_KEYS.items() for k in keys])
def test_the_products_own_keys_complete_the_base_catalogue(tier, key):
    test_catalogue_has_every_base_key_with_its_tier_in_both_languages(tier, key)


def _caution_texts(key: str, condition: str | None = None) -> str:
    tool = reference.catalogue().tools[key]
    return " ".join(c.text["en"] + " " + c.text["fr"] for c in tool.cautions
                    if condition is None or condition in c.when)


@pytest.mark.parametrize("key, condition, words", [
    # drawdown (seed 001): hotspots, remaining bases, successors, HRDDP, reprisals
    ("temporary_operating_base", "drawdown", ["deters", "dissuade", "handover", "passation"]),
    ("deterrent_patrols", "drawdown", ["hotspots", "points chauds"]),
    ("protection_handover", "drawdown", ["hotspots", "successor", "successeur"]),
    ("state_authority_services", "drawdown", ["country team", "regional organisations",
                                             "civil society"]),
    ("local_protection_committee", "drawdown", ["women", "femmes"]),
    ("human_rights_monitoring", "drawdown", ["HRDDP", "reprisals", "représailles"]),
    ("hrddp_assessment", "drawdown", ["remains after the mission"]),
    # atrocity risk and militias (seed 000)
    ("political_advocacy", "atrocity_risk", ["Ogossagou", "unanswered"]),
    ("political_advocacy", "militia_threat", ["self-defence militias", "disarm"]),
    ("ddr_cvr", "militia_threat", ["Disarming militias", "désarmement"]),
    ("strategic_communication", "militia_threat", ["whole community", "communauté entière"]),
    # support to national and non-UN forces (seed 003)
    ("security_sector_support", "state_abuse_threat", ["retaliated", "représailles"]),
    ("security_sector_support", "supports_non_un_forces", ["camps", "joint patrols",
                                                          "HRDDP"]),
    ("security_sector_support", None, ["Koro", "Kouakourou"]),
    # tools and drivers that were missing (seeds 003, 004)
    ("protection_cluster_coordination", None, ["humanitarian space", "espace humanitaire"]),
    ("humanitarian_access_support", "mission_targeted", ["NGOs", "ONG"]),
    ("organised_crime_response", "trafficking_threat", ["Networks", "sources"]),
    ("early_warning_analysis", "reprisals_likely", ["informants", "informateurs"]),
    ("community_alert_network", "reprisals_likely", ["Incentives for informants"]),
    # weak entries strengthened
    ("community_liaison_assistants", None, ["badge", "regional offices"]),
    ("ddr_cvr", None, ["expectations", "abruptly"]),
    ("quick_impact_projects", None, ["scattered", "dispersés"]),
    ("quick_reaction_force", None, ["Helicopters", "night"]),
    ("quick_reaction_force", "rainy_season", ["rainy season", "saison des pluies"]),
    ("long_range_patrols", "rainy_season", ["floods", "crues"]),
])
def test_the_catalogue_carries_the_lessons_of_the_sources(key, condition, words):
    text = _caution_texts(key, condition)
    assert all(w in text for w in words), (key, condition, words)
