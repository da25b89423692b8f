import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { printIni } from '../../core/ini/parseIni';
import type { IniDocument, IniLine } from '../../core/ini/types';
import { maskValueLine } from '../model/maskSecrets';
import { secretLines } from '../model/secretLines';
import { useEditorUi } from '../state/EditorUiContext';
import { useSession } from '../state/useSession';

// Past this many lines (an annotated file of a large schema has thousands), only the lines in view are rendered.
const WHOLE_LINES = 400;
const EXTRA_LINES = 30;

interface PreviewTextProps {
  /** The file, parsed: its lines are rendered, not its text joined again. */
  document: IniDocument;
  label: string;
  complete: boolean;
  /** Said, and shown, when the preview renders only the lines in view. */
  windowedNote(lines: number): string;
}

/**
 * The text of the file to export, read-only and scrollable; a long one renders the lines scrolled into view. The
 * values of secret options are masked until the user shows secrets.
 */
export function PreviewText({ document, label, complete, windowedNote }: PreviewTextProps) {
  const { lines } = document;
  const { schema } = useSession();
  const { secretsShown } = useEditorUi();
  // The first line of each secret's entry, and its continuation lines.
  const secrets = useMemo(() => {
    const found = secretsShown ? null : secretLines(schema, document);
    return found?.size ? found : null;
  }, [schema, document, secretsShown]);
  const textOf = (line: IniLine) => {
    const first = secrets?.get(line.number);
    return first === undefined ? line.text : maskValueLine(line.text, first);
  };
  const box = useRef<HTMLPreElement>(null);
  const [lineHeight, setLineHeight] = useState(0);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(0);
  const windowed = lines.length > WHOLE_LINES;
  useLayoutEffect(() => {
    if (!windowed || !box.current) return;
    const probe = box.current.querySelector<HTMLElement>('[data-probe]');
    setLineHeight(probe?.getBoundingClientRect().height || 16);
    setHeight(box.current.clientHeight);
  }, [windowed]);

  if (!windowed) {
    return (
      <pre className="oce-preview" tabIndex={0} aria-label={label} data-complete={complete}>
        {secrets ? lines.map((line) => textOf(line) + line.eol).join('') : printIni(document)}
      </pre>
    );
  }
  const first = lineHeight ? Math.max(0, Math.floor(scrollTop / lineHeight) - EXTRA_LINES) : 0;
  const last = lineHeight ? Math.min(lines.length, Math.ceil((scrollTop + height) / lineHeight) + EXTRA_LINES) : 2 * EXTRA_LINES;
  return (
    <>
      <p className="oce-hint">{windowedNote(lines.length)}</p>
      <pre
        ref={box}
        className="oce-preview"
        tabIndex={0}
        aria-label={label}
        data-complete={complete}
        data-windowed="true"
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      >
        <span data-probe="" className="oce-preview__probe" aria-hidden="true">
          {' '}
        </span>
        <span style={{ display: 'block', height: lines.length * lineHeight, position: 'relative' }}>
          <span style={{ position: 'absolute', top: first * lineHeight, left: 0 }}>{lines
            .slice(first, last)
            .map(textOf)
            .join('\n')}</span>
        </span>
      </pre>
    </>
  );
}
