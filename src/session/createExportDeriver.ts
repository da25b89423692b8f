import type { Finding } from '../core/findings/types';
import { concatDocuments } from '../core/ini/concatDocuments';
import { editParsedDocument, type OptionEdit } from '../core/ini/editDocument';
import { parseIni, printIni } from '../core/ini/parseIni';
import type { IniDocument } from '../core/ini/types';
import { writeSection, type GroupValues, type SectionStyle } from '../core/ini/writeSection';
import type { ConfigSchema, GroupSchema } from '../core/schema/types';
import { stringifyValues } from '../core/values/jsonValue';
import { createGroupChecker } from './checkByGroup';
import { checkField } from './checkField';
import { sameField, toOptionValue, type FieldState, type GroupFields } from './fieldState';
import type { SessionState } from './types';

/** Why the file cannot be exported yet, pointing at the option to fix when there is one. */
export interface ExportProblem {
  group: string | null;
  option: string | null;
  line: number | null;
  message: string;
}

/** How many options of a group block the export, and how many have an advisory. */
export interface GroupStatus {
  invalid: number;
  flagged: number;
}

export interface ExportView {
  /** False for the view shown before the first check has run (it has no findings, and no file to export yet). */
  checked: boolean;
  /** The groups with options set, and their values; a value that is wrong is left out (it has a problem). */
  values: Record<string, GroupValues>;
  /** The file as the preview shows it, parsed: while blocked, without the values that are wrong. */
  document: IniDocument;
  /** The document's text. */
  readonly previewText: string;
  /** The file to download or copy; null while there are problems. */
  readonly text: string | null;
  fileName: string;
  problems: ExportProblem[];
  findings: Finding[];
  /** The findings about each option, by `fieldKey(group, dest)`. */
  findingsByField: Map<string, Finding[]>;
  /** Per group with something to report. */
  groupStatus: Map<string, GroupStatus>;
  /** One group's section alone, as a new file writes it. */
  section(group: string): GroupExport;
}

export interface GroupExport {
  text: string | null;
  /** The section, parsed, as the preview shows it. */
  document: IniDocument;
  previewText: string;
  fileName: string;
  problems: ExportProblem[];
}

export function fieldKey(group: string, dest: string): string {
  return `${group}\n${dest}`;
}

/** A group's section as a new file writes it, parsed. */
interface WrittenSection {
  text: string;
  document: IniDocument;
  problems: ExportProblem[];
}

/** What one group contributes to the export; kept while the group's fields (and imported baseline) are the same. */
interface GroupPart {
  fields: GroupFields;
  baseline: GroupFields | undefined;
  values: GroupValues;
  problems: ExportProblem[];
  edits: OptionEdit[];
  written: Partial<Record<SectionStyle, WrittenSection>>;
}

export interface ExportDeriver {
  /** The export of a state and what the core's checks say about it, worked out at once (unchecked: no checks). */
  derive(state: SessionState, checked?: boolean): ExportView;
  /** The same, checked, in steps: each `next()` does one group's checks at most; the last gives the view. */
  steps(state: SessionState): Iterator<void, ExportView>;
}

const BLANK_LINE = parseIni('\n');

/**
 * Derives the export of successive states, and what the core's checks say about it. Each group's values, problems
 * and section are kept until its fields change; the file is edited in place (an imported one) or assembled from the
 * groups' sections (a new one), never parsed whole again; the checks re-run only for the groups whose lines changed
 * (checkByGroup). A change costs what its group costs, not what the schema costs.
 */
