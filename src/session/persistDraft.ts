import type { GroupValues, SectionStyle } from '../core/ini/writeSection';
import type { ConfigSchema } from '../core/schema/types';
import { stringifyValues } from '../core/values/jsonValue';
import type { GroupFields } from './fieldState';
import type { ImportedDocument } from './types';

/** Where drafts are kept: the page's localStorage, or anything with the same three calls. */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What survives a reload: the values and the imported file, not the undo history. */
export interface Draft {
  group: string;
  fields: Record<string, GroupFields>;
  document: ImportedDocument | null;
  style: SectionStyle;
  /** The user chose to keep the values of secret options in the draft; they are withheld otherwise. */
  keepSecrets: boolean;
}

/** A storage key tied to the schema and the starting point, so that another schema never reads this draft. */
export function draftKey(
  schema: ConfigSchema,
  initialText: string | undefined,
  initialValues?: Record<string, GroupValues>,
): string {
  const shape = schema.groups.map((group) => [group.name, group.options.map((o) => `${o.dest}:${o.type}`)]);
  const start = initialValues ? [initialText ?? null, initialValues] : initialText ?? null;
  return `oslo-config-editor:draft:${hash(stringifyValues([shape, start]))}`;
}

// FNV-1a: short, stable, and enough to tell schemas apart.
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return (value >>> 0).toString(36);
}
