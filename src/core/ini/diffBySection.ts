import { editScript } from './diffLines';
import type { IniDocument } from './types';

/** A line removed from the old text or added in the new one, by its number there. */
export interface ChangedLine {
  kind: 'removed' | 'added';
  number: number;
  text: string;
}

/** The changes in one section (null: before any section header), in the order of the file. */
export interface SectionChanges {
  section: string | null;
  lines: ChangedLine[];
}

export interface DocumentDiff {
  removed: number;
  added: number;
  sections: SectionChanges[];
}

/**
 * What changes from one file to another, line by line (a line whose ending changed counts as changed), grouped by
 * the section each line is in: for a removed line its section in the old file, for an added one in the new file.
 */
export function diffBySection(before: IniDocument, after: IniDocument): DocumentDiff {
  const script = editScript(
    before.lines.map((line) => line.text + line.eol),
    after.lines.map((line) => line.text + line.eol),
  );
  const sections: SectionChanges[] = [];
  let removed = 0;
  let added = 0;
  for (const step of script) {
    if (step.kind === 'kept') continue;
    const [document, index] = step.kind === 'removed' ? [before, step.old] : [after, step.new];
    if (step.kind === 'removed') removed += 1;
    else added += 1;
    const line = document.lines[index]!;
    const section = sectionAt(document, line.number);
    let group = sections.find((candidate) => candidate.section === section);
    if (!group) sections.push((group = { section, lines: [] }));
    group.lines.push({ kind: step.kind, number: line.number, text: line.text });
  }
  return { removed, added, sections };
}

function sectionAt(document: IniDocument, line: number): string | null {
  let name: string | null = null;
  for (const section of document.sections) {
    if (section.line > line) break;
    name = section.name;
  }
  return name;
}
