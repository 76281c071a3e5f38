"""The facilitator's screen to move progress between PCs, clicked with real widgets."""

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from trainer.store.centre_key import CentreKey, centre_key, new_code, parse_code, shown
from trainer.store.database import Database
from trainer.store.events import events_of, record
from trainer.ui.context import AppContext
from trainer.ui.main_window import MainWindow
from trainer.ui.progress_transfer import ProgressTransferScreen

from .conftest import FIXTURE_CONTENT
from .progress_stores import CENTRE, T0, add_learner, change, dump, mastery, open_pc
from .test_progress_bundles import bundle_of, rewrite


def transfer_screen(qtbot: QtBot, window: MainWindow, database: Database) -> ProgressTransferScreen:
    screen = ProgressTransferScreen(AppContext(database, [FIXTURE_CONTENT], window.context.language))
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    return screen


def export_to(
    qtbot: QtBot, screen: ProgressTransferScreen, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(folder))
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.export_button.isEnabled() and bool(screen.summary.text()))
    [bundle] = folder.glob("*.progress.zip")
    return bundle


def import_from(
    qtbot: QtBot, screen: ProgressTransferScreen, bundle: Path | list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = [str(path) for path in (bundle if isinstance(bundle, list) else [bundle])]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: (chosen, "Progress files (*.zip)"))
    screen.summary.clear()
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.import_button.isEnabled() and bool(screen.summary.text()))


def test_export_to_a_usb_folder_then_import_on_another_pc(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pc_a, pc_b = open_pc(tmp_path, "a"), open_pc(tmp_path, "b")
    learner = add_learner(pc_a, "Sokha")
    for event in mastery(learner, T0):
        record(pc_a, event)
    usb = tmp_path / "usb"
    usb.mkdir()
    on_a = transfer_screen(qtbot, window, pc_a)
    qtbot.mouseClick(on_a.everything, Qt.MouseButton.LeftButton)
    bundle = export_to(qtbot, on_a, usb, monkeypatch)
    assert (
        on_a.summary.text()
        == f"Saved {bundle.name}: 6 events and 1 learners. Import this file on the other PC."
    )
    on_b = transfer_screen(qtbot, window, pc_b)
    assert on_b.kept.note.text() == "Nothing: no record was changed on two PCs at once."
    import_from(qtbot, on_b, bundle, monkeypatch)
    assert "6 new events (0 were here already)" in on_b.summary.text()
    assert "Learners: 1 new, 0 updated." in on_b.summary.text()
    assert events_of(pc_b, learner) == events_of(pc_a, learner)


def test_versions_changed_on_two_pcs_at_once_are_listed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pc_a, pc_b = open_pc(tmp_path, "a"), open_pc(tmp_path, "b")
    learner = add_learner(pc_a, "Sokha")
    on_a, on_b = transfer_screen(qtbot, window, pc_a), transfer_screen(qtbot, window, pc_b)
    (tmp_path / "1").mkdir()
    import_from(qtbot, on_b, export_to(qtbot, on_a, tmp_path / "1", monkeypatch), monkeypatch)
    change(pc_a, "learners", learner, name="Sokha A")
    change(pc_b, "learners", learner, name="Sokha B")
    (tmp_path / "2").mkdir()
    import_from(qtbot, on_b, export_to(qtbot, on_a, tmp_path / "2", monkeypatch), monkeypatch)
    assert "1 records were changed on two PCs at once." in on_b.summary.text()
    assert on_b.kept.listing.isVisible() and on_b.kept.listing.count() == 1
    item = on_b.kept.listing.item(0).text()
    assert item.startswith("Learner Sokha ") and "“Sokha " in item and "(now “Sokha " in item


def test_a_damaged_file_is_refused_with_a_reason_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pc_a, pc_b = open_pc(tmp_path, "a"), open_pc(tmp_path, "b")
    add_learner(pc_a, "Sokha")
    (tmp_path / "usb").mkdir()
    bundle = export_to(qtbot, transfer_screen(qtbot, window, pc_a), tmp_path / "usb", monkeypatch)
    cut = tmp_path / "cut.zip"
    cut.write_bytes(bundle.read_bytes()[:-100])
    on_b = transfer_screen(qtbot, window, pc_b)
    before = dump(pc_b)
    import_from(qtbot, on_b, cut, monkeypatch)
    assert on_b.summary.text().startswith("Not done: This bundle is incomplete: the file was cut short.")
    assert on_b.summary.text().endswith("Nothing was changed.")
    assert on_b.summary.kind() == "error" and on_b.summary.symbol.isVisible()
    assert dump(pc_b) == before
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: ([], ""))
    qtbot.mouseClick(on_b.import_button, Qt.MouseButton.LeftButton)
    assert on_b.import_button.isEnabled(), "choosing no file does nothing"


