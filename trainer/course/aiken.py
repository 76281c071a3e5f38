"""Read Aiken quiz files: a question, its options `A.` or `A)`, then `ANSWER: B`.

    Which message is most likely a scam?
    A. Your parcel is at the post office
    B) You won a phone! Pay $5 to receive it
    ANSWER: B

A question may run over several lines before its options. `ANSWER: A, C` (several letters)
makes a multiple-choice question. Aiken has no feedback.
"""

import re

from trainer.course.drafts import Answer, Draft, Note, Read

_OPTION = re.compile(r"^([A-Z])[.)]\s+(.*)$")
_ANSWER = re.compile(r"^ANSWER:?\s*(.*)$", re.IGNORECASE)


class _Question:
    def __init__(self, line: int) -> None:
        self.line = line
        self.prompt: list[str] = []
        self.options: dict[str, str] = {}


def read_aiken(text: str) -> Read:
    questions: list[Draft] = []
    notes: list[Note] = []
    current: _Question | None = None
    for number, raw in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        line = raw.strip()
        option, answer = _OPTION.match(line), _ANSWER.match(line)
        if not line:
            continue
        if current is None:
            current = _Question(number)
        if answer:
            draft = _finish(current, answer.group(1), notes)
            questions.extend([draft] if draft else [])
            current = None
        elif option and current.prompt:
            current.options[option.group(1)] = option.group(2).strip()
        elif current.options:
            notes.append(
                Note(
                    number,
                    "expected an option such as 'C. text' or 'ANSWER: B'; the question was not imported",
                )
            )
            current = _Question(number)
            current.prompt.append(line)
        else:
            current.prompt.append(line)
    if current is not None:
        notes.append(Note(current.line, "this question has no 'ANSWER:' line: not imported"))
    return Read(tuple(questions), tuple(notes))


def _finish(question: _Question, letters: str, notes: list[Note]) -> Draft | None:
    right = [letter.strip().upper() for letter in letters.split(",") if letter.strip()]
    unknown = [letter for letter in right if letter not in question.options]
    if not question.prompt or len(question.options) < 2 or not right or unknown:
        problem = (
            f"answer '{unknown[0]}' is not among the options"
            if unknown
            else "a question needs a text, two options and an answer"
        )
        notes.append(Note(question.line, f"{problem}: not imported"))
        return None
    answers = tuple(Answer(text, letter in right) for letter, text in question.options.items())
    kind = "multiple" if len(right) > 1 else "single"
    return Draft(question.line, kind, "\n".join(question.prompt), answers=answers)
