import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { describeRelease, type CatalogEntry } from '../core/catalog/readCatalog';
import type { ConfigSchema } from '../core/schema/types';
import type { CatalogChoice } from './model/catalog';
import { fetchSchema, readSchemaText } from './model/readSchema';

export interface LoadedSchema {
  schema: ConfigSchema;
  /** Where it came from: a file name, a URL, or the catalog's service and release. */
  source: string;
  /** The name of the file its export gets, where the source does not say it (`glance-api.conf`). */
  fileName?: string;
  /** The catalog's service, where it came from the catalog. */
  choice?: CatalogChoice;
}

interface SchemaLoaderProps {
  current: LoadedSchema;
  /** The catalog's schemas, once fetched. */
  catalog: CatalogEntry[] | null;
  /** Why the schema the page was asked for did not load. */
  startError: string | null;
  onLoad(loaded: LoadedSchema): void;
  /** A service of the catalog chosen, or null for the built-in schema; rejects with why it did not load. */
  onChoose(choice: CatalogChoice | null): Promise<void>;
}

/**
 * Chooses the schema to edit: the output of `oslo-config-generator --format json|yaml` for any service, from a
 * file (opened or dropped here) or a URL. A schema that cannot be read leaves the current one, and says why.
 */
export function SchemaLoader({ current, catalog, startError, onLoad, onChoose }: SchemaLoaderProps) {
  const id = useId();
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const attempt = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const load = (source: string, read: () => Promise<ConfigSchema>) => attempt(async () => onLoad({ schema: await read(), source }));
  const choose = (choice: CatalogChoice | null) => void attempt(() => onChoose(choice));
  const services = [...new Set((catalog ?? []).map((entry) => entry.service))];
  const releases = (catalog ?? []).filter((entry) => entry.service === current.choice?.service);
  const shownError = error ?? startError;
  const openFile = (file: File | undefined) => {
    if (file) void load(file.name, async () => readSchemaText(await file.text(), file.name));
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    openFile(event.dataTransfer.files[0]);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const address = url.trim();
    if (address) void load(address, () => fetchSchema(new URL(address, document.baseURI).href));
  };

  const { groups, options } = summarize(current.schema);
  return (
    <section
      className="oce oce-schema"
      aria-labelledby={`${id}-title`}
      data-dragging={dragging}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h2 id={`${id}-title`}>Schema</h2>
      <p>
        Editing <strong>{current.source}</strong>: {groups} group{groups === 1 ? '' : 's'} with {options} option
        {options === 1 ? '' : 's'}.
      </p>
      <p className="oce-hint">
        Choose a service of the catalog (the options Debian’s packages of each release define), or give the output of{' '}
        <code>oslo-config-generator --format json</code> (or <code>yaml</code>) of any other: open the file, drop it
        here, or load it from a URL. Each schema keeps its own draft.
      </p>
      <div className="oce-schema__actions">
        <div className="oce-schema__catalog">
          <label htmlFor={`${id}-service`}>Service</label>
          <select
            id={`${id}-service`}
            className="oce-input oce-select"
            value={current.choice?.service ?? ''}
            disabled={busy || !catalog}
            onChange={(event) => {
              const service = event.currentTarget.value;
              // The release shown stays where the other service has it.
              const release = catalog?.some((entry) => entry.service === service && entry.release.name === current.choice?.release)
                ? current.choice?.release
                : undefined;
              choose(service ? { service, ...(release ? { release } : {}) } : null);
            }}
          >
            <option value="">nova’s [glance] (built in)</option>
            {services.map((service) => {
              const entry = catalog!.find((candidate) => candidate.service === service)!;
              return (
                <option key={service} value={service}>
                  {service} ({entry.file})
                </option>
              );
            })}
          </select>
          {releases.length > 0 && (
            <>
              <label htmlFor={`${id}-release`}>Release</label>
              <select
                id={`${id}-release`}
                className="oce-input oce-select"
                value={current.choice?.release ?? ''}
                disabled={busy}
                onChange={(event) => choose({ service: current.choice!.service, release: event.currentTarget.value })}
              >
                {releases.map((entry) => (
                  <option key={entry.release.name} value={entry.release.name}>
                    {describeRelease(entry)}: {entry.service} {entry.version}
                  </option>
                ))}
              </select>
            </>
          )}
        </div>
        <label className="oce-button oce-file">
          Open a schema…
          <input
            type="file"
            className="oce-visually-hidden"
            accept=".json,.yaml,.yml,application/json,application/yaml"
            onChange={(event) => {
              openFile(event.currentTarget.files?.[0]);
              event.currentTarget.value = '';
            }}
          />
        </label>
        <form className="oce-schema__url" onSubmit={onSubmit}>
          <label htmlFor={`${id}-url`}>Schema URL</label>
          <input
            id={`${id}-url`}
            type="url"
            className="oce-input"
            placeholder="https://…/nova.json"
            value={url}
            onChange={(event) => setUrl(event.currentTarget.value)}
          />
          <button type="submit" className="oce-button" disabled={busy || !url.trim()}>
            Load
          </button>
        </form>
      </div>
      <p role="status" className="oce-hint">
        {busy ? 'Loading the schema…' : ''}
      </p>
      {shownError && (
        <p role="alert" className="oce-error">
          The schema was not loaded, the current one stays: {shownError}
        </p>
      )}
    </section>
  );
}

function summarize(schema: ConfigSchema): { groups: number; options: number } {
  const withOptions = schema.groups.filter((group) => group.options.length);
  return { groups: withOptions.length, options: withOptions.reduce((sum, group) => sum + group.options.length, 0) };
}