def test_bundles_from_several_pcs_are_imported_at_once_and_a_damaged_one_is_named(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hub = open_pc(tmp_path, "hub")
    bundles, learners = [], []
    for name in ("a", "b"):
        pc = open_pc(tmp_path, name)
        learners.append((pc, add_learner(pc, f"Learner {name}")))
        for event in mastery(learners[-1][1], T0):
            record(pc, event)
        (tmp_path / f"usb-{name}").mkdir()
        bundles.append(
            export_to(qtbot, transfer_screen(qtbot, window, pc), tmp_path / f"usb-{name}", monkeypatch)
        )
    cut = tmp_path / "cut.zip"
    cut.write_bytes(bundles[0].read_bytes()[:-100])
    on_hub = transfer_screen(qtbot, window, hub)
    import_from(qtbot, on_hub, [bundles[0], cut, bundles[1]], monkeypatch)
    lines = on_hub.summary.text().splitlines()
    assert lines[0] == "Files imported: 2 of 3. New events: 12."
    assert lines[1].startswith(f"{bundles[0].name}: 6 new events from PC ")
    assert lines[2].startswith("cut.zip: Not done: This bundle is incomplete: the file was cut short.")
    assert lines[3].startswith(f"{bundles[1].name}: 6 new events from PC ")
    assert on_hub.summary.kind() == "success", "two of three went in"
    for pc, learner in learners:
        assert events_of(hub, learner) == events_of(pc, learner)


def test_the_first_pc_makes_the_centre_key_and_another_joins_by_typing_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, other = open_pc(tmp_path, "first", centre=None), open_pc(tmp_path, "other", centre=None)
    on_first = transfer_screen(qtbot, window, first)
    panel = on_first.centre_key
    assert panel.status.text().startswith("This PC has no centre key yet")
    qtbot.mouseClick(panel.make_button, Qt.MouseButton.LeftButton)
    code = shown(centre_key(first).code)  # type: ignore[union-attr]
    assert panel.status.text().startswith(f"This PC's centre key: {code}")
    assert panel.message.text() == f"Centre key made: {code}. Type it on each other PC of the centre."
    assert panel.message.kind() == "success" and panel.message.symbol.isVisible()
    assert panel.message.symbol.accessibleName() == "Done"
    assert not panel.make_button.isVisible(), "one key per centre: made once"
    other_screen = transfer_screen(qtbot, window, other)
    on_other = other_screen.centre_key
    typo = code[:3] + ("X" if code[3] != "X" else "Y") + code[4:]
    qtbot.keyClicks(on_other.code_field, typo)
    qtbot.mouseClick(on_other.join_button, Qt.MouseButton.LeftButton)
    assert "typing mistake" in on_other.message.text() and on_other.message.kind() == "error"
    assert on_other.message.symbol.isVisible() and on_other.message.symbol.accessibleName() == "Problem"
    assert centre_key(other) is None
    on_other.code_field.clear()
    qtbot.keyClicks(on_other.code_field, code.lower().replace("-", " "))
    assert on_other.message.text() == "" and not on_other.message.symbol.isVisible(), "being fixed: it goes"
    qtbot.keyClick(on_other.code_field, Qt.Key.Key_Return)
    assert on_other.message.text() == f"This PC now uses the centre key {code}."
    assert on_other.message.kind() == "success" and on_other.message.symbol.isVisible()
    assert centre_key(other) == centre_key(first)
    learner = add_learner(first, "Sokha")
    (tmp_path / "usb").mkdir()
    bundle = export_to(qtbot, on_first, tmp_path / "usb", monkeypatch)
    import_from(qtbot, other_screen, bundle, monkeypatch)
    assert other.query("SELECT id FROM learners")[0]["id"] == learner


def test_a_pc_without_the_centre_key_does_not_export_and_says_how_to_set_it_up(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lone = open_pc(tmp_path, "lone", centre=None)
    add_learner(lone, "Sokha")
    screen = transfer_screen(qtbot, window, lone)
    (tmp_path / "usb").mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(tmp_path / "usb"))
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.export_button.isEnabled() and bool(screen.summary.text()))
    assert screen.summary.text().startswith(
        "Not done: This PC has no centre key yet. On the first PC, make one"
    )
    assert screen.summary.kind() == "error" and screen.summary.symbol.isVisible()
    assert list((tmp_path / "usb").iterdir()) == []
    qtbot.mouseClick(screen.centre_key.make_button, Qt.MouseButton.LeftButton)
    assert screen.summary.text() == "" and screen.summary.kind() is None, "a key made: the refusal goes"


