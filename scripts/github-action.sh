#!/usr/bin/env bash
# The body of action.yml: lint the drafts a pull request changed, annotate their changed
# lines, and write SARIF for code scanning. Runs anywhere git and newslint are installed,
# so it is tested locally against a temporary repository (tests/test_action.py).
#
# Environment (action.yml fills it from the inputs):
#   NEWSLINT_PATHS       folders or files with drafts, space-separated (default ".")
#   NEWSLINT_BASE        git ref to compare with; default origin/$GITHUB_BASE_REF on a pull
#                        request; empty: every draft under NEWSLINT_PATHS is checked
#   NEWSLINT_ARGS        more `newslint check` options, space-separated
#   NEWSLINT_SARIF       where to write SARIF (default newslint.sarif)
#   NEWSLINT_SARIF_SCOPE "all" (every draft under NEWSLINT_PATHS, default) or "changed"
#   NEWSLINT_FAIL        "true" (default): exit 1 when a changed line has a finding
# Exit: 0 clean, 1 findings on changed lines (with NEWSLINT_FAIL), 2 newslint could not run.
set -uo pipefail

read -r -a paths <<< "${NEWSLINT_PATHS:-.}"
read -r -a extra <<< "${NEWSLINT_ARGS:-}"
sarif="${NEWSLINT_SARIF:-newslint.sarif}"
scope="${NEWSLINT_SARIF_SCOPE:-all}"
base="${NEWSLINT_BASE:-}"
if [ -z "$base" ] && [ -n "${GITHUB_BASE_REF:-}" ]; then
    base="origin/${GITHUB_BASE_REF}"
fi

say() { echo "newslint: $*" >&2; }
output() { if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "$1" >> "$GITHUB_OUTPUT"; fi; }

drafts=()
if [ -n "$base" ]; then
    if ! git rev-parse --verify --quiet "${base}^{commit}" > /dev/null; then
        # A shallow checkout may lack the base branch: fetch it once.
        [ -n "${GITHUB_BASE_REF:-}" ] && git fetch --quiet --no-tags origin "$GITHUB_BASE_REF" 2> /dev/null
        if ! git rev-parse --verify --quiet "${base}^{commit}" > /dev/null; then
            say "unknown git ref '$base'; check out with fetch-depth: 0 or set the base input"
            exit 2
        fi
    fi
    if ! fork=$(git merge-base "$base" HEAD); then
        say "no common history with '$base'; check out with fetch-depth: 0"
        exit 2
    fi
    while IFS= read -r -d '' file; do
        case "${file,,}" in
            *.md | *.markdown | *.mdown | *.txt | *.text | *.html | *.htm) drafts+=("$file") ;;
        esac
    done < <(git diff -z --name-only --diff-filter=ACMR "$fork" -- "${paths[@]}")
    if [ "${#drafts[@]}" -eq 0 ]; then
        say "no changed drafts since $base"
        output "sarif="
        exit 0
    fi
    say "checking ${#drafts[@]} changed draft(s) since $base"
    annotate=(--diff-base "$base" -- "${drafts[@]}")
else
    annotate=(-- "${paths[@]}")
fi

# Annotations: GitHub turns these lines of the log into notes on the pull request.
newslint check --format github "${extra[@]}" "${annotate[@]}"
found=$?

if [ "$scope" = "changed" ] && [ -n "$base" ]; then
    targets=("${drafts[@]}")
else
    targets=("${paths[@]}")
fi
newslint check --format sarif "${extra[@]}" -- "${targets[@]}" > "$sarif"
sarif_status=$?
if [ "$sarif_status" -le 1 ]; then
    output "sarif=$sarif"
else
    output "sarif="
fi

if [ "$found" -ge 2 ] || [ "$sarif_status" -ge 2 ]; then
    exit 2
fi
if [ "$found" -eq 1 ] && [ "${NEWSLINT_FAIL:-true}" = "true" ]; then
    exit 1
fi
exit 0
