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
cp tests/org.casenotes.ui.tests/target/screenshots/*.png docs/screenshots/
ls -1 docs/screenshots/
