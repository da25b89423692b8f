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
results=$(mktemp -d)
npx vitest run --reporter=default --reporter=json --outputFile.json="$results/unit.json"
npx vitest run --config vitest.browser.config.ts --reporter=default --reporter=json --outputFile.json="$results/browser.json"
npx vitest run --config vitest.package.config.ts --reporter=default --reporter=json --outputFile.json="$results/package.json"

# One closing line for every suite together.
node -e '
  const runs = process.argv.slice(1).map((file) => JSON.parse(require("fs").readFileSync(file, "utf8")));
  const sum = (key) => runs.reduce((total, run) => total + run[key], 0);
  console.log(`tests: ${sum("numPassedTests")} passed, ${sum("numFailedTests")} failed`);
' "$results"/unit.json "$results"/browser.json "$results"/package.json
