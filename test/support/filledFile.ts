// Files that set every option of a service, with valid values chosen at random: whole-file truth for the catalog.
import { parseIni } from '../../src/core/ini/parseIni';
import { writeSection } from '../../src/core/ini/writeSection';
import type { ConfigSchema, OptionValue } from '../../src/core/schema/types';
import type { OsloOptionFacts } from '../interop/oslo';
import { type Random, validValue } from './validValues';

type Facts = Record<string, Record<string, OsloOptionFacts>>;

/** A file that sets every option the editor can fill, each group written by the editor's own writer. */
export function filledFile(schema: ConfigSchema, facts: Facts, random: Random): { text: string; unfilled: string[] } {
  const unfilled: string[] = [];
  const sections: string[] = [];
  for (const group of schema.groups) {
    const values: Record<string, OptionValue> = {};
    for (const option of group.options) {
      const real = facts[group.name]?.[option.dest];
      const value = real && option.readOnlyReason === null ? validValue(option, real, random) : null;
      if (value === null) unfilled.push(`[${group.name}] ${option.dest} (${real ? `${real.type} of ${real.item_type ?? 'nothing'}` : 'not registered'})`);
      else values[option.dest] = value;
    }
    if (!Object.keys(values).length) continue;
    const written = writeSection(group, values);
    if ('errors' in written) throw new Error(`the writer refused valid values: ${JSON.stringify(written.errors)}`);
    sections.push(written.text);
  }
  return { text: sections.join('\n'), unfilled };
}

/** The filled file with each option that has an old name written under one of them, and which lines did. */
export function underOldNames(schema: ConfigSchema, text: string, random: Random): string {
  const document = parseIni(text);
  const lines = document.lines.map((line) => line.text + line.eol);
  const moved: string[] = [];
  for (const entry of document.entries) {
    const option = schema.groups.find((group) => group.name.toLowerCase() === entry.section.normalized.toLowerCase())?.options.find((candidate) => candidate.dest === entry.key);
    // Old names in the option's own section: a line can take its old key where it stands.
    const old = option?.oldNames.filter((name) => !name.name.includes('-') && (name.group === '' || name.group.toLowerCase() === entry.section.normalized));
    if (!option || !old?.length || random.next() < 0.5) continue;
    const name = random.pick(old).name;
    const own = schema.groups.some((group) => group.name.toLowerCase() === entry.section.normalized && group.options.some((candidate) => candidate.dest === name));
    if (own) continue;
    lines[entry.line - 1] = lines[entry.line - 1]!.replace(entry.key, name);
    moved.push(name);
  }
  return lines.join('');
}