export function createExportDeriver(schema: ConfigSchema, newFileName: string): ExportDeriver {
  const checker = createGroupChecker(schema);
  const parts = new Map<string, GroupPart>();
  let lastEdited: { parsed: IniDocument; edits: string; document: IniDocument; problems: ExportProblem[] } | null = null;

  const partOf = (group: GroupSchema, state: SessionState): GroupPart => {
    const fields = state.fields[group.name] ?? {};
    const baseline = state.document?.baseline[group.name];
    const known = parts.get(group.name);
    if (known && known.fields === fields && known.baseline === baseline) return known;
    const part: GroupPart = { fields, baseline, values: {}, problems: [], edits: [], written: {} };
    for (const option of group.options) {
      const field = fields[option.dest];
      if (!field) continue;
      const before: FieldState | undefined = baseline?.[option.dest];
      const edited = state.document ? !before || !sameField(before, field) : field.set;
      if (!field.set) {
        if (edited && before?.set) part.edits.push({ group: group.name, option: option.dest });
        continue;
      }
      const problem = checkField(group.name, option, field);
      const converted = toOptionValue(option, field.value);
      if (problem || 'error' in converted) {
        part.problems.push({ group: group.name, option: option.dest, line: null, message: problem?.message ?? 'Invalid value' });
        continue;
      }
      part.values[option.dest] = converted.value;
      if (edited) part.edits.push({ group: group.name, option: option.dest, value: converted.value });
    }
    parts.set(group.name, part);
    return part;
  };

  // The group's section as a new file writes it; a value the writer refuses is left out, with its problem.
  const writtenSection = (group: GroupSchema, part: GroupPart, style: SectionStyle): WrittenSection => {
    let written = part.written[style];
    if (written) return written;
    const result = writeSection(group, part.values, style);
    let text: string;
    let problems: ExportProblem[] = [];
    if ('text' in result) {
      text = result.text;
    } else {
      const refused = new Set(result.errors.map((error) => error.option));
      const good = Object.fromEntries(Object.entries(part.values).filter(([dest]) => !refused.has(dest)));
      const retry = writeSection(group, good, style);
      text = 'text' in retry ? retry.text : '';
      problems = result.errors.map((error) => ({ ...error, line: null }));
    }
    return (part.written[style] = { text, document: parseIni(text), problems });
  };

  // The imported file with the edits applied, the file parsed once: only the edited lines are read.
  const editedDocument = (parsed: IniDocument, edits: OptionEdit[]) => {
    const key = stringifyValues(edits);
    if (lastEdited?.parsed !== parsed || lastEdited.edits !== key) {
      const problems: ExportProblem[] = [];
      lastEdited = { parsed, edits: key, document: applyEdits(schema, parsed, edits, problems), problems };
    }
    return lastEdited;
  };

  function* derivation(state: SessionState, checked: boolean): Generator<void, ExportView> {
    const groups = schema.groups.map((group) => ({ group, part: partOf(group, state) }));
    const problems = groups.flatMap(({ part }) => part.problems);
    const values: Record<string, GroupValues> = {};
    for (const { group, part } of groups) if (Object.keys(part.values).length) values[group.name] = part.values;

    let document: IniDocument;
    let fileName: string;
    if (state.document) {
      fileName = state.document.name;
      const edited = editedDocument(state.document.parsed, groups.flatMap(({ part }) => part.edits));
      document = edited.document;
      problems.push(...edited.problems);
    } else {
      fileName = newFileName;
      // Minimal: the groups with values (the shown group when there are none); annotated: every group, as the
      // generator's sample file has them.
      const written = groups.filter(({ group, part }) =>
        state.style === 'annotated' ? group.options.length > 0 : Object.keys(part.values).length > 0,
      );
      const sections = (written.length ? written : groups.filter(({ group }) => group.name === state.group)).map(
        ({ group, part }) => writtenSection(group, part, state.style),
      );
      for (const section of sections) problems.push(...section.problems);
      document = concatDocuments(sections.flatMap((section, index) => (index ? [BLANK_LINE, section.document] : [section.document])));
    }

    let findings: Finding[] = [];
    if (checked) {
      for (const group of checker.stale(fileName, document)) {
        yield;
        checker.refresh(fileName, document, group);
      }
      findings = checker.check(fileName, document);
    }
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

    const section = (name: string): GroupExport => {
      const entry = groups.find(({ group }) => group.name === name);
      if (!entry) return { text: null, document: parseIni(''), previewText: '', fileName: `${name}.conf`, problems: [] };
      const written = writtenSection(entry.group, entry.part, state.style);
      const blocking = [...entry.part.problems, ...written.problems];
      return {
        text: blocking.length ? null : written.text,
        document: written.document,
        previewText: written.text,
        fileName: `${name}.conf`,
        problems: blocking,
      };
    };

    let previewText: string | undefined;
    return {
      checked,
      values,
      document,
      get previewText() {
        return (previewText ??= printIni(document));
      },
      get text() {
        return problems.length || !checked ? null : this.previewText;
      },
      fileName,
      problems,
      findings,
      findingsByField,
      groupStatus: statusByGroup(problems, findings),
      section,
    };
  }

  return {
    derive(state, checked = true) {
      const steps = derivation(state, checked);
      for (;;) {
        const step = steps.next();
        if (step.done) return step.value;
      }
    },
    steps: (state) => derivation(state, true),
  };
}

// editParsedDocument changes nothing when one edit fails; leave the failing ones out so the preview still moves.
function applyEdits(schema: ConfigSchema, parsed: IniDocument, edits: OptionEdit[], problems: ExportProblem[]): IniDocument {
  let remaining = edits;
  for (;;) {
    const result = editParsedDocument(schema, parsed, remaining);
    if ('document' in result) return result.document;
    for (const error of result.errors) {
      problems.push({ group: error.group || null, option: error.option || null, line: error.line, message: error.message });
    }
    const failed = new Set(result.errors.map((error) => fieldKey(error.group, error.option)));
    const next = remaining.filter((edit) => !failed.has(fieldKey(edit.group, edit.option)));
    if (next.length === remaining.length) return parsed;
    remaining = next;
  }
}

function statusByGroup(problems: ExportProblem[], findings: Finding[]): Map<string, GroupStatus> {
  const invalid = new Map<string, Set<string>>();
  const flagged = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, group: string | null, key: string) => {
    if (group !== null) map.set(group, (map.get(group) ?? new Set()).add(key));
  };
  for (const problem of problems) add(invalid, problem.group, problem.option ?? `line ${problem.line}`);
  for (const finding of findings) {
    if (finding.kind === 'invalid' && finding.severity === 'error') continue;
    add(flagged, finding.group, finding.option ?? `line ${finding.line}`);
  }
  const status = new Map<string, GroupStatus>();
  for (const group of new Set([...invalid.keys(), ...flagged.keys()])) {
    status.set(group, { invalid: invalid.get(group)?.size ?? 0, flagged: flagged.get(group)?.size ?? 0 });
  }
  return status;
}
