import pytest

from builders import activity, codes, engagement, plan, threat
from pocplanner.domain.checks import run_checks
from pocplanner.domain.personal_data import contact_details


@pytest.mark.parametrize("text, found", [
    ("Call the chief on +223 76 12 34 56 before going", ["+223 76 12 34 56"]),
    ("contact: +22376123456", ["+22376123456"]),
    ("tel 76-12-34-56", ["76-12-34-56"]),
    ("76.12.34.56", ["76.12.34.56"]),
    ("(+223) 66 00 11 22.", ["(+223) 66 00 11 22"]),
    ("00223 7612 3456", ["00223 7612 3456"]),
    ("Chef : 66 77 88 99, adjoint : 76 12 34 56", ["66 77 88 99", "76 12 34 56"]),
    ("write to amadou.diallo@example.org", ["amadou.diallo@example.org"]),
])
def test_contact_details_are_found(text, found):
    assert contact_details(text) == found


@pytest.mark.parametrize("text", [
    "Resolution 2423 (2018): protect civilians",
    "From 2018-07-01 to 2018-10-31",
    "Between 2018-2019 more than 160 people were killed",
    "76 civilian IED deaths in Mopti, Jan–Jun 2018",
    "Dated 01/07/2018, reference 20180701",
    "A budget of 1 000 000 FCFA",
    "Sévaré-Koro road, km 45",
    "Années 2017 2018",
    "Résolutions 2295 2364 2423",
    "Cercle ML0504, commune ML050401",
    "Point 14.4929, -4.1980 (WGS 84)",
    "12 500 000 FCFA",
    "Montant 12500000",
    "01 23 45 67 89 (a French number, not Mali's)",
])
def test_ordinary_plan_text_is_left_alone(text):
    assert contact_details(text) == []


def test_data_pii_fires_on_any_free_text_and_names_the_field():
    p = plan(threats=[threat(sources="Informant reachable at 76 12 34 56")])
    [pii] = run_checks(p)
    assert (pii.code, pii.refs, pii.params["field"]) == ("DATA-PII", ("T1",), "sources")
    e = engagement(communities=["Village chief, chef@village.ml"])
    p = plan(activities=[activity(engages_communities=True)], engagements=[e])
    assert codes(run_checks(p)) == ["DATA-PII"]


def test_data_pii_silent_for_a_clean_plan():
    p = plan(threats=[threat(description="Attacks on 2019-01-05 near km 12 of the axis")],
             mandate_notes="Resolution 2423 (2018)")
    assert run_checks(p) == []


def test_data_pii_looks_in_places_threat_locations_and_mitigation_owners():
    e = engagement(mitigations=("informed_consent",))
    e.mitigations[0].owner = "Civil affairs, 76 12 34 56"
    p = plan(threats=[threat(locations=["Koro (chef: 66 00 11 22)"])],
             activities=[activity(engages_communities=True, location="Bankass +223 76123456")],
             engagements=[e])
    found = {(a.kind, a.refs, a.params["field"]) for a in run_checks(p) if a.code == "DATA-PII"}
    assert found == {("threat", ("T1",), "locations"), ("activity", ("A1",), "location"),
                     ("engagement", ("E1",), "mitigations[0].owner")}
