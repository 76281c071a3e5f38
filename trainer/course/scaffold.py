"""Start a module: copy the commented example files, so that an editor begins from something that works.

The examples live in content/templates/ (data, not code). A new module validates and shows in
the app as it is; every text in it says what to write there.
"""

import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from string import Template

from trainer.course.problems import Problems
from trainer.course.yamlfile import read_yaml

VALID_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_NUMBERED = re.compile(r"^([a-z]*)(\d+)-")
_TEXT_FILES = (".yaml", ".md")


class NewModuleError(Exception):
    """Why no module was made; nothing was written."""


@dataclass(frozen=True)
class NewModule:
    folder: Path
    files: tuple[Path, ...]
    new_curriculum: Path | None
    """The curriculum.yaml written too, when the curriculum did not exist yet."""


def check_id(value: str, what: str) -> None:
    if not VALID_ID.match(value):
        raise NewModuleError(
            f"'{value}' cannot be a {what} id: use small letters a-z, digits and single dashes, "
            "such as spot-the-fake-message"
        )


def ids_in_use(root: Path) -> dict[str, Path]:
    """Every curriculum and module id under `root`, with the file that declares it."""
    found: dict[str, Path] = {}
    for path in sorted([*root.glob("*/curriculum.yaml"), *root.glob("*/*/module.yaml")]):
        data = read_yaml(path, Problems())
        if data is not None and data.get("id") is not None:
            found.setdefault(str(data["id"]).strip(), path)
    return found


def new_module(root: Path, module_id: str, curriculum_id: str, templates: Path) -> NewModule:
    """Make `root/<curriculum>/<nN>-<module_id>/` from the templates, or refuse with a reason."""
    check_id(module_id, "module")
    check_id(curriculum_id, "curriculum")
    used = ids_in_use(root) if root.is_dir() else {}
    if module_id in used:
        raise NewModuleError(f"the id '{module_id}' is already used in {used[module_id]}: choose another")
    curriculum = _curriculum_folder(root, curriculum_id)
    made_curriculum = None
    if curriculum is None:
        curriculum = root / curriculum_id
        if curriculum_id in used or curriculum.exists():
            raise NewModuleError(
                f"no curriculum has the id '{curriculum_id}', and {used.get(curriculum_id, curriculum)} "
                "is in the way of a new one: check the id in the curriculum's curriculum.yaml"
            )
        made_curriculum = curriculum / "curriculum.yaml"
        _copy(templates / "curriculum", curriculum, {"curriculum_id": curriculum_id})
    folder = curriculum / f"{_next_prefix(curriculum)}-{module_id}"
    files = _copy(templates / "module", folder, {"module_id": module_id, "curriculum_id": curriculum_id})
    _copy_schemas(templates.parent / "schema", root / "schema")
    return NewModule(folder, files, made_curriculum)


def _curriculum_folder(root: Path, curriculum_id: str) -> Path | None:
    for path in sorted(root.glob("*/curriculum.yaml")):
        data = read_yaml(path, Problems())
        if data is not None and str(data.get("id", "")).strip() == curriculum_id:
            return path.parent
    return None


def _next_prefix(curriculum: Path) -> str:
    """Modules show in folder-name order: the new one comes last, numbered like its neighbours."""
    numbered = [m for folder in curriculum.iterdir() if (m := _NUMBERED.match(folder.name))]
    if not numbered:
        return "m1"
    letters = max(numbered, key=lambda m: int(m.group(2))).group(1)
    return f"{letters}{max(int(m.group(2)) for m in numbered) + 1}"


def _copy(template: Path, destination: Path, values: dict[str, str]) -> tuple[Path, ...]:
    """Fill in the template folder in a temporary folder, then move it into place in one step."""
    if destination.exists():
        raise NewModuleError(f"{destination} exists already: nothing was changed")
    destination.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".new-", dir=destination.parent))
    try:
        for source in sorted(template.rglob("*")):
            target = staging / source.relative_to(template)
            if source.is_dir():
                target.mkdir(parents=True, exist_ok=True)
            elif source.suffix in _TEXT_FILES:
                text = Template(source.read_text(encoding="utf-8")).safe_substitute(values)
                target.write_text(text, encoding="utf-8")
            else:
                shutil.copyfile(source, target)
        staging.rename(destination)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return tuple(sorted(destination / p.relative_to(template) for p in template.rglob("*") if p.is_file()))


def _copy_schemas(schemas: Path, destination: Path) -> None:
    """The editor's own content folder gets the JSON Schemas too, for their text editor's checks."""
    if destination.resolve() == schemas.resolve() or not schemas.is_dir():
        return
    destination.mkdir(parents=True, exist_ok=True)
    for schema in schemas.glob("*.json"):
        if not (destination / schema.name).exists():
            shutil.copyfile(schema, destination / schema.name)
