// oslo runs on Python: its str.strip() and str.lower() decide what a line means, not JavaScript's.
// Python's whitespace differs from JavaScript's \s: it adds \x1c-\x1f and \x85, and leaves out \ufeff.
// Stripping runs on every line of a file, so it scans character codes instead of running a regex.

function isPySpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code >= 0x1c && code <= 0x1f);
  if (code < 0x85) return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

export function isPySpace(char: string): boolean {
  return char.length === 1 && isPySpaceCode(char.charCodeAt(0));
}

export function pyRstrip(text: string): string {
  let end = text.length;
  while (end > 0 && isPySpaceCode(text.charCodeAt(end - 1))) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

export function pyLstrip(text: string): string {
  let start = 0;
  while (start < text.length && isPySpaceCode(text.charCodeAt(start))) start += 1;
  return start === 0 ? text : text.slice(start);
}

export function pyStrip(text: string): string {
  return pyLstrip(pyRstrip(text));
}
