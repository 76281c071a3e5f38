"""Numbered schema migrations, run by trainer/store/schema.py; `PRAGMA user_version` says how
many have run. A migration is plain SQL frozen with it: it never calls the application's code,
which changes after it.
"""

import sqlite3
import uuid
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]

EVENTS_BY_LEARNER = (
    "CREATE INDEX IF NOT EXISTS events_by_learner ON events (learner_id, module_id, timestamp)"
)
"""The index that finds a learner's events; a large import drops it and makes it again after."""


def _run(db: sqlite3.Connection, script: str) -> None:
    """Each statement of `script` in the caller's transaction (executescript would commit it)."""
    statement = ""
    for part in script.split(";"):
        statement += part + ";"
        if sqlite3.complete_statement(statement):
            if statement.strip(" \n;"):
                db.execute(statement)
            statement = ""


def _1_learners_events_settings(db: sqlite3.Connection) -> None:
    _run(
        db,
        """
        CREATE TABLE learners (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            avatar TEXT NOT NULL,
            code_hash TEXT NOT NULL,
            created_at TEXT NOT NULL,
            failed_tries INTEGER NOT NULL DEFAULT 0,
            lockouts INTEGER NOT NULL DEFAULT 0,
            locked_until REAL NOT NULL DEFAULT 0
        );
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            learner_id TEXT NOT NULL REFERENCES learners(id),
            verb TEXT NOT NULL,
            module_id TEXT NOT NULL,
            object_id TEXT NOT NULL,
            result TEXT NOT NULL DEFAULT '{}',
            context TEXT NOT NULL DEFAULT '{}',
            timestamp TEXT NOT NULL
        );
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        """,
    )
    db.execute(EVENTS_BY_LEARNER)


def _2_facilitators_classes_assignments_keys(db: sqlite3.Connection) -> None:
    _run(
        db,
        """
        CREATE TABLE facilitators (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            password_hash TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE classes (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            codes_needed INTEGER NOT NULL DEFAULT 1,
            archived INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        );
        ALTER TABLE learners ADD COLUMN class_id TEXT REFERENCES classes(id);
        ALTER TABLE learners ADD COLUMN gender TEXT;
        ALTER TABLE learners ADD COLUMN age_group TEXT;
        ALTER TABLE learners ADD COLUMN consent INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE assignments (
            class_id TEXT NOT NULL REFERENCES classes(id),
            module_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            target_date TEXT,
            PRIMARY KEY (class_id, module_id)
        );
        CREATE TABLE trusted_keys (
            public_key TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            added_at TEXT NOT NULL
        );
        """,
    )


def _3_activity_counts(db: sqlite3.Connection) -> None:
    """The dashboard's counts; learners who have events are counted when migration 6 marks them."""
    _run(
        db,
        """
        CREATE TABLE module_activity (
            learner_id TEXT NOT NULL,
            module_id TEXT NOT NULL,
            events INTEGER NOT NULL,
            answers INTEGER NOT NULL,
            right INTEGER NOT NULL,
            mastered INTEGER NOT NULL,
            finished INTEGER NOT NULL,
            last TEXT NOT NULL,
            PRIMARY KEY (learner_id, module_id)
        );
        CREATE TABLE learner_activity (
            learner_id TEXT PRIMARY KEY,
            wrong_in_a_row INTEGER NOT NULL
        );
        """,
    )


def _4_lrs_connection_and_outbox(db: sqlite3.Connection) -> None:
    """The programme's Learning Record Store, and each event's statement on its way there."""
    _run(
        db,
        """
        CREATE TABLE lrs_connection (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            endpoint TEXT NOT NULL,
            username TEXT NOT NULL,
            password TEXT NOT NULL,
            home_page TEXT NOT NULL
        );
        CREATE TABLE lrs_outbox (
            event_id TEXT PRIMARY KEY REFERENCES events(id),
            statement TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'sent', 'quarantined')),
            problem TEXT,
            queued_at TEXT NOT NULL,
            changed_at TEXT NOT NULL
        );
        CREATE INDEX lrs_outbox_by_state ON lrs_outbox (state);
        """,
    )


_CARD = (
    "due TEXT NOT NULL, stability REAL, difficulty REAL, state INTEGER NOT NULL,"
    " step INTEGER, last_review TEXT"
)


