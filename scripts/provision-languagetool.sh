#!/usr/bin/env bash
# provision-languagetool.sh — install a local LanguageTool HTTP server for newslint.
#
# Fetches org.languagetool:languagetool-server and org.languagetool:language-en
# (plus their dependencies) from Maven Central with `mvn`, copies every jar flat
# into one directory, smoke-tests the server, then writes DIR/VERSION. A re-run
# that finds DIR/VERSION matching the wanted version does nothing (instant).
#
# Usage:
#   scripts/provision-languagetool.sh            # install if needed (idempotent)
#   scripts/provision-languagetool.sh --verify   # also smoke-test an existing install
#   scripts/provision-languagetool.sh --force    # reinstall even if VERSION matches
#
# Environment:
#   NEWSLINT_LT_HOME     install dir (default ${XDG_CACHE_HOME:-$HOME/.cache}/newslint/languagetool);
#                        must match newslint.engines.lt_server.local_install_dir()
#   NEWSLINT_LT_VERSION  LanguageTool version (default 6.8, the newest on Maven
#                        Central that runs on Java 17 and the version
#                        language_tool_python 3.4 targets)
#
# Needs: mvn (3.8+), java (17+), python3 (for the smoke test only).
#
# Afterwards the server starts with:
#   java -cp "DIR/*" org.languagetool.server.HTTPServer --port 8081 --allow-origin '*'
#
# Only the English module is installed, not the 30-language `language-all` that
# languagetool-server pulls in by default: 97 MB instead of 252 MB, and the
# server answers ~2x sooner with ~half the RSS. Spanish, Catalan and Portuguese
# stay in because LanguageTool's language detector (CommonWordsDetector) refers
# to them at class-initialisation time and the server will not start without them.
set -euo pipefail

LT_VERSION="${NEWSLINT_LT_VERSION:-6.8}"
LT_HOME="${NEWSLINT_LT_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/newslint/languagetool}"
DEP_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"
# Same choice as lt_server._java_executable(): JAVA_HOME first, then PATH.
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi
export JAVA
# es/ca/pt: required by the language detector at start-up (see header).
LANG_MODULES=(en es ca pt)

force=0
verify=0
for arg in "$@"; do
    case "$arg" in
        --force) force=1 ;;
        --verify) verify=1 ;;
        -h | --help) sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
        *) echo "provision-languagetool: unknown argument: $arg" >&2; exit 2 ;;
    esac
done

die() { echo "provision-languagetool: $*" >&2; exit 1; }

