// The session checks its export group by group and re-checks only the groups whose lines changed; after any
// sequence of edits, what it reports must be what the core's check of the whole file reports.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFiles, parseIni, readGeneratorData, type ConfigSchema, type Finding } from '../../src/core';
import { createGroupChecker } from '../../src/session/checkByGroup';
import { loadSchemaFixture } from '../support/fixtures';
import { editVocabulary } from '../support/iniArbitraries';
import { itWithSeeds } from '../support/seeds';

const synthetic = loadSchemaFixture('synthetic.json').schema;
const seed = loadSchemaFixture('seed-glance.json').schema;
const nova = readGeneratorData(JSON.parse(readFileSync(new URL('../../catalog/zed/nova.json', import.meta.url), 'utf8')));
// nova's groups whose security rules read another group: [glance] reads [key_manager], the transport reads the driver's.
const KEPT: Record<string, string[]> = {
  glance: ['verify_glance_signatures', 'insecure', 'timeout'],
  key_manager: ['backend'],
  DEFAULT: ['transport_url'],
  oslo_messaging_rabbit: ['ssl', 'ssl_ca_file', 'ssl_enforce_hostname_verification'],
};
const crossGroup: ConfigSchema = {
  ...nova,
  groups: nova.groups.filter((group) => KEPT[group.name]).map((group) => ({ ...group, options: group.options.filter((option) => KEPT[group.name]!.includes(option.dest)) })),
};
const large = readGeneratorData(JSON.parse(readFileSync(new URL('../../bench/schemas/synthetic-1000.json', import.meta.url), 'utf8')));

/** Findings in a canonical order, to compare which findings the checks report. */
const canonical = (findings: Finding[]) => findings.map((finding) => JSON.stringify(finding)).sort();

/** A random file, then random single-line edits of it (replace, insert, delete), each checked in turn. */
function editSessions(schema: ConfigSchema, extraSections: string[], words?: { keys: string[]; values: string[] }) {
  const vocabulary = editVocabulary(schema, extraSections);
  const { sections } = vocabulary;
  const keys = words?.keys ?? vocabulary.keys;
  const value = words ? fc.constantFrom(...words.values) : vocabulary.value;
  const line = fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(...sections).map((name) => `[${name}]`) },
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...keys), value).map(([key, text]) => `${key} = ${text}`) },
    { weight: 1, arbitrary: fc.constantFrom('', '# a comment') },
  );
  const edit = fc.tuple(fc.nat(), fc.constantFrom('replace', 'insert', 'delete'), line);
  return fc.tuple(fc.array(line, { maxLength: 40 }), fc.array(edit, { minLength: 1, maxLength: 12 })).map(([start, edits]) => {
    const texts: string[] = [];
    const lines = [...start];
    for (const [at, action, text] of edits) {
      const index = lines.length ? at % lines.length : 0;
      if (action === 'insert' || !lines.length) lines.splice(index, 0, text);
      else if (action === 'replace') lines[index] = text;
      else lines.splice(index, 1);
      texts.push(`[${sections[0]}]\n${lines.join('\n')}\n`);
    }
    return texts;
  });
}

/** Checks each text group by group and whole; counts the texts whose findings gave the comparison something to compare. */
function agreesWithWholeCheck(schema: ConfigSchema, texts: string[], compared: { texts: number; ordered: number }) {
  const check = createGroupChecker(schema);
  for (const text of texts) {
    const byGroup = check.check('a.conf', parseIni(text));
    const whole = checkFiles(schema, [{ name: 'a.conf', text }]).findings;
    expect(canonical(byGroup)).toEqual(canonical(whole));
    const lines = byGroup.map((finding) => finding.line ?? Infinity);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    compared.texts += 1;
    if (new Set(lines.filter(Number.isFinite)).size > 1) compared.ordered += 1;
  }
}

/** The property over random edit sessions, and a guard that it did not hold for want of findings to compare. */
function checkEditSessions(schema: ConfigSchema, extraSections: string[], seed: number, numRuns: number, words?: { keys: string[]; values: string[] }) {
  const compared = { texts: 0, ordered: 0 };
  fc.assert(fc.property(editSessions(schema, extraSections, words), (texts) => agreesWithWholeCheck(schema, texts, compared)), { seed, numRuns });
  // Findings on several lines in one text in twenty at least: their merge and order were put to the test.
  expect(compared.ordered).toBeGreaterThan(compared.texts / 20);
}

describe('checking group by group', () => {
  itWithSeeds('reports what the whole check reports, edit after edit (synthetic schema, `$` references)', [11], (seed) => {
    checkEditSessions(synthetic, ['old'], seed, 150);
  });

  itWithSeeds('reports what the whole check reports, edit after edit (old names in another section)', [12], (seedNumber) => {
    checkEditSessions(seed, ['ssl'], seedNumber, 150);
  });

  itWithSeeds('reports what the whole check reports, edit after edit (59 groups, old names in [DEFAULT])', [13], (seed) => {
    checkEditSessions(large, [], seed, 8);
  });

  itWithSeeds('reports what the whole check reports, edit after edit (rules that read another group)', [14], (seed) => {
    const words = {
      keys: ['verify_glance_signatures', 'backend', 'api_class', 'transport_url', 'ssl', 'ssl_ca_file', 'ssl_enforce_hostname_verification'],
      values: ['', 'true', 'false', 'barbican', 'rabbit://u:p@mq:5672/', 'rabbit://mq/?ssl=1', '/ca.pem'],
    };
    checkEditSessions(crossGroup, [], seed, 150, words);
  });

  it('re-checks a group when a group its security rules read changes', () => {
    const checker = createGroupChecker(crossGroup);
    const before = '[glance]\nverify_glance_signatures = true\n[key_manager]\nbackend = barbican\n';
    expect(checker.check('a.conf', parseIni(before)).map((finding) => finding.rule)).not.toContain('glance-signatures-without-key-manager');
    const after = parseIni(before.replace('backend = barbican', 'backend ='));
    expect(checker.stale('a.conf', after)).toEqual(['glance', 'key_manager']);
    expect(checker.check('a.conf', after).map((finding) => finding.rule)).toContain('glance-signatures-without-key-manager');
  });

  it('re-checks only the groups whose lines changed or moved', () => {
    const checker = createGroupChecker(seed);
    checker.check('a.conf', parseIni('[glance]\nnum_retries = x\n[other]\nx = 1\n'));
    // Another section's line changed: [glance]'s lines are the same, where they were.
    expect(checker.stale('a.conf', parseIni('[glance]\nnum_retries = x\n[other]\nx = 2\n'))).toEqual([]);
    expect(checker.stale('a.conf', parseIni('[glance]\nnum_retries = 2\n[other]\nx = 1\n'))).toEqual(['glance']);
    // Findings name lines, also in their words: lines that moved are checked again.
    expect(checker.stale('a.conf', parseIni('[other]\nx = 1\n[glance]\nnum_retries = x\n'))).toEqual(['glance']);
  });
});
