import { applyFix } from '../core/findings/applyFix';
import type { Fix } from '../core/findings/types';
import type { GroupValues, SectionStyle } from '../core/ini/writeSection';
import type { ConfigSchema } from '../core/schema/types';
import { stringifyValues } from '../core/values/jsonValue';
import { checkField, type FieldProblem } from './checkField';
import { createExportDeriver, type ExportView } from './createExportDeriver';
import { sameField, setField, unsetField, type FieldState, type GroupFields } from './fieldState';
import { emptyFields, importDocument, withValues } from './importDocument';
import { draftKey, type Draft, type DraftStorage } from './persistDraft';
import { readDraft } from './readDraft';
import type { DraftNotice, ImportedDocument, ImportFailure, SessionState } from './types';
import { writeDraft } from './writeDraft';

/** When the session does its work after a change; each returns a function that cancels it. */
export interface SessionScheduler {
  /** The first part of the checks after a change (the page: just after the next paint). */
  afterChange(task: () => void): () => void;
  /** Each further part (the page: a new task, so that input is handled in between). */
  next(task: () => void): () => void;
}

export interface EditorSessionOptions {
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
  /**
   * Where the draft is kept between visits; null keeps nothing. A draft there that cannot be read is set aside (kept
   * under another key) and said so; one changed by another page is said so before anything is saved over it.
   */
  storage?: DraftStorage | null;
  /** Milliseconds before a change is saved; a later change restarts the wait. */
  saveDelay?: number;
  now?: () => number;
  scheduler?: SessionScheduler;
}

export type ImportResult = { ok: true; document: ImportedDocument } | { ok: false; failure: ImportFailure };

/**
 * An editing session of one file, without any user interface: every field's state, the imported file, undo history,
 * the draft, the checks and the export. The page, the component, the element and the CLI's `set` stand on it.
 */
export interface EditorSession {
  readonly schema: ConfigSchema;
  getState(): SessionState;
  subscribe(listener: () => void): () => void;
  /** Why a field cannot be exported as it is; null when it can (an unset field always can). */
  problemOf(group: string, dest: string): FieldProblem | null;
  /** The export and the findings for the current state, worked out now (once per state). */
  getExport(): ExportView;
  /**
   * The export as last published. After a change, the checks run in parts, one group at a time, from the
   * scheduler's `afterChange` on, and the view is published when all have run; before the first check, the view is
   * not `checked`.
   */
  getPublishedExport(): ExportView;
  subscribeExport(listener: () => void): () => void;
  /** A change made in a form. Changes of one field within a second are one undo step. */
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
  /** Whether the stored draft keeps the values of secret options (withheld by default). */
  setKeepSecrets(keep: boolean): void;
  /**
   * Looks at the stored draft again (the page calls it on a `storage` event): if another page changed it, the state's
   * notice says so, and nothing is saved until `keepDraft` says which to keep.
   */
  checkStorage(): void;
  /** After a change elsewhere: keep this page's draft (saved over the other), or take the other (an undoable step). */
  keepDraft(which: 'mine' | 'theirs'): void;
  /** Closes the notice of a draft set aside; `forget` deletes the set-aside copy from storage too. */
  dismissNotice(forget?: boolean): void;
  undo(): void;
  redo(): void;
  /** Back to the starting point (the initial text, or nothing set); undo brings the draft back. */
  discard(): void;
  /** Saves the draft now instead of after the delay (the page is going away). */
  flush(): void;
  destroy(): void;
}

/** A point the user can undo to. */
interface Snapshot {
  fields: Record<string, GroupFields>;
  document: ImportedDocument | null;
}

const HISTORY_LIMIT = 200;
const COALESCE_MS = 1000;

const timers: SessionScheduler = {
  afterChange: (task) => {
    const timer = setTimeout(task, 0);
    return () => clearTimeout(timer);
  },
  next: (task) => {
    const timer = setTimeout(task, 0);
    return () => clearTimeout(timer);
  },
};

