import { normalizeSectionName } from '../ini/normalizeSectionName';
import type { Resolution } from '../ini/resolveConfig';
import { formatOldNameWarning } from './formatOldNameWarning';
import { formatRemovalWarning } from './formatRemovalWarning';
import { knownKeys } from './knownKeys';
import type { Finding } from './types';

/**
 * What the schema says is deprecated, where the files use it: options deprecated for removal that are set, and
 * lines oslo reads through an old name of an option (it logs a deprecation warning for each).
 */
export function findDeprecations(resolution: Resolution): Finding[] {
  const findings: Finding[] = [];
  const { own } = knownKeys(resolution.schema);
  const isOwnKey = (section: string, key: string) => own.has(`${section}\n${key}`);

  for (const [group, options] of resolution.options) {
    for (const [dest, resolved] of options) {
      const { option } = resolved;
      const last = resolved.sources.at(-1);
      if (option.deprecatedForRemoval && last) {
        const reason = option.deprecatedReason?.replace(/\s+/g, ' ').trim();
        const since = option.deprecatedSince ? ` since ${option.deprecatedSince}` : '';
        findings.push({
          group,
          option: dest,
          file: resolution.files[last.file]!.name,
          line: last.entry.line,
          kind: 'deprecated',
          severity: 'warning',
          title: `[${group}] ${dest} is deprecated for removal${since}`,
          explanation: [
            `This option is deprecated for removal${since}: a future release will stop reading it, and its value may ` +
              'then be silently ignored, without an error.',
            reason ? `The reason the schema gives: ${reason}` : 'The schema gives no reason.',
            `oslo.config logs: ${formatRemovalWarning(group, option)}`,
            'What to do: move to what replaces it before you upgrade, then delete this line.',
          ].join('\n'),
        });
      }
      for (const source of resolved.sources) {
        if (!source.oldName) continue;
        const { entry } = source;
        const old = option.oldNames.find(
          (candidate) =>
            candidate.name === entry.key && normalizeSectionName(candidate.group || group) === entry.section.normalized,
        )!;
        const from = `[${entry.section.name}] ${entry.key}`;
        const to = `[${group}] ${dest}`;
        const alsoOwn = isOwnKey(entry.section.normalized, entry.key);
        const warning = formatOldNameWarning(group, dest, old);
        findings.push({
          group,
          option: dest,
          file: resolution.files[source.file]!.name,
          line: entry.line,
          kind: 'deprecated',
          severity: 'warning',
          title: alsoOwn ? `${from} also sets ${to}, as its old name` : `${from} is the old name of ${to}`,
          explanation: alsoOwn
            ? [
                `oslo.config reads this line twice: as the option ${entry.key} itself, and, because ${dest} is not ` +
                  `set in this file or a later one, as ${to} under its old name. So ${dest} = ${entry.value} too.`,
                `oslo.config logs: ${warning}`,
                `A future release may stop reading the old name; ${dest} would then silently go back to its default.`,
                `What to do: set ${dest} = ${entry.value} on a line of its own next to this one (\`migrate\` does it): ` +
                  `oslo then reads ${dest} from its own line, ${entry.key} keeps its meaning, and nothing is logged.`,
              ].join('\n')
            : [
                `oslo.config still reads this line as ${to}, and logs: ${warning}`,
                `A future release may stop reading the old name; ${dest} would then silently go back to its default.`,
                `What to do: write it as ${dest} in [${group}], keeping the value (\`migrate\` does it for the whole file).`,
              ].join('\n'),
          fix: {
            label: alsoOwn
              ? `add ${dest} = ${entry.value} next to line ${entry.line}, keeping ${entry.key}`
              : `move line ${entry.line} to [${group}] as ${dest}, keeping the value`,
            edits: [{ group, option: dest, line: entry.line, action: alsoOwn ? 'copy' : 'rename' }],
          },
        });
      }
    }
  }
  return findings;
}
