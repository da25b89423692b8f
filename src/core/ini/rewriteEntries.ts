import { parseIni, printIni } from './parseIni';
import { normalizeSectionName } from './normalizeSectionName';
import type { IniDocument, IniEntry, IniLine } from './types';
import { findInsertionLine } from './findInsertionLine';
import { getDominantEnding } from './getDominantEnding';

/** What happens to one entry (its line and continuation lines) of a document. */
export interface EntryRewrite {
  /** The entry's first line. */
  line: number;
  /**
   * `delete` removes the entry; `rename` rewrites its key to `key` in a section of `group`, the value text kept
   * byte for byte; `copy` adds such a line and keeps the original; `comment` turns each of its lines into a comment
   * (`#` before it), under `note`.
   */
  action: 'delete' | 'rename' | 'copy' | 'comment';
  group?: string;
  key?: string;
  /** The comment lines a commented entry gets above it, without their `# `. */
  note?: string[];
}

/**
 * Rewrites whole entries of a parsed document; every other byte stays. A renamed or copied entry stays in
 * place when it is already in its group's section (a copy goes right after its original) and comes before any
 * line of its new key; else it goes right before the first line of its new key (so that line keeps winning and
 * a multi valued option keeps oslo's order, old names first); else after the key's commented sample line or
 * the last value of the group's last section; else into a new section at the end.
 */
export function rewriteEntries(
  document: IniDocument,
  rewrites: EntryRewrite[],
): { text: string } | { error: string; line: number | null } {
  if (document.errors.length) {
    const first = document.errors[0]!;
    return { error: `the file does not parse: line ${first.line}: ${first.message}`, line: first.line };
  }
  const eol = getDominantEnding(document);
  const drop = new Set<number>();
  const rekeyed = new Map<number, string>();
  const before = new Map<number, IniLine[]>();
  const after = new Map<number, IniLine[]>();
  const appended = new Map<string, IniLine[]>();
  const push = (map: Map<number, IniLine[]>, at: number, lines: IniLine[]) => map.set(at, [...(map.get(at) ?? []), ...lines]);

  for (const rewrite of [...rewrites].sort((a, b) => a.line - b.line)) {
    const entry = document.entries.find((candidate) => candidate.line === rewrite.line);
    if (!entry) return { error: `no key = value entry starts on line ${rewrite.line}`, line: rewrite.line };
    const lines = document.lines.slice(entry.line - 1, entry.endLine);
    if (rewrite.action === 'delete') {
      lines.forEach((line) => drop.add(line.number));
      continue;
    }
    if (rewrite.action === 'comment') {
      lines.forEach((line) => drop.add(line.number));
      const note = (rewrite.note ?? []).map((text) => ({ ...lines[0]!, text: `# ${text}`, kind: 'comment' as const }));
      push(after, entry.endLine, [...note, ...lines.map((line) => ({ ...line, text: `#${line.text}`, kind: 'comment' as const }))]);
      continue;
    }
    if (!rewrite.group || !rewrite.key) return { error: `line ${rewrite.line}: ${rewrite.action} needs a group and a key`, line: rewrite.line };
    const section = normalizeSectionName(rewrite.group);
    const moved = [{ ...lines[0]!, text: replaceKey(lines[0]!.text, entry, rewrite.key) }, ...lines.slice(1)];
    const firstOwn = document.entries.find((other) => other.section.normalized === section && other.key === rewrite.key);
    const inPlace = entry.section.normalized === section && (!firstOwn || entry.line < firstOwn.line);
    if (inPlace && rewrite.action === 'rename') {
      rekeyed.set(entry.line, moved[0]!.text);
      continue;
    }
    if (rewrite.action === 'rename') lines.forEach((line) => drop.add(line.number));
    if (inPlace) {
      push(after, entry.endLine, moved);
    } else if (firstOwn) {
      push(before, firstOwn.line, moved);
    } else {
      const at = findInsertionLine(document, section, rewrite.key);
      if (at) push(after, at, moved);
      else appended.set(rewrite.group, [...(appended.get(rewrite.group) ?? []), ...moved]);
    }
  }

  const out: IniLine[] = [];
  for (const line of document.lines) {
    out.push(...(before.get(line.number) ?? []));
    if (!drop.has(line.number)) {
      const text = rekeyed.get(line.number);
      out.push(text === undefined ? line : { ...line, text });
    }
    out.push(...(after.get(line.number) ?? []));
  }
  for (const [group, lines] of appended) {
    if (out.length && out.at(-1)!.text.trim() !== '') out.push({ number: 0, text: '', eol, kind: 'blank' });
    out.push({ number: 0, text: `[${group}]`, eol, kind: 'section' }, ...lines);
  }
  // Every line but the last ends as the file does; the last ends as the file's last line did.
  const endsOpen = document.lines.at(-1)?.eol === '';
  const text = printIni({
    lines: out.map((line, index) =>
      index === out.length - 1 ? { ...line, eol: endsOpen ? '' : line.eol || eol } : { ...line, eol: line.eol || eol },
    ),
  });
  const reparsed = parseIni(text);
  if (reparsed.errors.length) {
    const first = reparsed.errors[0]!;
    return { error: `the rewrite would not parse: line ${first.line}: ${first.message}`, line: null };
  }
  return { text };
}

/** The entry's first line with its key replaced, the separator, spacing and value kept. */
function replaceKey(text: string, entry: IniEntry, key: string): string {
  const at = text.indexOf(entry.key);
  return text.slice(0, at) + key + text.slice(at + entry.key.length);
}