def _5_pc_versions_peers_reviews(db: sqlite3.Connection) -> None:
    """This PC's id and counter; a (counter, PC) version on every synced record and the
    versions it replaced; kept losing versions; what each other PC has of ours and we of
    theirs; and the review schedule as a table (trainer/store/reviews.py)."""
    pc = uuid.uuid4()
    versioned = ("learners", "classes", "assignments")
    _run(
        db,
        "CREATE TABLE this_pc (id TEXT PRIMARY KEY, counter INTEGER NOT NULL);"
        f"INSERT INTO this_pc VALUES ('{pc}', 1);"
        "ALTER TABLE events ADD COLUMN received INTEGER NOT NULL DEFAULT 0;"
        "CREATE INDEX events_by_received ON events (received);"
        + "".join(
            f"ALTER TABLE {table} ADD COLUMN version_counter INTEGER NOT NULL DEFAULT 0;"
            f"ALTER TABLE {table} ADD COLUMN version_pc TEXT NOT NULL DEFAULT '';"
            f"ALTER TABLE {table} ADD COLUMN version_history TEXT NOT NULL DEFAULT '[]';"
            f"UPDATE {table} SET version_counter = 1, version_pc = '{pc}';"
            for table in versioned
        )
        + f"""
        CREATE TABLE kept_versions (
            kind TEXT NOT NULL,
            record_key TEXT NOT NULL,
            version_counter INTEGER NOT NULL,
            version_pc TEXT NOT NULL,
            version_history TEXT NOT NULL,
            content TEXT NOT NULL,
            PRIMARY KEY (kind, record_key, version_counter, version_pc)
        );
        CREATE TABLE peers (
            pc_id TEXT PRIMARY KEY,
            have_theirs INTEGER NOT NULL DEFAULT -1,
            they_have_ours INTEGER NOT NULL DEFAULT -1
        );
        CREATE TABLE review_modules (
            learner_id TEXT NOT NULL,
            module_id TEXT NOT NULL,
            last_timestamp TEXT NOT NULL,
            last_id TEXT NOT NULL,
            own_cards INTEGER NOT NULL,
            {_CARD},
            PRIMARY KEY (learner_id, module_id)
        ) WITHOUT ROWID;
        CREATE INDEX review_modules_by_due ON review_modules (due);
        CREATE TABLE review_cards (
            learner_id TEXT NOT NULL,
            module_id TEXT NOT NULL,
            question_id TEXT NOT NULL,
            {_CARD},
            PRIMARY KEY (learner_id, module_id, question_id)
        ) WITHOUT ROWID;
        CREATE INDEX review_cards_by_due ON review_cards (due);
        CREATE INDEX review_cards_by_question ON review_cards (module_id, question_id);
        CREATE TABLE review_stale (
            learner_id TEXT NOT NULL,
            module_id TEXT NOT NULL,
            PRIMARY KEY (learner_id, module_id)
        ) WITHOUT ROWID;
        INSERT INTO review_stale SELECT DISTINCT learner_id, module_id FROM events WHERE verb = 'mastered';
        """,
    )


def _6_activity_to_recount(db: sqlite3.Connection) -> None:
    """Learners whose dashboard counts must be made again: events came from another PC, or
    the counts were never made (records older than migration 3)."""
    db.execute("CREATE TABLE activity_stale (learner_id TEXT PRIMARY KEY) WITHOUT ROWID")
    db.execute(
        "INSERT INTO activity_stale SELECT DISTINCT learner_id FROM events"
        " WHERE learner_id NOT IN (SELECT learner_id FROM module_activity)"
    )


def _7_removed_assignments(db: sqlite3.Connection) -> None:
    """A module taken off a class is marked, not deleted, so that the removal has a version
    and travels to other PCs like any other change."""
    db.execute("ALTER TABLE assignments ADD COLUMN removed INTEGER NOT NULL DEFAULT 0")


def _8_imports_to_take_in(db: sqlite3.Connection) -> None:
    """The imports (by their `received` counter) whose events the dashboard counts and review
    cards have not taken in yet: all of a batch's bundles are taken in together, once."""
    db.execute("CREATE TABLE imports_to_take_in (received INTEGER PRIMARY KEY)")


def _9_where_this_pc_is_used(db: sqlite3.Connection) -> None:
    """A fingerprint of the computer and file the records are used in: opened anywhere else
    (a copied folder, a restored backup), they become a new PC (trainer/store/identity.py)."""
    db.execute("ALTER TABLE this_pc ADD COLUMN place TEXT NOT NULL DEFAULT ''")


def _10_centre_key(db: sqlite3.Connection) -> None:
    """The key this centre's PCs share to seal progress bundles (trainer/store/centre_key.py)."""
    db.execute(
        "CREATE TABLE centre_key"
        " (id INTEGER PRIMARY KEY CHECK (id = 1), code TEXT NOT NULL, set_at TEXT NOT NULL)"
    )


def _11_event_copies(db: sqlite3.Connection) -> None:
    """Events that came with an id already here but other content: every copy is kept for the
    facilitator, and the one with the smaller content hash is the one in `events`."""
    db.execute(
        """CREATE TABLE event_copies (
            id TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            learner_id TEXT NOT NULL,
            verb TEXT NOT NULL,
            module_id TEXT NOT NULL,
            object_id TEXT NOT NULL,
            result TEXT NOT NULL,
            context TEXT NOT NULL,
            timestamp TEXT NOT NULL,
            seen_from TEXT NOT NULL,
            PRIMARY KEY (id, content_hash)
        )"""
    )


MIGRATIONS: tuple[Migration, ...] = (
    _1_learners_events_settings,
    _2_facilitators_classes_assignments_keys,
    _3_activity_counts,
    _4_lrs_connection_and_outbox,
    _5_pc_versions_peers_reviews,
    _6_activity_to_recount,
    _7_removed_assignments,
    _8_imports_to_take_in,
    _9_where_this_pc_is_used,
    _10_centre_key,
    _11_event_copies,
)
