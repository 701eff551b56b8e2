#!/usr/bin/env bash
# The action's lint step: widen over `paths` with SARIF output, then (from the cache the first run
# wrote) a Markdown job summary, and annotations when the SARIF is not uploaded. Inputs arrive in
# the environment (WIDEN_*), never pasted into the script.
set -uo pipefail
set -f # no glob expansion: patterns reach widen as written, and it matches them itself

widen=(node "${WIDEN_CLI:?run action/build.sh first}")
extensions=(.md .markdown .txt .html .htm .docx) # the formats widen reads (src/run/discover.ts)

# paths and args: separated by spaces or new lines.
read -r -d '' -a given <<< "${WIDEN_PATHS:-.}" || true
read -r -d '' -a args <<< "${WIDEN_ARGS:-}" || true

# The report is the action's: args may not change its format, its file or its category.
for arg in "${args[@]}"; do
  case "$arg" in
    -f | --format | --format=* | -o | --output | --output=* | --sarif-category | --sarif-category=* | --stdin | --stdin-filename* | --fix | --fix-dry-run | -)
      echo "::error title=widen::the args input cannot contain $arg: the action writes the SARIF report itself (use the sarif-file and category inputs)"
      echo "exit-code=2" >> "$GITHUB_OUTPUT"
      exit 0 ;;
  esac
  # Short options run together (-qf json): -f or -o after any of the flags that take no value.
  if [[ "$arg" =~ ^-[qvh]*[fo] ]]; then
    echo "::error title=widen::the args input cannot contain $arg (-f and -o set the report's format and file, which the action chooses)"
    echo "exit-code=2" >> "$GITHUB_OUTPUT"
    exit 0
  fi
done

# Only the formats widen reads: a folder or a glob is searched for them by widen; a named file
# of another format is left out with a notice, rather than failing the run.
paths=()
for path in "${given[@]}"; do
  if [ -f "$path" ]; then
    known=false
    lower="${path,,}"
    for extension in "${extensions[@]}"; do [[ "$lower" == *"$extension" ]] && known=true; done
    if [ "$known" = false ]; then
      echo "::notice title=widen::$path left out: widen reads ${extensions[*]}"
      continue
    fi
  fi
  paths+=("$path")
done
if [ "${#paths[@]}" -eq 0 ]; then
  echo "::error title=widen::none of the paths is a folder, a pattern or a document widen reads (${extensions[*]})"
  echo "exit-code=2" >> "$GITHUB_OUTPUT"
  exit 0
fi

cache=(--cache --cache-location "${RUNNER_TEMP:-/tmp}/widen-cache" --no-progress)
"${widen[@]}" --format sarif --output "$WIDEN_SARIF" --sarif-category "$WIDEN_CATEGORY" "${cache[@]}" "${args[@]}" -- "${paths[@]}"
code=$?
echo "exit-code=$code" >> "$GITHUB_OUTPUT"
echo "upload=$WIDEN_UPLOAD" >> "$GITHUB_OUTPUT"

# The other views read every result from the cache the first run wrote.
if [ "${WIDEN_SUMMARY:-true}" = "true" ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  "${widen[@]}" --format markdown "${cache[@]}" "${args[@]}" -- "${paths[@]}" >> "$GITHUB_STEP_SUMMARY" 2>/dev/null
fi
if [ "$WIDEN_UPLOAD" != "true" ]; then
  # No code scanning (a fork's pull request cannot upload, or upload is off): annotations instead.
  "${widen[@]}" --format github "${cache[@]}" "${args[@]}" -- "${paths[@]}" 2>/dev/null
fi
exit 0
