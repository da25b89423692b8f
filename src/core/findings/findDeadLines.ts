import { indexDocument } from '../ini/indexDocument';
import { normalizeSectionName } from '../ini/normalizeSectionName';
import { findSources, type Resolution, type ValueSource } from '../ini/resolveConfig';
import type { IniEntry } from '../ini/types';
import type { OptionSchema } from '../schema/types';
import { knownKeys } from './knownKeys';
import type { Finding } from './types';

/**
 * Lines that set an option but that oslo never reads, because another line wins: an earlier duplicate of the
 * same key, an old name when the option's own name is set in the same file (the own name wins whatever the
 * order), or, across files, a line of another name in an earlier file (the later file wins, even through an old
 * name). Plain layering, the same key again in a later file, is what several files are for and is not reported.
 * Multi valued options gather every line, so none of theirs is dead.
 */
export function findDeadLines(resolution: Resolution): Finding[] {
  const findings: Finding[] = [];
  const { own, old } = knownKeys(resolution.schema);
  const isOwnKey = (section: string, key: string) => own.has(`${section}\n${key}`);
  // An old name can be two options' (oslo.db's `[database] sql_connection`): a line the other option reads is not dead.
  const readByAnother = (entry: IniEntry, option: OptionSchema) =>
    (old.get(`${entry.section.normalized}\n${entry.key}`) ?? []).some(
      (reader) => reader.option !== option && findSources(resolution.files, reader.group, reader.option).some((source) => source.entry === entry),
    );
  const fileName = (source: Pick<ValueSource, 'file'>) => resolution.files[source.file]!.name;

  for (const [group, options] of resolution.options) {
    for (const [dest, resolved] of options) {
      const { option } = resolved;
      const winner = resolved.sources.at(-1);
      if (option.type === 'multi' || !winner) continue;
      const names = [
        { section: normalizeSectionName(group), key: dest, oldName: false },
        ...option.oldNames.map((old) => ({ section: normalizeSectionName(old.group || group), key: old.name, oldName: true })),
      ];
      const winnerName = `[${winner.entry.section.name}] ${winner.entry.key}`;
      const winnerAt = `line ${winner.entry.line}${resolution.files.length > 1 ? ` of ${fileName(winner)}` : ''}`;
      resolution.files.forEach((file, fileIndex) => {
        const index = indexDocument(file.document);
        for (const name of names) {
          // A line of an old name that is also an option of its own is read as that option: not dead.
          if (name.oldName && isOwnKey(name.section, name.key)) continue;
          for (const entry of index.get(name.section)?.get(name.key) ?? []) {
            if (entry === winner.entry || (name.oldName && readByAnother(entry, option))) continue;
            const sameFile = fileIndex === winner.file;
            const sameKey = name.section === winner.entry.section.normalized && name.key === winner.entry.key;
            if (!sameFile && sameKey) continue;
            const here = `[${entry.section.name}] ${entry.key}`;
            let title: string;
            let why: string;
            if (sameFile && sameKey) {
              title = `${here} is set again on line ${winner.entry.line}: this line is ignored`;
              why = `When a key appears more than once in a group, oslo.config reads only the last one (${winnerAt}) and ignores the others, without a warning.`;
            } else if (sameFile && !winner.oldName) {
              title = `${here} is ignored: ${winnerName} is set in the same file`;
              why =
                `${here} is an old name of [${group}] ${dest}. In one file, oslo.config reads the option's own name ` +
                `(${winnerAt}) whatever the order of the lines, and ignores the old name without a warning.`;
            } else if (sameFile) {
              title = `${here} is ignored: ${winnerName} is read for [${group}] ${dest}`;
              why = `Both lines set [${group}] ${dest}; oslo.config reads ${winnerName} (${winnerAt}) and ignores this one.`;
            } else {
              title = `${here} is overridden by ${winnerName} in ${fileName(winner)}`;
              why =
                `Both lines set [${group}] ${dest}. With several files, the later file wins, even when it uses an old ` +
                `name: oslo.config reads ${winnerAt}` +
                (winner.oldName ? ' and logs a deprecation warning for it.' : '.');
            }
            findings.push({
              group,
              option: dest,
              file: file.name,
              line: entry.line,
              kind: 'conflict',
              severity: 'warning',
              title,
              explanation: `${why}\nThis line has no effect. Delete it, or if its value is the one you mean, put that value on the line that is read.`,
              ...(sameFile
                ? { fix: { label: `delete line ${entry.line}`, edits: [{ group, option: dest, line: entry.line, action: 'delete' as const }] } }
                : {}),
            });
          }
        }
      });
    }
  }
  return findings;
}
