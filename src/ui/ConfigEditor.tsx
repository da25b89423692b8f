import { useCallback, useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { ConfigSchema, Finding } from '../core';
import { AdvisorySummary } from './components/AdvisorySummary';
import { EditorToolbar } from './components/EditorToolbar';
import { ExportPanel, type ExportedFile } from './components/ExportPanel';
import { ImportPanel } from './components/ImportPanel';
import { OptionFilterBar } from './components/OptionFilterBar';
import { ShownGroup } from './components/ShownGroup';
import { fieldDomId } from './model/domIds';
import { matchesSearch } from './model/matchesSearch';
import { createEditorStore } from './state/createEditorStore';
import type { ExportProblem } from './state/deriveExport';
import { EditorUiContext, type EditorUi } from './state/EditorUiContext';
import { NO_FILTERS, type OptionFilters } from './state/filters';
import { EditorStoreContext } from './state/useEditorStore';
import './styles.css';

/** What the editor reports after every change. */
export interface EditorChange {
  /** The file to export, or null while something in it is wrong. */
  text: string | null;
  fileName: string;
  findings: Finding[];
  problems: ExportProblem[];
}

export interface ConfigEditorProps {
  /** The options to edit: `builtinSchema`, or `parseGeneratorOutput` of a service's generator output. */
  schema: ConfigSchema;
  /** A file to start from, as if the user had imported it. */
  initialText?: string;
  /** The group shown first. */
  group?: string;
  onChange?: (change: EditorChange) => void;
  /** Called when the user downloads or copies the file. */
  onExport?: (file: ExportedFile) => void;
  /** Where the draft survives a reload; the page's localStorage unless given (null: nowhere). */
  storage?: Storage | null;
}

/**
 * An editor for the options of an oslo.config schema: forms generated from the schema, checked as oslo
 * checks them, with the core's advisories, import of an existing file and export of the file oslo reads.
 */
export function ConfigEditor({ schema, initialText, group, onChange, onExport, storage }: ConfigEditorProps) {
  const [store] = useState(() =>
    createEditorStore({ schema, initialText, group, storage: storage === undefined ? pageStorage() : storage }),
  );
  useEffect(() => {
    const flush = () => store.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [store]);
  useEffect(() => {
    if (!onChange) return;
    return store.subscribeExport(() => {
      const view = store.getPublishedExport();
      onChange({ text: view.text, fileName: view.fileName, findings: view.findings, problems: view.problems });
    });
  }, [store, onChange]);

  const idPrefix = `oce${useId().replace(/[^A-Za-z0-9]/g, '')}`;
  const [filters, setFilters] = useState<OptionFilters>(NO_FILTERS);
  const [reveal, setReveal] = useState<{ group: string; dest: string } | null>(null);

  const revealField = useCallback(
    (groupName: string, dest: string) => {
      const option = schema.groups.find((g) => g.name === groupName)?.options.find((o) => o.dest === dest);
      if (!option) return;
      store.showGroup(groupName);
      setFilters((current) => ({
        search: matchesSearch(option, current.search) ? current.search : '',
        onlySet: current.onlySet && Boolean(store.getState().fields[groupName]?.[dest]?.set),
        showAdvanced: current.showAdvanced || option.advanced,
      }));
      setReveal({ group: groupName, dest });
    },
    [schema, store],
  );
  useEffect(() => {
    if (!reveal) return;
    const container = document.getElementById(fieldDomId(idPrefix, reveal.group, reveal.dest));
    if (container) {
      container.scrollIntoView?.({ block: 'center' });
      const control = container.querySelector<HTMLElement>('input, select, textarea, button');
      (control ?? container).focus();
    }
    setReveal(null);
  }, [reveal, idPrefix]);

  const ui = useMemo<EditorUi>(() => ({ idPrefix, revealField }), [idPrefix, revealField]);

  // Undo and redo for the form; the import text and search boxes keep the browser's own.
  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const target = event.target as HTMLElement;
    if (target.closest('textarea, [role="search"]')) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) store.undo();
    else if ((key === 'z' && event.shiftKey) || key === 'y') store.redo();
    else return;
    event.preventDefault();
  };

  return (
    <EditorStoreContext.Provider value={store}>
      <EditorUiContext.Provider value={ui}>
        <div className="oce" onKeyDown={onKeyDown}>
          <EditorToolbar schema={schema} />
          <div className="oce__layout">
            <div className="oce__main">
              <OptionFilterBar filters={filters} onChange={setFilters} />
              <ShownGroup schema={schema} filters={filters} onFiltersChange={setFilters} />
            </div>
            <aside className="oce__side" aria-label="File">
              <ExportPanel onExport={onExport} />
              <AdvisorySummary />
              <ImportPanel schema={schema} />
            </aside>
          </div>
        </div>
      </EditorUiContext.Provider>
    </EditorStoreContext.Provider>
  );
}

function pageStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}
