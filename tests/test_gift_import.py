"""Moodle GIFT and Aiken quizzes become quiz.yaml that the loader accepts, keeping every answer and feedback.

The round trip: read the file, import it into a module, load the module as the app does, and
find every question, option, right answer and feedback of the file again.
"""

import shutil
from pathlib import Path

import pytest
import yaml

from trainer.course.aiken import read_aiken
from trainer.course.drafts import Draft, Read
from trainer.course.gift import read_gift
from trainer.course.imports import STAND_INS
from trainer.course.loader import load_library
from trainer.course.model import Question

from .conftest import FIXTURE_CONTENT
from .test_cli import trainer
from .test_schemas import schema, schema_errors

GIFT = Path(__file__).parent / "fixtures" / "gift"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, root)
    return root


@pytest.fixture
def module(tmp_path: Path) -> Path:
    """A module just made with `content new`, as an editor would import into."""
    root = tmp_path / "new"
    trainer("content", "new", "imported", "--curriculum", "imports", "--root", str(root))
    return root / "imports" / "m1-imported"


def read(name: str) -> Read:
    text = (GIFT / name).read_text(encoding="utf-8")
    return read_aiken(text) if name.endswith(".txt") else read_gift(text)


def import_file(name: str, module: Path, *extra: str) -> str:
    kind = "aiken" if name.endswith(".txt") else "gift"
    result = trainer("content", f"import-{kind}", str(GIFT / name), "--module", str(module), *extra)
    assert result.returncode == 0, result.stderr
    return result.stdout


def assert_same(draft: Draft, question: Question, language: str = "en") -> None:
    """The loaded question says what the file said, in the file's language and (copied) in the other."""
    assert question.type == draft.type
    for text in (question.prompt[language], question.prompt["km" if language == "en" else "en"]):
        assert text == draft.prompt
    if draft.type == "matching":
        assert [(p.left[language], p.right[language]) for p in question.pairs] == list(draft.pairs)
        assert question.explanation is not None
        assert question.explanation[language] == (draft.explanation or STAND_INS["pairs"][language])
        return
    options = question.options
    assert len(options) == len(draft.answers)
    for option, answer in zip(options, draft.answers, strict=True):
        if draft.type == "truefalse":
            assert option.id == answer.text and option.text == {}
        else:
            assert option.text[language] == answer.text
        kind = "right" if answer.right else "wrong"
        assert option.feedback[language] == (
            answer.feedback or draft.explanation or STAND_INS[kind][language]
        )
        assert (option.id in question.answer) == answer.right


@pytest.mark.parametrize("name", ["online-safety.gift", "moodle-style.gift", "scams.aiken.txt"])
def test_round_trip_keeps_every_question_answer_and_feedback(module: Path, name: str) -> None:
    drafts = read(name).questions
    import_file(name, module)
    library = load_library([module.parent])
    assert library.problems == (), [str(problem) for problem in library.problems]
    (loaded,) = library.modules
    assert len(loaded.questions) == 3 + len(drafts)  # after the three examples of `content new`
    for draft, question in zip(drafts, loaded.questions[3:], strict=True):
        assert_same(draft, question)
    quiz = yaml.safe_load((module / "quiz.yaml").read_text(encoding="utf-8"))
    assert schema_errors(schema("quiz"), quiz) == []


