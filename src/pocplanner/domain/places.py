"""Place names as the checks, the Gantt's rows and the search compare them (docs/checks.md, "Conventions")."""
from __future__ import annotations

from pocplanner.names import normalized


def place_key(name: str) -> str:
    """The key two names of the same place share: "Ténenkou" = "tenenkou",
    "Tin-Essako" = "Tin Essako"."""
    return normalized(name)
