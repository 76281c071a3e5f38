"""Why a pack is refused, in words a facilitator understands; the editor who made the pack
reads what exactly was found in the error's detail."""

from trainer.messages import QT_TRANSLATE_NOOP, Refusal, RefusedError


class PackRefusal(Refusal):
    NOT_A_PACK = "not-a-pack", QT_TRANSLATE_NOOP("PackRefusal", "This file is not a trainer pack.")
    INCOMPLETE = (
        "incomplete",
        QT_TRANSLATE_NOOP(
            "PackRefusal", "The pack file is damaged or incomplete. Copy it again from the editor."
        ),
    )
    UNSIGNED = (
        "unsigned",
        QT_TRANSLATE_NOOP("PackRefusal", "The pack is not signed, so nobody can tell who made it."),
    )
    UNTRUSTED = (
        "untrusted",
        QT_TRANSLATE_NOOP(
            "PackRefusal",
            "The pack is signed with a key this computer does not trust. If you trust its editor,"
            " add their key to the trusted keys and try again.",
        ),
    )
    CHANGED = "changed", QT_TRANSLATE_NOOP("PackRefusal", "The pack was changed after it was signed.")
    MISSING_FILE = (
        "missing-file",
        QT_TRANSLATE_NOOP("PackRefusal", "A file of the pack is missing. Ask the editor for a new copy."),
    )
    EXTRA_FILE = (
        "extra-file",
        QT_TRANSLATE_NOOP("PackRefusal", "The pack holds a file its editor did not sign."),
    )
    UNSAFE_PATH = (
        "unsafe-path",
        QT_TRANSLATE_NOOP("PackRefusal", "The pack tries to put files outside its own folder."),
    )
    NAME_CLASH = (
        "name-clash",
        QT_TRANSLATE_NOOP(
            "PackRefusal",
            "Two files in the pack have the same name, so one would replace the other."
            " Ask the editor for a new copy.",
        ),
    )
    TOO_BIG = "too-big", QT_TRANSLATE_NOOP("PackRefusal", "The pack is too big to open safely.")
    INVALID_CONTENT = (
        "invalid-content",
        QT_TRANSLATE_NOOP(
            "PackRefusal", "The pack's lessons or quizzes have mistakes. Ask the editor to fix them."
        ),
    )
    DOWNGRADE = (
        "downgrade",
        QT_TRANSLATE_NOOP("PackRefusal", "The pack is older than the content on this computer."),
    )


class PackRefusedError(RefusedError[PackRefusal]):
    """A pack refused; `detail` says what exactly was found (a file's name, a size), in English."""
