"""Records answers as fast as it can, printing each event id once record() has returned.

Run by test_power_cut.py, which kills it with SIGKILL at random moments.
"""

import sys
import uuid
from pathlib import Path

from trainer.learning.events import Event, Verb
from trainer.store.database import Database
from trainer.store.events import record


def main(path: str, learner_id: str) -> None:
    database = Database(Path(path))
    attempt = str(uuid.uuid4())
    database.warm_up()  # load sqlite-utils before saying ready, so that kills land mid-write
    print("ready", flush=True)
    for number in range(1_000_000):
        event = Event(
            learner_id, Verb.ANSWERED, "passwords",
            result={"response": ["long"], "success": number % 3 != 0, "score": 1.0},
            context={"attempt": attempt, "question": f"q{number % 10}"},
        )  # fmt: skip
        record(database, event)
        print(event.id, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
