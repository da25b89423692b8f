import { checkFiles, parseIni, type ConfigSchema, type Finding, type IniEntry, type IniLine } from '../coreApi';
import { normalizeSectionName } from '../../core/ini/normalizeSectionName';

/** Checks a file as oslo reads it; the findings come out by line (those without one last), then severity. */
export type FileChecker = (fileName: string, text: string) => Finding[];

interface GroupReach {
  name: string;
  /** oslo's name of the group's own section. */
  section: string;
  /** Keys that are old names of the group's options, by the section they are read from. */
  oldKeys: Map<string, Set<string>>;
  /** A default substitutes another option, so the group's values may depend on any line of the file. */
  readsReferences: boolean;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * The core's checks, group by group, each group's findings kept until the lines they depend on change: a keystroke
 * re-checks the group it is in, not the schema. What oslo reports about a group depends on its own section, on
 * the lines of its options' old names in other sections (old names cross groups: [DEFAULT] often), and, through a
 * `$` reference, on any line; a group whose lines or defaults hold a `$` is checked against the whole file. The
 * result is the whole file's check (test/ui/checkByGroup.test.ts compares them on random edits).
 */
export function createGroupChecker(schema: ConfigSchema): FileChecker {
  const reaches: GroupReach[] = schema.groups.map((group) => {
    const oldKeys = new Map<string, Set<string>>();
    for (const option of group.options) {
      for (const old of option.oldNames) {
        const section = normalizeSectionName(old.group || group.name);
        oldKeys.set(section, (oldKeys.get(section) ?? new Set()).add(old.name));
      }
    }
    const readsReferences = group.options.some((option) =>
      [option.default].flat().some((value) => typeof value === 'string' && value.includes('$')),
    );
    return { name: group.name, section: normalizeSectionName(group.name), oldKeys, readsReferences };
  });
  const cache = new Map<string, { key: string; findings: Finding[] }>();

  return (fileName, text) => {
    const document = parseIni(text);
    // The editor writes files that parse; anything else is checked whole, where oslo's parse errors belong.
    if (document.errors.length) return checkFiles(schema, [{ name: fileName, text }]).findings;

    // The lines of each section (its headers included), and its entries.
    const sectionLines = new Map<string, number[]>();
    const sectionEntries = new Map<string, IniEntry[]>();
    let section: string | null = null;
    let nextHeader = 0;
    for (const line of document.lines) {
      if (line.kind === 'section') section = document.sections[nextHeader++]!.normalized;
      if (section === null) continue;
      const numbers = sectionLines.get(section);
      if (numbers) numbers.push(line.number);
      else sectionLines.set(section, [line.number]);
    }
    for (const entry of document.entries) {
      const entries = sectionEntries.get(entry.section.normalized);
      if (entries) entries.push(entry);
      else sectionEntries.set(entry.section.normalized, [entry]);
    }

    const merged: Finding[] = [];
    for (const reach of reaches) {
      const lines = new Set(sectionLines.get(reach.section));
      for (const [oldSection, keys] of reach.oldKeys) {
        if (oldSection === reach.section) continue;
        for (const entry of sectionEntries.get(oldSection) ?? []) {
          if (!keys.has(entry.key)) continue;
          lines.add(entry.section.line);
          for (let number = entry.line; number <= entry.endLine; number += 1) lines.add(number);
        }
      }
      const numbers = [...lines].sort((a, b) => a - b);
      const wholeFile = reach.readsReferences || numbers.some((number) => substitutes(document.lines[number - 1]!));
      // Line numbers are part of the key: findings name their lines.
      const key = `${fileName}\n${wholeFile ? text : numbers.map((number) => `${number}\t${document.lines[number - 1]!.text}`).join('\n')}`;
      let cached = cache.get(reach.name);
      if (cached?.key !== key) {
        // The other lines blank, so that every line keeps its number.
        const checked = wholeFile ? text : blankOtherLines(document.lines.length, numbers, document.lines);
        const { findings } = checkFiles(schema, [{ name: fileName, text: checked }], new Set([reach.name]));
        cache.set(reach.name, (cached = { key, findings: findings.filter((finding) => finding.group === reach.name) }));
      }
      merged.push(...cached.findings);
    }
    return merged.sort((a, b) => byLine(a.line, b.line) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  };
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

function blankOtherLines(count: number, numbers: number[], lines: { text: string }[]): string {
  const texts = new Array<string>(count).fill('');
  for (const number of numbers) texts[number - 1] = lines[number - 1]!.text;
  return texts.join('\n');
}
