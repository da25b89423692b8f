import { formatOldNameWarning } from '../findings/formatOldNameWarning';
import type { Finding, Fix } from '../findings/types';
import { normalizeSectionName } from '../ini/normalizeSectionName';
import type { IniEntry } from '../ini/types';
import { type ReleaseComparison, readsLine, resolvedIn } from './compareReleases';
import { describeOptionFacts } from './describeOptionFacts';
import type { KeyReader } from './keyReaders';
import { showResolved } from './showResolved';
import type { PlacedOption } from './types';
import { upgradeFinding } from './upgradeFinding';

/**
 * Line by line, who reads it before and after: a line the later release ignores, because the option is gone
 * (`removed`) or because it no longer reads the name used (`not-read`); a line it reads under an old name where the
 * earlier release read the option's own name (`renamed`); a line only the later release reads (`now-read`).
 */
export function findLineChanges(comparison: ReleaseComparison): Finding[] {
  const { files, before, after, successors, readersBefore, readersAfter } = comparison;
  const R1 = comparison.from.release;
  const R2 = comparison.to.release;
  const findings: Finding[] = [];
  files.forEach((file, fileIndex) => {
    for (const entry of file.document.entries) {
      const key = `${entry.section.normalized}\n${entry.key}`;
      const name = `[${entry.section.name}] ${entry.key}`;
      const at = { file: file.name, line: entry.line };
      const knownBefore = readersBefore.get(key) ?? [];
      const laterReaders = readersAfter.get(key) ?? [];
      const readBefore = knownBefore.filter((reader) => readsLine(resolvedIn(before, reader), fileIndex, entry));
      // Read by the later release for an option that is not what the earlier one read from it.
      const carried = new Set(readBefore.map((reader) => successors.get(reader.option)?.option));
      for (const reader of laterReaders) {
        if (!carried.has(reader.option) && readsLine(resolvedIn(after, reader), fileIndex, entry)) findings.push(nowRead(comparison, reader, readBefore, name, entry, at));
      }
      // A line read for several options (an old name they share) cannot be carried to all of them by one name.
      const lost = readBefore.filter((reader) => {
        const successor = successors.get(reader.option);
        return successor && !laterReaders.some((later) => later.option === successor.option);
      });
      for (const reader of readBefore) {
        const successor = successors.get(reader.option);
        const was = `[${reader.group}] ${reader.option.dest}`;
        if (!successor) {
          if (!laterReaders.length) findings.push(removed(comparison, reader, name, entry, at));
          continue;
        }
        const target = `[${successor.group}] ${successor.option.dest}`;
        const readAs = laterReaders.find((later) => later.option === successor.option);
        if (readAs) {
          if (!readAs.oldName || reader.oldName) continue;
          const old = successor.option.oldNames.find(
            (candidate) => normalizeSectionName(candidate.group || successor.group) === entry.section.normalized && candidate.name === entry.key,
          )!;
          findings.push(
            upgradeFinding(comparison, 'renamed', 'info', { group: reader.group, option: reader.option.dest, ...at }, {
              title: `${R2} reads ${name} as ${target}, under an old name`,
              explanation: [
                `${R1} reads this line as ${was}. ${R2} renamed or moved the option: it still reads this line, and logs: ${formatOldNameWarning(successor.group, successor.option.dest, old)}`,
                `A later release may stop reading the old name; ${successor.option.dest} would then silently go back to its default.`,
                `What to do: write it as ${successor.option.dest} in [${successor.group}], keeping the value (the rewrite does it).`,
              ],
              fix: renameFix(entry, successor),
            }, [reader, successor]),
          );
          continue;
        }
        const shared = lost.length > 1;
        const fallback = resolvedIn(after, successor);
        findings.push(
          upgradeFinding(comparison, 'not-read', 'warning', { group: reader.group, option: reader.option.dest, ...at }, {
            title: `${R2} no longer reads ${name} as ${target}: the line is ignored from then on`,
            explanation: [
              `${R1} reads this line as ${was}${reader.oldName ? ' under an old name, which it logs as deprecated' : ''}. ${R2} does not read ${name} for ${target}: ` +
                `oslo.config ignores the line without a word, and ${target} is ${fallback.isSet ? 'set by another line' : `left at its default (${showResolved(fallback)})`}.`,
              shared
                ? `What to do: ${R1} reads this one line for ${lost.map((other) => `[${other.group}] ${other.option.dest}`).join(' and ')}: write a line of each, with the value, by hand (one name cannot carry it to all, so the rewrite leaves it alone).`
                : `What to do: write it as ${successor.option.dest} in [${successor.group}], keeping the value (the rewrite does it).`,
            ],
            ...(!shared && { fix: renameFix(entry, successor) }),
          }, [reader, successor]),
        );
      }
    }
  });
  return findings;
}

