// The upgrade's truth: files of a service read by the real oslo.config of the earlier release (its own options, from
// Debian's packages of it), rewritten for the later release by `upgrade -o`, and read again by the later release's
// real oslo.config. It reads what the earlier one read, but where the report says otherwise, and logs no deprecation
// but for the options the report names deprecated for removal; and what the report claims is so.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { describeRelease, readCatalog, type CatalogEntry } from '../../src/core/catalog/readCatalog';
import { readCatalogFacts } from '../../src/core/catalog/readCatalogFacts';
import type { Finding } from '../../src/core/findings/types';
import { diffLines } from '../../src/core/ini/diffLines';
import { parseIni } from '../../src/core/ini/parseIni';
import { resolveConfig } from '../../src/core/ini/resolveConfig';
import { parseGeneratorOutput } from '../../src/core/schema/parseGeneratorOutput';
import { findUpgradeChanges } from '../../src/core/upgrade/findUpgradeChanges';
import { matchOptions } from '../../src/core/upgrade/matchOptions';
import { rewriteForRelease } from '../../src/core/upgrade/rewriteForRelease';
import type { ReleaseSchema } from '../../src/core/upgrade/types';
import { runWith } from '../cli/cliHarness';
import { filledFile, underOldNames } from '../support/filledFile';
import { randomSource } from '../support/validValues';
import { readServiceWithOslo, type OsloResult } from './oslo';

const CATALOG = new URL('../../catalog/', import.meta.url);
const entries = readCatalog(JSON.parse(readFileSync(new URL('manifest.json', CATALOG), 'utf8')));
// A fresh seed each run, printed, so that a failure can be repeated: UPGRADE_SEED=<seed> npm run test:unit.
const SEED = Number(process.env.UPGRADE_SEED ?? Math.floor(Math.random() * 2 ** 31));
console.log(`upgrade interop: UPGRADE_SEED=${SEED}`);

const PAIRS: { from: string; to: string; services: string[] }[] = [
  { from: 'zed', to: 'epoxy', services: ['nova', 'glance', 'cinder', 'neutron', 'keystone'] },
  { from: 'victoria', to: 'zed', services: ['nova'] },
];

function release(service: string, name: string): { entry: CatalogEntry; release: ReleaseSchema } {
  const entry = entries.find((candidate) => candidate.service === service && candidate.release.name === name)!;
  const facts = readCatalogFacts(JSON.parse(readFileSync(new URL(entry.facts!, CATALOG), 'utf8')));
  const schema = parseGeneratorOutput(readFileSync(new URL(entry.path, CATALOG), 'utf8'), `${service} ${name}`, facts);
  return { entry, release: { release: describeRelease(entry), schema } };
}

/** Whether a finding is about the option of either release. */
function concerns(finding: Finding, group: string, option: string, release: 'from' | 'to'): boolean {
  const side = finding.upgrade![release];
  return side.group === group && side.option === option;
}

interface Verdict {
  /** Options the later release reads otherwise than the earlier one, with no finding that says so. */
  unreported: string[];
  /** Findings whose claim the real libraries do not bear out. */
  untrue: string[];
  /** Deprecations the later release logs that the report does not quote, or that the rewrite should have spared. */
  unannounced: string[];
}

/**
 * The earlier release's reading of the file against the later one's reading of the rewrite, option by matched option,
 * and against the report.
 */
