"""The days pocplanner handles: 1900-01-01 to 2199-12-31 (issue #29). A date at the
calendar's edge (9999-12-31, 0001-01-01) breaks date arithmetic (a window a year before,
a day after the end); every reader — exchange files, incident files, the app's date
fields — refuses dates outside this range, so no later step meets one."""
from __future__ import annotations

import datetime as dt

MIN_DATE, MAX_DATE = dt.date(1900, 1, 1), dt.date(2199, 12, 31)


def in_date_range(day: dt.date) -> bool:
    return MIN_DATE <= day <= MAX_DATE
