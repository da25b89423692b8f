// The editing session: field state, history, draft, checks and export of one file, without a user interface.
export { createEditorSession } from './createEditorSession';
export type { EditorSession, EditorSessionOptions, ImportResult, SessionScheduler } from './createEditorSession';
export { fieldKey } from './createExportDeriver';
export type { ExportProblem, ExportView, GroupExport, GroupStatus } from './createExportDeriver';
export type { FieldProblem } from './checkField';
export { defaultField, setField, unsetField, toOptionValue } from './fieldState';
export type { DictEntry, DraftValue, FieldState, GroupFields } from './fieldState';
export type { DraftStorage } from './persistDraft';
export type { ImportedDocument, ImportFailure, OptionSource, SessionState } from './types';