def test_gift_titles_categories_weights_escapes_and_formats() -> None:
    questions = {draft.title: draft for draft in read("online-safety.gift").questions}
    assert list(questions) == [
        "Frozen account SMS", "Telegram code", "Bank calls", "Signs of a fake message", "Match the words",
        "Prize fee", "Escapes", "HTML prompt",
    ]  # fmt: skip
    assert questions["Frozen account SMS"].category == "Online safety/Fake messages"
    assert questions["Match the words"].category == "Online safety/Words"
    telegram = questions["Telegram code"]
    assert [(a.text, a.right) for a in telegram.answers] == [("true", False), ("false", True)]
    assert telegram.answers[0].feedback.startswith("Careful")  # the first feedback is for a wrong answer
    assert telegram.answers[1].feedback.startswith("Right")
    signs = questions["Signs of a fake message"]
    assert signs.type == "multiple" and [a.right for a in signs.answers] == [True, True, False]
    assert signs.explanation == "Any one of these signs is enough to stop and check."
    assert questions["Prize fee"].prompt.endswith("This is _____ and you should not pay.")
    escapes = questions["Escapes"]
    assert escapes.prompt.startswith("Which address uses the bank's own site: aba.com.kh")
    assert "5=5 or {braces} and #tags" in escapes.prompt
    assert escapes.answers[1].feedback == 'No. The extra words ~ "verify-kh" ~ make it a different site.'
    assert questions["HTML prompt"].prompt == "Is a free Wi-Fi network in a café safe for mobile banking?"
    nine = next(d for d in read("moodle-style.gift").questions if d.title == "Q9 : escapes")
    assert nine.prompt == "Which answer is equal to 5?\nPick one."
    assert [a.text for a in nine.answers] == ["= 2 + 2", "= 2 + 3", "= 2 + 4"]
    assert nine.answers[0].feedback == "{no}, that is 4"


def test_what_cannot_be_converted_is_reported_with_its_line(module: Path) -> None:
    output = import_file("online-safety.gift", module)
    gift = GIFT / "online-safety.gift"
    lines = gift.read_text(encoding="utf-8").splitlines()
    reported = [line for line in output.splitlines() if line.startswith(f"{gift}:")]
    assert [line.split(":", 2)[2].strip() for line in reported] == [
        "'prize-fee': 3 options had no feedback; wrote a stand-in: say why",
        "an essay question (empty {}) has no equal in the trainer: not imported",
        "a numerical question has no equal in the trainer: not imported",
        "a short-answer question (typed answers) has no equal in the trainer: not imported",
        "text with no {answers} is a description, not a question: not imported",
        "a '{' or '}' is missing or in the wrong place: not imported",
    ]
    starts = [lines[int(line.split(":")[1]) - 1] for line in reported]
    assert [start.split("::")[1] for start in starts] == [
        "Prize fee", "Your password", "Year", "Short answer", "Describe", "Broken",
    ]  # fmt: skip
    assert f"added 8 questions to {module / 'quiz.yaml'}" in output
    assert "The km texts are copies of the en ones: translate them" in output


def test_moodle_style_notes_partial_credit_and_stand_ins() -> None:
    notes = [(note.line, note.message) for note in read("moodle-style.gift").notes]
    assert notes == [
        (12, "a short-answer question (typed answers) has no equal in the trainer: not imported"),
        (18, "a numerical question has no equal in the trainer: not imported"),
        (21, "an essay question (empty {}) has no equal in the trainer: not imported"),
        (35, "partial credit for 'In the north-east' dropped: it counts as wrong"),
    ]
    aiken = [(note.line, note.message) for note in read("scams.aiken.txt").notes]
    assert aiken == [
        (20, "answer 'D' is not among the options: not imported"),
        (25, "this question has no 'ANSWER:' line: not imported"),
    ]


def test_a_category_can_be_imported_alone_and_ids_stay_unique(module: Path) -> None:
    import_file("online-safety.gift", module, "--category", "words")
    import_file("online-safety.gift", module, "--category", "words")
    (loaded,) = load_library([module.parent]).modules
    ids = [question.id for question in loaded.questions[3:]]
    assert ids == [
        "match-the-words", "prize-fee", "escapes", "html-prompt",
        "match-the-words-2", "prize-fee-2", "escapes-2", "html-prompt-2",
    ]  # fmt: skip
    text = (module / "quiz.yaml").read_text(encoding="utf-8")
    assert text.count("  # category: Online safety/Words\n") == 2
    assert "# The quiz: both languages in one file." in text  # the editor's own notes are kept


