"""The rows of a class's modules table: a module's title, then its "finish by" date field, in
the order the class's learners see them."""

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QTableWidget, QTableWidgetItem

from trainer.course.model import Library, pick
from trainer.store.classes import Assignment
from trainer.ui.local_numbers import LocalDateEdit

NO_DATE = QDate(2000, 1, 1)
"""The lowest date of a "finish by" field, shown as a dash: no target date."""


def add_row(table: QTableWidget, assignment: Assignment, library: Library, lang: str) -> None:
    module = library.module(assignment.module_id)
    row = table.rowCount()
    table.insertRow(row)
    item = QTableWidgetItem(pick(module.title, lang) if module else assignment.module_id)
    item.setData(Qt.ItemDataRole.UserRole, assignment.module_id)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    table.setItem(row, 0, item)
    date = LocalDateEdit(lang)
    date.setCalendarPopup(True)
    date.setMinimumDate(NO_DATE)
    date.setSpecialValueText("—")
    date.setDisplayFormat("yyyy-MM-dd")
    date.setDate(
        QDate.fromString(assignment.target_date, "yyyy-MM-dd") if assignment.target_date else NO_DATE
    )
    table.setCellWidget(row, 1, date)


def rows_of(table: QTableWidget) -> list[Assignment]:
    rows = []
    for row in range(table.rowCount()):
        item, date = table.item(row, 0), table.cellWidget(row, 1)
        assert item is not None and isinstance(date, QDateEdit)
        module_id = str(item.data(Qt.ItemDataRole.UserRole))
        rows.append(
            Assignment(module_id, None if date.date() == NO_DATE else date.date().toString("yyyy-MM-dd"))
        )
    return rows


def move_up(table: QTableWidget, library: Library, lang: str) -> None:
    """The selected module one place earlier, its date with it."""
    row = table.currentRow()
    if row > 0:
        rows = rows_of(table)
        rows[row - 1], rows[row] = rows[row], rows[row - 1]
        table.setRowCount(0)
        for assignment in rows:
            add_row(table, assignment, library, lang)
        table.selectRow(row - 1)
