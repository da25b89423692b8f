import type { ConfigSchema } from '../schema/types';
import { normalizeSectionName } from './normalizeSectionName';
import type { IniDocument, IniEntry } from './types';

/**
 * The entries of a document that hold values of `secret` options (passwords, URLs that carry credentials): every
 * line keyed by a secret option's name or old name, the lines oslo ignores included, and in any section (a password
 * in the wrong section is still a password), except where that key is another option's, which is not secret.
 */
export function findSecretEntries(schema: ConfigSchema, document: IniDocument): IniEntry[] {
  const secretKeys = new Set<string>();
  const plainNames = new Set<string>();
  for (const group of schema.groups) {
    for (const option of group.options) {
      const names = [
        { section: normalizeSectionName(group.name), key: option.dest },
        ...option.oldNames.map((old) => ({ section: normalizeSectionName(old.group || group.name), key: old.name })),
      ];
      for (const { section, key } of names) {
        if (option.secret) secretKeys.add(key);
        else plainNames.add(`${section}\n${key}`);
      }
    }
  }
  if (!secretKeys.size) return [];
  return document.entries.filter((entry) => secretKeys.has(entry.key) && !plainNames.has(`${entry.section.normalized}\n${entry.key}`));
}
