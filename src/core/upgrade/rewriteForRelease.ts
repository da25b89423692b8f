import { type MigrationError, migrateOldNames } from '../findings/migrateOldNames';
import { normalizeSectionName } from '../ini/normalizeSectionName';
import { parseIni } from '../ini/parseIni';
import { type EntryRewrite, rewriteEntries } from '../ini/rewriteEntries';
import type { IniEntry } from '../ini/types';
import type { ConfigSchema } from '../schema/types';
import { bridgeOldNames } from './bridgeOldNames';
import { keyReaders } from './keyReaders';
import { matchOptions } from './matchOptions';
import type { ReleaseSchema } from './types';

export interface UpgradeEdit {
  /** The line of the original text. */
  line: number;
  action: 'renamed' | 'copied' | 'deleted' | 'commented';
  /** `[ssl] ca_file` */
  from: string;
  /** `[glance] cafile`; null for a line commented out. */
  to: string | null;
}

export type UpgradeRewrite = { text: string; edits: UpgradeEdit[]; leftAlone: MigrationError[] } | { errors: MigrationError[] };

/**
 * The file rewritten for the later release, as `migrate` rewrites old names: every line the later release would not
 * read, or would read under an old name, written under the name it reads (the value text kept byte for byte); the
 * lines of options it no longer has commented out, under a note; every other byte kept. A line that cannot be carried
 * over mechanically (one old name several options read, two lines that disagree) is left alone, with the reason.
 * The later release then reads what the earlier one read from the file, without a deprecation for any renamed line.
 */
export function rewriteForRelease(from: ReleaseSchema, to: ReleaseSchema, text: string): UpgradeRewrite {
  const document = parseIni(text);
  if (document.errors.length) {
    return { errors: document.errors.map((error) => ({ line: error.line, message: `the file does not parse, so oslo reads nothing from it: ${error.message}` })) };
  }
  const { successors } = matchOptions(from, to);
  let schema = bridgeOldNames(from, to, successors).schema;
  const leftAlone: MigrationError[] = [];
  let migrated: { text: string; changes: UpgradeEdit[] } = { text, changes: [] };
  // What migrate refuses stays as it is: the names of those lines are taken out, and the rest is migrated again.
  for (;;) {
    const migration = migrateOldNames(schema, text);
    if ('text' in migration) {
      migrated = migration;
      break;
    }
    // One refused line is reported once, though several options refuse it.
    for (const error of migration.errors) {
      if (!leftAlone.some((known) => known.line === error.line && known.message === error.message)) leftAlone.push(error);
    }
    const keys = new Set(
      migration.errors.flatMap((error) => {
        const entry = document.entries.find((candidate) => candidate.line === error.line);
        return entry ? [`${entry.section.normalized}\n${entry.key}`] : [];
      }),
    );
    const narrowed = withoutOldNames(schema, keys);
    if (narrowed === schema) break;
    schema = narrowed;
  }

  // The lines of options the later release has no successor for, and reads for nothing: commented out.
  const readers1 = keyReaders(from.schema);
  const readers2 = keyReaders(to.schema);
  const removed = document.entries.filter((entry) => {
    const key = `${entry.section.normalized}\n${entry.key}`;
    const readers = readers1.get(key) ?? [];
    return readers.length && !readers2.has(key) && readers.every((reader) => !successors.has(reader.option));
  });
  if (!removed.length) return { text: migrated.text, edits: migrated.changes, leftAlone };
  const migratedDocument = parseIni(migrated.text);
  // Migrating never writes these keys (the later release reads every name it writes), so the n-th line of a key
  // in the migrated text is its n-th line in the original.
  const occurrence = (entries: IniEntry[], entry: IniEntry) => entries.filter((other) => other.section.normalized === entry.section.normalized && other.key === entry.key && other.line <= entry.line).length;
  const rewrites: EntryRewrite[] = removed.map((entry) => {
    const nth = occurrence(document.entries, entry);
    const moved = migratedDocument.entries.filter((other) => other.section.normalized === entry.section.normalized && other.key === entry.key)[nth - 1]!;
    const readers = readers1.get(`${entry.section.normalized}\n${entry.key}`)!;
    const read = readers.map((reader) => `[${reader.group}] ${reader.option.dest}`).join(' and ');
    return {
      line: moved.line,
      action: 'comment',
      note: [`${to.release} has no option ${describe(entry)}${read === describe(entry) ? '' : ` (${from.release}: ${read})`} and ignores this line.`],
    };
  });
  const commented = rewriteEntries(migratedDocument, rewrites);
  if ('error' in commented) return { text: migrated.text, edits: migrated.changes, leftAlone: [...leftAlone, { line: commented.line, message: commented.error }] };
  const edits: UpgradeEdit[] = [
    ...migrated.changes,
    ...removed.map((entry) => ({ line: entry.line, action: 'commented' as const, from: describe(entry), to: null })),
  ];
  return { text: commented.text, edits: edits.sort((a, b) => a.line - b.line), leftAlone };
}

function describe(entry: IniEntry): string {
  return `[${entry.section.name}] ${entry.key}`;
}

/** The schema without the old names that read these keys; the same schema when none does. */
function withoutOldNames(schema: ConfigSchema, keys: ReadonlySet<string>): ConfigSchema {
  let changed = false;
  const groups = schema.groups.map((group) => ({
    ...group,
    options: group.options.map((option) => {
      const oldNames = option.oldNames.filter((old) => !keys.has(`${normalizeSectionName(old.group || group.name)}\n${old.name}`));
      if (oldNames.length === option.oldNames.length) return option;
      changed = true;
      return { ...option, oldNames };
    }),
  }));
  return changed ? { ...schema, groups } : schema;
}
