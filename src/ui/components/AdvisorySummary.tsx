import { advisoryEntries } from '../model/advisoryEntries';
import { useEditorUi } from '../state/EditorUiContext';
import { useSecretMask } from '../state/useSecretMask';
import { useSessionState, useExportView } from '../state/useSession';
import { FieldLink } from './FieldLink';
import { FindingMark, markOf } from './FindingMark';

/** Every problem the core finds in the file, one entry per line with its kinds, the worst first, each linking to its field. */
export function AdvisorySummary() {
  const view = useExportView();
  const { strings } = useEditorUi();
  const schemaGroups = useSessionState((state) => state.fields);
  const mask = useSecretMask();
  const entries = advisoryEntries(view);
  if (!entries.length) {
    return (
      <section className="oce-summary" aria-label={strings.advisories}>
        <h2>{strings.advisories}</h2>
        <p className="oce-hint">{strings.noAdvisories}</p>
      </section>
    );
  }
  return (
    <section className="oce-summary" aria-label={strings.advisories}>
      <h2>
        {strings.advisories} ({entries.length})
      </h2>
      <ul>
        {entries.map((entry) => {
          const [first, ...others] = entry.findings;
          const linked = first!.group && first!.option && schemaGroups[first!.group]?.[first!.option];
          return (
            <li key={entry.key} className={`oce-advisory oce-advisory--${entry.severity}`}>
              {[...new Set(entry.findings.map(markOf))].map((kind) => (
                <FindingMark key={kind} kind={kind} />
              ))}{' '}
              {linked ? (
                <FieldLink group={first!.group!} dest={first!.option!}>
                  {mask(first!.title)}
                </FieldLink>
              ) : (
                mask(first!.title)
              )}
              {entry.line !== null && (
                <span className="oce-hint">
                  {' '}
                  (line {entry.line}
                  {others.length ? `, and ${others.length} more about this line` : ''})
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