function judge(
  fromRelease: ReleaseSchema,
  toRelease: ReleaseSchema,
  texts: [string, string],
  findings: Finding[],
  leftAlone: (number | null)[],
  before: OsloResult,
  after: OsloResult,
): Verdict {
  const verdict: Verdict = { unreported: [], untrue: [], unannounced: [] };
  // A default worked out where the service runs (a path in the release's own tree) is the same default in both.
  const [computedBefore, computedAfter] = ([[fromRelease, texts[0]], [toRelease, texts[1]]] as const).map(([{ schema }, text]) => {
    const { options } = resolveConfig(schema, [{ name: '', document: parseIni(text) }]);
    return new Set([...options].flatMap(([group, byDest]) => [...byDest].filter(([, resolved]) => resolved.computed !== null).map(([dest]) => `${group}\n${dest}`)));
  });
  const { predecessors } = matchOptions(fromRelease, toRelease);
  const refusedBefore = new Set(before.errors.map((error) => `${error.group}\n${error.option}`));
  const refusedAfter = new Set(after.errors.map((error) => `${error.group}\n${error.option}`));
  for (const group of toRelease.schema.groups) {
    for (const option of group.options) {
      const predecessor = predecessors.get(option);
      if (!predecessor || refusedBefore.has(`${predecessor.group}\n${predecessor.option.dest}`)) continue;
      if (computedBefore!.has(`${predecessor.group}\n${predecessor.option.dest}`) && computedAfter!.has(`${group.name}\n${option.dest}`)) continue;
      const was = before.values[predecessor.group]?.[predecessor.option.dest];
      const refused = refusedAfter.has(`${group.name}\n${option.dest}`);
      const now = after.values[group.name]?.[option.dest];
      const about = findings.filter((finding) => concerns(finding, group.name, option.dest, 'to') || concerns(finding, predecessor.group, predecessor.option.dest, 'from'));
      const where = `[${group.name}] ${option.dest}`;
      if (!about.length && (refused || !isDeepStrictEqual(was, now))) {
        verdict.unreported.push(`${where}: before ${JSON.stringify(was)}, after ${refused ? 'refused' : JSON.stringify(now)}`);
      }
      for (const finding of about) {
        const change = finding.upgrade!.change;
        if (change === 'refused' && finding.severity === 'error' && !refused) verdict.untrue.push(`${where}: said refused, read ${JSON.stringify(now)}`);
        if ((change === 'default' || change === 'changed') && (refused || isDeepStrictEqual(was, now))) verdict.untrue.push(`${where}: said ${change}, read ${JSON.stringify(now)} both times`);
      }
    }
  }
  for (const error of after.errors) {
    const reported = findings.some((finding) => finding.upgrade!.change === 'refused' && concerns(finding, error.group, error.option, 'to'));
    if (!reported) verdict.unreported.push(`[${error.group}] ${error.option}: refused (${error.message})`);
  }
  // oslo also warns of what is not the file's (a group name registered in capitals, a plugin it could not load).
  for (const warning of after.warnings.filter((text) => text.includes('deprecated'))) {
    // oslo.messaging of zed lists [DEFAULT] rpc_conn_pool_size as its own old name: oslo warns for its own line.
    const own = /^Deprecated: Option "([^"]+)" from group "([^"]+)" is deprecated\. Use option "\1" from group "\2"\.$/.test(warning);
    // Quoted by the report: for an option deprecated for removal, or for a line the rewrite leaves alone; or no change:
    // the earlier release logs it too (an option it deprecates already).
    const quoted = findings.some((finding) => finding.explanation!.includes(warning) && (finding.upgrade!.change === 'deprecated' || leftAlone.includes(finding.line!)));
    if (!own && !quoted && !before.warnings.includes(warning)) verdict.unannounced.push(warning);
  }
  return verdict;
}

/** The lines of the original that the rewrite changed (as `-N text`), and those its edits name. */
function changedLines(before: string, after: string, lines: number[]): { changed: string[]; named: string[] } {
  const old = before.split('\n');
  const { removed } = diffLines(old, after.split('\n'));
  const document = parseIni(before);
  const named = lines.flatMap((line) => {
    const entry = document.entries.find((candidate) => candidate.line === line)!;
    return Array.from({ length: entry.endLine - entry.line + 1 }, (_, index) => `-${line + index} ${old[line + index - 1]}`);
  });
  return { changed: removed.map((index) => `-${index + 1} ${old[index]}`), named: [...new Set(named)].sort((a, b) => parseInt(a.slice(1)) - parseInt(b.slice(1))) };
}