# Start the server from jar dir $1 and check that it flags "a apple".
# Prints start-up time and RSS; exits non-zero if the server misbehaves.
smoke_test() {
    command -v python3 >/dev/null || die "python3 not found (needed for the smoke test)"
    python3 - "$1" <<'PY'
import json, os, socket, subprocess, sys, time, urllib.parse, urllib.request

jars = sys.argv[1]
with socket.socket() as s:  # free port; tiny race is acceptable for a smoke test
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
cmd = [os.environ["JAVA"], "-Xmx1g", "-cp", os.path.join(jars, "*"),
       "org.languagetool.server.HTTPServer", "--port", str(port), "--allow-origin", "*"]
opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: never via a proxy
base = f"http://127.0.0.1:{port}/v2"
t0 = time.monotonic()
proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def rss_mb() -> float:
    with open(f"/proc/{proc.pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


try:
    while True:
        if proc.poll() is not None:
            err = proc.stderr.read().decode(errors="replace").strip().splitlines()
            sys.exit(f"server exited with {proc.returncode}: {err[-1] if err else '(no stderr)'}")
        if time.monotonic() - t0 > 120:
            sys.exit("server did not answer within 120 s")
        try:
            opener.open(base + "/languages", timeout=2).read()
            break
        except OSError:
            time.sleep(0.1)
    ready = time.monotonic() - t0
    rss_idle = rss_mb()
    data = urllib.parse.urlencode({"language": "en-US", "text": "This is a apple."}).encode()
    t1 = time.monotonic()
    body = json.load(opener.open(base + "/check", data=data, timeout=60))
    first_check = time.monotonic() - t1
    rules = [m["rule"]["id"] for m in body["matches"]]
    if "EN_A_VS_AN" not in rules:
        sys.exit(f"expected EN_A_VS_AN for 'This is a apple.', got {rules}")
    print(f"smoke test OK: LanguageTool {body['software']['version']} flagged {rules}")
    print(f"  answered after {ready:.1f} s (RSS {rss_idle:.0f} MB); "
          f"first check took {first_check:.1f} s (RSS then {rss_mb():.0f} MB)")
finally:
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
PY
}

marker="$LT_HOME/VERSION"
mkdir -p "$LT_HOME"
# Two concurrent runs (parallel CI jobs) would swap jars under each other.
if command -v flock >/dev/null; then
    exec 9>"$LT_HOME/.provision.lock"
    flock 9
fi
if [[ $force -eq 0 && -f "$marker" && "$(cat "$marker")" == "$LT_VERSION" ]]; then
    echo "LanguageTool $LT_VERSION already provisioned in $LT_HOME"
    if [[ $verify -eq 1 ]]; then smoke_test "$LT_HOME"; fi
    exit 0
fi

command -v mvn >/dev/null || die "mvn not found (install Maven 3.8+)"
command -v "$JAVA" >/dev/null || die "java not found (install a Java 17+ runtime or set JAVA_HOME)"

# Stage inside LT_HOME so the final move is a same-filesystem rename, and a
# failed run never leaves a half-filled jar dir behind a VERSION marker.
stage="$(mktemp -d "$LT_HOME/.stage.XXXXXX")"
trap 'rm -rf "$stage"' EXIT

deps="
    <dependency>
      <groupId>org.languagetool</groupId>
      <artifactId>languagetool-server</artifactId>
      <version>$LT_VERSION</version>
      <exclusions>
        <exclusion><groupId>org.languagetool</groupId><artifactId>language-all</artifactId></exclusion>
      </exclusions>
    </dependency>"
for lang in "${LANG_MODULES[@]}"; do
    deps+="
    <dependency>
      <groupId>org.languagetool</groupId>
      <artifactId>language-$lang</artifactId>
      <version>$LT_VERSION</version>
    </dependency>"
done
cat >"$stage/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>newslint.local</groupId>
  <artifactId>languagetool-bundle</artifactId>
  <version>$LT_VERSION</version>
  <packaging>pom</packaging>
  <dependencies>$deps
  </dependencies>
</project>
EOF

echo "Fetching LanguageTool $LT_VERSION from Maven Central (first run downloads ~100 MB)..."
# mvn's output goes to a log (Maven 3.8 emits stray colour codes even with -B -q)
# and is shown only when it fails.
if ! mvn -B --no-transfer-progress -f "$stage/pom.xml" \
    "$DEP_PLUGIN:copy-dependencies" \
    -DincludeScope=runtime -DoutputDirectory="$stage/jars" >"$stage/mvn.log" 2>&1; then
    grep -E "ERROR|FAIL" "$stage/mvn.log" | head -n 20 >&2 || tail -n 20 "$stage/mvn.log" >&2
    die "mvn could not fetch LanguageTool $LT_VERSION (is Maven Central reachable?)"
fi
compgen -G "$stage/jars/languagetool-server-*.jar" >/dev/null \
    || die "languagetool-server jar missing after mvn run"

smoke_test "$stage/jars"

# Replace the old jars (if any) with the verified set; VERSION goes last so it
# only ever marks a complete install.
rm -f "$marker" "$LT_HOME"/*.jar
mv "$stage"/jars/*.jar "$LT_HOME"/
echo "$LT_VERSION" >"$marker"
echo "LanguageTool $LT_VERSION provisioned in $LT_HOME ($(du -sh "$LT_HOME" | cut -f1))"
echo "Start it with: java -cp \"$LT_HOME/*\" org.languagetool.server.HTTPServer --port 8081 --allow-origin '*'"
