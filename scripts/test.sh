#!/usr/bin/env bash
# Every test: types, unit and component tests, the interop tests against the real oslo.config, the browser
# tests in Debian's Chromium, and the package as `npm pack` makes it, installed in a separate app. Installs what
# the tests need beyond npm when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-system-deps.sh
[ -d node_modules ] || npm ci
[ -f dist/cli/main.mjs ] || npm run -s build:cli

npm run -s typecheck
npx vitest run
npx vitest run --config vitest.browser.config.ts
npx vitest run --config vitest.package.config.ts
