import { editDocument } from '../ini/editDocument';
import { parseIni } from '../ini/parseIni';
import { type EntryRewrite, rewriteEntries } from '../ini/rewriteEntries';
import type { ConfigSchema } from '../schema/types';
import type { Fix } from './types';

/**
 * Applies a finding's fix to the text of the finding's file: first the edits of whole lines (delete, rename,
 * copy, by the line numbers of this text), then the value edits (set or unset, by option). Nothing changes when
 * any edit cannot be made; the errors say why.
 */
export function applyFix(schema: ConfigSchema, text: string, fix: Fix): { text: string } | { errors: string[] } {
  const rewrites: EntryRewrite[] = fix.edits
    .filter((edit) => edit.line !== undefined)
    .map((edit) => ({ line: edit.line!, action: edit.action ?? 'delete', group: edit.group, key: edit.option }));
  let current = text;
  if (rewrites.length) {
    const rewritten = rewriteEntries(parseIni(text), rewrites);
    if ('error' in rewritten) return { errors: [rewritten.error] };
    current = rewritten.text;
  }
  const valueEdits = fix.edits.filter((edit) => edit.line === undefined);
  if (!valueEdits.length) return { text: current };
  const edited = editDocument(
    schema,
    current,
    valueEdits.map((edit) => ('value' in edit ? { group: edit.group, option: edit.option, value: edit.value } : { group: edit.group, option: edit.option })),
  );
  return 'text' in edited ? edited : { errors: edited.errors.map((error) => error.message) };
}
