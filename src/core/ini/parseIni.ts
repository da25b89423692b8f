import { pythonRepr } from '../python/formatPython';
import { pyLstrip, pyRstrip, pyStrip } from '../python/pythonText';
import { normalizeSectionName } from './normalizeSectionName';
import type { IniDocument, IniEntry, IniLine, IniSection, LineEnding } from './types';

/** Splits text as Python's universal newlines do: on \r\n, \r and \n, keeping each ending. */
export function splitLines(text: string): { text: string; eol: LineEnding }[] {
  const lines: { text: string; eol: LineEnding }[] = [];
  const pattern = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    lines.push({ text: text.slice(start, match.index), eol: match[0] as LineEnding });
    start = match.index + match[0].length;
  }
  if (start < text.length) lines.push({ text: text.slice(start), eol: '' });
  return lines;
}

/**
 * Parses INI text the way oslo.config's parser does, line for line, and keeps every byte of it. Where oslo's
 * parser would stop at an error, this records the error with its line and goes on, so that all are reported.
 */
export function parseIni(text: string): IniDocument {
  return parseLines(splitLines(text));
}

/**
 * Parses lines as parseIni does, numbered from `firstNumber`, as if they followed a line of `section` that ends
 * no value (a block inserted into a parsed document).
 */
export function parseLines(
  raws: { text: string; eol: LineEnding }[],
  { section: startSection = null, firstNumber = 1 }: { section?: IniSection | null; firstNumber?: number } = {},
): IniDocument {
  const lines: IniLine[] = [];
  const sections: IniSection[] = [];
  const entries: IniEntry[] = [];
  const errors: IniDocument['errors'] = [];
  let section: IniSection | null = startSection;
  // The entry whose value continuation lines extend, as oslo's `key` and `value` variables.
  let open: { key: string; values: string[]; line: number; endLine: number } | null = null;

  // `at`: the line being read when the value ends (the next line, or the last one), which oslo's error names.
  const flush = (at: number) => {
    if (!open) return;
    if (section) {
      entries.push({ section, key: open.key, value: open.values.join('\n'), line: open.line, endLine: open.endLine });
    } else {
      const reported = at === open.line ? '' : ` (oslo.config reports it at line ${at}, the line that ends the value)`;
      errors.push({ line: open.line, message: `Section must be started before assignment: None${reported}` });
    }
    open = null;
  };
  const fail = (number: number, message: string, line: string) => {
    errors.push({ line: number, message: `${message}: ${pythonRepr(line)}` });
  };

  raws.forEach(({ text: raw, eol }, index) => {
    const number = firstNumber + index;
    const line = pyRstrip(raw);
    const record = (kind: IniLine['kind']) => lines.push({ number, text: raw, eol, kind });

    if (!line) {
      flush(number);
      record('blank');
      return;
    }
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (open) {
        open.values.push(pyLstrip(line));
        open.endLine = number;
        record('continuation');
      } else {
        fail(number, 'Unexpected continuation line', line);
        record('invalid');
      }
      return;
    }
    flush(number);
    if (line.startsWith('[')) {
      if (!line.endsWith(']')) {
        fail(number, 'Invalid section (must end with ])', line);
        record('invalid');
      } else if (line.length <= 2) {
        fail(number, 'Empty section name', line);
        record('invalid');
      } else {
        const name = line.slice(1, -1);
        section = { name, normalized: normalizeSectionName(name), line: number };
        sections.push(section);
        record('section');
      }
      return;
    }
    if (line.startsWith('#') || line.startsWith(';')) {
      record('comment');
      return;
    }
    const split = splitKeyValue(line);
    if (!split) {
      fail(number, "No ':' or '=' found in assignment", line);
      record('invalid');
    } else if (!split.key) {
      fail(number, 'Key cannot be empty', line);
      record('invalid');
    } else {
      open = { key: split.key, values: [split.value], line: number, endLine: number };
      record('entry');
    }
  });
  flush(firstNumber + raws.length - 1);
  return { lines, sections, entries, errors };
}

/** The first `=` or `:` splits; the value loses surrounding space and one pair of matching outer quotes. */
export function splitKeyValue(line: string): { key: string; value: string } | null {
  const colon = line.indexOf(':');
  const equal = line.indexOf('=');
  if (colon < 0 && equal < 0) return null;
  const at = colon < 0 || (equal >= 0 && equal < colon) ? equal : colon;
  let value = pyStrip(line.slice(at + 1));
  if (value && value[0] === value[value.length - 1] && (value[0] === '"' || value[0] === "'")) {
    value = value.slice(1, -1);
  }
  return { key: pyStrip(line.slice(0, at)), value };
}

/** The document's text again; `parseIni(text)` then `printIni` gives back `text` exactly. */
export function printIni(document: Pick<IniDocument, 'lines'>): string {
  return document.lines.map((line) => line.text + line.eol).join('');
}
