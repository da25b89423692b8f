import type { ConfigSchema, OptionSchema, OptionValue } from '../schema/types';
import { findSources } from './resolveConfig';
import { parseIni, printIni } from './parseIni';
import { normalizeSectionName } from './normalizeSectionName';
import type { IniDocument, IniLine } from './types';
import { formatValue } from '../types/formatValue';
import { assignment } from './writeSection';
import { findInsertionLine } from './findInsertionLine';
import { getDominantEnding } from './getDominantEnding';

/** Set an option to a value, or unset it when `value` is undefined. */
export interface OptionEdit {
  group: string;
  option: string;
  value?: OptionValue;
}

export interface EditError {
  group: string;
  option: string;
  line: number | null;
  message: string;
}

/**
 * Applies edits to a file's text. Only the lines of the edited options change; every other byte (comments,
 * blank lines, unknown keys, other sections, line endings) stays as it was. A set option replaces its line in
 * place; a new one goes after its commented sample line (`#key = ...`) or last in its section; a missing
 * section is appended. Nothing is changed when any edit cannot be made faithfully: the errors say why.
 */
export function editDocument(
  schema: ConfigSchema,
  text: string,
  edits: OptionEdit[],
): { text: string } | { errors: EditError[] } {
  let document = parseIni(text);
  if (document.errors.length) {
    return {
      errors: document.errors.map((error) => ({
        group: '',
        option: '',
        line: error.line,
        message: `the file does not parse, so it is left alone: line ${error.line}: ${error.message}`,
      })),
    };
  }
  const errors: EditError[] = [];
  for (const edit of edits) {
    const option = schema.groups.find((group) => group.name === edit.group)?.options.find((o) => o.dest === edit.option);
    if (!option) {
      errors.push({ ...edit, line: null, message: `no option "${edit.option}" in [${edit.group}]` });
      continue;
    }
    const result = applyEdit(document, edit.group, option, edit.value);
    if ('error' in result) errors.push({ group: edit.group, option: edit.option, line: result.line, message: result.error });
    else document = parseIni(printIni({ lines: result.lines }));
  }
  return errors.length ? { errors } : { text: printIni(document) };
}

function applyEdit(
  document: IniDocument,
  group: string,
  option: OptionSchema,
  value: OptionValue | undefined,
): { lines: IniLine[] } | { error: string; line: number | null } {
  const section = normalizeSectionName(group);
  const own = document.entries.filter((entry) => entry.section.normalized === section && entry.key === option.dest);
  const eol = getDominantEnding(document);
  const lines = [...document.lines];
  const drop = new Set(own.flatMap((entry) => range(entry.line, entry.endLine)));

  // Without its own lines, an option is read from its old names; a multi valued one always gathers them too.
  if (value === undefined || option.type === 'multi') {
    const file = { name: '', document: { ...document, entries: document.entries.filter((e) => !own.includes(e)) } };
    const feeding = findSources([file], group, option)[0];
    if (feeding) {
      const { entry } = feeding;
      const [verb, effect] = value === undefined ? ['unset', 'sets it'] : ['set', 'adds values to it'];
      return {
        line: entry.line,
        error: `cannot ${verb} ${option.dest}: line ${entry.line} ([${entry.section.name}] ${entry.key}) still ${effect} under its old name; remove or migrate that line too`,
      };
    }
  }
  if (value === undefined) return { lines: lines.filter((line) => !drop.has(line.number)) };

  const formatted = formatValue(option, value);
  if ('error' in formatted) return { error: `${option.dest} ${formatted.error}`, line: own.at(-1)?.line ?? null };
  const target = own.at(-1);
  let newTexts = formatted.texts.map((text) => assignment(`${option.dest} = `, text));
  let at: number;
  if (target) {
    // Keep how the line was written (`key=value`, `key : value`) when one line replaces one line.
    const original = lines[target.line - 1]!.text;
    if (newTexts.length === 1 && target.endLine === target.line) {
      newTexts = [assignment(original.match(/^[^=:]*[=:][ \t]*/)![0], formatted.texts[0]!)];
    }
    at = option.type === 'multi' ? own[0]!.line : target.line;
  } else {
    at = findInsertionLine(document, section, option.dest);
  }
  const added: IniLine[] = newTexts.map((text) => ({ number: 0, text, eol, kind: 'entry' }));
  if (at === 0) {
    // No such section: append one, after a blank line, ending the last line first if it had no ending.
    const last = lines.at(-1);
    if (last && last.eol === '') lines[lines.length - 1] = { ...last, eol };
    const header: IniLine[] = [{ number: 0, text: `[${group}]`, eol, kind: 'section' }];
    if (last && last.text.trim() !== '') header.unshift({ number: 0, text: '', eol, kind: 'blank' });
    return { lines: [...lines, ...header, ...added] };
  }
  const result: IniLine[] = [];
  for (const line of lines) {
    if (target && line.number === at) {
      // The replacement ends as the replaced value did (a file may lack a final newline).
      const ending = option.type === 'multi' ? eol : lines[target.endLine - 1]!.eol;
      result.push(...added.slice(0, -1), { ...added.at(-1)!, eol: ending });
    }
    if (drop.has(line.number)) continue;
    if (!target && line.number === at) {
      result.push({ ...line, eol: line.eol || eol }, ...added.slice(0, -1), { ...added.at(-1)!, eol: line.eol });
    } else {
      result.push(line);
    }
  }
  return { lines: result };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}
