#!/usr/bin/env node
// The CLI is bundled from src/cli by `npm ci` (the `prepare` script) or `npm run build:cli`.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli/main.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('oslo-config-editor: the CLI is not built yet: run `npm ci` or `npm run build:cli`\n');
  process.exit(2);
}
const { runCli } = await import(bundle.href);
process.exitCode = runCli(process.argv.slice(2));
