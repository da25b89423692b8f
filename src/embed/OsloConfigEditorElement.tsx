import { createRoot, type Root } from 'react-dom/client';
import { builtinSchema } from '../core/schema/builtinSchema';
import { readGeneratorData } from '../core/schema/readGeneratorData';
import { readGeneratorJson } from '../core/schema/readGeneratorJson';
import type { ConfigSchema } from '../core/schema/types';
import { ConfigEditor, type ConfigValues, type EditorChange } from '../ui/ConfigEditor';
import type { ExportedFile } from '../ui/components/ExportPanel';
import type { ExportProblem } from '../session';
import type { EditorStrings } from '../ui/strings';
import editorCss from '../ui/styles.css?inline';
import hostCss from './host.css?inline';

/** The events the element dispatches; all bubble and are composed. */
export interface OsloConfigEditorEventMap {
  /** After every change the editor has checked, and once when it is ready. */
  change: CustomEvent<EditorChange>;
  /** The user downloaded or copied the file. */
  export: CustomEvent<ExportedFile>;
  /** Whether the file can be exported, when that (or the list of reasons) changes. */
  validity: CustomEvent<{ valid: boolean; problems: ExportProblem[] }>;
}

type SchemaState = { schema: ConfigSchema } | { service: string } | { loading: string } | { error: string };

// One constructed sheet for every instance. Unlike a <style> element, it needs no 'unsafe-inline' under a
// Content-Security-Policy, and it applies inside the shadow root only.
let sheet: CSSStyleSheet | undefined;
function styleSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`${hostCss}\n${editorCss}`);
  }
  return sheet;
}

/**
 * `<oslo-config-editor>`: the editor in a shadow root. Attributes: `schema-url` (the generator's JSON output;
 * without it, `service` and `release` from the catalog at `catalog-url`, the package's own beside this script by
 * default; else the built-in schema), `group` (the groups to show, separated by spaces or commas; the first is
 * shown first), `readonly`, `theme` (`light` or `dark`; the system's preference without it). Properties:
 * `schema` (the generator's output as an object, instead of `schema-url`), `value` (values by group, or a
 * file's text, to start from; reading it gives the current values) and `strings`.
 */
export class OsloConfigEditorElement extends HTMLElement {
  static observedAttributes = ['schema-url', 'service', 'release', 'catalog-url', 'group', 'readonly', 'theme'];

  #container: HTMLDivElement;
  #root: Root | null = null;
  #schemaData: unknown = undefined;
  #schema: SchemaState = { schema: builtinSchema };
  #initial: ConfigValues | string | undefined = undefined;
  #values: ConfigValues = {};
  #strings: Partial<EditorStrings> | undefined = undefined;
  #validity = '';
  // A new key starts the editor over: a new schema, groups or starting value.
  #generation = 0;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [styleSheet()];
    this.#container = document.createElement('div');
    shadow.append(this.#container);
    // Properties a page set before this script defined the element are plain fields of the element: pass them
    // through the setters.
    for (const name of ['schema', 'value', 'strings'] as const) {
      if (!Object.hasOwn(this, name)) continue;
      const given: unknown = this[name];
      delete (this as Partial<Record<typeof name, unknown>>)[name];
      (this as Record<typeof name, unknown>)[name] = given;
    }
  }

  get schema(): unknown {
    return this.#schemaData;
  }

  set schema(data: unknown) {
    this.#schemaData = data;
    this.#loadSchema();
  }

  /** The values the editor holds now, by group (wrong values left out). */
  get value(): ConfigValues {
    return this.#values;
  }

  /** Values by group (`{ glance: { num_retries: 3 } }`) or the text of a file: the editor starts over from it. */
  set value(value: ConfigValues | string | undefined) {
    this.#initial = value;
    this.#restart();
  }

  get strings(): Partial<EditorStrings> | undefined {
    return this.#strings;
  }

  set strings(strings: Partial<EditorStrings> | undefined) {
    this.#strings = strings;
    this.#render();
  }

  connectedCallback() {
    this.#render();
  }

