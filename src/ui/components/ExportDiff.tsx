import { useId, useMemo } from 'react';
import { diffBySection } from '../../core/ini/diffBySection';
import { parseIni } from '../../core/ini/parseIni';
import { maskValueLine } from '../model/maskSecrets';
import { secretLines } from '../model/secretLines';
import { useEditorUi } from '../state/EditorUiContext';
import { useExportView, useSession, useSessionState } from '../state/useSession';

/**
 * What the export changes in the imported file, before it is downloaded or copied: the removed and added lines,
 * grouped by section, with their count. Secrets are masked as in the preview.
 */
export function ExportDiff() {
  const id = useId();
  const { schema } = useSession();
  const { strings, secretsShown } = useEditorUi();
  const imported = useSessionState((state) => state.document);
  const view = useExportView();
  const diff = useMemo(() => {
    if (!imported) return null;
    const before = imported.origin === undefined ? imported.parsed : parseIni(imported.origin);
    return { before, ...diffBySection(before, view.document) };
  }, [imported, view.document]);
  const masks = useMemo(
    () => (diff && !secretsShown ? { removed: secretLines(schema, diff.before), added: secretLines(schema, view.document) } : null),
    [diff, secretsShown, schema, view.document],
  );
  if (!imported || !diff) return null;
  return (
    <section className="oce-diff" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{strings.changesTitle(imported.name)}</h3>
      <p className="oce-hint">{strings.changesCount(diff.removed, diff.added)}</p>
      {diff.sections.map((changes) => (
        <div key={changes.section ?? ''} className="oce-diff__section">
          <h4>{changes.section === null ? strings.beforeSections : `[${changes.section}]`}</h4>
          <ul>
            {changes.lines.map((line) => {
              const first = masks?.[line.kind].get(line.number);
              return (
                <li key={`${line.kind}${line.number}`} className={`oce-diff__line oce-diff__line--${line.kind}`}>
                  <span className="oce-visually-hidden">{line.kind === 'removed' ? strings.removedLine(line.number) : strings.addedLine(line.number)} </span>
                  <span aria-hidden="true">{line.kind === 'removed' ? '−' : '+'} </span>
                  {first === undefined ? line.text : maskValueLine(line.text, first)}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
