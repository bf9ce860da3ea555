# Sourced by ./casenotes, ./test and the release scripts: finds a JDK and the system libraries Casenotes needs.
# shellcheck shell=bash

CASENOTES_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CASENOTES_PRODUCT="$CASENOTES_ROOT/releng/org.casenotes.product/target/products/org.casenotes.product/linux/gtk/x86_64/casenotes"

# The major Java version of a JDK folder ("21", "25"), or nothing.
casenotes_jdk_version() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -n 1
}

# Sets JAVA_HOME to a JDK 21 or newer: JAVA_HOME when it fits, else the newest under /usr/lib/jvm.
casenotes_find_jdk() {
  local v
  if [ -n "${JAVA_HOME:-}" ]; then
    v=$(casenotes_jdk_version "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then export JAVA_HOME; return 0; fi
  fi
  local best="" best_v=0 dir
  for dir in /usr/lib/jvm/*/ /usr/local/lib/jvm/*/ "$HOME"/.sdkman/candidates/java/*/; do
    [ -d "$dir" ] || continue
    dir=${dir%/}
    v=$(casenotes_jdk_version "$dir")
    if [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best=$dir; best_v=$v; fi
  done
  if [ -z "$best" ]; then
    echo "casenotes: no JDK 21 or newer found (JAVA_HOME=${JAVA_HOME:-unset}; looked in /usr/lib/jvm)." >&2
    echo "casenotes: install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+, or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME="$best"
}

# Installs Debian packages when we are root, or says exactly what to install.
casenotes_require_packages() {
  local missing=("$@")
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "casenotes: installing ${missing[*]} (apt-get)..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "casenotes: missing system packages: ${missing[*]}" >&2
    echo "casenotes: install them with: sudo apt-get install ${missing[*]}" >&2
    return 1
  fi
}

# SWT on Linux draws with GTK 3.
casenotes_require_gtk() {
  # grep reads to the end (no -q): under pipefail an early exit would kill ldconfig with SIGPIPE and fail the test
  if ! ldconfig -p 2>/dev/null | grep 'libgtk-3\.so\.0' >/dev/null; then
    casenotes_require_packages libgtk-3-0
  fi
}

# The tests and screenshots run the real window on a virtual display.
casenotes_require_xvfb() {
  local missing=()
  command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb xauth)
  fc-list 2>/dev/null | grep -qi dejavu || missing+=(fonts-dejavu-core)
  casenotes_require_packages "${missing[@]}"
  casenotes_require_gtk
}

# Builds the product when it is missing or older than any source file.
casenotes_ensure_product() {
  # written when the product is materialized, by this script or by ./test
  local stamp="$CASENOTES_PRODUCT/configuration/config.ini"
  if [ -f "$stamp" ] && [ -z "$(find "$CASENOTES_ROOT/bundles" "$CASENOTES_ROOT/features" "$CASENOTES_ROOT/releng" "$CASENOTES_ROOT/pom.xml" \
        -type f -newer "$stamp" -not -path '*/target/*' -not -path '*/bin/*' -print -quit)" ]; then
    return 0
  fi
  local log="$CASENOTES_ROOT/target/product-build.log"
  mkdir -p "$CASENOTES_ROOT/target"
  echo "casenotes: building the product (the first build downloads its dependencies and takes a few minutes; log: $log)" >&2
  if ! (cd "$CASENOTES_ROOT" && ./mvnw -B -DskipTests -pl releng/org.casenotes.product -am package) >"$log" 2>&1; then
    grep -E '^\[ERROR\]' "$log" | head -n 30 >&2
    echo "casenotes: the build failed; the full log is in $log" >&2
    return 1
  fi
}

casenotes_launcher_jar() {
  local jar
  jar=$(ls "$CASENOTES_PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
  if [ -z "$jar" ]; then
    echo "casenotes: the product in $CASENOTES_PRODUCT has no launcher; delete it and run again" >&2
    return 1
  fi
  echo "$jar"
}