def test_a_khmer_file_is_copied_into_english_for_translation(module: Path, tmp_path: Path) -> None:
    source = tmp_path / "khmer.gift"
    source.write_text("::សួរ::តើ OTP អាចប្រាប់អ្នកដទៃបានទេ?{F#មិនត្រូវទេ។#ត្រូវហើយ។}\n", encoding="utf-8")
    result = trainer("content", "import-gift", str(source), "--module", str(module), "--lang", "km")
    assert result.returncode == 0, result.stderr
    (loaded,) = load_library([module.parent]).modules
    question = loaded.questions[-1]
    assert question.id == "question" and question.prompt == {"km": "តើ OTP អាចប្រាប់អ្នកដទៃបានទេ?"} | {
        "en": "តើ OTP អាចប្រាប់អ្នកដទៃបានទេ?"
    }
    assert "The en texts are copies of the km ones" in result.stdout


def test_an_empty_quiz_gets_the_questions(module: Path) -> None:
    (module / "quiz.yaml").write_text("# Questions come here.\nquestions:\n", encoding="utf-8")
    import_file("scams.aiken.txt", module)
    (loaded,) = load_library([module.parent]).modules
    assert [question.type for question in loaded.questions] == ["single", "single", "multiple"]
    assert (
        (module / "quiz.yaml").read_text(encoding="utf-8").startswith("# Questions come here.\nquestions:\n")
    )


def test_bad_input_is_refused_and_nothing_is_written(content: Path, module: Path, tmp_path: Path) -> None:
    quiz = module / "quiz.yaml"
    before = quiz.read_bytes()
    not_a_module = trainer(
        "content", "import-gift", str(GIFT / "online-safety.gift"), "--module", str(tmp_path)
    )
    assert not_a_module.returncode == 1
    assert "is not a module folder (it has no module.yaml)" in not_a_module.stderr
    nothing = tmp_path / "nothing.gift"
    nothing.write_text("// only a comment\n\n::Essay::Tell us.{}\n", encoding="utf-8")
    empty = trainer("content", "import-gift", str(nothing), "--module", str(module))
    assert empty.returncode == 1
    assert f"{nothing}:3: an essay question" in empty.stderr
    assert empty.stderr.endswith("error: no questions to import; nothing was written\n")
    wrong_category = trainer(
        "content",
        "import-gift",
        str(GIFT / "online-safety.gift"),
        "--module",
        str(module),
        "--category",
        "cooking",
    )
    assert "no questions to import (categories: Online safety/Fake messages" in wrong_category.stderr
    assert quiz.read_bytes() == before
    quiz.write_text(before.decode("utf-8").replace("    type: single", "   type: [single"), encoding="utf-8")
    broken = quiz.read_bytes()
    refused = trainer("content", "import-gift", str(GIFT / "online-safety.gift"), "--module", str(module))
    assert refused.returncode == 1
    assert f"error: fix quiz.yaml first: {quiz}:" in refused.stderr
    assert quiz.read_bytes() == broken
    not_last = content / "basics" / "m1-passwords" / "quiz.yaml"
    not_last.write_text(not_last.read_text(encoding="utf-8") + "notes: kept here\n", encoding="utf-8")
    kept = not_last.read_bytes()
    unsafe = trainer(
        "content", "import-aiken", str(GIFT / "scams.aiken.txt"), "--module", str(not_last.parent)
    )
    assert unsafe.returncode == 1
    assert "could not add to" in unsafe.stderr and "put 'questions:' last in it" in unsafe.stderr
    assert not_last.read_bytes() == kept


def test_choice_questions_the_trainer_cannot_grade_alike_are_refused_with_their_line() -> None:
    text = "::Two right::Pick one.{=a =b ~c}\n\n::None right::Pick one.{~a ~b}\n\n::Pairs::Match.{=x -> y}\n"
    read = read_gift(text)
    assert read.questions == ()
    assert [(note.line, note.message) for note in read.notes] == [
        (1, "several answers are right, and a single-choice question has one: not imported"),
        (3, "a choice question needs two answers or more, one of them right: not imported"),
        (5, "a matching question needs two pairs or more: not imported"),
    ]
