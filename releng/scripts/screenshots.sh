#!/usr/bin/env bash
# Takes the README's screenshots of the real product: the UI tests drive the running Casenotes application
# under Xvfb and save PNGs of the states they reach; this copies them to docs/screenshots/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

casenotes_find_jdk
casenotes_require_xvfb
cd "$CASENOTES_ROOT"
rm -rf tests/org.casenotes.ui.tests/target/screenshots
xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B -q verify -pl features/org.casenotes.feature,tests/org.casenotes.ui.tests -am
mkdir -p docs/screenshots
# only those the README shows: the others (a dialog with a build folder's path in it, say) are for looking at failures
for png in $(grep -o 'docs/screenshots/[a-z0-9-]*\.png' README.md | sort -u); do
  cp "tests/org.casenotes.ui.tests/target/screenshots/$(basename "$png")" docs/screenshots/
done
ls -1 docs/screenshots/