function removed(comparison: ReleaseComparison, reader: KeyReader, name: string, entry: IniEntry, at: { file: string; line: number }): Finding {
  const R1 = comparison.from.release;
  const R2 = comparison.to.release;
  const { option } = reader;
  const was = `[${reader.group}] ${option.dest}`;
  const reason = option.deprecatedReason?.replace(/\s+/g, ' ').trim();
  // An option of the same name elsewhere may be where it went, without the later release reading the old place.
  const namesakes = comparison.to.schema.groups
    .filter((group) => group.options.some((other) => other.dest === option.dest))
    .map((group) => `[${group.name}] ${option.dest}`);
  return upgradeFinding(comparison, 'removed', 'warning', { group: reader.group, option: option.dest, ...at }, {
    title: `${reader.oldName ? `${name}, the old name of ${was},` : name} is gone in ${R2}: the line is ignored from then on`,
    explanation: [
      `${R1} reads this line as ${was} (${describeOptionFacts(option)}). ${R2} has no such option, under this name or another: oslo.config ignores the line without a word, and the service does without it.`,
      ...(option.deprecatedForRemoval ? [`${R1} already deprecates it for removal${option.deprecatedSince ? ` since ${option.deprecatedSince}` : ''}${reason ? `: ${reason}` : '.'}`] : []),
      ...(namesakes.length ? [`${R2} has ${namesakes.join(' and ')}, of the same name, which does not read this line: see in its help whether it takes over.`] : []),
      `What to do: find what replaces it in ${R2}'s release notes, then delete the line (the rewrite comments it out, with a note).`,
    ],
    fix: { label: `delete line ${entry.line}`, edits: [{ group: reader.group, option: option.dest, line: entry.line, action: 'delete' }] },
  }, [reader, null]);
}

function nowRead(comparison: ReleaseComparison, reader: KeyReader, readBefore: KeyReader[], name: string, entry: IniEntry, at: { file: string; line: number }): Finding {
  const R1 = comparison.from.release;
  const R2 = comparison.to.release;
  const target = `[${reader.group}] ${reader.option.dest}`;
  const value = resolvedIn(comparison.after, reader);
  const old = reader.oldName && reader.option.oldNames.find((candidate) => normalizeSectionName(candidate.group || reader.group) === entry.section.normalized && candidate.name === entry.key);
  const earlier = readBefore.length
    ? `${R1} reads this line as ${readBefore.map((other) => `[${other.group}] ${other.option.dest}`).join(' and ')} only.`
    : `${R1} has no option ${name}, so it ignores this line.`;
  return upgradeFinding(comparison, 'now-read', 'warning', { group: reader.group, option: reader.option.dest, ...at }, {
    title: readBefore.length ? `${R2} also reads ${name} as ${target}` : `${R2} reads ${name}, which ${R1} ignores: ${target} = ${entry.value}`,
    explanation: [
      `${earlier} ${R2} reads it as ${target}${old ? ', under an old name' : ''} (${describeOptionFacts(reader.option)}): ` +
        `after the upgrade, ${value.error ? `oslo.config refuses it: ${value.error}` : `${target} is ${showResolved(value)}`}.`,
      ...(old ? [`oslo.config logs: ${formatOldNameWarning(reader.group, reader.option.dest, old)}`] : []),
      readBefore.length
        ? `What to do: make sure ${target} is meant to take this value; if not, set it on a line of its own.`
        : 'What to do: make sure this value is meant; delete the line if not.',
    ],
  }, [null, reader]);
}

function renameFix(entry: IniEntry, successor: PlacedOption): Fix {
  return {
    label: `move line ${entry.line} to [${successor.group}] as ${successor.option.dest}, keeping the value`,
    edits: [{ group: successor.group, option: successor.option.dest, line: entry.line, action: 'rename' }],
  };
}
