import json

import pytest

from pocplanner.exchange import (
    ExchangeError,
    export_document,
    export_plan,
    load_document,
    load_file,
)


def refused(document_or_bytes, strict=True) -> list[str]:
    data = (document_or_bytes if isinstance(document_or_bytes, bytes)
            else json.dumps(document_or_bytes).encode())
    with pytest.raises(ExchangeError) as info:
        load_document(data, strict=strict)
    return info.value.problem_texts()


def test_sample_loads(sample_path):
    loaded = load_file(sample_path)
    assert loaded.plan.region == "Gao"
    assert loaded.plan.areas == ["Ansongo", "Ménaka", "Gao"]


def test_export_import_export_gives_the_same_plan(sample_path, tmp_path):
    plan = load_file(sample_path).plan
    first = tmp_path / "first.pocplan.json"
    export_plan(plan, first)
    second = tmp_path / "second.pocplan.json"
    export_plan(load_file(first).plan, second)
    a, b = json.loads(first.read_text("utf-8")), json.loads(second.read_text("utf-8"))
    assert a["plan"] == b["plan"] == json.loads(sample_path.read_text("utf-8"))["plan"]
    assert a["format"] == "pocplan" and a["format_version"] == 3     # written in version 3
    assert a["exported_at"].endswith("Z") and a["generator"].startswith("pocplanner ")
    assert "Ménaka" in first.read_text("utf-8")   # accents written as they are, in UTF-8
    assert not first.read_bytes().startswith(b"\xef\xbb\xbf")


def test_export_refuses_a_plan_the_format_cannot_hold(sample_path, tmp_path):
    plan = load_file(sample_path).plan
    plan.threats[0].likelihood = 9
    target = tmp_path / "out.json"
    with pytest.raises(ExchangeError) as info:
        export_plan(plan, target)
    assert info.value.problem_texts() == ["plan.threats[0].likelihood: 9 is above the maximum 5"]
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []    # no temporary file left behind


def test_byte_order_mark_is_accepted(sample_path):
    data = b"\xef\xbb\xbf" + sample_path.read_bytes()
    assert load_document(data).plan.id == "sample-gao-2019-q1"


@pytest.mark.parametrize("data, message", [
    (b"{\"format\": \"pocplan\",", "The file is not valid JSON: Expecting property name enclosed "
                                   "in double quotes at line 1, column 22."),
    (b"\xff\xfe{\x00}\x00", "The file is saved as UTF-16; save it as UTF-8 and try again."),
    (b"{\"a\": \"caf\xe9\"}", "The file is not UTF-8 text (invalid byte at position 11)."),
    (b"[" * 100000 + b"]" * 100000, "The file is not a plan: its JSON is nested too deeply."),
    (b"{\"x\": NaN}", "The file is not valid JSON: NaN is not allowed in JSON."),
    (b"{\"x\": " + b"9" * 5000 + b"}",
     "The file is not valid JSON: it holds a number too long to read."),
    (b"", "The file is not valid JSON: Expecting value at line 1, column 1."),
])
def test_unreadable_files_get_one_clear_message(data, message):
    assert refused(data) == [message]


def test_a_format_version_from_the_future_is_refused_clearly(sample_document):
    sample_document["format_version"] = 4
    assert refused(sample_document) == [
        "format_version: format version 4 is not supported (this program reads versions 1, "
        "2, 3); update pocplanner to read it."]


def test_not_a_plan_at_all():
    assert refused([1, 2, 3]) == ["(top level): expected an object, found a list [1, 2, 3]"]


def test_missing_fields(sample_document):
    del sample_document["plan"]["threats"][1]["title"]
    del sample_document["plan"]["period"]
    assert refused(sample_document) == [
        "plan: missing required field period",
        "plan.threats[1]: missing required field title"]


