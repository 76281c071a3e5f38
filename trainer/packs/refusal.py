"""Why a pack is refused, in words a facilitator understands."""

from enum import StrEnum


class Reason(StrEnum):
    NOT_A_PACK = "not-a-pack"
    INCOMPLETE = "incomplete"
    UNSIGNED = "unsigned"
    UNTRUSTED = "untrusted"
    CHANGED = "changed"
    MISSING_FILE = "missing-file"
    EXTRA_FILE = "extra-file"
    UNSAFE_PATH = "unsafe-path"
    NAME_CLASH = "name-clash"
    TOO_BIG = "too-big"
    INVALID_CONTENT = "invalid-content"
    DOWNGRADE = "downgrade"


MESSAGES = {
    Reason.NOT_A_PACK: "This is not a trainer pack: {}.",
    Reason.INCOMPLETE: "The pack file is damaged or incomplete ({}). Copy it again from the editor.",
    Reason.UNSIGNED: "The pack is not signed, so nobody can tell who made it.",
    Reason.UNTRUSTED: "The pack is signed by {}, whose key is not trusted on this computer.",
    Reason.CHANGED: "The pack was changed after it was signed: {}.",
    Reason.MISSING_FILE: "A file of the pack is missing: {}.",
    Reason.EXTRA_FILE: "The pack holds a file that was not signed: {}.",
    Reason.UNSAFE_PATH: "The pack tries to put a file outside its own folder: {}.",
    Reason.NAME_CLASH: "Two files of the pack have the same name, so one would replace the other: {}.",
    Reason.TOO_BIG: "The pack is too big to open safely: {}.",
    Reason.INVALID_CONTENT: "The pack's content has mistakes: {}.",
    Reason.DOWNGRADE: "The pack is older than the content already installed: {}.",
}
"""The English message for each reason; the detail fills the braces. The app translates these."""


class PackRefusedError(Exception):
    def __init__(self, reason: Reason, detail: str = "") -> None:
        super().__init__(MESSAGES[reason].format(detail))
        self.reason, self.detail = reason, detail
