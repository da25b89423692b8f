#!/usr/bin/env node
// Hostile inputs, measured: a YAML alias bomb, a 50 MB schema and JSON nested 100,000 deep are refused, and a
// 200,000-line nova.conf is checked, edited and diffed. Each case runs the built CLI (the core and the editing session,
// as the page runs them) in a process of its own, and reports its wall time, peak memory (max RSS) and first line of
// output. Run `npm run bench:bounded`, which builds the CLI first; writes bench/results/bounded.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../dist/cli/main.mjs', import.meta.url));
const RESULTS = fileURLToPath(new URL('results/bounded.json', import.meta.url));
const NOVA_SAMPLE = fileURLToPath(new URL('../test/fixtures/catalog/zed/nova.conf', import.meta.url));
const NOVA_SCHEMA = fileURLToPath(new URL('../catalog/zed/nova.json', import.meta.url));
// A case still running after this long is reported as not finishing: unbounded for the benchmark's purposes.
const TIMEOUT_MS = 120_000;

/** Nine levels of nine aliases each: 9^9 strings once expanded. */
function aliasBomb() {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
  for (let level = 1; level < 9; level += 1) lines.push(`a${level}: &a${level} [${Array(9).fill(`*a${level - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\noptions: {DEFAULT: {help: '', opts: *a8}}\n`;
}

/** nova's real generator output, its groups copied under new names until it is 50 MB. */
function fiftyMegabyteSchema() {
  const nova = JSON.parse(readFileSync(NOVA_SCHEMA, 'utf8'));
  const options = { DEFAULT: nova.options.DEFAULT };
  let size = 0;
  for (let copy = 0; size < 50 * 1024 * 1024; copy += 1) {
    for (const [group, data] of Object.entries(nova.options)) if (group !== 'DEFAULT') options[`${group}_${copy}`] = data;
    size = JSON.stringify({ ...nova, options }).length;
  }
  return JSON.stringify({ ...nova, options });
}

const deepArray = (depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** The generator's sample nova.conf with every option set (its commented sample lines uncommented), repeated to 200,000 lines. */
function twoHundredThousandLines() {
  const sample = readFileSync(NOVA_SAMPLE, 'utf8')
    .split('\n')
    .map((line) => (/^#[a-z_]+ = /.test(line) ? line.slice(1) : line));
  const lines = [];
  while (lines.length < 200_000) lines.push(...sample);
  return `${lines.slice(0, 200_000).join('\n')}\n`;
}

const CASES = [
  { name: 'YAML alias bomb as the schema (check)', files: { 'bomb.yaml': aliasBomb, 'nova.conf': () => '[glance]\n' }, argv: ['check', 'nova.conf', '--schema', 'bomb.yaml'] },
  { name: '50 MB schema (check)', files: { 'big.json': fiftyMegabyteSchema, 'nova.conf': () => '[glance]\n' }, argv: ['check', 'nova.conf', '--schema', 'big.json'] },
  {
    name: 'schema nested 100,000 deep (check)',
    files: { 'deep.json': () => `{"options": {"DEFAULT": {"help": "", "opts": [{"name": "x", "dest": "x", "type": "string value", "default": ${deepArray(100_000)}}]}}}`, 'nova.conf': () => '[glance]\n' },
    argv: ['check', 'nova.conf', '--schema', 'deep.json'],
  },
  { name: 'values nested 100,000 deep (export)', files: { 'values.json': () => `{"glance": {"api_servers": ${deepArray(100_000)}}}` }, argv: ['export', '--values', 'values.json'] },
  { name: 'nova.conf of 200,000 lines (check, nova)', files: { 'nova.conf': twoHundredThousandLines }, argv: ['check', 'nova.conf', '--service', 'nova'] },
  { name: 'nova.conf of 200,000 lines (set --diff, nova)', files: { 'nova.conf': twoHundredThousandLines }, argv: ['set', 'nova.conf', 'glance.num_retries=5', '--service', 'nova', '--diff'] },
  { name: 'nova.conf of 200,000 lines (migrate --diff, nova)', files: { 'nova.conf': twoHundredThousandLines }, argv: ['migrate', 'nova.conf', '--service', 'nova', '--diff'] },
];

// The child: runs the CLI on argv, counts what it prints (its output is not the point), and reports on its own
// resource use.
const CHILD = `
const { runCli } = await import(${JSON.stringify(new URL(`file://${CLI}`).href)});
let out = '';
let bytes = 0;
const report = process.stdout.write.bind(process.stdout);
process.stdout.write = process.stderr.write = (text) => { bytes += text.length; if (out.length < 400) out += text; return true; };
const start = performance.now();
const status = runCli(JSON.parse(process.argv[1]));
const ms = performance.now() - start;
report(JSON.stringify({ status, ms, maxRssMB: process.resourceUsage().maxRSS / 1024, outputKB: bytes / 1024, first: out.split('\\n')[0] }));
`;

const directory = mkdtempSync(join(tmpdir(), 'oslo-config-editor-bounded-'));
const results = [];
try {
  for (const { name, files, argv } of CASES) {
    const caseDirectory = join(directory, String(results.length));
    mkdirSync(caseDirectory);
    for (const [file, make] of Object.entries(files)) writeFileSync(join(caseDirectory, file), make());
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD, JSON.stringify(argv)], { cwd: caseDirectory, encoding: 'utf8', timeout: TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 });
    const result = run.error || run.status !== 0 ? { name, finished: false, why: run.error?.message ?? run.stderr.split('\n').slice(0, 3).join(' ') } : { name, finished: true, ...JSON.parse(run.stdout) };
    results.push(result);
    console.log(result.finished ? `${name}: exit ${result.status}, ${(result.ms / 1000).toFixed(2)} s, ${result.maxRssMB.toFixed(0)} MB peak, ${result.outputKB.toFixed(0)} kB out: ${result.first.slice(0, 140)}` : `${name}: did not finish: ${result.why}`);
    rmSync(caseDirectory, { recursive: true, force: true });
  }
} finally {
  rmSync(directory, { recursive: true, force: true });
}
mkdirSync(new URL('results/', import.meta.url), { recursive: true });
writeFileSync(RESULTS, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, results }, null, 2)}\n`);