def test_wrong_enums_scores_and_dates(sample_document):
    plan = sample_document["plan"]
    plan["threats"][0]["likelihood"] = 7
    plan["threats"][1]["impact"] = 0
    plan["threats"][2]["category"] = "terrorism"
    plan["activities"][0]["start"] = "2018-13-45"
    plan["activities"][1]["end"] = "15/01/2019"
    plan["responses"][0]["tier"] = 4
    plan["sensitivity"] = "secret"
    assert refused(sample_document) == [
        "plan.sensitivity: \"secret\" is not one of: unclassified, confidential, "
        "strictly_confidential",
        "plan.threats[0].likelihood: 7 is above the maximum 5",
        "plan.threats[1].impact: 0 is below the minimum 1",
        "plan.threats[2].category: \"terrorism\" is not one of: intercommunal_violence, "
        "armed_banditry_crime, nsag_attacks_abuse, asymmetric_attacks, armed_group_clashes, "
        "state_actor_abuse, proxy_militia_abuse, targeted_reprisals, coercion_sieges, "
        "sexual_violence",
        "plan.responses[0].tier: 4 is not one of: 1, 2, 3",
        "plan.activities[0].start: \"2018-13-45\" is not a real date",
        "plan.activities[1].end: \"15/01/2019\" is not a date in the form YYYY-MM-DD",
    ]


def test_wrong_types_and_unknown_fields(sample_document):
    plan = sample_document["plan"]
    plan["threats"][0]["likelihood"] = "5"
    plan["activities"][0]["provides_security"] = "yes"
    plan["engagements"][0]["colour"] = "red"
    assert refused(sample_document) == [
        "plan.threats[0].likelihood: expected a whole number, found text \"5\"",
        "plan.activities[0].provides_security: expected true or false, found text \"yes\"",
        "plan.engagements[0]: unknown field \"colour\"",
    ]


def test_whole_numbers_written_with_a_decimal_point_are_accepted(sample_document):
    text = json.dumps(sample_document).replace('"likelihood": 4', '"likelihood": 4.0')
    plan = load_document(text.encode()).plan
    assert plan.threats[0].likelihood == 4 and isinstance(plan.threats[0].likelihood, int)


def test_duplicate_and_dangling_ids_are_refused_on_import(sample_document):
    plan = sample_document["plan"]
    plan["threats"][2]["id"] = "G1"
    plan["responses"][1]["threat_ids"] = ["G1", "G9"]
    plan["activities"][1]["depends_on"] = ["GA8"]
    plan["activities"][2]["response_id"] = "GR7"
    plan["engagements"][1]["activity_id"] = "GA5"
    assert refused(sample_document) == [
        "plan.threats[2].id: the id \"G1\" is already used by plan.threats[0].",
        "plan.responses[1].threat_ids[1]: \"G9\" is not the id of any item in plan.threats.",
        "plan.activities[1].depends_on[0]: \"GA8\" is not the id of any item in plan.activities.",
        "plan.activities[2].response_id: \"GR7\" is not the id of any item in plan.responses.",
        "plan.engagements[1].activity_id: \"GA5\" is not the id of any item in plan.activities.",
    ]


def test_check_mode_leaves_integrity_to_the_advisories(sample_document):
    sample_document["plan"]["threats"][2]["id"] = "G1"
    plan = load_document(json.dumps(sample_document).encode(), strict=False).plan
    assert [t.id for t in plan.threats] == ["G1", "G2", "G1", "G4"]


def test_huge_strings_are_refused_with_their_size(sample_document):
    sample_document["plan"]["threats"][0]["description"] = "x" * 20001
    assert refused(sample_document) == [
        "plan.threats[0].description: text of 20001 characters is longer than the limit of 20000"]


def test_many_problems_are_capped(sample_document):
    sample_document["plan"]["threats"] = [{"id": f"T{i}"} for i in range(100)]
    problems = refused(sample_document)
    assert len(problems) == 51
    assert problems[-1] == "… and 450 more problems."


def test_export_document_validates(sample_path):
    plan = load_file(sample_path).plan
    document = export_document(plan)
    assert document["plan"] == plan.to_dict()
