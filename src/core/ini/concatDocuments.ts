import type { IniDocument, IniEntry, IniSection } from './types';

const shifted = new WeakMap<IniDocument, { offset: number; document: IniDocument }>();

/**
 * Documents one after the other, as parsing their texts one after the other reads them, for documents that each
 * start a section before any value (or hold none) and end their last line. Each part is renumbered once per
 * place it takes, so that a file built of parts costs the parts that moved.
 */
export function concatDocuments(parts: readonly IniDocument[]): IniDocument {
  const lines: IniDocument['lines'][number][] = [];
  const sections: IniSection[] = [];
  const entries: IniEntry[] = [];
  for (const part of parts) {
    const document = moveTo(part, lines.length);
    lines.push(...document.lines);
    sections.push(...document.sections);
    entries.push(...document.entries);
  }
  return { lines, sections, entries, errors: [] };
}

function moveTo(part: IniDocument, offset: number): IniDocument {
  if (offset === 0) return part;
  const known = shifted.get(part);
  if (known?.offset === offset) return known.document;
  const sections = new Map(part.sections.map((section) => [section, { ...section, line: section.line + offset }]));
  const document: IniDocument = {
    lines: part.lines.map((line) => ({ ...line, number: line.number + offset })),
    sections: [...sections.values()],
    entries: part.entries.map((entry) => ({
      ...entry,
      section: sections.get(entry.section)!,
      line: entry.line + offset,
      endLine: entry.endLine + offset,
    })),
    errors: [],
  };
  shifted.set(part, { offset, document });
  return document;
}
