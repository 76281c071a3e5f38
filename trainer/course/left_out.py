"""Folders that hold an editor's work but would be left out without a word: a module folder
without its `module.yaml` (often saved as `module.yml`), a curriculum without `curriculum.yaml`.

Each is reported for the folder as a whole (`path: message`), so that `content validate` fails
instead of printing `ok` while the work is missing from the app.
"""

from pathlib import Path

from trainer.course.problems import Problems

BESIDE_CURRICULA = ("schema", "templates")
"""Folders a content folder holds beside its curricula: the JSON Schemas and `content new`'s
examples."""


def _near_name(folder: Path, wanted: str) -> str | None:
    """A file named almost `wanted`: `.yml`, other capitals, or `.txt` added by Notepad."""
    stem = wanted.removesuffix(".yaml")
    near = {f"{stem}.yaml", f"{stem}.yml", f"{stem}.yaml.txt", f"{stem}.yml.txt"}
    return next((p.name for p in sorted(folder.iterdir()) if p.is_file() and p.name.casefold() in near), None)


def _module_work(folder: Path) -> bool:
    """Whether `folder` holds a module's files, with or without its module.yaml."""
    names = [p.name.casefold() for p in folder.iterdir() if p.is_file()]
    return _near_name(folder, "module.yaml") is not None or any(
        name in ("quiz.yaml", "quiz.yml") or (name.startswith("lesson.") and name.endswith(".md"))
        for name in names
    )


def _subfolders(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))


def report_left_out(root: Path, problems: Problems) -> None:
    """Add a problem for each folder under `root` (content, curriculum or module) left out."""
    if not root.is_dir():
        problems.add(root, 0, "folder not found")
        return
    if (root / "module.yaml").exists() or _module_work(root):
        _check_module(root, problems)
    elif (root / "curriculum.yaml").exists() or any(_module_work(p) for p in _subfolders(root)):
        _check_curriculum(root, problems)
    else:
        for folder in _subfolders(root):
            if folder.name not in BESIDE_CURRICULA:
                _check_curriculum(folder, problems)


def _check_curriculum(folder: Path, problems: Problems) -> None:
    modules = [p for p in _subfolders(folder) if _module_work(p)]
    if (folder / "curriculum.yaml").exists():
        for module in modules:
            _check_module(module, problems)
    elif (near := _near_name(folder, "curriculum.yaml")) is not None:
        problems.add(folder, 0, f"rename {near} to curriculum.yaml; until then its modules are left out")
    elif modules:
        problems.add(
            folder, 0, "curriculum.yaml is missing, so the modules in this folder are left out: write one"
        )


def _check_module(folder: Path, problems: Problems) -> None:
    if (folder / "module.yaml").exists():
        return
    if (near := _near_name(folder, "module.yaml")) is not None:
        problems.add(folder, 0, f"rename {near} to module.yaml; until then this module is left out")
    else:
        problems.add(folder, 0, "module.yaml is missing, so this module is left out: write one")
