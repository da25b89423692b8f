import { findSecretEntries } from '../core/ini/findSecretEntries';
import { parseIni, printIni } from '../core/ini/parseIni';
import { valueOffset } from '../core/ini/valueOffset';
import type { IniDocument } from '../core/ini/types';
import type { ConfigSchema } from '../core/schema/types';
import { toJsonValue } from '../core/values/jsonValue';
import { DRAFT_FORMAT, type SavedDraft, type SavedField, type SavedFields } from './draftFormat';
import type { DraftValue, FieldState, GroupFields } from './fieldState';
import type { Draft } from './persistDraft';

/**
 * The draft as stored: set fields only (most are untouched), values in their JSON forms. Unless the user chose to
 * keep them, a secret option's value is withheld: the draft says it was set, and the lines of secrets in the
 * imported file are kept without their values.
 */
export function writeDraft(schema: ConfigSchema, draft: Draft): string {
  const secret = (group: string, dest: string) =>
    !draft.keepSecrets && Boolean(schema.groups.find((candidate) => candidate.name === group)?.options.find((option) => option.dest === dest)?.secret);
  const saved = (fields: Record<string, GroupFields>): SavedFields =>
    Object.fromEntries(
      Object.entries(fields).map(([group, groupFields]) => [
        group,
        Object.fromEntries(
          Object.entries(groupFields)
            .filter(([, field]) => field.set)
            .map(([dest, field]) => [dest, secret(group, dest) ? withheld(field) : savedField(field)]),
        ),
      ]),
    );
  const kept = (text: string, parsed = parseIni(text)) => (draft.keepSecrets ? text : withoutSecrets(schema, parsed));
  const document = draft.document && {
    name: draft.document.name,
    text: kept(draft.document.text, draft.document.parsed),
    ...(draft.document.origin !== undefined && { origin: kept(draft.document.origin) }),
    baseline: saved(draft.document.baseline),
    sources: draft.document.sources,
  };
  const stored: SavedDraft = {
    format: DRAFT_FORMAT,
    group: draft.group,
    style: draft.style,
    keepSecrets: draft.keepSecrets,
    fields: saved(draft.fields),
    document,
  };
  return JSON.stringify(stored);
}

function withheld(field: FieldState): SavedField {
  return { set: true, withheld: true, ...(field.rejected !== undefined && { rejected: field.rejected }) };
}

function savedField(field: FieldState): SavedField {
  if (field.withheld) return withheld(field);
  return { set: field.set, value: savedValue(field.value), ...(field.rejected !== undefined && { rejected: field.rejected }) };
}

// Half-typed numbers included: NaN and infinities as `{"float": ...}`, integers beyond 2^53 as `{"int": ...}`.
function savedValue(value: DraftValue): Exclude<SavedField['value'], undefined> {
  if (typeof value === 'number' || typeof value === 'bigint') return toJsonValue(value) as Exclude<SavedField['value'], undefined>;
  return value;
}

/**
 * The file's text with each secret's value taken out of its lines: `password = s3cret` becomes `password = `, its
 * continuation lines empty. The lines stay, so line numbers hold, and the entries stay where they were.
 */
function withoutSecrets(schema: ConfigSchema, document: IniDocument): string {
  const entries = findSecretEntries(schema, document);
  if (!entries.length) return printIni(document);
  const lines = document.lines.map((line) => ({ ...line }));
  for (const entry of entries) {
    const first = lines[entry.line - 1]!;
    // The key, the separator and the spaces after it stay, so that a value entered again is written as it was.
    first.text = first.text.slice(0, valueOffset(first.text));
    for (let number = entry.line + 1; number <= entry.endLine; number += 1) lines[number - 1]!.text = '';
  }
  return printIni({ lines });
}
