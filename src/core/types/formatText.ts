import { pyStrip } from '../python/pythonText';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * A string as oslo's parser and `$` substitution read it back: `$` doubled, and quotes around a value whose
 * ends are space or a matching quote (the parser strips both).
 */
export function formatText(value: string): string | { error: string } {
  if (/[\r\n]/.test(value)) return { error: 'contains a line break, which an INI value cannot hold' };
  if (value.includes('\\$')) {
    return { error: 'contains a backslash before "$", which oslo always reads as a plain "$"' };
  }
  if (LONE_SURROGATE.test(value)) return { error: 'contains text that is not valid Unicode' };
  const escaped = value.replaceAll('$', '$$$$');
  const first = escaped[0];
  const needsQuotes =
    pyStrip(escaped) !== escaped || (first !== undefined && (first === '"' || first === "'") && escaped.endsWith(first));
  return needsQuotes ? `"${escaped}"` : escaped;
}

/** One line's text, or why there is none. */
export function singleLine(text: string | { error: string }): { texts: string[] } | { error: string } {
  return typeof text === 'string' ? { texts: [text] } : text;
}
