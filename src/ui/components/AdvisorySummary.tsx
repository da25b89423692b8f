import { useEditorUi } from '../state/EditorUiContext';
import { useSecretMask } from '../state/useSecretMask';
import { useSessionState, useExportView } from '../state/useSession';
import { FieldLink } from './FieldLink';
import { FindingMark, markOf } from './FindingMark';

/** Every finding of the core about the file, each linking to its field. */
export function AdvisorySummary() {
  const { findings } = useExportView();
  const { strings } = useEditorUi();
  const schemaGroups = useSessionState((state) => state.fields);
  const mask = useSecretMask();
  if (!findings.length) {
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
        {strings.advisories} ({findings.length})
      </h2>
      <ul>
        {findings.map((finding, index) => {
          const linked = finding.group && finding.option && schemaGroups[finding.group]?.[finding.option];
          return (
            <li key={index} className={`oce-advisory oce-advisory--${finding.severity}`}>
              <FindingMark kind={markOf(finding)} />{' '}
              {linked ? (
                <FieldLink group={finding.group!} dest={finding.option!}>
                  {mask(finding.title)}
                </FieldLink>
              ) : (
                mask(finding.title)
              )}
              {finding.line !== null && <span className="oce-hint"> (line {finding.line})</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
