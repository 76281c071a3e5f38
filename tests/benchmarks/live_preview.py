"""Live-preview benchmark: from saving a lesson file to the open page showing the change.

It copies the content (the bundled curricula by default, or --content PATH), opens the main
window on the copy with live preview, opens a lesson, then saves an edit RUNS times and
reports the median and the slowest time until the page shows it. Run it with:

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/live_preview.py [--runs 15] [--content PATH]
"""

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from trainer.resources import bundled_content
from trainer.store.learners import add_learner
from trainer.ui.app import make_app, open_window
from trainer.ui.lesson import LessonScreen
from trainer.ui.live_content import LiveContent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--content", type=Path, default=bundled_content())
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "content"
        shutil.copytree(args.content, root)
        app = make_app()
        window = open_window(Path(folder) / "data", "en", [root])
        window.show()
        LiveContent(window, [root])
        window.sign_in(add_learner(window.context.database, "Dara", "fish", "sun-moon-star"))
        module = window.context.library.modules[0]
        window.open_lesson(module)
        lesson = module.folder / "lesson.en.md"
        original = lesson.read_text(encoding="utf-8")
        times = []
        for run in range(args.runs):
            marker = f"Edited {run}"
            saved = time.perf_counter()
            lesson.write_text(f"# {marker}\n\n" + original, encoding="utf-8")
            while not _shows(window.screen_widget, marker):
                app.processEvents()
                time.sleep(0.002)
            times.append(time.perf_counter() - saved)
        window.context.database.close()
    modules = len(window.context.library.modules)
    print(
        f"{modules} modules, {args.runs} saves: median {statistics.median(times) * 1000:.0f} ms, "
        f"slowest {max(times) * 1000:.0f} ms from save to the page showing it"
    )


def _shows(screen: object, marker: str) -> bool:
    return isinstance(screen, LessonScreen) and marker in screen.browser.toPlainText()


if __name__ == "__main__":
    main()
