import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Finding } from '../../core';
import { fieldKey, type ExportView } from './deriveExport';
import type { EditorStore } from './createEditorStore';
import type { EditorState } from './editorState';

export const EditorStoreContext = createContext<EditorStore | null>(null);

export function useEditorStore(): EditorStore {
  const store = useContext(EditorStoreContext);
  if (!store) throw new Error('useEditorStore: no EditorStoreContext provider above this component');
  return store;
}

/** A slice of the editor's state; the component re-renders only when the slice changes (by identity). */
export function useEditorState<T>(select: (state: EditorState) => T): T {
  const store = useEditorStore();
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}

/** The export and its findings, as last published (just after the latest change). */
export function useExportView(): ExportView {
  const store = useEditorStore();
  return useSyncExternalStore(store.subscribeExport, store.getPublishedExport);
}

const NO_FINDINGS: Finding[] = [];

/** The findings about one option; a stable empty list when there are none. */
export function useFieldFindings(group: string, dest: string): Finding[] {
  const store = useEditorStore();
  return useSyncExternalStore(
    store.subscribeExport,
    () => store.getPublishedExport().findingsByField.get(fieldKey(group, dest)) ?? NO_FINDINGS,
  );
}
