"""The class report on paper: progress, who needs help, difficult questions, learning gain and
charts, in Khmer or English, as an A4 PDF.

Charts are drawn on the main thread (`class_charts`, QtCharts is a widgets module); the PDF
itself (`write_class_report`) may then be written in the background.
"""

from collections.abc import Mapping, Sequence
from html import escape
from pathlib import Path

from PySide6.QtGui import QImage

from trainer.course.model import Module, pick
from trainer.learning.dashboard import INACTIVE_DAYS, WRONG_IN_A_ROW, Help, difficult_questions
from trainer.learning.events import Event
from trainer.learning.progress import Status
from trainer.learning.responses import OPTION_NAMES, describe
from trainer.learning.summary import SMALLEST_GROUP, Average, GainSummary
from trainer.reports import Progress, no_progress
from trainer.reports.class_data import ClassData
from trainer.reports.pdf import write_document
from trainer.reports.report_pictures import mark, mark_img, pictures_of
from trainer.reports.wording import Wording

DIFFICULT_PER_MODULE = 3
MODULES_PER_TABLE = 10
"""More assigned modules than this continue in a second table, so that the page holds them."""
TABLE = (
    'border="1" cellspacing="0" cellpadding="5"'
    ' style="border-collapse: collapse; border-style: solid; border-color: #b8bfcc;"'
)


