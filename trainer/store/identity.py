"""Which PC this is, so that two PCs never share an id.

The id lives inside trainer.db, so copying a data folder (a PC set up from another one, a
portable stick, a cloned disk) or restoring a backup would give two PCs the same id, and
neither could then take the other's progress. So the database also remembers where it is
used: the computer and the file. Opened anywhere else, it becomes a new PC by itself: a new
id, its counter going on from where it was (never back), and what it knew of the PC it was
copied from kept, since it holds that PC's records up to the copy.
"""

import hashlib
import socket
import sqlite3
import sys
import uuid
from pathlib import Path

MACHINE_ID_FILES = (Path("/etc/machine-id"), Path("/var/lib/dbus/machine-id"))


def this_place(path: Path) -> str:
    """A fingerprint of this computer and this very file (a copy is a new file)."""
    parts = (socket.gethostname(), _machine_id(), str(path.resolve()), str(path.stat().st_ino))
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _machine_id() -> str:
    if sys.platform == "win32":
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Microsoft\Cryptography") as key:
                return str(winreg.QueryValueEx(key, "MachineGuid")[0])
        except OSError:
            return ""
    for candidate in MACHINE_ID_FILES:
        try:
            return candidate.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            continue
    return ""


def claim(connection: sqlite3.Connection, path: Path) -> bool:
    """At each opening: a database found somewhere other than where it was last used becomes a
    new PC. True when it did. A database that does not know its place yet (new, upgraded,
    or just restored) takes this one."""
    place = this_place(path)
    stored = connection.execute("SELECT place FROM this_pc").fetchone()[0]
    if stored == place:
        return False
    connection.execute("BEGIN IMMEDIATE")
    try:
        if stored:
            become_new_pc(connection)
        connection.execute("UPDATE this_pc SET place = ?", (place,))
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")
    return bool(stored)


def become_new_pc(connection: sqlite3.Connection, counter_at_least: int = 0, gone: str = "") -> str:
    """Give these records a new PC id, in the caller's transaction. The counter goes past
    `counter_at_least` too (the counter of records a restore replaced). The PC the records
    came from becomes a peer that has them, unless it is `gone` (this PC before a restore of
    its own backup), which would hold back every later bundle. The place is forgotten: the
    next opening takes its own."""
    old, counter = connection.execute("SELECT id, counter FROM this_pc").fetchone()
    new = str(uuid.uuid4())
    if old != gone:
        connection.execute(
            "INSERT INTO peers (pc_id, have_theirs, they_have_ours) VALUES (?, ?, ?)"
            " ON CONFLICT (pc_id) DO UPDATE SET have_theirs = max(have_theirs, excluded.have_theirs),"
            " they_have_ours = max(they_have_ours, excluded.they_have_ours)",
            (old, counter, counter),
        )
    connection.execute(
        "UPDATE this_pc SET id = ?, counter = ?, place = ''", (new, max(counter, counter_at_least) + 1)
    )
    return new
