#!/usr/bin/env bash
# Build the one-folder bundle in dist/trainer, and a compressed copy to put on a USB stick.
# Run from anywhere, in the environment the app runs in (e.g. after `bash scripts/venv`).
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
"$python" -m pip install -q --disable-pip-version-check "pyinstaller>=6.10"
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/trainer.spec
tar -C dist -cJf dist/trainer-linux.tar.xz trainer
echo "bundle:     $(du -sh dist/trainer | cut -f1)  dist/trainer"
echo "compressed: $(du -sh dist/trainer-linux.tar.xz | cut -f1)  dist/trainer-linux.tar.xz"
