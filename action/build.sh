#!/usr/bin/env bash
# The action's first step: build widen from the action's own checkout ($GITHUB_ACTION_PATH, the
# repository at the ref the workflow names), never a package from the registry. The build needs
# the devDependencies, installed from the lock file; a second use of the action in the same job
# finds it built.
set -euo pipefail
cd "${GITHUB_ACTION_PATH:?the folder of the action}"
if [ ! -f dist/src/cli.js ]; then
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2
  node scripts/build.mjs --no-types >&2
fi
echo "WIDEN_CLI=$PWD/bin/widen.js" >> "${GITHUB_ENV:?}"
