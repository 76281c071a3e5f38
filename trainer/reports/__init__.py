"""What a facilitator takes away: CSV files of progress and answers, a PDF class report, and
certificates. Reading and the CSV files are plain Python; the PDF parts draw with Qt."""

from collections.abc import Callable
from enum import StrEnum

Progress = Callable[[int, int], None]
"""Told (done, total) as slow work goes on, e.g. by trainer.ui.background.run_in_background."""


def no_progress(done: int, total: int) -> None:
    """For callers that show no progress."""


class ReportKind(StrEnum):
    """What a facilitator can take away; the value names the saved file (`Morning-report.pdf`)."""

    PROGRESS_CSV = "progress-csv"
    ANSWERS_CSV = "answers-csv"
    CLASS_REPORT = "report"
    CERTIFICATES = "certificates"

    @property
    def suffix(self) -> str:
        return "csv" if self in (ReportKind.PROGRESS_CSV, ReportKind.ANSWERS_CSV) else "pdf"
