import { applyFix, type ConfigSchema, type Fix, type GroupValues, type SectionStyle } from '../coreApi';
import { afterNextPaint } from '../model/afterNextPaint';
import { checkField } from '../model/checkField';
import { setField, unsetField, sameField, type FieldState, type GroupFields } from '../model/fieldState';
import { createExportDeriver, type ExportView } from './deriveExport';
import type { EditorState, ImportedDocument, ImportFailure } from './editorState';
import { emptyFields, importDocument, withValues } from './importDocument';
import { draftKey, loadDraft, saveDraft } from './persistDraft';

export interface EditorStoreOptions {
  schema: ConfigSchema;
  /** A file to start from, as if imported. */
  initialText?: string;
  /** Values set on top of the initial text (or of an empty file), by group. */
  initialValues?: Record<string, GroupValues>;
  initialName?: string;
  /** The name of a new file's export (an imported file keeps its own). */
  fileName?: string;
  /** The group shown first; the first group with options otherwise. */
  group?: string;
  /** Where the draft is kept between visits; null keeps nothing. */
  storage?: Storage | null;
  /** Milliseconds before a change is saved; a later change restarts the wait. */
  saveDelay?: number;
  now?: () => number;
}

/** A point the user can undo to. */
interface Snapshot {
  fields: Record<string, GroupFields>;
  document: ImportedDocument | null;
}

export type ImportResult = { ok: true; document: ImportedDocument } | { ok: false; failure: ImportFailure };

/** The editor's state outside the forms: values of every group, the imported file, history and draft. */
export interface EditorStore {
  readonly schema: ConfigSchema;
  getState(): EditorState;
  /** The export and the findings for the current state, computed once per state. */
  getExport(): ExportView;
  subscribe(listener: () => void): () => void;
  /**
   * The export as last published. Checking runs after the next paint, so that a keystroke paints its field first
   * and a burst of changes is checked once; before the first check, the view is not `checked`.
   */
  getPublishedExport(): ExportView;
  subscribeExport(listener: () => void): () => void;
  /** A change made in a form. Keystrokes in one field within a second are one undo step. */
  setField(group: string, dest: string, field: FieldState): void;
  setFields(group: string, changes: Record<string, FieldState>): void;
  /**
   * Applies a finding's fix. Value edits change fields; edits of lines (moving an old name, deleting a dead
   * line) change the exported text, which then becomes the imported file. Returns why it could not be applied.
   */
  applyFix(fix: Fix): string[];
  importText(name: string, text: string): ImportResult;
  showGroup(group: string): void;
  setStyle(style: SectionStyle): void;
  undo(): void;
  redo(): void;
  /** Back to the starting point (the initial text, or nothing set); undo brings the draft back. */
  discard(): void;
  /** Saves the draft now instead of after the delay (the page is going away). */
  flush(): void;
  destroy(): void;
}

const HISTORY_LIMIT = 200;
const COALESCE_MS = 1000;

