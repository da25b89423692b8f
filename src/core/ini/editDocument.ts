import type { ConfigSchema, OptionSchema, OptionValue } from '../schema/types';
import { formatValue } from '../types/formatValue';
import { optionTypes } from '../types/optionTypes';
import { findInsertionLine } from './findInsertionLine';
import { getDominantEnding } from './getDominantEnding';
import { normalizeSectionName } from './normalizeSectionName';
import { parseIni, printIni } from './parseIni';
import { findSources } from './resolveConfig';
import { type LineChange, spliceDocument } from './spliceDocument';
import type { IniDocument } from './types';
import { assignment } from './writeSection';

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
  const edited = editParsedDocument(schema, parseIni(text), edits);
  return 'document' in edited ? { text: printIni(edited.document) } : edited;
}

/** editDocument on a parsed document: the lines of the edits are read, not the whole text again. */
export function editParsedDocument(
  schema: ConfigSchema,
  parsed: IniDocument,
  edits: OptionEdit[],
): { document: IniDocument } | { errors: EditError[] } {
  if (parsed.errors.length) {
    return {
      errors: parsed.errors.map((error) => ({
        group: '',
        option: '',
        line: error.line,
        message: `the file does not parse, so it is left alone: line ${error.line}: ${error.message}`,
      })),
    };
  }
  let document = parsed;
  const errors: EditError[] = [];
  for (const edit of edits) {
    const option = schema.groups.find((group) => group.name === edit.group)?.options.find((o) => o.dest === edit.option);
    if (!option) {
      errors.push({ ...edit, line: null, message: `no option "${edit.option}" in [${edit.group}]` });
      continue;
    }
    const result = planEdit(document, edit.group, option, edit.value);
    if ('error' in result) errors.push({ group: edit.group, option: edit.option, line: result.line, message: result.error });
    else document = spliceDocument(document, result.changes);
  }
  return errors.length ? { errors } : { document };
}

function planEdit(
  document: IniDocument,
  group: string,
  option: OptionSchema,
  value: OptionValue | undefined,
): { changes: LineChange[] } | { error: string; line: number | null } {
  const section = normalizeSectionName(group);
  const own = document.entries.filter((entry) => entry.section.normalized === section && entry.key === option.dest);
  const eol = getDominantEnding(document);
  const multiValued = optionTypes[option.type].multiValued === true;
  const removals: LineChange[] = own.map((entry) => ({ line: entry.line, remove: entry.endLine - entry.line + 1, insert: [] }));

  // Without its own lines, an option is read from its old names; a multi valued one always gathers them too.
  if (value === undefined || multiValued) {
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
  if (value === undefined) return { changes: removals };

  const formatted = formatValue(option, value);
  if ('error' in formatted) return { error: `${option.dest} ${formatted.error}`, line: own.at(-1)?.line ?? null };
  const texts = formatted.texts.map((text) => assignment(`${option.dest} = `, text));
  const target = own.at(-1);
  if (target) {
    // Keep how the line was written (`key=value`, `key : value`) when one line replaces one line.
    const original = document.lines[target.line - 1]!.text;
    const lineTexts =
      texts.length === 1 && target.endLine === target.line
        ? [assignment(original.match(/^[^=:]*[=:][ \t]*/)![0], formatted.texts[0]!)]
        : texts;
    // The replacement ends as the replaced value did (a file may lack a final newline).
    const ending = multiValued ? eol : document.lines[target.endLine - 1]!.eol;
    const insert = lineTexts.map((text, index) => ({ text, eol: index === lineTexts.length - 1 ? ending : eol }));
    // A multi valued option's lines all go where its first line was.
    const at = multiValued ? 0 : removals.length - 1;
    return { changes: removals.map((removal, index) => (index === at ? { ...removal, insert } : removal)) };
  }
  const insert = texts.map((text) => ({ text, eol }));
  const at = findInsertionLine(document, section, option.dest);
  const last = document.lines.at(-1);
  if (at === 0) {
    // No such section: append one, after a blank line, ending the last line first if it had no ending.
    const header = [...(last && last.text.trim() !== '' ? [{ text: '', eol }] : []), { text: `[${group}]`, eol }];
    const reEnded = last && last.eol === '' ? [{ line: last.number, remove: 1, insert: [{ text: last.text, eol }] }] : [];
    const end = { line: document.lines.length + 1, remove: 0, insert: [...header, ...insert] };
    return { changes: [...reEnded, end] };
  }
  // After line `at`, which gets an ending if it was the last line and had none; the new lines end as it did.
  const anchor = document.lines[at - 1]!;
  const ended = insert.map((line, index) => (index === insert.length - 1 ? { ...line, eol: anchor.eol } : line));
  if (anchor.eol === '') return { changes: [{ line: at, remove: 1, insert: [{ text: anchor.text, eol }, ...ended] }] };
  return { changes: [{ line: at + 1, remove: 0, insert: ended }] };
}