  disconnectedCallback() {
    // Moving the element fires disconnected then connected: keep the editor unless it is really gone.
    queueMicrotask(() => {
      if (this.isConnected || !this.#root) return;
      this.#root.unmount();
      this.#root = null;
    });
  }

  attributeChangedCallback(name: string, previous: string | null, current: string | null) {
    if (previous === current) return;
    if (name === 'schema-url' || name === 'service' || name === 'release' || name === 'catalog-url') this.#loadSchema();
    else if (name === 'group') this.#restart();
    else this.#render();
  }

  #loadSchema() {
    const url = this.getAttribute('schema-url');
    const service = this.getAttribute('service');
    if (this.#schemaData !== undefined) this.#schema = readSchema(() => readGeneratorData(this.#schemaData, 'schema'));
    else if (!url && service) this.#schema = { service };
    else if (!url) this.#schema = { schema: builtinSchema };
    else {
      this.#schema = { loading: url };
      void fetchSchema(url).then((state) => {
        // Only the answer for the URL still asked for.
        if (this.#schemaData !== undefined || this.getAttribute('schema-url') !== url) return;
        this.#schema = state;
        this.#restart();
      });
    }
    this.#restart();
  }

  #restart() {
    this.#generation += 1;
    this.#render();
  }

  #render() {
    if (!this.isConnected) return;
    this.#root ??= createRoot(this.#container);
    const state = this.#schema;
    const theme = this.getAttribute('theme');
    if ('loading' in state || 'error' in state) {
      this.#root.render(
        <div className="oce" data-theme={theme === 'light' || theme === 'dark' ? theme : undefined}>
          {'loading' in state ? (
            <p className="oce-hint" role="status">
              Loading the schema from {state.loading}…
            </p>
          ) : (
            <p className="oce-error" role="alert">
              {state.error}
            </p>
          )}
        </div>,
      );
      return;
    }
    const groups = this.getAttribute('group')?.split(/[\s,]+/).filter(Boolean);
    this.#root.render(
      <ConfigEditor
        key={this.#generation}
        {...('schema' in state
          ? { schema: state.schema }
          : {
              service: state.service,
              release: this.getAttribute('release') ?? undefined,
              catalogUrl: this.getAttribute('catalog-url') ?? undefined,
            })}
        group={groups?.[0]}
        groups={groups?.length ? groups : undefined}
        initialText={typeof this.#initial === 'string' ? this.#initial : undefined}
        initialValues={typeof this.#initial === 'object' ? this.#initial : undefined}
        readOnly={this.hasAttribute('readonly')}
        theme={theme === 'light' || theme === 'dark' ? theme : undefined}
        strings={this.#strings}
        storage={null}
        onChange={this.#changed}
        onExport={this.#exported}
      />,
    );
  }

  #changed = (values: ConfigValues, _findings: unknown, change: EditorChange) => {
    this.#values = values;
    this.#emit('change', change);
    const validity = { valid: change.text !== null, problems: change.problems };
    const key = JSON.stringify(validity);
    if (key === this.#validity) return;
    this.#validity = key;
    this.#emit('validity', validity);
  };

  #exported = (_text: string, file: ExportedFile) => {
    this.#emit('export', file);
  };

  #emit<K extends keyof OsloConfigEditorEventMap>(type: K, detail: OsloConfigEditorEventMap[K]['detail']) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

async function fetchSchema(url: string): Promise<SchemaState> {
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) return { error: `The schema at ${url} could not be loaded: HTTP ${response.status}.` };
    const text = await response.text();
    return readSchema(() => {
      if (!/^\s*[{[]/.test(text)) throw new Error(`The schema at ${url} is not JSON (oslo-config-generator --format json).`);
      return readGeneratorJson(text, url);
    });
  } catch (error) {
    return { error: `The schema at ${url} could not be loaded: ${(error as Error).message}` };
  }
}

function readSchema(read: () => ConfigSchema): SchemaState {
  try {
    return { schema: read() };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'oslo-config-editor': OsloConfigEditorElement;
  }
}
