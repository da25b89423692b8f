// oslo runs on Python: its str.strip() and str.lower() decide what a line means, not JavaScript's.
// Python's whitespace differs from JavaScript's \s: it adds \x1c-\x1f and \x85, and leaves out \ufeff.
const PY_SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const LEADING = new RegExp(`^[${PY_SPACE}]+`);
const TRAILING = new RegExp(`[${PY_SPACE}]+$`);
const ANY_SPACE = new RegExp(`[${PY_SPACE}]`);

export function pyStrip(text: string): string {
  return text.replace(LEADING, '').replace(TRAILING, '');
}

export function pyRstrip(text: string): string {
  return text.replace(TRAILING, '');
}

export function pyLstrip(text: string): string {
  return text.replace(LEADING, '');
}

export function isPySpace(char: string): boolean {
  return ANY_SPACE.test(char);
}

/** How oslo names a section: `DEFAULT` as is, every other name lower-cased. */
export function normalizeSectionName(name: string): string {
  return name === 'DEFAULT' ? name : name.toLowerCase();
}
