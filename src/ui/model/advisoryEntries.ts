import { chooseFix, type FixChoice } from '../../core/chooseFix';
import { mergeFindings, type AdvisoryEntry } from '../../core/findings/mergeFindings';
import type { ConfigSchema } from '../../core/schema/types';
import type { ExportView } from '../../session';

// Worked out once per published export: every field with advisories reads them.
const entriesOf = new WeakMap<ExportView, AdvisoryEntry[]>();
const choicesOf = new WeakMap<ExportView, Map<string, FixChoice>>();

/** The export's findings, one entry per line, the worst first. */
export function advisoryEntries(view: ExportView): AdvisoryEntry[] {
  let entries = entriesOf.get(view);
  if (!entries) entriesOf.set(view, (entries = mergeFindings(view.findings)));
  return entries;
}

/** The fix offered for an entry, tried on the file the findings were made on; worked out when first shown. */
export function fixChoice(schema: ConfigSchema, view: ExportView, entry: AdvisoryEntry): FixChoice {
  let choices = choicesOf.get(view);
  if (!choices) choicesOf.set(view, (choices = new Map()));
  let choice = choices.get(entry.key);
  if (!choice) choices.set(entry.key, (choice = chooseFix(schema, { name: view.fileName, text: view.previewText }, entry)));
  return choice;
}
