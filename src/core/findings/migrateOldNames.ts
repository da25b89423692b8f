import { indexDocument } from '../ini/indexDocument';
import { parseIni } from '../ini/parseIni';
import { normalizeSectionName } from '../ini/normalizeSectionName';
import { findSources, resolveConfig } from '../ini/resolveConfig';
import { type EntryRewrite, rewriteEntries } from '../ini/rewriteEntries';
import type { IniEntry } from '../ini/types';
import type { ConfigSchema, OptionSchema } from '../schema/types';
import { convertValue } from '../types/convertValue';
import { equalValues } from '../values/equalValues';

export interface MigrationChange {
  /** The line of the original text. */
  line: number;
  action: 'renamed' | 'copied' | 'deleted';
  /** `[ssl] ca_file` */
  from: string;
  /** `[glance] cafile` */
  to: string;
}

export interface MigrationError {
  line: number | null;
  message: string;
}

export type Migration = { text: string; changes: MigrationChange[] } | { errors: MigrationError[] };

/**
 * Rewrites the lines that set options under old (deprecated) names to the options' own names, so that oslo reads
 * the same values without logging a deprecation. The value text of each line is kept byte for byte, and so is
 * every other line. A line whose key is also an option of its own (the seed's `api_insecure`, which is the old
 * name of `insecure` too) is kept and copied to the new name. An old-name line that oslo ignores because the
 * option's own name is set is deleted when it holds the same value, and refused otherwise: which of the two
 * values was meant is the operator's call. Nothing changes when anything is refused, nor when the result would
 * read differently.
 */
export function migrateOldNames(schema: ConfigSchema, text: string): Migration {
  const document = parseIni(text);
  if (document.errors.length) {
    return {
      errors: document.errors.map((error) => ({
        line: error.line,
        message: `the file does not parse, so oslo reads nothing from it: ${error.message}`,
      })),
    };
  }
  const index = indexDocument(document);
  const file = { name: '', document };
  const isOwnKey = (section: string, key: string) =>
    schema.groups.some(
      (group) => normalizeSectionName(group.name) === section && group.options.some((option) => option.dest === key),
    );
  const rewrites: EntryRewrite[] = [];
  const changes: MigrationChange[] = [];
  const errors: MigrationError[] = [];

  // Who reads each line through an old name: an old name can be two options' (oslo.db's `[database] sql_connection`).
  const readers = new Map<IniEntry, string[]>();
  for (const group of schema.groups) {
    for (const option of group.options) {
      if (!option.oldNames.length) continue;
      for (const source of findSources([file], group.name, option)) {
        if (source.oldName) readers.set(source.entry, [...(readers.get(source.entry) ?? []), `[${group.name}] ${option.dest}`]);
      }
    }
  }
  for (const group of schema.groups) {
    for (const option of group.options) {
      const oldSets = option.oldNames
        .map((old) => {
          const section = normalizeSectionName(old.group || group.name);
          return { section, key: old.name, entries: index.get(section)?.get(old.name) ?? [] };
        })
        .filter((set) => set.entries.length);
      if (!oldSets.length) continue;
      const to = `[${group.name}] ${option.dest}`;
      const read = findSources([file], group.name, option);
      const winner = read.at(-1)!;
      if (option.type === 'multi' && oldSets.length > 1) {
        errors.push({
          line: oldSets[1]!.entries[0]!.line,
          message: `${to} is set under ${oldSets.length} old names; oslo's order of their values cannot be kept on one name: merge them by hand`,
        });
        continue;
      }
      for (const set of oldSets) {
        const keepsOwnMeaning = isOwnKey(set.section, set.key);
        for (const entry of set.entries) {
          const from = `[${entry.section.name}] ${entry.key}`;
          const isRead = read.some((source) => source.entry === entry);
          const sameKeyAsWinner = winner.oldName && winner.entry.section.normalized === set.section && winner.entry.key === set.key;
          const readBy = readers.get(entry) ?? [];
          if (readBy.length > 1 && isRead) {
            errors.push({
              line: entry.line,
              message: `${from} is the old name of ${readBy.join(' and ')}, which oslo all read from this line; one name cannot carry it to all: write each option's own line by hand`,
            });
            continue;
          }
          if (!isRead && readBy.length) continue;
          if (isRead || (sameKeyAsWinner && !keepsOwnMeaning)) {
            const action = keepsOwnMeaning ? 'copy' : 'rename';
            rewrites.push({ line: entry.line, action, group: group.name, key: option.dest });
            changes.push({ line: entry.line, action: action === 'copy' ? 'copied' : 'renamed', from, to });
          } else if (keepsOwnMeaning) {
            // Not read as the old name, but read as an option of its own: nothing to migrate.
          } else if (sameValue(option, entry, winner.entry)) {
            rewrites.push({ line: entry.line, action: 'delete' });
            changes.push({ line: entry.line, action: 'deleted', from, to });
          } else {
            errors.push({
              line: entry.line,
              message:
                `${from} = ${JSON.stringify(entry.value)} is ignored: oslo reads ${describe(winner.entry)} = ` +
                `${JSON.stringify(winner.entry.value)} (line ${winner.entry.line}) instead. The two disagree and only you ` +
                'know which value is meant: delete the other line, then migrate again',
            });
          }
        }
      }
    }
  }
  if (errors.length) return { errors };
  if (!rewrites.length) return { text, changes };
  const rewritten = rewriteEntries(document, rewrites);
  if ('error' in rewritten) return { errors: [{ line: rewritten.line, message: rewritten.error }] };

  // The proof: the rewritten file reads the same values (and errors), and nothing through an old name.
  const before = resolveConfig(schema, [file]);
  const after = resolveConfig(schema, [{ name: '', document: parseIni(rewritten.text) }]);
  for (const [groupName, options] of before.options) {
    for (const [dest, was] of options) {
      const now = after.options.get(groupName)!.get(dest)!;
      if (was.error !== now.error || !equalValues(was.value, now.value) || now.sources.some((source) => source.oldName)) {
        return {
          errors: [{ line: was.sources.at(-1)?.entry.line ?? null, message: `migrating would change how oslo reads [${groupName}] ${dest}; nothing was changed` }],
        };
      }
    }
  }
  return { text: rewritten.text, changes: changes.sort((a, b) => a.line - b.line) };
}

function describe(entry: IniEntry): string {
  return `[${entry.section.name}] ${entry.key}`;
}

/** The same text, or texts without `$` references that convert to the same value (`true` and `yes`). */
function sameValue(option: OptionSchema, a: IniEntry, b: IniEntry): boolean {
  if (a.value === b.value) return true;
  if (a.value.includes('$') || b.value.includes('$') || option.type === 'multi') return false;
  const [x, y] = [convertValue(option, a.value), convertValue(option, b.value)];
  return 'value' in x && 'value' in y && equalValues(x.value, y.value);
}
