"""The printed plan as a French office reads it (#28): the Gantt's whole titles and its
needs-security marks, a running header inside the margins, header words never cut."""
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from pocplanner.exchange import load_file
from pocplanner.services.printing import write_pdf

pytestmark = pytest.mark.slow
SAMPLE = Path(__file__).parent / "data" / "gao-sample-v2.pocplan.json"
TITLE = ("Escortes des foires hebdomadaires de Boni, Hombori et Douentza pour les commerçants "
         "et les transporteurs")


def test_gantt_titles_whole_and_security_marked(tmp_path):
    plan = load_file(SAMPLE).plan
    plan.title = "Plan régional de protection des civils — " * 4
    plan.activities[0].title = TITLE
    plan.activities[0].requires_security = True
    out = write_pdf(plan, tmp_path / "p.pdf", "fr")
    pages = [p.extract_text() for p in PdfReader(str(out)).pages]
    gantt = next(t for t in pages if "6. Séquencement" in t)
    flat = re.sub(r"\s+", " ", gantt)
    assert "transporteurs" in flat and "hebdomadaires" in flat     # no cut at 34 characters
    assert "requiert une couverture de sécurité" in flat
    assert re.search(r"Plan régional de prot[^·]*… · Gao · ", pages[2])     # shortened
    assert "Événem" not in re.sub(r"Événements", "", " ".join(pages))
