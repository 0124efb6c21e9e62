#!/usr/bin/env bash
# Fetch the official SARIF 2.1.0 schema and Microsoft's SARIF Multitool validator
# from the npm registry (@microsoft/sarif-multitool-linux ships both), for the tests.
# Idempotent: a second run is instant. Prints the directory.
set -euo pipefail
DEST="${NEWSLINT_SARIF_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/newslint/sarif}"
VERSION="5.7.0"
if [[ -f "$DEST/$VERSION/sarif-2.1.0.json" ]]; then
  echo "$DEST/$VERSION"
  exit 0
fi
mkdir -p "$DEST/$VERSION"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@microsoft/sarif-multitool-linux@$VERSION" >/dev/null)
tar -xzf "$work"/microsoft-sarif-multitool-linux-"$VERSION".tgz -C "$work"
cp "$work/package/sarif-2.1.0.json" "$DEST/$VERSION/"
if [[ -f "$work/package/Sarif.Multitool" ]]; then
  cp "$work/package/Sarif.Multitool" "$DEST/$VERSION/"
  chmod +x "$DEST/$VERSION/Sarif.Multitool"
fi
echo "$DEST/$VERSION"
