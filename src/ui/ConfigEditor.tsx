import { Fragment, lazy, Suspense, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { ConfigSchema, Finding } from '../core';
import { fromJsonValues, toJsonValues, type JsonOptionValue } from '../core/values/jsonValue';
import { AdvisorySummary } from './components/AdvisorySummary';
import { DraftNotice } from './components/DraftNotice';
import { EditorToolbar } from './components/EditorToolbar';
import { ExportPanel, type ExportedFile } from './components/ExportPanel';
import { GroupList } from './components/GroupList';
import { ImportPanel } from './components/ImportPanel';
import { EditorBar } from './components/EditorBar';
import { SearchResults } from './components/SearchResults';
import { SecurityChecklist } from './components/SecurityChecklist';
import { ShownGroup } from './components/ShownGroup';
import { fieldDomId } from './model/domIds';
import { matchesSearch } from './model/matchesSearch';
import { createEditorSession, type ExportProblem } from '../session';
import { afterNextPaint } from './model/afterNextPaint';
import { captureScrollPlace, restoreScrollPlace, type ScrollPlace } from './model/scrollPlace';
import { fetchCatalogSchema, packageCatalogUrl } from './model/catalog';
import { yieldToInput } from './model/yieldToInput';
import { EditorUiContext, type EditorUi } from './state/EditorUiContext';
import { NO_FILTERS, type OptionFilters } from './state/filters';
import { SessionContext } from './state/useSession';
import { englishStrings, type EditorStrings } from './strings';
import './styles.css';

/**
 * Values by group, then by option's INI key: `{ glance: { num_retries: 3 } }`, each in its JSON form (an integer
 * beyond 2^53 as `{ int: '12345678901234567890' }`, a float JSON cannot hold as `{ float: 'inf' }`), so that a
 * portal can send them as JSON.
 */
export type ConfigValues = Record<string, Record<string, JsonOptionValue>>;

/** What the editor reports after every change. */
export interface EditorChange {
  /** Every group's options that are set, with values oslo accepts (a wrong value is in `problems` instead). */
  values: ConfigValues;
  /** The file to export, or null while something in it is wrong. */
  text: string | null;
  fileName: string;
  findings: Finding[];
  problems: ExportProblem[];
}

/** The options to edit: a schema, or a service of the catalog. */
export type ConfigEditorProps = EditorProps &
  (
    | ({
        /** `builtinSchema`, or `parseGeneratorOutput` of a service's generator output. */
        schema: ConfigSchema;
      } & Partial<CatalogService>)
    | ({ schema?: undefined } & CatalogService)
  );

export interface CatalogService {
  /**
   * A service of the catalog (`nova`, `cinder`, ...), fetched from `catalogUrl` when the editor mounts; with `schema`,
   * the service the schema is. Either way the editor offers to compare the file with the service's later releases.
   */
  service: string;
  /** The service's release, by name or number (`zed`, `2022.2`); the catalog's default release without it. */
  release?: string;
  /** Where the catalog's folder is served; the package's `catalog/` folder, beside its scripts, without it. */
  catalogUrl?: string;
}

export interface EditorProps {
  /** A file to start from, as if the user had imported it. */
  initialText?: string;
  /** Values to start from, set on top of `initialText` if there is one. */
  initialValues?: ConfigValues;
  /** The group shown first. */
  group?: string;
  /** The name of a new file's export (`oslo.conf` for a schema of several groups); an imported file keeps its own. */
  fileName?: string;
  /** Only these groups of the schema are shown, checked and exported. */
  groups?: string[];
  /** Shows, checks and exports the values without letting them change. */
  readOnly?: boolean;
  /** Without it, the editor follows the system's light or dark preference. */
  theme?: 'light' | 'dark';
  /** Labels of the editor's controls, replacing the English ones given. */
  strings?: Partial<EditorStrings>;
  /** Called once the editor has checked a change (and once at the start). */
  onChange?: (values: ConfigValues, findings: Finding[], change: EditorChange) => void;
  /** Called when the user downloads or copies the file. */
  onExport?: (text: string, file: ExportedFile) => void;
  /** Where the draft survives a reload; the page's localStorage unless given (null: nowhere). */
  storage?: Storage | null;
}

/**
 * An editor for the options of an oslo.config schema: forms generated from the schema, checked as oslo
 * checks them, with the core's advisories, import of an existing file and export of the file oslo reads.
 * The props are read once, when it mounts; give it a new `key` to start over with others.
 */
export function ConfigEditor(props: ConfigEditorProps) {
  return props.schema ? <SchemaEditor {...props} schema={props.schema} /> : <CatalogEditor {...props} />;
}

// Seldom used: the upgrade's code loads apart, when an editor of a catalog service first shows the panel.
const UpgradePanel = lazy(() => import('./components/UpgradePanel').then((module) => ({ default: module.UpgradePanel })));

type Loading = { loading: true } | { error: string } | { schema: ConfigSchema; fileName: string };

/** The editor of a service of the catalog, once its schema is fetched. */
function CatalogEditor(props: EditorProps & CatalogService) {
  const { service, release, catalogUrl, theme } = props;
  const [state, setState] = useState<Loading>({ loading: true });
  useEffect(() => {
    let current = true;
    fetchCatalogSchema(catalogUrl ?? packageCatalogUrl(), { service, ...(release ? { release } : {}) }).then(
      ({ entry, schema }) => current && setState({ schema, fileName: entry.file }),
      (error: Error) => current && setState({ error: `The ${service} schema was not loaded: ${error.message}` }),
    );
    return () => {
      current = false;
    };
    // Read when the editor mounts, as every prop is.
  }, []);
  if ('schema' in state) return <SchemaEditor {...props} schema={state.schema} fileName={props.fileName ?? state.fileName} />;
  return (
    <div className="oce" data-theme={theme}>
      {'error' in state ? (
        <p className="oce-error" role="alert">
          {state.error}
        </p>
      ) : (
        <p className="oce-hint" role="status">
          Loading the {service} schema…
        </p>
      )}
    </div>
  );
}

function SchemaEditor(props: EditorProps & { schema: ConfigSchema } & Partial<CatalogService>) {
  const { onChange, onExport, readOnly = false, theme } = props;
  const [{ schema, session, persistent }] = useState(() => {
    const schema = props.groups
      ? { ...props.schema, groups: props.schema.groups.filter((group) => props.groups!.includes(group.name)) }
      : props.schema;
    const storage = props.storage === undefined ? pageStorage() : props.storage;
    const { initialText, initialValues, group, fileName } = props;
    return {
      schema,
      // The checks run after the keystroke's frame is painted, one group per task, so that input is handled between.
      session: createEditorSession({
        schema,
        initialText,
        initialValues: initialValues && fromJsonValues(initialValues),
        group,
        fileName,
        storage,
        scheduler: { afterChange: afterNextPaint, next: yieldToInput },
      }),
      persistent: storage !== null,
    };
  });
  useEffect(() => {
    const flush = () => session.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [session]);
  // Another tab or window of the page wrote to the storage: the session looks whether it was this draft.
  useEffect(() => {
    if (!persistent) return;
    const check = () => session.checkStorage();
    window.addEventListener('storage', check);
    return () => window.removeEventListener('storage', check);
  }, [session, persistent]);
  // The latest callback, so that a new function on each render neither resubscribes nor reports again.
  const changed = useRef(onChange);
  useLayoutEffect(() => {
    changed.current = onChange;
  });
  useEffect(() => {
    const report = () => {
      const { checked, values: held, text, fileName, findings, problems } = session.getPublishedExport();
      if (!checked) return;
      const values = toJsonValues(held);
      changed.current?.(values, findings, { values, text, fileName, findings, problems });
    };
    report();
    return session.subscribeExport(report);
  }, [session]);
  const exported = useMemo(() => onExport && ((file: ExportedFile) => onExport(file.text, file)), [onExport]);

  const idPrefix = `oce${useId().replace(/[^A-Za-z0-9]/g, '')}`;
  const root = useRef<HTMLDivElement>(null);
  const [filters, setFilters] = useState<OptionFilters>(NO_FILTERS);
  const [reveal, setReveal] = useState<{ group: string; dest: string } | null>(null);
  const [compact, setCompact] = useState(() => recalledCompact(props.storage === undefined ? pageStorage() : props.storage));
  // Narrow: the group list and the file region open over the form, one at a time.
  const [open, setOpen] = useState<'groups' | 'file' | null>(null);
  // Where the user was when a search started, to go back there when it is cleared.
  const searchPlace = useRef<ScrollPlace | null>(null);
  const [secretsShown, showSecrets] = useState(false);

  const revealField = useCallback(
    (groupName: string, dest: string) => {
      const option = schema.groups.find((g) => g.name === groupName)?.options.find((o) => o.dest === dest);
      if (!option) return;
      session.showGroup(groupName);
      setOpen(null);
      setFilters((current) => ({
        search: matchesSearch(groupName, option, current.search) ? current.search : '',
        onlySet: current.onlySet && Boolean(session.getState().fields[groupName]?.[dest]?.set),
        showAdvanced: current.showAdvanced || option.advanced,
      }));
      if (searchPlace.current) searchPlace.current = { field: fieldDomId(idPrefix, groupName, dest), group: groupName, top: null };
      // A new object each time: revealing the same field again moves the focus again (GroupForm).
      setReveal({ group: groupName, dest });
    },
    [schema, session, idPrefix],
  );

  const changeFilters = (next: OptionFilters) => {
    const searching = filters.search.trim() !== '';
    if (!searching && next.search.trim() && root.current) searchPlace.current = captureScrollPlace(root.current, session.getState().group);
    if (searching && !next.search.trim() && searchPlace.current) {
      const place = searchPlace.current;
      searchPlace.current = null;
      session.showGroup(place.group);
      afterNextPaint(() => root.current && restoreScrollPlace(root.current, place));
    }
    setFilters(next);
  };

  const changeCompact = (next: boolean) => {
    setCompact(next);
    rememberCompact(props.storage === undefined ? pageStorage() : props.storage, next);
  };

  const strings = useMemo(() => ({ ...englishStrings, ...props.strings }), [props.strings]);
  const severalGroups = useMemo(() => schema.groups.filter((group) => group.options.length).length > 1, [schema]);
  const ui = useMemo<EditorUi>(
    () => ({ idPrefix, revealField, strings, readOnly, compact, secretsShown, showSecrets }),
    [idPrefix, revealField, strings, readOnly, compact, secretsShown],
  );
  const fileId = `${idPrefix}-file`;
  const groupsId = `${idPrefix}-groups`;

  // Shows the file region (narrow, it takes the form's place) and moves the focus to the export's heading.
  const showExport = () => {
    setOpen('file');
    afterNextPaint(() => {
      const heading = root.current?.querySelector<HTMLElement>('.oce-export h2');
      heading?.scrollIntoView({ block: 'start' });
      heading?.focus({ preventScroll: true });
    });
  };

  // The sections of the file region, in order: each renders one section of its own.
  const sideSections: { key: string; render(): ReactNode }[] = [
    { key: 'export', render: () => <ExportPanel onExport={exported} severalGroups={severalGroups} /> },
    { key: 'advisories', render: () => <AdvisorySummary /> },
    { key: 'checklist', render: () => <SecurityChecklist schema={schema} /> },
    ...(readOnly ? [] : [{ key: 'import', render: () => <ImportPanel schema={schema} /> }]),
    ...(props.service
      ? [
          {
            key: 'upgrade',
            render: () => (
              <Suspense fallback={null}>
                <UpgradePanel catalogUrl={props.catalogUrl ?? packageCatalogUrl()} service={props.service!} release={props.release} groups={props.groups} />
              </Suspense>
            ),
          },
        ]
      : []),
  ];

  // Undo and redo for the form; the import text and search boxes keep the browser's own.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      setOpen(null);
      return;
    }
    if (readOnly || !(event.ctrlKey || event.metaKey) || event.altKey) return;
    const target = event.target as HTMLElement;
    if (target.closest('textarea, [role="search"]')) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) session.undo();
    else if ((key === 'z' && event.shiftKey) || key === 'y') session.redo();
    else return;
    event.preventDefault();
  };

  return (
    <SessionContext.Provider value={session}>
      <EditorUiContext.Provider value={ui}>
        <div ref={root} className="oce" data-theme={theme} data-open={open ?? undefined} data-compact={compact || undefined} onKeyDown={onKeyDown}>
          <DraftNotice />
          <EditorToolbar persistent={persistent} />
          <EditorBar
            filters={filters}
            onFiltersChange={changeFilters}
            compact={compact}
            onCompactChange={changeCompact}
            groups={severalGroups ? { id: groupsId, open: open === 'groups', toggle: () => setOpen(open === 'groups' ? null : 'groups') } : null}
            fileId={fileId}
            onShowExport={showExport}
          />
          <div className="oce__layout" data-groups={severalGroups || undefined}>
            {severalGroups && <GroupList id={groupsId} schema={schema} onChosen={() => setOpen(null)} />}
            <div className="oce__main">
              {severalGroups && <SearchResults schema={schema} query={filters.search} />}
              <ShownGroup schema={schema} filters={filters} revealing={reveal} onFiltersChange={setFilters} />
            </div>
            <aside id={fileId} className="oce__side" aria-label={strings.fileRegion}>
              <button type="button" className="oce-button oce__back" onClick={() => setOpen(null)}>
                {strings.backToForm}
              </button>
              {sideSections.map((section) => (
                <Fragment key={section.key}>{section.render()}</Fragment>
              ))}
            </aside>
          </div>
        </div>
      </EditorUiContext.Provider>
    </SessionContext.Provider>
  );
}

const COMPACT_KEY = 'oslo-config-editor:compact';

function recalledCompact(storage: Storage | null): boolean {
  try {
    return storage?.getItem(COMPACT_KEY) === 'true';
  } catch {
    return false;
  }
}

function rememberCompact(storage: Storage | null, compact: boolean): void {
  try {
    if (compact) storage?.setItem(COMPACT_KEY, 'true');
    else storage?.removeItem(COMPACT_KEY);
  } catch {
    // Storage may be full or disabled: the choice holds until the page goes.
  }
}

function pageStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}
