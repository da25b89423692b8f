import { checkDocuments } from '../core/checkFiles';
import { groupsReadBySecurityRules } from '../core/findings/groupsReadBySecurityRules';
import type { Finding } from '../core/findings/types';
import { knownKeys } from '../core/findings/knownKeys';
import { normalizeSectionName } from '../core/ini/normalizeSectionName';
import type { IniDocument, IniLine } from '../core/ini/types';
import type { ConfigSchema } from '../core/schema/types';

/**
 * The core's checks of a file, group by group, each group's findings kept until the lines they depend on change:
 * an edit re-checks the groups it reaches, not the schema. What oslo reports about a group depends on its own
 * section, on the lines of its options' old names in other sections (old names cross groups: [DEFAULT] often), and,
 * through a `$` reference, on any line: a group whose lines or defaults hold a `$` is checked again on any change;
 * and, where a security rule of the group reads another group (nova's [glance] reads [key_manager]), on that group's
 * lines as well.
 * Findings name lines (theirs, and others in their words), so a group whose lines moved is checked again too. The
 * result is the whole file's check (test/session/checkByGroup.test.ts compares them on random edits).
 */
export interface GroupChecker {
  /** The groups whose findings must be worked out again for this document. */
  stale(fileName: string, document: IniDocument): string[];
  /** Works out one group's findings for this document. */
  refresh(fileName: string, document: IniDocument, group: string): void;
  /** Every group's findings, by line (those without one last), then severity; refreshes what is stale first. */
  check(fileName: string, document: IniDocument): Finding[];
}

interface GroupReach {
  name: string;
  /** oslo's name of the group's own section. */
  section: string;
  /** Keys that are old names of the group's options, by the section they are read from. */
  oldKeys: Map<string, Set<string>>;
  /** The sections of other groups whose options share an old name with this group's: they decide who reads it. */
  sharing: Set<string>;
  /** A default substitutes another option, so the group's values may depend on any line of the file. */
  readsReferences: boolean;
  /** Other groups whose values the group's security rules read. */
  readsGroups: string[];
}

/** The lines a group's findings depend on, in a document; `null` lines: any line (a `$` is involved). */
interface Relevant {
  numbers: number[] | null;
  texts: string[];
}

interface Kept {
  fileName: string;
  document: IniDocument;
  relevant: Relevant;
  findings: Finding[];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function createGroupChecker(schema: ConfigSchema): GroupChecker {
  const { old: oldReaders } = knownKeys(schema);
  const readsByGroup = groupsReadBySecurityRules(schema);
  const reaches = new Map(
    schema.groups.map((group) => {
      const oldKeys = new Map<string, Set<string>>();
      const sharing = new Set<string>();
      for (const option of group.options) {
        for (const old of option.oldNames) {
          const section = normalizeSectionName(old.group || group.name);
          oldKeys.set(section, (oldKeys.get(section) ?? new Set()).add(old.name));
          for (const reader of oldReaders.get(`${section}\n${old.name}`) ?? []) sharing.add(normalizeSectionName(reader.group));
        }
      }
      const readsReferences = group.options.some((option) =>
        [option.default].flat().some((value) => typeof value === 'string' && value.includes('$')),
      );
      const readsGroups = readsByGroup.get(group.name) ?? [];
      return [group.name, { name: group.name, section: normalizeSectionName(group.name), oldKeys, sharing, readsReferences, readsGroups }];
    }),
  );
  const kept = new Map<string, Kept>();
  const relevantByDocument = new WeakMap<IniDocument, Map<string, Relevant>>();

  const relevantOf = (document: IniDocument): Map<string, Relevant> => {
    let byGroup = relevantByDocument.get(document);
    if (!byGroup) relevantByDocument.set(document, (byGroup = relevantLines(document, [...reaches.values()])));
    return byGroup;
  };

  const isFresh = (fileName: string, document: IniDocument, group: string): boolean => {
    const known = kept.get(group);
    if (!known || known.fileName !== fileName) return false;
    if (known.document === document) return true;
    const relevant = relevantOf(document).get(group)!;
    return (
      relevant.numbers !== null &&
      known.relevant.numbers !== null &&
      same(known.relevant.numbers, relevant.numbers) &&
      same(known.relevant.texts, relevant.texts)
    );
  };

  const checker: GroupChecker = {
    stale: (fileName, document) => [...reaches.keys()].filter((group) => !isFresh(fileName, document, group)),
    refresh(fileName, document, group) {
      const relevant = relevantOf(document).get(group)!;
      // The document's other lines blank, so that every line keeps its number.
      const checked = relevant.numbers === null ? document : { ...document, entries: entriesOf(document, relevant.numbers) };
      const { findings } = checkDocuments(schema, [{ name: fileName, document: checked }], new Set([group]));
      kept.set(group, { fileName, document, relevant, findings: findings.filter((finding) => finding.group === group) });
    },
    check(fileName, document) {
      for (const group of checker.stale(fileName, document)) checker.refresh(fileName, document, group);
      const merged = [...reaches.keys()].flatMap((group) => kept.get(group)!.findings);
      return merged.sort((a, b) => byLine(a.line, b.line) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    },
  };
  return checker;
}

/**
 * Each group's lines: its sections (headers included) and its old names' entries elsewhere, and those of the groups
 * its security rules read; any line with `$`.
 */
function relevantLines(document: IniDocument, reaches: GroupReach[]): Map<string, Relevant> {
  const sectionLines = new Map<string, number[]>();
  let section: string | null = null;
  let nextHeader = 0;
  for (const line of document.lines) {
    if (line.kind === 'section') section = document.sections[nextHeader++]!.normalized;
    if (section === null) continue;
    const numbers = sectionLines.get(section);
    if (numbers) numbers.push(line.number);
    else sectionLines.set(section, [line.number]);
  }
  const own = new Map<string, Set<number>>();
  for (const reach of reaches) {
    const lines = new Set(sectionLines.get(reach.section));
    // The whole section an old name is in: whether another option reads the line (oslo.db's old names are two
    // options') depends on that option's own line there.
    for (const section of [...reach.oldKeys.keys(), ...reach.sharing]) {
      if (section === reach.section) continue;
      for (const number of sectionLines.get(section) ?? []) lines.add(number);
    }
    own.set(reach.name, lines);
  }
  const relevant = new Map<string, Relevant>();
  for (const reach of reaches) {
    const lines = new Set([own.get(reach.name)!, ...reach.readsGroups.map((group) => own.get(group) ?? [])].flatMap((set) => [...set]));
    const numbers = [...lines].sort((a, b) => a - b);
    const readsReferences = reach.readsReferences || reach.readsGroups.some((group) => reaches.some((other) => other.name === group && other.readsReferences));
    const anyLine = readsReferences || numbers.some((number) => substitutes(document.lines[number - 1]!));
    relevant.set(reach.name, anyLine ? { numbers: null, texts: [] } : { numbers, texts: numbers.map((number) => document.lines[number - 1]!.text) });
  }
  return relevant;
}

/** The entries on the given lines: the check of a group reads those and no other. */
function entriesOf(document: IniDocument, numbers: number[]) {
  const wanted = new Set(numbers);
  return document.entries.filter((entry) => wanted.has(entry.line));
}

function same<T>(a: T[], b: T[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

// Findings without a line (about a default) come last.
function byLine(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  return b === null ? -1 : a - b;
}

// A value line with `$` may read any option; a comment's `$` reads nothing.
function substitutes(line: IniLine): boolean {
  return (line.kind === 'entry' || line.kind === 'continuation') && line.text.includes('$');
}
