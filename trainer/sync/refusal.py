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
    NO_CENTRE_KEY = "no-centre-key"
    NOT_SEALED = "not-sealed"
    OTHER_CENTRE = "other-centre"
    MANIFEST_FIELD = "manifest-field"
    EVENT_FIELD = "event-field"
    EVENT_TWICE = "event-twice"
    RECORD_FIELD = "record-field"


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
    Refusal.NO_CENTRE_KEY: (
        "This PC has no centre key yet. On the first PC, make one (Facilitator area, Move progress"
        " between PCs, Make a centre key); on each other PC, type that key under Join the centre."
    ),
    Refusal.NOT_SEALED: (
        "This bundle has no centre key seal: it was made by an older trainer or outside this centre."
        " Export it again on a PC that has this centre's key."
    ),
    Refusal.OTHER_CENTRE: (
        "This bundle was sealed with another centre key. Check that both PCs have the same centre key."
    ),
    Refusal.MANIFEST_FIELD: "This bundle's manifest is damaged: its {field} is not valid.",
    Refusal.EVENT_FIELD: "This bundle is damaged: {count} events have a {column} that is not valid.",
    Refusal.EVENT_TWICE: "This bundle is damaged: {count} events are in it twice.",
    Refusal.RECORD_FIELD: "This bundle is damaged: in {table}, the {column} of {key} is not valid.",
}


class BundleError(Exception):
    """A bundle that cannot be imported, with the reason and its details (a path, a count)."""

    def __init__(self, reason: Refusal, **details: object) -> None:
        super().__init__(MESSAGES[reason].format(**details))
        self.reason, self.details = reason, details
