"""Packaging: the installer definitions name files that exist, and the built bundle starts."""

import configparser
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
PACKAGING = ROOT / "packaging"


def read_ini(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=False, allow_no_value=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8-sig")
    return parser


def test_the_inno_setup_script_names_files_that_exist() -> None:
    script = (PACKAGING / "windows" / "trainer.iss").read_text(encoding="utf-8")
    setup = dict(re.findall(r"^(\w+)=(.*)$", script.split("[Setup]")[1].split("\n[")[0], re.MULTILINE))
    assert (PACKAGING / "windows" / setup["SetupIconFile"]).is_file()
    assert setup["OutputDir"] == r"..\..\dist"
    messages = re.findall(r'MessagesFile: "([^"]+)"', script)
    assert {name.strip() for files in messages for name in files.split(",")} == {
        "compiler:Default.isl",
        "Khmer.isl",
    }, "Khmer and English installer languages"
    assert (PACKAGING / "windows" / "Khmer.isl").is_file()
    (source,) = re.findall(r'^Source: "([^"]+)"', script, re.MULTILINE)
    assert source == r"..\..\dist\trainer\*", "the folder packaging/build.sh writes"
    assert 'name="trainer"' in (PACKAGING / "trainer.spec").read_text(encoding="utf-8")
    assert "{group}" in script and "DeleteLearnerData" in script, "Start menu, and data kept unless asked"


def test_the_khmer_installer_messages_parse() -> None:
    khmer = read_ini(PACKAGING / "windows" / "Khmer.isl")
    assert khmer["LangOptions"]["LanguageID"] == "$0453"
    assert khmer["Messages"]["ButtonNext"] == "&បន្ទាប់ >"


def test_the_linux_desktop_entry() -> None:
    entry = read_ini(PACKAGING / "linux" / "trainer.desktop")["Desktop Entry"]
    assert entry["Exec"] == "trainer" and entry["Name[km]"]
    assert (PACKAGING / "linux" / f"{entry['Icon']}.png").is_file()


@pytest.mark.packaging
def test_the_built_bundle_starts_with_khmer_from_inside_it(tmp_path: Path) -> None:
    build = subprocess.run(
        ["bash", str(PACKAGING / "build.sh")],
        env={**os.environ, "PYTHON": sys.executable},
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr[-3000:]
    bundle = ROOT / "dist" / "trainer"
    smoke = subprocess.run(
        [str(bundle / "trainer"), "--smoke", "--lang", "km", "--data-dir", str(tmp_path / "data")],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert smoke.returncode == 0, smoke.stderr[-3000:]
    lines = smoke.stdout.splitlines()
    assert any(line.startswith("shown ") for line in lines)
    assert "modules 23" in lines
    fonts = [line.split(" ", 1)[1] for line in lines if line.startswith("font ")]
    assert any(font.endswith("NotoSansKhmer-Regular.ttf") for font in fonts)
    assert all(Path(font).is_relative_to(bundle) for font in fonts), fonts
    translations = [line.split(" ", 1)[1] for line in lines if line.startswith("translation ")]
    assert any(path.endswith("trainer_km.qm") for path in translations)
    assert all(Path(path).is_relative_to(bundle) for path in translations), translations
    assert "khmer-missing-glyphs 0" in lines, "Khmer shaping works inside the bundle"
    assert (tmp_path / "data" / "trainer.db").is_file()

    marker = bundle / "portable"
    marker.touch()
    try:
        portable = subprocess.run(
            [str(bundle / "trainer"), "--smoke"],
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            capture_output=True, text=True, check=False, timeout=120,
        )  # fmt: skip
    finally:
        marker.unlink()
    assert portable.returncode == 0, portable.stderr[-3000:]
    assert (bundle / "data" / "trainer.db").is_file(), "a portable marker keeps the data beside the app"

    shots = subprocess.run(  # every screen and facilitator page, charts included, from inside the bundle
        [str(bundle / "trainer"), "screenshots", "--lang", "en", "--out", str(tmp_path / "shots")],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip
    assert shots.returncode == 0, shots.stderr[-3000:]
    from trainer.ui.facilitator_area import PAGES

    for name in [page for page, _, _ in PAGES] + ["charts-detail"]:
        assert (tmp_path / "shots" / f"facilitator-{name}-en.png").is_file(), name
    tls = subprocess.run(  # records go to an LRS over https: TLS is in the bundle
        [str(bundle / "trainer"), "--data-dir", str(tmp_path / "data"), "lrs", "check",
         "--endpoint", "https://127.0.0.1:9/xapi/", "--user", "u"],
        env={**os.environ, "TRAINER_LRS_PASSWORD": "p"},
        capture_output=True, text=True, check=False, timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert "Could not reach the LRS" in tls.stderr and "Connection refused" in tls.stderr, tls.stderr[-2000:]
