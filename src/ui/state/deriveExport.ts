import {
  checkFiles,
  editDocument,
  writeSection,
  type ConfigSchema,
  type Finding,
  type GroupValues,
  type OptionEdit,
} from '../coreApi';
import { checkField } from '../model/checkField';
import { sameField, toOptionValue, type FieldState } from '../model/fieldState';
import type { EditorState } from './editorState';

/** Why the file cannot be exported yet, pointing at the option to fix when there is one. */
export interface ExportProblem {
  group: string | null;
  option: string | null;
  line: number | null;
  message: string;
}

export interface ExportView {
  /** The groups with options set, and their values; a value that is wrong is left out (it has a problem). */
  values: Record<string, GroupValues>;
  /** The file to download or copy; null while there are problems. */
  text: string | null;
  /** What the preview shows: the file, or while blocked, the file without the values that are wrong. */
  previewText: string;
  fileName: string;
  problems: ExportProblem[];
  findings: Finding[];
  /** The findings about each option, by `fieldKey(group, dest)`. */
  findingsByField: Map<string, Finding[]>;
}

export function fieldKey(group: string, dest: string): string {
  return `${group}\n${dest}`;
}

/** The export of the editor's state, and what the core's checks say about it. */
export function deriveExport(schema: ConfigSchema, state: EditorState): ExportView {
  const problems: ExportProblem[] = [];
  const values: Record<string, GroupValues> = {};
  const edits: OptionEdit[] = [];
  const baseline = state.document?.baseline;

  for (const group of schema.groups) {
    const fields = state.fields[group.name] ?? {};
    const groupValues: GroupValues = {};
    for (const option of group.options) {
      const field = fields[option.dest];
      if (!field) continue;
      const before: FieldState | undefined = baseline?.[group.name]?.[option.dest];
      const edited = baseline ? !before || !sameField(before, field) : field.set;
      if (!field.set) {
        if (edited && before?.set) edits.push({ group: group.name, option: option.dest });
        continue;
      }
      const problem = checkField(group.name, option, field);
      const converted = toOptionValue(option, field.value);
      if (problem || 'error' in converted) {
        problems.push({ group: group.name, option: option.dest, line: null, message: problem?.message ?? 'Invalid value' });
        continue;
      }
      groupValues[option.dest] = converted.value;
      if (edited) edits.push({ group: group.name, option: option.dest, value: converted.value });
    }
    if (Object.keys(groupValues).length) values[group.name] = groupValues;
  }

  let previewText: string;
  let fileName: string;
  if (state.document) {
    fileName = state.document.name;
    previewText = applyEdits(schema, state.document.text, edits, problems);
  } else {
    fileName = `${state.group}.conf`;
    previewText = writeSections(schema, state, values, problems);
  }

  const { findings } = checkFiles(schema, [{ name: fileName, text: previewText }]);
  for (const finding of findings) {
    const refused = finding.kind === 'invalid' && finding.severity === 'error';
    const known = problems.some((problem) => problem.group === finding.group && problem.option === finding.option);
    if (refused && !(finding.option && known)) {
      problems.push({ group: finding.group, option: finding.option, line: finding.line, message: finding.title });
    }
  }
  const findingsByField = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (!finding.group || !finding.option) continue;
    const key = fieldKey(finding.group, finding.option);
    findingsByField.set(key, [...(findingsByField.get(key) ?? []), finding]);
  }
  return { values, text: problems.length ? null : previewText, previewText, fileName, problems, findings, findingsByField };
}

// editDocument changes nothing when one edit fails; leave the failing ones out so the preview still moves.
function applyEdits(schema: ConfigSchema, text: string, edits: OptionEdit[], problems: ExportProblem[]): string {
  let remaining = edits;
  for (;;) {
    const result = editDocument(schema, text, remaining);
    if ('text' in result) return result.text;
    for (const error of result.errors) {
      problems.push({ group: error.group || null, option: error.option || null, line: error.line, message: error.message });
    }
    const failed = new Set(result.errors.map((error) => fieldKey(error.group, error.option)));
    const next = remaining.filter((edit) => !failed.has(fieldKey(edit.group, edit.option)));
    if (next.length === remaining.length) return text;
    remaining = next;
  }
}

// New sections: every group with a value set, and the shown group even when empty.
function writeSections(
  schema: ConfigSchema,
  state: EditorState,
  values: Record<string, GroupValues>,
  problems: ExportProblem[],
): string {
  const texts: string[] = [];
  for (const group of schema.groups) {
    const groupValues = values[group.name] ?? {};
    if (group.name !== state.group && !Object.keys(groupValues).length) continue;
    const written = writeSection(group, groupValues, state.style);
    if ('text' in written) {
      texts.push(written.text);
    } else {
      for (const error of written.errors) problems.push({ ...error, line: null });
      const good = Object.fromEntries(
        Object.entries(groupValues).filter(([dest]) => !written.errors.some((error) => error.option === dest)),
      );
      const retry = writeSection(group, good, state.style);
      if ('text' in retry) texts.push(retry.text);
    }
  }
  return texts.join('\n');
}
