import type { IniDocument } from './types';

/**
 * Where a new key goes in the last section of a group: after its commented-out sample line (`#key = ...`) if
 * the section has one, else after the section's last value, else right under the header. 0: no such section.
 */
export function findInsertionLine(document: IniDocument, section: string, key: string): number {
  const header = document.sections.filter((s) => s.normalized === section).at(-1);
  if (!header) return 0;
  const next = document.sections.find((s) => s.line > header.line)?.line ?? document.lines.length + 1;
  const body = document.lines.slice(header.line, next - 1);
  const sample = new RegExp(`^[#;]\\s*${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*[=:]`);
  const commented = body.find((line) => line.kind === 'comment' && sample.test(line.text));
  if (commented) return commented.number;
  const lastValue = body.filter((line) => line.kind === 'entry' || line.kind === 'continuation').at(-1);
  return lastValue ? lastValue.number : header.line;
}
