"""The ten situations of the review (issue #30) get the advisory DOMAIN §12 names, through
`pocplanner check --json` run as a process on the plan file."""
from __future__ import annotations

import json

import pytest

from cli_helpers import assert_no_traceback, run
from pocplanner.domain.checks import run_checks
from pocplanner.exchange import export_plan
from review_situations import SITUATIONS


@pytest.mark.parametrize("name", list(SITUATIONS))
def test_each_situation_gets_its_advisory_in_process(name):
    build, code = SITUATIONS[name]
    assert code in [a.code for a in run_checks(build())]


@pytest.mark.slow
def test_each_situation_through_the_command_line(tmp_path):
    for i, (name, (build, code)) in enumerate(SITUATIONS.items()):
        path = tmp_path / f"situation-{i}.pocplan.json"
        export_plan(build(), path)
        result = run("check", "--json", str(path))
        assert_no_traceback(result)
        codes = [a["code"] for a in json.loads(result.stdout)["advisories"]]
        assert code in codes, (name, codes)
