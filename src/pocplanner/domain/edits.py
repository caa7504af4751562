"""Edits to a plan, each with its exact inverse: the ground for undo and redo.

An edit points at the object it changes (a threat, the context, the list of activities…),
not at an id, so it stays right even while ids are being edited or repeated. Plain Python:
the Qt undo stack only wraps these.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class SetField:
    target: Any
    name: str
    old: Any
    new: Any

    def apply(self) -> None:
        setattr(self.target, self.name, self.new)

    def inverse(self) -> "SetField":
        return SetField(self.target, self.name, self.new, self.old)


@dataclass
class Insert:
    items: list
    index: int
    item: Any

    def apply(self) -> None:
        self.items.insert(self.index, self.item)

    def inverse(self) -> "Remove":
        return Remove(self.items, self.index, self.item)


@dataclass
class Remove:
    items: list
    index: int
    item: Any

    def apply(self) -> None:
        if self.items[self.index] is not self.item:
            raise ValueError("the list changed under this edit")
        del self.items[self.index]

    def inverse(self) -> Insert:
        return Insert(self.items, self.index, self.item)


@dataclass
class Batch:
    """Several edits as one step (for example a threat removed with its references)."""
    edits: list

    def apply(self) -> None:
        for edit in self.edits:
            edit.apply()

    def inverse(self) -> "Batch":
        return Batch([e.inverse() for e in reversed(self.edits)])


def set_field(target: Any, name: str, value: Any) -> SetField:
    return SetField(target, name, getattr(target, name), value)


def remove(items: list, item: Any) -> Remove:
    index = next(i for i, x in enumerate(items) if x is item)
    return Remove(items, index, item)
