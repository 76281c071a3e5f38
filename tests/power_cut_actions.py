"""Opens (and so migrates) a database, or restores a backup into it, printing "done" after.

Run by test_power_cut.py, which kills it with SIGKILL at random moments of the work.
"""

import sys
from pathlib import Path

from trainer.store.database import Database
from trainer.store.restore import plan_restore, restore


def main(action: str, path: str, backup: str | None = None) -> None:
    print("ready", flush=True)
    database = Database(Path(path))
    if action == "restore" and backup is not None:
        restore(database, plan_restore(database, Path(backup)))
    database.close()
    print("done", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
