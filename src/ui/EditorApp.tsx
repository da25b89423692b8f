import { useEffect, useState } from 'react';
import type { CatalogEntry } from '../core/catalog/readCatalog';
import { ConfigEditor } from './ConfigEditor';
import { fetchCatalog, fetchCatalogSchema, type CatalogChoice } from './model/catalog';
import { configFileName } from './model/readSchema';
import { SchemaLoader, type LoadedSchema } from './SchemaLoader';

const CHOICE_KEY = 'oslo-config-editor:schema';

interface EditorAppProps {
  /** The schema the page starts with when no service is chosen. */
  builtin: LoadedSchema;
  group?: string;
  /** Where the catalog's folder is served. */
  catalogUrl: string;
  /** Where the chosen service is remembered; the page's localStorage. */
  storage: Storage | null;
}

/**
 * The editor's page: the schema chooser above the editor. Another schema starts a new editor (its own draft,
 * filters and history), so that nothing of the previous schema stays. A service of the catalog is chosen by the
 * page's address (`?service=cinder&release=zed`), else the last one chosen, else the built-in schema shows.
 */
export function EditorApp({ builtin, group, catalogUrl, storage }: EditorAppProps) {
  const [loaded, setLoaded] = useState({ ...builtin, generation: 0 });
  const [catalog, setCatalog] = useState<CatalogEntry[] | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  // The previous editor unmounts, saving its draft, before the next one reads the drafts: the same schema again
  // finds its draft complete.
  const [mounted, setMounted] = useState(0);
  useEffect(() => setMounted(loaded.generation), [loaded.generation]);

  const show = (next: LoadedSchema) => {
    setLoaded((previous) => ({ ...next, generation: previous.generation + 1 }));
    remember(storage, next.choice ?? null);
  };

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      let entries: CatalogEntry[];
      try {
        entries = await fetchCatalog(catalogUrl);
      } catch (error) {
        if (!cancelled) setStartError((error as Error).message);
        return;
      }
      if (cancelled) return;
      setCatalog(entries);
      const choice = choiceFromAddress(window.location.search) ?? recalled(storage);
      if (!choice) return;
      try {
        const { entry, schema } = await fetchCatalogSchema(catalogUrl, choice, entries);
        if (!cancelled) show(catalogSchema(entry, schema));
      } catch (error) {
        if (!cancelled) setStartError((error as Error).message);
      }
    })();
    return () => {
      cancelled = true;
    };
    // Once, when the page starts: later choices are the chooser's.
  }, []);

  return (
    <>
      <SchemaLoader
        current={loaded}
        catalog={catalog}
        startError={startError}
        onLoad={show}
        onChoose={async (choice) => {
          if (!choice) return show(builtin);
          const { entry, schema } = await fetchCatalogSchema(catalogUrl, choice, catalog ?? undefined);
          show(catalogSchema(entry, schema));
        }}
      />
      {mounted === loaded.generation && (
        <ConfigEditor
          key={loaded.generation}
          schema={loaded.schema}
          service={loaded.choice?.service}
          release={loaded.choice?.release}
          catalogUrl={catalogUrl}
          group={loaded.generation === 0 ? group : undefined}
          fileName={loaded.generation === 0 ? undefined : loaded.fileName ?? configFileName(loaded.source)}
        />
      )}
    </>
  );
}

function catalogSchema(entry: CatalogEntry, schema: LoadedSchema['schema']): LoadedSchema {
  return {
    schema,
    source: `${entry.service} ${entry.version} (${entry.release.name} ${entry.release.number})`,
    fileName: entry.file,
    choice: { service: entry.service, release: entry.release.name },
  };
}

function choiceFromAddress(search: string): CatalogChoice | null {
  const query = new URLSearchParams(search);
  const service = query.get('service');
  return service ? { service, ...(query.get('release') ? { release: query.get('release')! } : {}) } : null;
}

/** Keeps the choice for the next visit and puts it in the page's address, so that it can be linked. */
function remember(storage: Storage | null, choice: CatalogChoice | null): void {
  try {
    if (choice) storage?.setItem(CHOICE_KEY, JSON.stringify(choice));
    else storage?.removeItem(CHOICE_KEY);
  } catch {
    // Storage may be full or disabled: the address still says it.
  }
  const address = new URL(window.location.href);
  address.searchParams.delete('service');
  address.searchParams.delete('release');
  if (choice) {
    address.searchParams.set('service', choice.service);
    if (choice.release) address.searchParams.set('release', choice.release);
  }
  window.history.replaceState(window.history.state, '', address);
}

function recalled(storage: Storage | null): CatalogChoice | null {
  try {
    const saved: unknown = JSON.parse(storage?.getItem(CHOICE_KEY) ?? 'null');
    if (saved && typeof saved === 'object' && typeof (saved as CatalogChoice).service === 'string') {
      const { service, release } = saved as CatalogChoice;
      return { service, ...(typeof release === 'string' ? { release } : {}) };
    }
  } catch {
    // A damaged choice is no choice.
  }
  return null;
}
