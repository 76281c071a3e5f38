"""Read Moodle GIFT quiz files, as Moodle's own importer reads them.

Questions are separated by blank lines; `//` starts a comment line; `::Title::` names a question;
`$CATEGORY: path` starts a category. Inside `{...}`: `=` right, `~` wrong, `~%50%` a weight,
`#` the answer's feedback, `####` the question's feedback, `left -> right` a pair to match,
`T`/`F` (or `TRUE`/`FALSE`) a true/false answer with `#wrong feedback#right feedback`.
`\\~ \\= \\# \\{ \\} \\: \\n \\\\` are escapes. Types the trainer has no equal for (short answer,
numerical, essay, descriptions) are reported with their line, not converted.
"""

import html
import re
from collections.abc import Iterator
from dataclasses import replace

from trainer.course.drafts import Answer, Draft, Note, Read

_ESCAPES = {"\\:": ":", "\\#": "#", "\\=": "=", "\\{": "{", "\\}": "}", "\\~": "~", "\\n": "\n"}
_HIDDEN = {escape: chr(0xE000 + index) for index, escape in enumerate(_ESCAPES)}
"""Escaped characters are hidden in private-use characters while the answers are split."""
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d*)?)%")
_FORMAT = re.compile(r"^\[(html|moodle|plain|markdown)\]", re.IGNORECASE)
_TRUE_FALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}


def read_gift(text: str) -> Read:
    questions: list[Draft] = []
    notes: list[Note] = []
    category = ""
    for line, block in _blocks(text):
        block = _hide_escapes(block)
        if block.startswith("$CATEGORY:"):
            category = re.sub(r"^(\$\w+\$/)?(top/)?", "", _show(block[len("$CATEGORY:") :]))
            continue
        draft = _question(line, block, category, notes)
        if draft is not None:
            questions.append(draft)
    return Read(tuple(questions), tuple(notes))


def _blocks(text: str) -> Iterator[tuple[int, str]]:
    """Each question's text and the line it starts on; comment lines are dropped."""
    lines: list[str] = []
    start = 0
    for number, raw in enumerate([*text.lstrip("\ufeff").splitlines(), ""], start=1):
        line = raw.strip()
        if not line:
            if lines:
                yield start, "\n".join(lines)
            lines = []
        elif not line.startswith("//"):
            start = start if lines else number
            lines.append(line)


def _hide_escapes(text: str) -> str:
    text = text.replace("\\\\", "\ue0ff")
    for escape, hidden in _HIDDEN.items():
        text = text.replace(escape, hidden)
    return text.replace("\ue0ff", "\\")


def _show(text: str) -> str:
    """The text as the learner should see it: escapes undone, a [format] tag and HTML removed."""
    text = text.strip()
    tag = _FORMAT.match(text)
    if tag:
        text = text[tag.end() :]
        if tag.group(1).lower() == "html":
            text = _plain(text)
    for escape, hidden in _HIDDEN.items():
        text = text.replace(hidden, _ESCAPES[escape])
    return text.strip()


def _plain(text: str) -> str:
    text = re.sub(r"<br\s*/?>|</p>|</li>", "\n", text, flags=re.IGNORECASE)
    return html.unescape(re.sub(r"<[^>]+>", "", text)).replace("\xa0", " ")


def _question(line: int, block: str, category: str, notes: list[Note]) -> Draft | None:
    title = ""
    if block.startswith("::") and "::" in block[2:]:
        title, block = block[2:].split("::", 1)
        block = block.strip()
    start, end = block.find("{"), block.find("}")
    if start < 0 and end < 0:
        notes.append(Note(line, "text with no {answers} is a description, not a question: not imported"))
        return None
    if start < 0 or end < start:
        notes.append(Note(line, "a '{' or '}' is missing or in the wrong place: not imported"))
        return None
    answers = block[start + 1 : end].strip()
    blank = "" if block.endswith("}") else "_____"
    prompt = _show(block[:start] + blank + block[end + 1 :])
    explanation = ""
    if "####" in answers:
        answers, explanation = answers.rsplit("####", 1)
        answers, explanation = answers.strip(), _show(explanation)
    if not prompt:
        notes.append(Note(line, "the question has no text: not imported"))
        return None
    draft = Draft(line, "", prompt, _show(title), explanation=explanation, category=category)
    return _typed(draft, answers, notes)


