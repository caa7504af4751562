"""Exchange files (pocplan-v1 JSON): import and export."""
from pocplanner.exchange.reader import (
                                        ExchangeError,
                                        Loaded,
                                        PassphraseNeeded,
                                        load_document,
                                        load_file,
)
from pocplanner.exchange.writer import export_document, export_plan

__all__ = [
                                        "ExchangeError",
                                        "Loaded",
                                        "PassphraseNeeded",
                                        "export_document",
                                        "export_plan",
                                        "load_document",
                                        "load_file",
]
