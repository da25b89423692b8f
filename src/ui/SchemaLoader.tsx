import { useId, useState, type DragEvent, type FormEvent } from 'react';
import type { ConfigSchema } from '../core/schema/types';
import { fetchSchema, readSchemaText } from './model/readSchema';

export interface LoadedSchema {
  schema: ConfigSchema;
  /** Where it came from: a file name or a URL. */
  source: string;
}

/**
 * Chooses the schema to edit: the output of `oslo-config-generator --format json|yaml` for any service, from a
 * file (opened or dropped here) or a URL. A schema that cannot be read leaves the current one, and says why.
 */
export function SchemaLoader({ current, onLoad }: { current: LoadedSchema; onLoad(loaded: LoadedSchema): void }) {
  const id = useId();
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const load = async (source: string, read: () => Promise<ConfigSchema>) => {
    setBusy(true);
    setError(null);
    try {
      onLoad({ schema: await read(), source });
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };
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
        For another service, give the output of <code>oslo-config-generator --format json</code> (or <code>yaml</code>):
        open the file, drop it here, or load it from a URL. Each schema keeps its own draft.
      </p>
      <div className="oce-schema__actions">
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
      {error && (
        <p role="alert" className="oce-error">
          The schema was not loaded, the current one stays: {error}
        </p>
      )}
    </section>
  );
}

function summarize(schema: ConfigSchema): { groups: number; options: number } {
  const withOptions = schema.groups.filter((group) => group.options.length);
  return { groups: withOptions.length, options: withOptions.reduce((sum, group) => sum + group.options.length, 0) };
}
