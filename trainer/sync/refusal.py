"""Why a progress bundle is refused: a reason the facilitator's page words in their language,
and the same words in English for the command line and the log."""

from enum import StrEnum


class Refusal(StrEnum):
    NO_FILE = "no-file"
    NOT_A_BUNDLE = "not-a-bundle"
    NO_MANIFEST = "no-manifest"
    NO_PROGRESS = "no-progress"
    DAMAGED = "damaged"
    INCOMPLETE = "incomplete"
    CHANGED = "changed"
    NEWER = "newer"
    MANIFEST_DAMAGED = "manifest-damaged"
    TABLE_MISSING = "table-missing"
    UNREADABLE = "unreadable"
    UNKNOWN_EVENTS = "unknown-events"
    KEPT_DAMAGED = "kept-damaged"
    THIS_PC = "this-pc"
    DOES_NOT_FIT = "does-not-fit"


MESSAGES = {
    Refusal.NO_FILE: "There is no file {path}.",
    Refusal.NOT_A_BUNDLE: "This file is not a progress bundle.",
    Refusal.NO_MANIFEST: "This file is not a progress bundle (it has no manifest).",
    Refusal.NO_PROGRESS: "This file is not a progress bundle (it has no progress inside).",
    Refusal.DAMAGED: "This bundle is damaged (a part of it does not read back as written). Copy it again.",
    Refusal.INCOMPLETE: "This bundle is incomplete: the file was cut short. Copy it again from the other PC.",
    Refusal.CHANGED: "This bundle was changed after it was made (its checksum does not match).",
    Refusal.NEWER: (
        "This bundle was made by a newer trainer (data version {theirs}; this trainer has {ours})."
        " Update the trainer first, then import it."
    ),
    Refusal.MANIFEST_DAMAGED: "This bundle's manifest is damaged.",
    Refusal.TABLE_MISSING: "This bundle is damaged: its {table} table is missing or incomplete.",
    Refusal.UNREADABLE: "This bundle is damaged: its progress file cannot be read.",
    Refusal.UNKNOWN_EVENTS: (
        "This bundle holds {count} events this trainer cannot read; nothing was imported."
    ),
    Refusal.KEPT_DAMAGED: "This bundle is damaged: its kept versions cannot be read.",
    Refusal.THIS_PC: "This bundle was made on this PC; import it on another one.",
    Refusal.DOES_NOT_FIT: "This bundle does not fit this PC's records ({error}); nothing was imported.",
}


class BundleError(Exception):
    """A bundle that cannot be imported, with the reason and its details (a path, a count)."""

    def __init__(self, reason: Refusal, **details: object) -> None:
        super().__init__(MESSAGES[reason].format(**details))
        self.reason, self.details = reason, details