class ClassReport:
    """The report's HTML, section by section."""

    def __init__(self, data: ClassData, answers: Sequence[Event], words: Wording) -> None:
        self.data, self.answers, self.words = data, answers, words
        self.option_names = {
            key: words.translate("ChoicesAnswer", name) for key, name in OPTION_NAMES.items()
        }

    def tr(self, text: str) -> str:
        return escape(self.words.translate("ClassReport", text))

    def title(self, module: Module) -> str:
        return escape(pick(module.title, self.words.language))

    def header(self, facilitator: str, centre: str) -> str:
        w, data = self.words, self.data
        facts = [
            (self.tr("Date"), w.date(data.today)),
            (self.tr("Facilitator"), facilitator),
            (self.tr("Centre"), centre),
            (self.tr("Learners"), w.number(len(data.members))),
        ]
        rows = "".join(f"<tr><td><b>{k}</b></td><td>{escape(v)}</td></tr>" for k, v in facts if v)
        title = self.tr("Class report: {}").format(escape(data.klass.name))
        return f"<h1>{title}</h1><table cellpadding='3'>{rows}</table>"

    def progress(self) -> str:
        labels = {
            Status.MASTERED: self.tr("Mastered"),
            Status.IN_PROGRESS: self.tr("In progress"),
            Status.NOT_STARTED: self.tr("Not started"),
            Status.DONE: self.tr("Test taken"),
        }
        legend = " &nbsp; ".join(f"{mark_img(status)} {label}" for status, label in labels.items())
        numbered = list(enumerate(self.data.modules, start=1))
        tables = "".join(
            self.progress_table(numbered[start : start + MODULES_PER_TABLE])
            for start in range(0, len(numbered), MODULES_PER_TABLE)
        )
        key = "<br>".join(f"{self.words.number(n)}. {self.title(m)}" for n, m in numbered)
        progress, modules = self.tr("Progress"), self.tr("Modules")
        return f"<h2>{progress}</h2><p>{legend}</p>{tables}<p>{modules}:<br>{key}</p>"

    def progress_table(self, numbered: Sequence[tuple[int, Module]]) -> str:
        """Learners by (numbered) modules, with a status mark in each cell."""
        data, w = self.data, self.words
        head = "".join(f"<th>{w.number(n)}</th>" for n, _ in numbered)
        body = ""
        for row in data.rows:
            marks = "".join(
                f'<td align="center">{mark_img(row.cells[m.id].status)}</td>' for _, m in numbered
            )
            last = w.date(row.last_active.astimezone(data.zone).date()) if row.last_active else ""
            body += f"<tr><td>{escape(data.member(row.learner_id).name)}</td>{marks}<td>{last}</td></tr>"
        learner, last_active = self.tr("Learner"), self.tr("Last active")
        return (
            f"<p><table {TABLE} width='100%'><thead><tr><th align='left'>{learner}</th>{head}"
            f"<th align='left'>{last_active}</th></tr></thead>{body}</table></p>"
        )

    def needs_help(self) -> str:
        items = []
        for row in self.data.rows:
            reasons = []
            if Help.WRONG_IN_A_ROW in row.needs_help:
                reasons.append(
                    self.tr("{} or more wrong answers in a row").format(self.words.number(WRONG_IN_A_ROW))
                )
            if Help.INACTIVE in row.needs_help and row.last_active is None:
                reasons.append(self.tr("has not started"))
            elif Help.INACTIVE in row.needs_help:
                reasons.append(
                    self.tr("no activity for {} days or more").format(self.words.number(INACTIVE_DAYS))
                )
            if reasons:
                items.append(
                    f"<li><b>{escape(self.data.member(row.learner_id).name)}</b>: {'; '.join(reasons)}</li>"
                )
        nobody, heading = self.tr("Nobody needs help right now."), self.tr("Who needs help")
        found = f"<ul>{''.join(items)}</ul>" if items else f"<p>{nobody}</p>"
        return f"<h2>{heading}</h2>{found}"

    def difficult(self) -> str:
        tables = "".join(self.difficult_table(m) for m in self.data.modules if m.test is None)
        none_yet, heading = self.tr("No wrong answers yet."), self.tr("Difficult questions")
        found = tables or f"<p>{none_yet}</p>"
        return f"<h2>{heading}</h2>{found}"

    def difficult_table(self, module: Module) -> str:
        """The module's questions most often answered wrong, with the wrong answer most chosen."""
        w = self.words
        answers = (a for a in self.answers if a.module_id == module.id)
        hardest = [d for d in difficult_questions(module, answers) if d.wrong][:DIFFICULT_PER_MODULE]
        rows = ""
        for difficulty in hardest:
            question = module.question(difficulty.question_id)
            prompt = pick(question.prompt, w.language) if question else difficulty.question_id
            wrong = ""
            if common := difficulty.most_chosen_wrong:
                given = describe(question, common[0], w.language, self.option_names)
                wrong = f"{escape(given)} ({w.number(common[1])})"
            rows += (
                f"<tr><td>{escape(prompt)}</td><td align='right'>{w.number(difficulty.answers)}</td>"
                f"<td align='right'>{w.number(difficulty.share_wrong * 100)}%</td><td>{wrong}</td></tr>"
            )
        if not rows:
            return ""
        heads = (
            self.tr("Question"),
            self.tr("Answers"),
            self.tr("Wrong"),
            self.tr("Most chosen wrong answer"),
        )
        return (
            f"<h3>{self.title(module)}</h3><table {TABLE} width='100%'><thead><tr>"
            f"<th align='left'>{heads[0]}</th><th>{heads[1]}</th>"
            f"<th>{heads[2]}</th><th align='left'>{heads[3]}</th>"
            f"</tr></thead>{rows}</table>"
        )

    def score(self, value: float | None) -> str:
        return self.words.number(value) if value is not None else ""

    def gain(self, value: float | None) -> str:
        return self.words.number(value, 2) if value is not None else ""

    def discernment(self, value: float | None) -> str:
        return self.words.digits(f"{value:+.1f}") if value is not None else ""

    def gains(self, number: int, summary: GainSummary, images: Mapping[str, QImage]) -> str:
        cells = [self.tr("Learner"), self.tr("Pre-test"), self.tr("Post-test"), self.tr("Gain")]
        if summary.uses_discernment:
            cells += [self.tr("Discernment before"), self.tr("Discernment after")]
        head = "".join(f"<th>{c}</th>" for c in cells)
        body = ""
        for s in summary.learners:
            values = [self.score(s.pre), self.score(s.post), self.gain(s.gain)]
            if summary.uses_discernment:
                values += [self.discernment(s.pre_discernment), self.discernment(s.post_discernment)]
            tds = "".join(f"<td align='right'>{v}</td>" for v in values)
            body += f"<tr><td>{escape(self.data.member(s.learner_id).name)}</td>{tds}</tr>"
        a = summary.average
        average = "".join(
            f"<td align='right'><b>{v}</b></td>"
            for v in (self.score(a.pre), self.score(a.post), self.gain(a.gain))
        )
        class_average = self.tr("Class average")
        body += f"<tr><td><b>{class_average}</b></td>{average}</tr>"
        tests = f"{self.title(summary.pre_test)} / {self.title(summary.post_test)}"
        by_gender, by_age_group = self.tr("By gender"), self.tr("By age group")
        note = self.tr(
            "Gain g = (post - pre) / (100 - pre); the average is over the {} learners who took both tests."
        )
        small = self.tr(
            "Averages by gender or age group are shown only for {} learners or more, so that no one's"
            " scores can be told from them."
        ).format(self.words.number(SMALLEST_GROUP))
        return (
            f"<h3>{tests}</h3><table {TABLE} width='100%'><thead><tr>{head}</tr></thead>{body}</table>"
            f"<p>{note.format(self.words.number(a.learners))} {small}</p>"
            f"{self.groups(by_gender, summary.by_gender, True)}"
            f"{self.groups(by_age_group, summary.by_age_group, False)}"
            f"{pictures_of(images, f'chart:gain-{number}-')}"
        )

    def groups(self, title: str, averages: Sequence[Average], genders: bool) -> str:
        if not averages:
            return ""
        named = {"female": self.tr("female"), "male": self.tr("male"), "other": self.tr("other")}
        head = "".join(
            f"<th>{c}</th>"
            for c in (title, self.tr("Learners"), self.tr("Pre-test"), self.tr("Post-test"), self.tr("Gain"))
        )
        body = ""
        for a in averages:
            group = named.get(a.group, escape(a.group)) if genders else escape(a.group)
            group = self.words.digits(group)  # an age group such as "15-24"
            values = (self.words.number(a.learners), self.score(a.pre), self.score(a.post), self.gain(a.gain))
            body += f"<tr><td>{group}</td>{''.join(f'<td align=right>{v}</td>' for v in values)}</tr>"
        return f"<p><table {TABLE}><thead><tr>{head}</tr></thead>{body}</table></p>"

    def charts(self, images: Mapping[str, QImage]) -> str:
        return pictures_of(images, "chart:mastery-") + pictures_of(images, "chart:progress")

    def html(self, facilitator: str, centre: str, images: Mapping[str, QImage]) -> str:
        gains = "".join(self.gains(n, summary, images) for n, summary in enumerate(self.data.gains))
        heading = self.tr("Learning gain")
        gains = f"<h2>{heading}</h2>{gains}" if gains else ""
        return (
            f"{self.header(facilitator, centre)}{self.progress()}{self.charts(images)}"
            f"{self.needs_help()}{self.difficult()}{gains}"
        )


def write_class_report(
    path: Path,
    data: ClassData,
    answers: Sequence[Event],
    words: Wording,
    charts: Mapping[str, QImage],
    facilitator: str = "",
    centre: str = "",
    progress: Progress = no_progress,
) -> int:
    """Write the class report; `answers` from class_data.class_answers, `charts` from
    class_charts. Returns the number of pages."""
    report = ClassReport(data, answers, words)
    images = {**charts, **{f"mark:{status.value}": mark(status) for status in Status}}
    title = words.translate("ClassReport", "Class report: {}").format(data.klass.name)
    page_of = words.translate("ClassReport", "page {} of {}")

    def footer(page: int, pages: int) -> str:
        return f"{title}   {page_of.format(words.number(page), words.number(pages))}"

    return write_document(
        path, title, report.html(facilitator, centre, charts), images, words, footer, progress
    )
