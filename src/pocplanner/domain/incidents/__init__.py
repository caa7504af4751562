"""Incident data (ACLED, UCDP GED, the mission's own log) read, placed by cercle and mapped to
threat categories — plain Python; storage keeps the events, never the exchange files or PDFs
(only aggregates leave the local database)."""
from pocplanner.domain.incidents.categories import CategoryMap, EventKind
from pocplanner.domain.incidents.event import Event, Placed
from pocplanner.domain.incidents.formats import BY_KEY, FORMATS, Format, template_header
from pocplanner.domain.incidents.placement import Placer
from pocplanner.domain.incidents.reading import Cancelled, FileRefused, IncidentFile, Skipped

__all__ = [
           "BY_KEY",
           "FORMATS",
           "Cancelled",
           "CategoryMap",
           "Event",
           "EventKind",
           "FileRefused",
           "Format",
           "IncidentFile",
           "Placed",
           "Placer",
           "Skipped",
           "template_header",
]
