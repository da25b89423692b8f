import { parseIni } from '../core/ini/parseIni';
import type { GroupValues, SectionStyle } from '../core/ini/writeSection';
import type { ConfigSchema } from '../core/schema/types';
import { stringifyValues } from '../core/values/jsonValue';
import type { FieldState, GroupFields } from './fieldState';
import { emptyFields } from './importDocument';
import type { ImportedDocument } from './types';

/** Where drafts are kept: the page's localStorage, or anything with the same two calls. */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** What survives a reload: the values and the imported file, not the undo history. */
export interface Draft {
  group: string;
  fields: Record<string, GroupFields>;
  document: ImportedDocument | null;
  style: SectionStyle;
}

const FORMAT = 1;

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

export function saveDraft(storage: DraftStorage, key: string, draft: Draft): void {
  // Set fields only: an untouched option is unset, and most are untouched.
  const sparse = (fields: Record<string, GroupFields>) =>
    Object.fromEntries(
      Object.entries(fields).map(([group, groupFields]) => [
        group,
        Object.fromEntries(Object.entries(groupFields).filter(([, field]) => field.set)),
      ]),
    );
  // The parsed text is read again on load: it is the text, many times over.
  const document = draft.document && { ...draft.document, parsed: undefined, baseline: sparse(draft.document.baseline) };
  storage.setItem(key, stringifyValues({ format: FORMAT, ...draft, fields: sparse(draft.fields), document }));
}

/** The saved draft, completed with unset fields; null when there is none or it does not fit the schema. */
export function loadDraft(storage: DraftStorage, key: string, schema: ConfigSchema): Draft | null {
  let data: unknown;
  try {
    data = JSON.parse(storage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
  if (!isRecord(data) || data.format !== FORMAT || !isRecord(data.fields)) return null;
  const group = typeof data.group === 'string' && schema.groups.some((g) => g.name === data.group) ? data.group : null;
  if (!group) return null;
  const document = isRecord(data.document) ? readDocument(data.document, schema) : null;
  return {
    group,
    fields: completeFields(schema, data.fields),
    document,
    style: data.style === 'annotated' ? 'annotated' : 'minimal',
  };
}

function readDocument(data: Record<string, unknown>, schema: ConfigSchema): ImportedDocument | null {
  if (typeof data.name !== 'string' || typeof data.text !== 'string' || !isRecord(data.baseline)) return null;
  const parsed = parseIni(data.text);
  if (parsed.errors.length) return null;
  return {
    name: data.name,
    text: data.text,
    parsed,
    baseline: completeFields(schema, data.baseline),
    sources: isRecord(data.sources) ? (data.sources as ImportedDocument['sources']) : {},
  };
}

function completeFields(schema: ConfigSchema, saved: Record<string, unknown>): Record<string, GroupFields> {
  const fields = emptyFields(schema);
  for (const group of schema.groups) {
    const savedGroup = saved[group.name];
    if (!isRecord(savedGroup)) continue;
    for (const option of group.options) {
      const field = savedGroup[option.dest];
      if (isFieldState(field)) fields[group.name]![option.dest] = field;
    }
  }
  return fields;
}

function isFieldState(value: unknown): value is FieldState {
  return isRecord(value) && typeof value.set === 'boolean' && 'value' in value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