def _typed(draft: Draft, answers: str, notes: list[Note]) -> Draft | None:
    """The question with its type and answers, as Moodle decides the type."""
    not_ours = "has no equal in the trainer: not imported"
    if not answers:
        notes.append(Note(draft.line, f"an essay question (empty {{}}) {not_ours}"))
    elif answers.startswith("#"):
        notes.append(Note(draft.line, f"a numerical question {not_ours}"))
    elif "~" in answers:
        return _choices(draft, answers, notes)
    elif "=" in answers and "->" in answers:
        return _matching(draft, answers, notes)
    elif answers.split("#", 1)[0].strip() in _TRUE_FALSE:
        return _true_false(draft, answers)
    else:
        notes.append(Note(draft.line, f"a short-answer question (typed answers) {not_ours}"))
    return None


def _choices(draft: Draft, text: str, notes: list[Note]) -> Draft | None:
    """`=` marks the one right answer; without `=`, each answer with a weight above 0 is right."""
    single = "=" in text
    answers: list[Answer] = []
    for part in filter(None, (part.strip() for part in text.replace("=", "~=").split("~"))):
        weight, body = _weighted(part)
        choice, _, feedback = body.partition("#")
        if single and 0 < weight < 100:
            notes.append(
                Note(draft.line, f"partial credit for '{_show(choice)}' dropped: it counts as wrong")
            )
        answers.append(Answer(_show(choice), weight == 100 if single else weight > 0, _show(feedback)))
    right = sum(answer.right for answer in answers)
    if single and right > 1:
        problem = "several answers are right, and a single-choice question has one"
    elif not right or len(answers) < 2:
        problem = "a choice question needs two answers or more, one of them right"
    else:
        return replace(draft, type="single" if single else "multiple", answers=tuple(answers))
    notes.append(Note(draft.line, f"{problem}: not imported"))
    return None


def _weighted(answer: str) -> tuple[float, str]:
    """The answer's weight in percent (`=` is 100, `~` alone 0, `~%50%` 50) and its text."""
    if answer.startswith("="):
        return 100.0, answer[1:]
    weight = _WEIGHT.match(answer)
    return (float(weight.group(1)), answer[weight.end() :]) if weight else (0.0, answer)


def _matching(draft: Draft, text: str, notes: list[Note]) -> Draft | None:
    pairs: list[tuple[str, str]] = []
    for part in filter(None, (part.strip() for part in text.split("="))):
        left, arrow, right = part.partition("->")
        if not arrow:
            notes.append(Note(draft.line, f"'{_show(part)}' is not a pair 'left -> right': not imported"))
            return None
        if not _show(left):
            notes.append(
                Note(draft.line, f"the extra choice '{_show(right)}' (a pair with no left side) was left out")
            )
            continue
        pairs.append((_show(left), _show(right)))
    if len(pairs) < 2:
        notes.append(Note(draft.line, "a matching question needs two pairs or more: not imported"))
        return None
    return replace(draft, type="matching", pairs=tuple(pairs))


def _true_false(draft: Draft, text: str) -> Draft:
    answer, _, feedbacks = text.partition("#")
    wrong, _, right = feedbacks.partition("#")
    truth = _TRUE_FALSE[answer.strip()]
    said = {truth: _show(right), not truth: _show(wrong)}
    answers = (Answer("true", truth, said[True]), Answer("false", not truth, said[False]))
    return replace(draft, type="truefalse", answers=answers)
