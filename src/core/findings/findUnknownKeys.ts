import { normalizeSectionName } from '../ini/normalizeSectionName';
import type { Resolution } from '../ini/resolveConfig';
import { suggestKey } from './suggestKey';
import { knownKeys } from './knownKeys';
import type { Finding } from './types';

/**
 * Keys that oslo ignores without a word because no option has them: only in the sections of groups the schema
 * defines with options (a schema of one group says nothing about the rest of a service's file). Old names of
 * options are known keys. A close known key is suggested, with a fix that renames the line when that key is not
 * set in the same file already.
 */
export function findUnknownKeys(resolution: Resolution): Finding[] {
  const findings: Finding[] = [];
  // The sections of the resolved groups are checked; old names are known keys wherever their options are.
  const groups = new Map<string, { name: string; dests: string[] }>();
  for (const [group, options] of resolution.options) {
    if (options.size) groups.set(normalizeSectionName(group), { name: group, dests: [...options.keys()] });
  }
  const oldNames = knownKeys(resolution.schema).old;
  for (const file of resolution.files) {
    for (const entry of file.document.entries) {
      const group = groups.get(entry.section.normalized);
      if (!group || group.dests.includes(entry.key) || oldNames.has(`${entry.section.normalized}\n${entry.key}`)) continue;
      const suggestion = suggestKey(entry.key, group.dests);
      const here = `[${entry.section.name}] ${entry.key}`;
      const taken =
        suggestion !== null &&
        file.document.entries.some((other) => other.section.normalized === entry.section.normalized && other.key === suggestion);
      findings.push({
        group: group.name,
        option: entry.key,
        file: file.name,
        line: entry.line,
        kind: 'unknown',
        severity: 'warning',
        title: `${here} is not an option: oslo ignores it${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
        explanation: [
          `oslo.config silently ignores keys it does not know, so this line has no effect and the option you meant keeps its value from elsewhere or its default.`,
          'Keys are case-sensitive and are written with `_` where option names have `-`.',
          suggestion
            ? `What to do: write the key as ${suggestion}${taken ? `, which this file already sets: keep the line you mean and delete the other` : ''}.`
            : `What to do: check the spelling against the options of [${group.name}], or delete the line.`,
        ].join('\n'),
        ...(suggestion && !taken
          ? {
              fix: {
                label: `rename ${entry.key} to ${suggestion} on line ${entry.line}`,
                edits: [{ group: group.name, option: suggestion, line: entry.line, action: 'rename' as const }],
              },
            }
          : {}),
      });
    }
  }
  return findings;
}
