"""Why a progress bundle is refused: the facilitator's page words it in their language, the
command line and the log in English. Whoever shows it adds that nothing was changed."""

from trainer.messages import QT_TRANSLATE_NOOP, Refusal, RefusedError


class BundleRefusal(Refusal):
    NO_FILE = "no-file", QT_TRANSLATE_NOOP("BundleRefusal", "There is no file {path}.")
    NOT_A_BUNDLE = "not-a-bundle", QT_TRANSLATE_NOOP("BundleRefusal", "This file is not a progress bundle.")
    NO_MANIFEST = (
        "no-manifest",
        QT_TRANSLATE_NOOP("BundleRefusal", "This file is not a progress bundle (it has no manifest)."),
    )
    NO_PROGRESS = (
        "no-progress",
        QT_TRANSLATE_NOOP("BundleRefusal", "This file is not a progress bundle (it has no progress inside)."),
    )
    DAMAGED = (
        "damaged",
        QT_TRANSLATE_NOOP(
            "BundleRefusal",
            "This bundle is damaged (a part of it does not read back as written). Copy it again.",
        ),
    )
    INCOMPLETE = (
        "incomplete",
        QT_TRANSLATE_NOOP(
            "BundleRefusal",
            "This bundle is incomplete: the file was cut short. Copy it again from the other PC.",
        ),
    )
    CHANGED = (
        "changed",
        QT_TRANSLATE_NOOP(
            "BundleRefusal", "This bundle was changed after it was made (its checksum does not match)."
        ),
    )
    NEWER = (
        "newer",
        QT_TRANSLATE_NOOP(
            "BundleRefusal",
            "This bundle was made by a newer trainer (data version {theirs}; this trainer has {ours})."
            " Update the trainer first, then import it.",
        ),
    )
    TABLE_MISSING = (
        "table-missing",
        QT_TRANSLATE_NOOP(
            "BundleRefusal", "This bundle is damaged: its {table} table is missing or incomplete."
        ),
    )
    UNREADABLE = (
        "unreadable",
        QT_TRANSLATE_NOOP("BundleRefusal", "This bundle is damaged: its progress file cannot be read."),
    )
    UNKNOWN_EVENTS = (
        "unknown-events",
        QT_TRANSLATE_NOOP("BundleRefusal", "This bundle holds {count} events this trainer cannot read."),
    )
    KEPT_DAMAGED = (
        "kept-damaged",
        QT_TRANSLATE_NOOP("BundleRefusal", "This bundle is damaged: its kept versions cannot be read."),
    )
    THIS_PC = (
        "this-pc",
        QT_TRANSLATE_NOOP("BundleRefusal", "This bundle was made on this PC; import it on another one."),
    )
    DOES_NOT_FIT = (
        "does-not-fit",
        QT_TRANSLATE_NOOP("BundleRefusal", "This bundle does not fit this PC's records ({error})."),
    )
    NO_CENTRE_KEY = (
        "no-centre-key",
        QT_TRANSLATE_NOOP(
            "BundleRefusal",
            "This PC has no centre key yet. On the first PC, make one (Facilitator area, Move progress"
            " between PCs, Make a centre key); on each other PC, type that key and click Join the centre.",
        ),
    )
    NOT_SEALED = (
        "not-sealed",
        QT_TRANSLATE_NOOP(
            "BundleRefusal",
            "This bundle has no centre key seal: it was made by an older trainer or outside this centre."
            " Export it again on a PC that has this centre's key.",
        ),
    )
    OTHER_CENTRE = (
        "other-centre",
        QT_TRANSLATE_NOOP(
            "BundleRefusal",
            "This bundle was sealed with another centre key. Check that both PCs have the same centre key.",
        ),
    )
    MANIFEST_FIELD = (
        "manifest-field",
        QT_TRANSLATE_NOOP("BundleRefusal", "This bundle's manifest is damaged: its {field} is not valid."),
    )
    EVENT_FIELD = (
        "event-field",
        QT_TRANSLATE_NOOP(
            "BundleRefusal", "This bundle is damaged: {count} events have a {column} that is not valid."
        ),
    )
    EVENT_TWICE = (
        "event-twice",
        QT_TRANSLATE_NOOP("BundleRefusal", "This bundle is damaged: {count} events are in it twice."),
    )
    RECORD_FIELD = (
        "record-field",
        QT_TRANSLATE_NOOP(
            "BundleRefusal", "This bundle is damaged: in {table}, the {column} of {key} is not valid."
        ),
    )


class BundleError(RefusedError[BundleRefusal]):
    """A bundle that cannot be imported, with the reason and the fields its words name."""