def test_a_bundle_of_another_centre_is_refused_and_joining_another_key_asks_first(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere, here = open_pc(tmp_path, "elsewhere", centre=new_code()), open_pc(tmp_path, "here")
    add_learner(elsewhere, "Dara")
    (tmp_path / "usb").mkdir()
    bundle = export_to(qtbot, transfer_screen(qtbot, window, elsewhere), tmp_path / "usb", monkeypatch)
    screen = transfer_screen(qtbot, window, here)
    before = dump(here)
    import_from(qtbot, screen, bundle, monkeypatch)
    assert screen.summary.text() == (
        "Not done: This bundle was sealed with another centre key."
        " Check that both PCs have the same centre key. Nothing was changed."
    )
    assert screen.summary.kind() == "error"
    assert dump(here) == before
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop(0))
    for _ in answers[:]:
        screen.centre_key.code_field.setText(shown(centre_key(elsewhere).code))  # type: ignore[union-attr]
        qtbot.mouseClick(screen.centre_key.join_button, Qt.MouseButton.LeftButton)
        if answers:
            assert centre_key(here) == CentreKey(parse_code(CENTRE)), "No keeps the key"
            assert screen.summary.kind() == "error", "the key is not changed: the refusal stays"
    assert centre_key(here) == centre_key(elsewhere)
    assert screen.summary.text() == "", "the other centre's key now: the refusal goes"


def test_events_with_one_id_and_two_contents_are_reported_as_both_kept(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from .test_event_copies import one_id_two_contents

    from_a, from_b, _ = one_id_two_contents(tmp_path)
    screen = transfer_screen(qtbot, window, open_pc(tmp_path, "hub"))
    import_from(qtbot, screen, [from_a, from_b], monkeypatch)
    assert (
        "1 records had the same id as different ones here; both are kept. Every PC uses the same one of them."
        in screen.summary.text().splitlines()
    )


def test_counts_in_khmer_are_in_khmer_digits_and_codes_and_file_names_stay_latin(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.context.language.switch("km")
    pc_a, pc_b = open_pc(tmp_path, "a"), open_pc(tmp_path, "b")
    learner = add_learner(pc_a, "Sokha")
    for event in mastery(learner, T0):
        record(pc_a, event)
    (tmp_path / "usb").mkdir()
    on_a = transfer_screen(qtbot, window, pc_a)
    qtbot.mouseClick(on_a.everything, Qt.MouseButton.LeftButton)
    bundle = export_to(qtbot, on_a, tmp_path / "usb", monkeypatch)
    said = on_a.summary.text()
    assert bundle.name in said and "៦" in said and "១" in said, said
    assert not re.search(r"[0-9]", said.replace(bundle.name, "")), said
    assert on_a.summary.kind() == "success"
    on_b = transfer_screen(qtbot, window, pc_b)
    import_from(qtbot, on_b, bundle, monkeypatch)
    first, records = on_b.summary.text().splitlines()[:2]
    assert "៦" in first and "០" in first, first  # the PC's id beside them is a code: it stays Latin
    assert "១" in records and not re.search(r"[0-9]", records), records
    panel = on_b.centre_key
    qtbot.keyClicks(panel.code_field, "ABC")
    qtbot.mouseClick(panel.join_button, Qt.MouseButton.LeftButton)
    assert "៣" in panel.message.text() and "3" not in panel.message.text(), panel.message.text()
    assert "២០" in panel.message.text() and panel.message.kind() == "error"


def test_a_refusal_in_khmer_is_the_khmer_words_with_its_count_in_khmer_digits_and_english_in_the_log(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    window.context.language.switch("km")
    pc_a, pc_b = open_pc(tmp_path, "a"), open_pc(tmp_path, "b")
    for event in mastery(add_learner(pc_a, "Sokha"), T0):
        record(pc_a, event)
    bundle = bundle_of(pc_a, tmp_path / "a.zip")
    odd = rewrite(bundle, tmp_path / "odd.zip", lambda db: db.execute("UPDATE events SET verb = 'exploded'"))
    on_b = transfer_screen(qtbot, window, pc_b)
    before = dump(pc_b)
    import_from(qtbot, on_b, odd, monkeypatch)
    said = on_b.summary.text()
    assert "ឯកសារវឌ្ឍនភាពនេះ មានសកម្មភាព ៦ ដែលកម្មវិធីនេះ អានមិនបាន។" in said, said
    assert not re.search(r"[0-9A-Za-z]", said), said
    assert on_b.summary.kind() == "error" and dump(pc_b) == before
    [logged] = [entry for entry in caplog.records if entry.name == "trainer.ui.progress_transfer"]
    assert logged.getMessage() == (
        f"progress bundle {odd} refused (unknown-events):"
        " This bundle holds 6 events this trainer cannot read."
    )
