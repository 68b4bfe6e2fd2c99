# Sourced by ./vanban and ./run-tests: sets JAVA_HOME to a JDK >= 21, or explains and exits 2.
# Order: $JAVA_HOME, `java` on PATH, then every JDK under /usr/lib/jvm (newest first).
vanban_java_major() {
  # The JDK's release file says its version without starting a JVM (about 50 ms each); a JDK
  # without one is asked directly.
  local v=""
  [ -r "$1/release" ] && v=$(sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9][0-9]*\).*/\2/p' "$1/release" | head -n 1)
  if [ -z "$v" ]; then
    v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1)
  fi
  echo "$v"
}
vanban_find_jdk() {
  local candidates=() c major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for c in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do candidates+=("${c%/}"); done
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    major=$(vanban_java_major "$c")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME="$c"
      export VANBAN_JAVA_MAJOR="$major"
      # Maven 3.9 (guava, jansi) calls sun.misc.Unsafe: JDK 24+ warns on every run. Allow it quietly
      # there; JDK 21/22 warn about nothing and would refuse the option.
      if [ "$major" -ge 23 ] && [[ " ${MAVEN_OPTS:-} " != *" --sun-misc-unsafe-memory-access="* ]]; then
        export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow"
      fi
      return 0
    fi
  done
  echo "vanban: error: no JDK 21 or newer found (checked \$JAVA_HOME, java on PATH, /usr/lib/jvm)." >&2
  echo "  Install one (e.g. a Temurin JDK 21+) or set JAVA_HOME to it." >&2
  exit 2
}
vanban_find_jdk
