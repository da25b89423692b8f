import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import type { ConfigSchema } from '../../core';
import type { ImportResult } from '../../session';
import { useEditorUi } from '../state/EditorUiContext';
import { useSessionState, useSession } from '../state/useSession';

/** Paste, open or drop an existing file: its values fill the forms, and exporting keeps the rest of it. */
export function ImportPanel({ schema }: { schema: ConfigSchema }) {
  const session = useSession();
  const id = useId();
  const { strings } = useEditorUi();
  const failure = useSessionState((state) => state.importFailure);
  const [text, setText] = useState('');
  const [summary, setSummary] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [reported, setReported] = useState(0);
  const result = useRef<HTMLDivElement>(null);
  // The result of an import is drawn beside its buttons: keep it in view while the checks of the imported file fill
  // the sections above it.
  useEffect(() => {
    if (!reported || typeof requestAnimationFrame !== 'function') return;
    const until = Date.now() + 1500;
    let frame = 0;
    const keep = () => {
      const box = result.current?.getBoundingClientRect();
      if (box && (box.top < 0 || box.bottom > window.innerHeight)) result.current!.scrollIntoView({ block: 'nearest' });
      if (Date.now() < until) frame = requestAnimationFrame(keep);
    };
    keep();
    return () => cancelAnimationFrame(frame);
  }, [reported]);

  const load = (name: string, content: string) => {
    setText(content);
    report(session.importText(name, content));
  };
  const report = (imported: ImportResult) => {
    setSummary(imported.ok ? summarize(schema, imported) : null);
    setReported((count) => count + 1);
  };
  const openFile = async (file: File | undefined) => {
    if (file) load(file.name, await file.text());
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void openFile(event.dataTransfer.files[0]);
  };

  return (
    <section
      className="oce-import"
      data-dragging={dragging}
      aria-labelledby={`${id}-title`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h2 id={`${id}-title`}>{strings.importTitle}</h2>
      <p className="oce-hint">{strings.importHint}</p>
      <label htmlFor={`${id}-text`}>{strings.fileText}</label>
      <textarea
        id={`${id}-text`}
        className="oce-input oce-import__text"
        rows={5}
        spellCheck={false}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        aria-describedby={failure ? `${id}-errors` : undefined}
      />
      <div className="oce-import__actions">
        <button type="button" className="oce-button" disabled={!text.trim()} onClick={() => report(session.importText('nova.conf', text))}>
          {strings.importText}
        </button>
        <label className="oce-button oce-file">
          {strings.openFile}
          <input
            type="file"
            className="oce-visually-hidden"
            accept=".conf,.ini,.cfg,text/plain"
            onChange={(event) => {
              void openFile(event.currentTarget.files?.[0]);
              event.currentTarget.value = '';
            }}
          />
        </label>
      </div>
      <div ref={result} className="oce-import__outcome">
        <div role="status" className="oce-import__result">
          {summary}
        </div>
        {failure && (
          <div id={`${id}-errors`} role="alert" className="oce-import__errors">
            <p>
              {failure.name} does not parse, as oslo.config would refuse it; nothing was imported. Fix these lines and import
              again:
            </p>
            <ul>
              {failure.errors.map((error) => (
                <li key={error.line}>
                  Line {error.line}: {error.message}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}

function summarize(schema: ConfigSchema, result: Extract<ImportResult, { ok: true }>): string {
  const { document } = result;
  const parts: string[] = [];
  for (const group of schema.groups) {
    const sources = Object.entries(document.sources[group.name] ?? {});
    if (!sources.length) continue;
    const old = sources.filter(([, source]) => source.oldName);
    parts.push(
      `${sources.length} option${sources.length === 1 ? '' : 's'} of [${group.name}] set` +
        (old.length ? `, ${old.map(([dest, s]) => `${dest} from its old name [${s.section}] ${s.key}`).join(', ')}` : ''),
    );
  }
  return `Imported ${document.name}: ${parts.length ? parts.join('; ') : 'no option of the schema is set'}.`;
}
