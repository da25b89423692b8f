import { useMemo } from 'react';
import { buildChecklist, type ChecklistStatus, type ConfigSchema } from '../../core';
import { useEditorUi } from '../state/EditorUiContext';
import { useExportView, useSessionState } from '../state/useSession';
import { FieldLink } from './FieldLink';

const STATUS: Record<ChecklistStatus, string> = { pass: 'Pass', fail: 'Fail', 'not-applicable': 'Not applicable' };

/**
 * The OpenStack Security Guide's checklist of the schema's service, item by item: pass, fail (each finding linking
 * to its field, where its fix is) or not applicable, with why.
 */
export function SecurityChecklist({ schema }: { schema: ConfigSchema }) {
  const { findings } = useExportView();
  const { strings } = useEditorUi();
  const fields = useSessionState((state) => state.fields);
  const { service, chapter, items } = useMemo(() => buildChecklist(schema, findings), [schema, findings]);
  const count = (status: ChecklistStatus) => items.filter((item) => item.status === status).length;
  return (
    <section className="oce-checklist" aria-label={strings.securityChecklist}>
      <h2>{strings.securityChecklist}</h2>
      {!chapter ? (
        <p className="oce-hint">The OpenStack Security Guide has no checklist for {service ?? "this schema's service"}; the advisories cover its settings.</p>
      ) : (
        <>
          <p className="oce-hint">
            OpenStack Security Guide,{' '}
            <a href={chapter.url} target="_blank" rel="noopener noreferrer">
              {chapter.title}
            </a>
            : {count('fail')} fail, {count('pass')} pass, {count('not-applicable')} not applicable.
          </p>
          <ul>
            {items.map(({ check, status, findings: failing, why }) => (
              <li key={check.id} className={`oce-checklist__item oce-checklist__item--${status}`}>
                <p className="oce-checklist__title">
                  <span className="oce-checklist__status">{STATUS[status]}</span>{' '}
                  <a href={check.url} target="_blank" rel="noopener noreferrer">
                    {check.id}
                  </a>{' '}
                  {check.question}
                </p>
                {failing.length > 0 && (
                  <ul>
                    {failing.map((finding, index) => (
                      <li key={index}>
                        {finding.group && finding.option && fields[finding.group]?.[finding.option] ? (
                          <FieldLink group={finding.group} dest={finding.option}>
                            {finding.title}
                          </FieldLink>
                        ) : (
                          finding.title
                        )}
                      </li>
                    ))}
                  </ul>
                )}
                {why && <p className="oce-hint">{why}</p>}
                {check.releases && <p className="oce-hint">{check.releases}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
