import { parseIni, parseLines } from './parseIni';
import type { IniDocument, IniEntry, IniLine, IniSection, LineEnding } from './types';

/** Lines of a document replaced by others: `remove` lines from `line` on, and `insert` in their place. */
export interface LineChange {
  /** The first line removed, or the line the new lines go before (one past the last line: at the end). */
  line: number;
  remove: number;
  insert: { text: string; eol: LineEnding }[];
}

const linesIndex = new WeakMap<IniDocument, { entries: Map<number, IniEntry>; headers: Map<number, IniSection> }>();

/**
 * The document with lines changed, without parsing it again: the lines kept keep what they meant (renumbered),
 * and only the new lines are read, as if they stood where they go. `changes` come in line order, without overlap;
 * each removes whole values (an entry with its continuation lines) of a document that parses. Should a new line be
 * read with its neighbours (a continuation line at an edge), the whole text is parsed instead, so that the result
 * is always what parseIni reads.
 */
export function spliceDocument(document: IniDocument, changes: readonly LineChange[]): IniDocument {
  if (!changes.length) return document;
  let index = linesIndex.get(document);
  if (!index) {
    index = {
      entries: new Map(document.entries.map((entry) => [entry.line, entry])),
      headers: new Map(document.sections.map((header) => [header.line, header])),
    };
    linesIndex.set(document, index);
  }
  const { entries: starts, headers } = index;
  const lines: IniLine[] = [];
  const sections: IniSection[] = [];
  const entries: IniEntry[] = [];
  // The section the kept lines are in, by their old header; the new header object once it has moved.
  let section: IniSection | null = null;
  let movedSection: IniSection | null = null;
  const current = () => movedSection ?? section;

  const keep = (old: IniLine) => {
    const number = lines.length + 1;
    lines.push(number === old.number ? old : { ...old, number });
    if (old.kind === 'section') {
      section = headers.get(old.number)!;
      movedSection = number === old.number ? null : { ...section, line: number };
      sections.push(current()!);
    } else if (old.kind === 'entry') {
      const entry = starts.get(old.number)!;
      const within = current();
      const shift = number - old.number;
      entries.push(shift === 0 && within === entry.section ? entry : { ...entry, section: within!, line: entry.line + shift, endLine: entry.endLine + shift });
    }
  };

  let next = 1;
  for (const change of changes) {
    for (; next < change.line; next += 1) keep(document.lines[next - 1]!);
    const removed = document.lines.slice(change.line - 1, change.line - 1 + change.remove);
    next = change.line + change.remove;
    // Lines that would read differently with their neighbours: a header removed (the lines below change section),
    // part of a value removed, or a kept continuation line right below the change.
    if (removed.some((line) => line.kind === 'section') || removed[0]?.kind === 'continuation' || document.lines[next - 1]?.kind === 'continuation') {
      return reparsed(document, changes);
    }
    if (!change.insert.length) {
      const below = document.lines[next - 1];
      if (change.remove && below && joins(lines.at(-1), below)) return reparsed(document, changes);
      continue;
    }
    // Text that would join its neighbour: after a last line without an ending, or a lone CR then an empty line's LF.
    const below = document.lines[next - 1];
    if (joins(lines.at(-1), change.insert[0]!) || (below && joins(change.insert.at(-1), below))) return reparsed(document, changes);
    const block = parseLines(change.insert, { section: current(), firstNumber: lines.length + 1 });
    // A block that would not be read on its own: an error, or a first line continuing the value above it.
    if (block.errors.length || block.lines[0]!.kind === 'continuation') return reparsed(document, changes);
    lines.push(...block.lines);
    sections.push(...block.sections);
    entries.push(...block.entries);
    if (block.sections.length) {
      // Kept lines after the block are in its last section until the next old header.
      section = null;
      movedSection = block.sections.at(-1)!;
    }
  }
  for (; next <= document.lines.length; next += 1) keep(document.lines[next - 1]!);
  return { lines, sections, entries, errors: [] };
}

function joins(line: { eol: LineEnding } | undefined, next: { text: string; eol: LineEnding }): boolean {
  return line !== undefined && (line.eol === '' || (line.eol === '\r' && next.text === '' && next.eol.startsWith('\n')));
}

function reparsed(document: IniDocument, changes: readonly LineChange[]): IniDocument {
  const texts = document.lines.map((line) => line.text + line.eol);
  for (const change of [...changes].reverse()) {
    texts.splice(change.line - 1, change.remove, ...change.insert.map((line) => line.text + line.eol));
  }
  return parseIni(texts.join(''));
}
