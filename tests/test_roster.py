"""Class lists pasted or opened by a facilitator."""

from trainer.store.roster import Entry, parse_roster


def test_one_name_per_line_is_enough() -> None:
    assert parse_roster("Sokha\n\n  សុខា  ចាន់ \n") == ([Entry("Sokha"), Entry("សុខា ចាន់")], [])


def test_csv_with_header_gender_and_age() -> None:
    text = "name,gender,age\nDara,male,17\nសុខា,ស្រី,25-34\nVanna,,\n"
    entries, problems = parse_roster(text)
    assert entries == [Entry("Dara", "male", "15-24"), Entry("សុខា", "female", "25-34"), Entry("Vanna")]
    assert list(map(str, problems)) == []


def test_lines_that_cannot_be_read_are_reported_and_the_rest_kept() -> None:
    entries, problems = parse_roster("Dara\tmale\t17\nBopha\tyes\t20\nKosal\tm\told\n")
    assert entries == [Entry("Dara", "male", "15-24")]
    assert list(map(str, problems)) == [
        "line 2: gender 'yes' not understood: use female, male or other",
        "line 3: age group 'old' not understood: use <15, 15-24, 25-34, 35-54, 55+",
    ]