export function createEditorSession(options: EditorSessionOptions): EditorSession {
  const { schema, initialText, initialValues, initialName = 'nova.conf', storage = null, saveDelay = 300 } = options;
  const now = options.now ?? Date.now;
  const scheduler = options.scheduler ?? timers;
  const firstGroup =
    schema.groups.find((group) => group.name === options.group)?.name ??
    schema.groups.find((group) => group.options.length)?.name ??
    schema.groups[0]?.name ??
    '';
  const key = draftKey(schema, initialText, initialValues);
  const deriver = createExportDeriver(schema, options.fileName ?? newFileName(schema));
  const optionOf = (group: string, dest: string) =>
    schema.groups.find((candidate) => candidate.name === group)?.options.find((option) => option.dest === dest);

  const start = (): Snapshot => {
    let begin: Snapshot = { fields: emptyFields(schema), document: null };
    if (initialText !== undefined) {
      const imported = importDocument(schema, initialName, initialText);
      if ('document' in imported) begin = { fields: imported.fields, document: imported.document };
    }
    return initialValues ? { ...begin, fields: withValues(schema, begin.fields, initialValues) } : begin;
  };

  // The stored text this page last read or wrote: anything else there was written by another page.
  let seen: string | null = storage ? safely(() => storage.getItem(key)) : null;
  let notice: DraftNotice | null = null;
  let saved: Draft | null = null;
  if (storage && seen !== null) {
    const reading = readDraft(schema, seen);
    if ('draft' in reading) {
      saved = reading.draft;
    } else {
      // Kept under a key of its own, never dropped: the user decides what becomes of it.
      const aside = `${key}:set-aside:${now()}`;
      safely(() => storage.setItem(aside, seen!));
      notice = { kind: 'set-aside', reason: reading.damaged, key: aside, text: seen };
      safely(() => storage.removeItem(key));
      seen = null;
    }
  }
  const initial = saved ?? { ...start(), group: firstGroup, style: 'minimal' as SectionStyle, keepSecrets: false };
  let state: SessionState = {
    group: options.group && schema.groups.some((g) => g.name === options.group) ? options.group : initial.group,
    fields: initial.fields,
    document: initial.document,
    style: initial.style,
    importFailure: null,
    keepSecrets: initial.keepSecrets,
    notice,
    canUndo: false,
    canRedo: false,
  };
  let past: Snapshot[] = [];
  let future: Snapshot[] = [];
  let lastEdit: { group: string; dest: string; set: boolean; at: number } | null = null;
  let view: { state: SessionState; export: ExportView } | null = null;
  let saveTimer: unknown = null;
  let published: ExportView | null = null;
  let cancelPublish: (() => void) | null = null;
  let destroyed = false;
  const listeners = new Set<() => void>();
  const exportListeners = new Set<() => void>();

  const snapshot = (): Snapshot => ({ fields: state.fields, document: state.document });

  const commit = (next: Partial<SessionState>) => {
    state = { ...state, ...next, canUndo: past.length > 0, canRedo: future.length > 0 };
    scheduleSave();
    schedulePublish();
    for (const listener of [...listeners]) listener();
  };

  // The checks of the latest state, one group per task; a change meanwhile starts them over on the new state
  // (groups already checked are kept by the deriver).
  const schedulePublish = () => {
    if (!exportListeners.size || destroyed) return;
    cancelPublish?.();
    const target = state;
    const steps = view?.state === target ? null : deriver.steps(target);
    const run = () => {
      if (destroyed) return;
      const step = steps ? steps.next() : { done: true as const, value: view!.export };
      if (!step.done) {
        cancelPublish = scheduler.next(run);
        return;
      }
      cancelPublish = null;
      if (view?.state !== target) view = { state: target, export: keepUnchangedFindings(step.value, view?.export) };
      if (view.export === published) return;
      published = view.export;
      for (const listener of [...exportListeners]) listener();
    };
    cancelPublish = scheduler.afterChange(run);
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

  const draftText = () => {
    const { group, fields, document, style, keepSecrets } = state;
    return writeDraft(schema, { group, fields, document, style, keepSecrets });
  };

  // Saves only over what this page last saw: a draft changed elsewhere is the user's to choose.
  const save = () => {
    saveTimer = null;
    if (!storage || state.notice?.kind === 'changed-elsewhere') return;
    const stored = safely(() => storage.getItem(key));
    const text = draftText();
    if (stored !== seen && stored !== text) {
      noticeChange(stored);
      return;
    }
    if (stored !== text) {
      try {
        storage.setItem(key, text);
      } catch {
        return;
      }
    }
    seen = text;
  };

  const noticeChange = (stored: string | null) => {
    const theirs = stored === null ? 'discarded' : 'draft' in readDraft(schema, stored) ? 'draft' : 'unreadable';
    commit({ notice: { kind: 'changed-elsewhere', theirs } });
  };

  const restore = (target: Snapshot, next: Partial<SessionState> = {}) => {
    lastEdit = null;
    commit({ ...target, importFailure: null, ...next });
  };

  const session: EditorSession = {
    schema,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    problemOf(group, dest) {
      const option = optionOf(group, dest);
      const field = state.fields[group]?.[dest];
      return option && field ? checkField(group, option, field) : null;
    },
    getExport() {
      if (view?.state !== state) view = { state, export: keepUnchangedFindings(deriver.derive(state), view?.export) };
      return view.export;
    },
    getPublishedExport() {
      // The first render shows the file unchecked: checking every group of a large schema waits for the first paint.
      return (published ??= view?.state === state ? view.export : deriver.derive(state, false));
    },
    subscribeExport(listener) {
      exportListeners.add(listener);
      // The first check, or a change made while nobody listened, is published after the next paint.
      if (!cancelPublish) schedulePublish();
      return () => exportListeners.delete(listener);
    },
    setField(group, dest, field) {
      session.setFields(group, { [dest]: field });
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
      const updated = Object.fromEntries(dests.map((dest) => [dest, changes[dest]!]));
      commit({ fields: { ...state.fields, [group]: { ...current, ...updated } } });
    },
    applyFix(fix) {
      if (fix.edits.every((edit) => edit.line === undefined)) {
        const fields = { ...state.fields };
        for (const edit of fix.edits) {
          const option = optionOf(edit.group, edit.option);
          if (!option || !fields[edit.group]) continue;
          const field = 'value' in edit && edit.value !== undefined ? setField(option, edit.value) : unsetField(option);
          fields[edit.group] = { ...fields[edit.group], [edit.option]: field };
        }
        record();
        restore({ fields, document: state.document });
        return [];
      }
      // Line edits use the line numbers of the text the findings were made on: the exported text.
      const { previewText, fileName } = session.getExport();
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
      const origin = state.document?.origin ?? state.document?.text;
      restore({ fields, document: origin === undefined ? imported.document : { ...imported.document, origin } });
      return [];
    },
    importText(name, text) {
      const imported = importDocument(schema, name, text);
      if ('failure' in imported) {
        commit({ importFailure: imported.failure });
        return { ok: false, failure: imported.failure };
      }
      record();
      restore({ fields: imported.fields, document: imported.document });
      return { ok: true, document: imported.document };
    },
    showGroup(group) {
      if (group !== state.group && state.fields[group]) commit({ group });
    },
    setStyle(style) {
      if (style !== state.style) commit({ style });
    },
    setKeepSecrets(keep) {
      if (keep !== state.keepSecrets) commit({ keepSecrets: keep });
    },
    checkStorage() {
      if (!storage || state.notice?.kind === 'changed-elsewhere') return;
      const stored = safely(() => storage.getItem(key));
      if (stored === seen) return;
      // The other page wrote what this one would: nothing to choose.
      if (stored === draftText()) seen = stored;
      else noticeChange(stored);
    },
    keepDraft(which) {
      if (!storage || state.notice?.kind !== 'changed-elsewhere') return;
      const stored = safely(() => storage.getItem(key));
      seen = stored;
      if (which === 'mine') {
        commit({ notice: null });
        if (saveTimer) clearTimeout(saveTimer);
        save();
        return;
      }
      const reading = stored === null ? null : readDraft(schema, stored);
      if (reading && !('draft' in reading)) return;
      record();
      const theirs = reading?.draft ?? { ...start(), group: state.group, style: state.style, keepSecrets: state.keepSecrets };
      restore({ fields: theirs.fields, document: theirs.document }, { group: theirs.group, style: theirs.style, keepSecrets: theirs.keepSecrets, notice: null });
    },
    dismissNotice(forget = false) {
      const current = state.notice;
      if (current?.kind !== 'set-aside') return;
      if (forget && storage) safely(() => storage.removeItem(current.key));
      commit({ notice: null });
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
      session.flush();
      destroyed = true;
      cancelPublish?.();
      listeners.clear();
      exportListeners.clear();
    },
  };
  return session;
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
    if (before && sameFindings(before, findings)) next.findingsByField.set(key, before);
  }
  return next;
}

function sameFindings(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && stringifyValues(a) === stringifyValues(b);
}

// Storage may be full, disabled or hold anything: the editor works without it.
function safely<T>(action: () => T): T | null {
  try {
    return action();
  } catch {
    return null;
  }
}
