"""Whatever arrives on a USB stick ends in a clean import or a clear refusal — never a crash,
a hang or a partial write (property-based, with hypothesis)."""
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pocplanner.exchange import ExchangeError, load_document
from pocplanner.storage import PlanStore, open_database

pytestmark = pytest.mark.slow   # processes, kills, large plans or generated files

SAMPLE = (__import__("pathlib").Path(__file__).parent / "data" / "gao-sample.pocplan.json").read_bytes()

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda children: st.lists(children, max_size=6) | st.dictionaries(st.text(max_size=12),
                                                                        children, max_size=6),
    max_leaves=40)

PLAN_KEYS = ["format", "format_version", "plan", "id", "title", "region", "period", "start", "end",
             "threats", "responses", "activities", "engagements", "likelihood", "impact",
             "threat_ids", "activity_id", "depends_on", "risks", "mitigations", "decision"]
plan_like = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 30) | st.sampled_from(
        ["pocplan", "2019-01-01", "2018-13-45", "T1", "A1", "custom:x", "go", "military", ""]),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(PLAN_KEYS), children, max_size=8),
    max_leaves=60)

CHECKS = settings(max_examples=150, deadline=3000,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def outcome(data: bytes) -> str:
    """"ok" or "refused"; any other exception fails the test."""
    try:
        load_document(data)
        return "ok"
    except ExchangeError as exc:
        assert exc.problems and all(isinstance(p, str) and p for p in exc.problem_texts())
        return "refused"


@CHECKS
@given(json_values)
def test_random_json_is_refused_cleanly(value):
    assert outcome(json.dumps(value).encode()) in ("ok", "refused")


@CHECKS
@given(plan_like)
def test_plan_shaped_nonsense_is_refused_cleanly(value):
    document = {"format": "pocplan", "format_version": 1, "plan": value}
    assert outcome(json.dumps(document).encode()) in ("ok", "refused")


@CHECKS
@given(st.integers(0, len(SAMPLE)))
def test_truncated_files(cut):
    result = outcome(SAMPLE[:cut])
    assert result == ("ok" if cut >= len(SAMPLE.rstrip()) else "refused")


@CHECKS
@given(st.binary(max_size=400))
def test_random_bytes(data):
    assert outcome(data) in ("ok", "refused")


@CHECKS
@given(st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00", b""]),
       st.integers(0, len(SAMPLE)), st.binary(min_size=1, max_size=4))
def test_boms_nul_and_foreign_bytes_inserted(prefix, where, junk):
    assert outcome(prefix + SAMPLE[:where] + junk + SAMPLE[where:]) in ("ok", "refused")


def test_deep_nesting_and_huge_values_are_refused():
    for data in (b"[" * 200_000 + b"]" * 200_000, b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
                 json.dumps({"format": "pocplan", "format_version": 1,
                             "plan": {"id": "x" * 5_000_000}}).encode(),
                 json.dumps({"format": "pocplan", "format_version": 1,
                             "plan": {"threats": [{}] * 200_000}}).encode()):
        assert outcome(data) == "refused"


@settings(max_examples=40, deadline=5000,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=200).filter(lambda s: s.strip()))
def test_text_is_stored_and_read_back_verbatim(tmp_path_factory, text):
    """SQL-looking or markup-looking text is data, nothing else."""
    document = json.loads(SAMPLE)
    document["plan"]["title"] = ("Robert'); DROP TABLE plans;-- <b>" + text)[:300]
    document["plan"]["threats"][0]["description"] = "<script>alert(1)</script>" + text
    loaded = load_document(json.dumps(document).encode())
    store = PlanStore(open_database(tmp_path_factory.mktemp("db") / "p.db"))
    store.add_imported(loaded.plan)
    again = store.load(loaded.plan.id)
    assert again.title == document["plan"]["title"]
    assert again.threats[0].description == document["plan"]["threats"][0]["description"]
    assert store.db.execute("SELECT count(*) FROM plans").fetchone()[0] == 1