for (const pair of PAIRS) {
  describe.each(pair.services)(`%s from ${pair.from} to ${pair.to}, read by both releases' oslo.config`, (service) => {
    const from = release(service, pair.from);
    const to = release(service, pair.to);
    const random = randomSource(SEED + service.length);

    it('reads the rewrite as the earlier release read the file, but where the report says otherwise', async () => {
      const sample = readFileSync(new URL(`../fixtures/catalog/${pair.from}/${service}.conf`, import.meta.url), 'utf8');
      const { options: facts } = await readServiceWithOslo(pair.from, service, [{ files: [sample] }]);
      const filled = filledFile(from.release.schema, facts, random).text;
      const cases: Record<string, string> = {
        filled,
        'filled, under old names': underOldNames(from.release.schema, filled, random),
        ...(service === 'nova' && {
          [`Debian's ${from.entry.release.suite} nova.conf`]: readFileSync(new URL(`../fixtures/catalog/${pair.from}/debian-nova.conf`, import.meta.url), 'utf8'),
          // A nova.conf of zed with each kind of change to epoxy: oslo.db's old name of the database, options epoxy
          // removed or renamed, values its new bounds and choices refuse, options it deprecates.
          handwritten: readFileSync(new URL('../fixtures/upgrade/zed-nova.conf', import.meta.url), 'utf8'),
        }),
      };
      const names = Object.keys(cases);
      // `upgrade -o`, as an operator runs it.
      const rewritten = names.map((name) => {
        const run = runWith({ [`${service}.conf`]: cases[name]! }, ['upgrade', `${service}.conf`, '--service', service, '--from', pair.from, '--to', to.entry.release.number, '-o', 'upgraded.conf', '--json']);
        expect(run.stderr, name).toBe('');
        const report = JSON.parse(run.stdout) as { findings: Finding[]; rewrite: { edits: { line: number }[]; leftAlone: { line: number | null }[] } };
        const text = run.files.get('upgraded.conf')!;
        expect(text, name).toBe((rewriteForRelease(from.release, to.release, cases[name]!) as { text: string }).text);
        const lines = changedLines(cases[name]!, text, report.rewrite.edits.map((edit) => edit.line));
        expect(lines.changed, name).toEqual(lines.named);
        return { text, report };
      });
      const before = (await readServiceWithOslo(pair.from, service, names.map((name) => ({ files: [cases[name]!] })))).results;
      const after = (await readServiceWithOslo(pair.to, service, rewritten.map(({ text }) => ({ files: [text] })))).results;

      names.forEach((name, index) => {
        const findings = findUpgradeChanges(from.release, to.release, [{ name: `${service}.conf`, document: parseIni(cases[name]!) }]);
        expect(rewritten[index]!.report.findings.map((finding) => finding.title), name).toEqual(findings.map((finding) => finding.title));
        expect(before[index]!.errors, `${name}: what ${pair.from} refuses`).toEqual([]);
        const { text, report } = rewritten[index]!;
        const leftAlone = report.rewrite.leftAlone.map((error) => error.line);
        expect(judge(from.release, to.release, [cases[name]!, text], findings, leftAlone, before[index]!, after[index]!), name).toEqual({ unreported: [], untrue: [], unannounced: [] });
      });
      if (service === 'nova') {
        // What these files hold that changes, named by kind: a report that finds nothing proves nothing.
        const kinds = new Set(rewritten.flatMap(({ report }) => report.findings.map((finding) => finding.upgrade!.change)));
        expect([...kinds].sort()).toEqual(pair.from === 'zed' ? ['default', 'deprecated', 'not-read', 'refused', 'removed', 'renamed', 'required'] : expect.arrayContaining(['default']));
      }
    }, 600_000);
  });
}
