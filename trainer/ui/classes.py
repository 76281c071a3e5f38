"""Classes and learners: make classes, add and move learners, assign modules in order."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from trainer.course.model import pick
from trainer.reports.wording import local_digits
from trainer.store.classes import (
    Assignment,
    add_class,
    all_classes,
    assignments_of,
    get_class,
    move_learners,
    set_assignments,
    update_class,
)
from trainer.store.learners import all_learners, has_code, reset_code
from trainer.ui.assignment_rows import add_row, move_up, rows_of
from trainer.ui.context import AppContext
from trainer.ui.layouts import flow_row
from trainer.ui.message import message_label
from trainer.ui.tables import fit_columns
from trainer.ui.widgets import Screen, WrapButton, button, label


class ClassesScreen(Screen):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.class_list = QListWidget()
        self.class_list.setObjectName("class-list")
        self.class_list.currentItemChanged.connect(lambda *_: self.show_class())
        self.show_archived = QCheckBox()
        self.show_archived.toggled.connect(lambda _: self.fill_classes())
        self.new_class_button = WrapButton(primary=True)
        self.new_class_button.setObjectName("new-class")
        self.new_class_button.clicked.connect(self.new_class)
        left = QVBoxLayout()
        left.addWidget(self.new_class_button)
        left.addWidget(self.class_list, 1)
        left.addWidget(self.show_archived)

        self.class_name = label(role="heading")
        self.no_codes = QCheckBox()
        self.no_codes.setObjectName("no-codes")
        self.no_codes.toggled.connect(self._set_no_codes)
        self.archive_button = WrapButton()
        self.archive_button.setObjectName("archive-class")
        self.archive_button.clicked.connect(self._archive)
        self.rename_button = WrapButton()
        self.rename_button.setObjectName("rename-class")
        self.rename_button.clicked.connect(self._rename)
        self.learners = QListWidget()
        self.learners.setObjectName("class-learners")
        self.learners.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.learners.itemSelectionChanged.connect(self._learners_selected)
        self.add_button = WrapButton()
        self.add_button.setObjectName("add-learners")
        self.add_button.clicked.connect(self._add_learners)
        self.move_button = WrapButton()
        self.move_button.setObjectName("move-learners")
        self.move_button.clicked.connect(self._move)
        self.reset_button = WrapButton()
        self.reset_button.setObjectName("reset-codes")
        self.reset_button.clicked.connect(self._reset_codes)
        learner_buttons = flow_row(self.add_button, self.move_button, self.reset_button)

        self.assigned = QTableWidget(0, 2)
        self.assigned.setObjectName("assigned-modules")
        self.assigned.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        fit_columns(self.assigned, stretch=(0,))
        self.assign_button, self.up_button, self.remove_button = WrapButton(), button("↑"), WrapButton()
        self.assign_button.setObjectName("assign-module")
        self.assign_button.clicked.connect(self._assign)
        self.up_button.clicked.connect(self._move_up)
        self.remove_button.clicked.connect(self._unassign)
        self.save_button = WrapButton(primary=True)
        self.save_button.setObjectName("save-assignments")
        self.save_button.clicked.connect(self.save_assignments)
        module_buttons = flow_row(self.assign_button, self.up_button, self.remove_button, self.save_button)
        self.message = message_label()

        self.detail = QWidget()
        right = QVBoxLayout(self.detail)
        right.addWidget(self.class_name)
        right.addLayout(flow_row(self.rename_button, self.archive_button))
        right.addWidget(self.no_codes)
        self.learners_heading, self.modules_heading = label(role="heading"), label(role="heading")
        right.addWidget(self.learners_heading)
        right.addWidget(self.learners, 1)
        right.addLayout(learner_buttons)
        right.addWidget(self.modules_heading)
        right.addWidget(self.assigned, 1)
        right.addLayout(module_buttons)
        right.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 0, 0, 0)
        layout.addLayout(left)
        layout.addWidget(self.detail, 3)
        self.retranslate()
        self.fill_classes()

    @property
    def class_id(self) -> str | None:
        item = self.class_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def fill_classes(self, select: str | None = None) -> None:
        select = select or self.class_id
        self.class_list.clear()
        for each in all_classes(self.context.database, archived=self.show_archived.isChecked()):
            archived = self.tr("archived")
            text = each.name + (f" ({archived})" if each.archived else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, each.id)
            self.class_list.addItem(item)
            if each.id == select:
                self.class_list.setCurrentItem(item)
        if self.class_list.currentItem() is None and self.class_list.count():
            self.class_list.setCurrentRow(0)
        self.detail.setVisible(self.class_list.count() > 0)

    def show_class(self) -> None:
        if self.class_id is None:
            return
        database = self.context.database
        chosen = get_class(database, self.class_id)
        self.class_name.setText(chosen.name)
        self.archive_button.setText(self.tr("Bring back") if chosen.archived else self.tr("Archive class"))
        self.no_codes.blockSignals(True)
        self.no_codes.setChecked(not chosen.codes_needed)
        self.no_codes.blockSignals(False)
        self.learners.clear()
        for learner in all_learners(database, chosen.id):
            later = self.tr("chooses a picture code at sign-in")
            waiting = "" if has_code(database, learner.id) else f"  ({later})"
            item = QListWidgetItem(learner.name + waiting)
            item.setData(Qt.ItemDataRole.UserRole, learner.id)
            self.learners.addItem(item)
        self.assigned.setRowCount(0)
        for assignment in assignments_of(database, chosen.id):
            self._add_row(assignment)
        self.message.clear()

    def _add_row(self, assignment: Assignment) -> None:
        add_row(self.assigned, assignment, self.context.library, self.context.lang)

    def _rows(self) -> list[Assignment]:
        return rows_of(self.assigned)

    def new_class(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New class"), self.tr("Name of the class"))
        if not ok:
            return
        try:
            made = add_class(self.context.database, name)
        except ValueError:
            self.message.setText(self.tr("A class needs a name."))
            return
        self.fill_classes(select=made.id)

    def _rename(self) -> None:
        if self.class_id is None:
            return
        old = get_class(self.context.database, self.class_id).name
        name, ok = QInputDialog.getText(
            self, self.tr("Rename the class"), self.tr("Name of the class"), text=old
        )
        if not ok:
            return
        if not " ".join(name.split()):
            self.message.setText(self.tr("A class needs a name."))
            return
        update_class(self.context.database, self.class_id, name=" ".join(name.split()))
        self.fill_classes()

    def _set_no_codes(self, checked: bool) -> None:
        if self.class_id:
            update_class(self.context.database, self.class_id, codes_needed=not checked)

    def _archive(self) -> None:
        if self.class_id:
            archived = get_class(self.context.database, self.class_id).archived
            update_class(self.context.database, self.class_id, archived=not archived)
            self.fill_classes()

    def _selected_learners(self) -> list[str]:
        return [str(item.data(Qt.ItemDataRole.UserRole)) for item in self.learners.selectedItems()]

    def _learners_selected(self) -> None:
        if self._selected_learners():
            self.message.clear_error()

    def _add_learners(self) -> None:
        from trainer.ui.add_learners import AddLearners

        assert self.class_id is not None
        dialog = AddLearners(self.context, self.class_id, self)
        if dialog.exec():
            self.show_class()
            self.message.setText(
                self.tr("{} learners added.").format(local_digits(dialog.added, self.context.lang)), "success"
            )

    def _move(self) -> None:
        chosen = self._selected_learners()
        if not chosen:
            self.message.setText(self.tr("Select one or more learners first."))
            return
        others = [c for c in all_classes(self.context.database) if c.id != self.class_id]
        names = [c.name for c in others]
        if not names:
            self.message.setText(self.tr("Make another class first."))
            return
        name, ok = QInputDialog.getItem(
            self, self.tr("Move learners"), self.tr("Move to class"), names, 0, False
        )
        if ok:
            move_learners(self.context.database, chosen, others[names.index(name)].id)
            self.show_class()

    def _reset_codes(self) -> None:
        chosen = self._selected_learners()
        if not chosen:
            self.message.setText(self.tr("Select one or more learners first."))
            return
        for learner_id in chosen:
            reset_code(self.context.database, learner_id)
        self.show_class()
        self.message.setText(self.tr("They will choose new pictures the next time they sign in."), "success")

    def _assign(self) -> None:
        taken = {a.module_id for a in self._rows()}
        free = [m for m in self.context.library.modules if m.id not in taken]
        titles = [pick(m.title, self.context.lang) for m in free]
        if not titles:
            return
        title, ok = QInputDialog.getItem(
            self, self.tr("Assign a module"), self.tr("Module"), titles, 0, False
        )
        if ok:
            self._add_row(Assignment(free[titles.index(title)].id))

    def _move_up(self) -> None:
        move_up(self.assigned, self.context.library, self.context.lang)

    def _unassign(self) -> None:
        if self.assigned.currentRow() >= 0:
            self.assigned.removeRow(self.assigned.currentRow())

    def save_assignments(self) -> None:
        assert self.class_id is not None
        set_assignments(self.context.database, self.class_id, self._rows())
        self.message.setText(
            self.tr("Saved. The class's learners see these modules first, in this order."), "success"
        )

    def retranslate(self) -> None:
        self.new_class_button.setText(self.tr("New class"))
        self.rename_button.setText(self.tr("Rename"))
        self.show_archived.setText(self.tr("Show archived classes"))
        self.no_codes.setText(self.tr("Learners of this class sign in without picture codes"))
        self.learners_heading.setText(self.tr("Learners"))
        self.add_button.setText(self.tr("Add learners…"))
        self.move_button.setText(self.tr("Move to another class…"))
        self.reset_button.setText(self.tr("Reset picture code"))
        self.modules_heading.setText(self.tr("Modules for this class, in order"))
        self.assigned.setHorizontalHeaderLabels([self.tr("Module"), self.tr("Finish by")])
        self.assign_button.setText(self.tr("Add a module…"))
        self.remove_button.setText(self.tr("Remove"))
        self.save_button.setText(self.tr("Save modules"))
        if self.class_id:
            self.show_class()
