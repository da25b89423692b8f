import { findSecretEntries } from '../../core/ini/findSecretEntries';
import type { IniDocument } from '../../core/ini/types';
import type { ConfigSchema } from '../../core';

/** The lines of a document that hold secrets: true for an entry's first line, false for its continuation lines. */
export function secretLines(schema: ConfigSchema, document: IniDocument): Map<number, boolean> {
  const lines = new Map<number, boolean>();
  for (const entry of findSecretEntries(schema, document)) {
    for (let number = entry.line; number <= entry.endLine; number += 1) lines.set(number, number === entry.line);
  }
  return lines;
}