export function createEditorStore(options: EditorStoreOptions): EditorStore {
  const { schema, initialText, initialValues, initialName = 'nova.conf', storage = null, saveDelay = 300 } = options;
  const now = options.now ?? Date.now;
  const firstGroup =
    schema.groups.find((group) => group.name === options.group)?.name ??
    schema.groups.find((group) => group.options.length)?.name ??
    schema.groups[0]?.name ??
    '';
  const key = draftKey(schema, initialText, initialValues);
  const deriveExport = createExportDeriver(schema, options.fileName ?? newFileName(schema));

  const start = (): Snapshot => {
    let begin: Snapshot = { fields: emptyFields(schema), document: null };
    if (initialText !== undefined) {
      const imported = importDocument(schema, initialName, initialText);
      if ('document' in imported) begin = { fields: imported.fields, document: imported.document };
    }
    return initialValues ? { ...begin, fields: withValues(schema, begin.fields, initialValues) } : begin;
  };

  const saved = storage ? safely(() => loadDraft(storage, key, schema)) : null;
  const initial = saved ?? { ...start(), group: firstGroup, style: 'minimal' as SectionStyle };
  let state: EditorState = {
    group: options.group && schema.groups.some((g) => g.name === options.group) ? options.group : initial.group,
    fields: initial.fields,
    document: initial.document,
    style: initial.style,
    importFailure: null,
    canUndo: false,
    canRedo: false,
    revision: 0,
  };
  let past: Snapshot[] = [];
  let future: Snapshot[] = [];
  let lastEdit: { group: string; dest: string; set: boolean; at: number } | null = null;
  let view: { state: EditorState; export: ExportView } | null = null;
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  let published: ExportView | null = null;
  let publishPending = false;
  let destroyed = false;
  const listeners = new Set<() => void>();
  const exportListeners = new Set<() => void>();

  const snapshot = (): Snapshot => ({ fields: state.fields, document: state.document });

  const commit = (next: Partial<EditorState>, external: boolean) => {
    state = {
      ...state,
      ...next,
      canUndo: past.length > 0,
      canRedo: future.length > 0,
      revision: external ? state.revision + 1 : state.revision,
    };
    scheduleSave();
    schedulePublish();
    for (const listener of [...listeners]) listener();
  };

  const schedulePublish = () => {
    if (publishPending || !exportListeners.size) return;
    publishPending = true;
    afterNextPaint(publish);
  };

  const publish = () => {
    publishPending = false;
    if (destroyed) return;
    const next = store.getExport();
    if (next === published) return;
    published = next;
    for (const listener of [...exportListeners]) listener();
  };

  const record = () => {
    past = [...past.slice(-(HISTORY_LIMIT - 1)), snapshot()];
    future = [];
  };

  const scheduleSave = () => {
    if (!storage) return;
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(save, saveDelay);
  };

  const save = () => {
    saveTimer = null;
    if (!storage) return;
    const { group, fields, document, style } = state;
    safely(() => saveDraft(storage, key, { group, fields, document, style }));
  };

  const restore = (target: Snapshot, next: Partial<EditorState> = {}) => {
    lastEdit = null;
    commit({ ...target, importFailure: null, ...next }, true);
  };

  const store: EditorStore = {
    schema,
    getState: () => state,
    getExport() {
      if (view?.state !== state) view = { state, export: keepUnchangedFindings(deriveExport(state), view?.export) };
      return view.export;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getPublishedExport() {
      // The first render shows the file unchecked: checking every group of a large schema waits for the first paint.
      return (published ??= view?.state === state ? view.export : deriveExport(state, false));
    },
    subscribeExport(listener) {
      exportListeners.add(listener);
      // The first check, or a change made while nobody listened, is published after the next paint.
      schedulePublish();
      return () => exportListeners.delete(listener);
    },
    setField(group, dest, field) {
      store.setFields(group, { [dest]: field });
    },
    setFields(group, changes) {
      const current = state.fields[group];
      if (!current) return;
      const dests = Object.keys(changes).filter((dest) => current[dest] && !sameField(current[dest], changes[dest]!));
      if (!dests.length) return;
      const at = now();
      const only = dests.length === 1 ? dests[0]! : null;
      const set = only ? changes[only]!.set : true;
      const continues =
        only && lastEdit && lastEdit.group === group && lastEdit.dest === only && lastEdit.set === set && at - lastEdit.at < COALESCE_MS;
      if (!continues) record();
      lastEdit = only ? { group, dest: only, set, at } : null;
      commit({ fields: { ...state.fields, [group]: { ...current, ...changes } } }, false);
    },
    applyFix(fix) {
      if (fix.edits.every((edit) => edit.line === undefined)) {
        const fields = { ...state.fields };
        for (const edit of fix.edits) {
          const option = schema.groups.find((g) => g.name === edit.group)?.options.find((o) => o.dest === edit.option);
          if (!option || !fields[edit.group]) continue;
          const field = 'value' in edit && edit.value !== undefined ? setField(option, edit.value) : unsetField(option);
          fields[edit.group] = { ...fields[edit.group], [edit.option]: field };
        }
        record();
        restore({ fields, document: state.document });
        return [];
      }
      // Line edits use the line numbers of the text the findings were made on: the exported text.
      const { previewText, fileName } = store.getExport();
      const fixed = applyFix(schema, previewText, fix);
      if ('errors' in fixed) return fixed.errors;
      const imported = importDocument(schema, state.document?.name ?? fileName, fixed.text);
      if ('failure' in imported) return imported.failure.errors.map((error) => `line ${error.line}: ${error.message}`);
      // Values the export left out (they are wrong) stay as the user typed them.
      const fields = { ...imported.fields };
      for (const group of schema.groups) {
        for (const option of group.options) {
          const current = state.fields[group.name]?.[option.dest];
          if (current && checkField(group.name, option, current)) {
            fields[group.name] = { ...fields[group.name], [option.dest]: current };
          }
        }
      }
      record();
      restore({ fields, document: imported.document });
      return [];
    },
    importText(name, text) {
      const imported = importDocument(schema, name, text);
      if ('failure' in imported) {
        commit({ importFailure: imported.failure }, false);
        return { ok: false, failure: imported.failure };
      }
      record();
      restore({ fields: imported.fields, document: imported.document });
      return { ok: true, document: imported.document };
    },
    showGroup(group) {
      if (group !== state.group && state.fields[group]) commit({ group }, false);
    },
    setStyle(style) {
      if (style !== state.style) commit({ style }, false);
    },
    undo() {
      const previous = past.at(-1);
      if (!previous) return;
      future = [snapshot(), ...future];
      past = past.slice(0, -1);
      restore(previous);
    },
    redo() {
      const next = future[0];
      if (!next) return;
      past = [...past, snapshot()];
      future = future.slice(1);
      restore(next);
    },
    discard() {
      record();
      restore(start());
    },
    flush() {
      if (saveTimer) {
        clearTimeout(saveTimer);
        save();
      }
    },
    destroy() {
      store.flush();
      destroyed = true;
      listeners.clear();
      exportListeners.clear();
    },
  };
  return store;
}

/** A new file is named after the schema's group when there is one with options; `oslo.conf` otherwise. */
function newFileName(schema: ConfigSchema): string {
  const groups = schema.groups.filter((group) => group.options.length);
  return groups.length === 1 ? `${groups[0]!.name}.conf` : 'oslo.conf';
}

// A field re-renders when its findings change; unchanged findings keep their array so that typing in one
// field does not re-render the fields that have advisories.
function keepUnchangedFindings(next: ExportView, previous: ExportView | undefined): ExportView {
  if (!previous) return next;
  for (const [key, findings] of next.findingsByField) {
    const before = previous.findingsByField.get(key);
    if (before && JSON.stringify(before) === JSON.stringify(findings)) next.findingsByField.set(key, before);
  }
  return next;
}

// Storage may be full, disabled or hold anything: the editor works without it.
function safely<T>(action: () => T): T | null {
  try {
    return action();
  } catch {
    return null;
  }
}
