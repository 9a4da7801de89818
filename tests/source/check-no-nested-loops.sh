#!/usr/bin/env bash
# Fails if a dialog of the desktop program runs a nested event loop: exec()
# on a dialog or a menu, or the static helpers of QFileDialog, QMessageBox,
# QInputDialog, QColorDialog and QFontDialog, which all run one. Dialogs are
# opened with open() or show() and answer through signals.
# Usage: check-no-nested-loops.sh SOURCE_DIR
set -euo pipefail
cd "$1"
pattern='(->|\.)exec\(|QFileDialog::get[A-Za-z]*\(|QMessageBox::(information|warning|critical|question|about|aboutQt)\(|QInputDialog::get[A-Za-z]*\(|QColorDialog::getColor\(|QFontDialog::getFont\('
# The application's own event loop in main() is the one loop allowed.
found=$(grep -rnE "$pattern" ui app/gui --include='*.cpp' --include='*.h' | grep -vE '^app/gui/main\.cpp:[0-9]+:\s*return app\.exec\(\);' || true)
if [ -n "$found" ]; then
    echo "FAIL: nested event loops:"
    echo "$found"
    exit 1
fi
echo "ok   no dialog runs a nested event loop in ui/ or app/gui/"
