import { useId, useMemo, useState } from 'react';
import type { SectionStyle } from '../../core';
import { parseIni, printIni } from '../../core/ini/parseIni';
import { deploymentFormats, writeDeploymentExport, type DeploymentFormat } from '../../core/exports/writeDeploymentExport';
import type { EditorStrings } from '../strings';
import { useEditorUi } from '../state/EditorUiContext';
import { useSecretMask } from '../state/useSecretMask';
import { useSessionState, useSession, useExportView } from '../state/useSession';
import type { ConfigSchema, IniDocument } from '../../core';
import type { ExportProblem, ExportView } from '../../session';
import { ExportDiff } from './ExportDiff';
import { FieldLink } from './FieldLink';
import { PreviewText } from './PreviewText';

export interface ExportedFile {
  text: string;
  fileName: string;
  via: 'download' | 'copy';
}

type ExportScope = 'file' | 'group';
type ExportFormat = 'ini' | DeploymentFormat;

const FORMAT_LABELS: Record<ExportFormat, (strings: EditorStrings) => string> = {
  ini: (strings) => strings.formatIni,
  'kolla-ansible': (strings) => strings.formatKolla,
  'openstack-ansible': (strings) => strings.formatOpenstackAnsible,
  crudini: (strings) => strings.formatCrudini,
};

/**
 * The live preview of the file, its download and copy, or why it cannot be exported yet. With several groups,
 * the whole file or the shown group's section alone; besides the INI file, the forms deployment tools take.
 */
export function ExportPanel({ onExport, severalGroups }: { onExport?: (file: ExportedFile) => void; severalGroups: boolean }) {
  const session = useSession();
  const id = useId();
  const { strings } = useEditorUi();
  const whole = useExportView();
  const style = useSessionState((state) => state.style);
  const imported = useSessionState((state) => state.document !== null);
  const group = useSessionState((state) => state.group);
  const [status, setStatus] = useState('');
  const mask = useSecretMask();
  const [scope, setScope] = useState<ExportScope>('file');
  const [format, setFormat] = useState<ExportFormat>('ini');
  const scoped = scope === 'group' ? whole.section(group) : whole;
  const view = useMemo(() => inFormat(session.schema, whole, scope === 'group' ? group : null, scoped, format), [session, whole, scope, group, scoped, format]);
  // The INI preview masks the lines of secret options; the other formats hold the values in lines of their own.
  const previewed = useMemo(() => (format === 'ini' ? view.document : parseIni(mask(printIni(view.document)))), [format, view, mask]);

  // The file of this very moment: the shown view may be one frame behind the last change.
  const exported = () => {
    const current = session.getExport();
    const shown = session.getState().group;
    return inFormat(session.schema, current, scope === 'group' ? shown : null, scope === 'group' ? current.section(shown) : current, format);
  };
  const download = () => {
    const { text, fileName } = exported();
    if (text === null) return;
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    setStatus(strings.downloaded(fileName));
    onExport?.({ text, fileName, via: 'download' });
  };
  const copy = async () => {
    const { text, fileName } = exported();
    if (text === null) return;
    try {
      await navigator.clipboard.writeText(text);
      setStatus(strings.copied);
      onExport?.({ text, fileName, via: 'copy' });
    } catch {
      setStatus(strings.clipboardRefused);
    }
  };

  return (
    <section className="oce-export" aria-labelledby={`${id}-title`}>
      {/* The export bar moves the focus here. */}
      <h2 id={`${id}-title`} tabIndex={-1}>
        {strings.exportTitle(view.fileName)}
      </h2>
      {severalGroups && (
        <fieldset className="oce-style">
          <legend>{strings.exportScope}</legend>
          {(['file', 'group'] as ExportScope[]).map((choice) => (
            <label key={choice} className="oce-check">
              <input type="radio" name={`${id}-scope`} value={choice} checked={scope === choice} onChange={() => setScope(choice)} />
              {choice === 'file' ? strings.wholeFile : strings.groupOnly(group)}
            </label>
          ))}
        </fieldset>
      )}
      <label className="oce-export__format">
        {strings.exportFormat}{' '}
        <select className="oce-input oce-select" value={format} onChange={(event) => setFormat(event.currentTarget.value as ExportFormat)}>
          {(['ini', ...deploymentFormats] as ExportFormat[]).map((choice) => (
            <option key={choice} value={choice}>
              {FORMAT_LABELS[choice](strings)}
            </option>
          ))}
        </select>
      </label>
      {format !== 'ini' ? null : imported && scope === 'file' ? (
        <p className="oce-hint">{strings.exportImportedHint}</p>
      ) : (
        <fieldset className="oce-style">
          <legend>{strings.style}</legend>
          {(['minimal', 'annotated'] as SectionStyle[]).map((choice) => (
            <label key={choice} className="oce-check">
              <input
                type="radio"
                name={`${id}-style`}
                value={choice}
                checked={style === choice}
                onChange={() => session.setStyle(choice)}
              />
              {choice === 'minimal' ? strings.styleMinimal : strings.styleAnnotated}
            </label>
          ))}
        </fieldset>
      )}
      {imported && scope === 'file' && <ExportDiff />}
      <PreviewText document={previewed} label={strings.exportPreview} complete={view.text !== null} windowedNote={strings.longPreview} />
      <div className="oce-export__actions">
        <button type="button" className="oce-button oce-button--primary" disabled={view.text === null} onClick={download}>
          {strings.download(view.fileName)}
        </button>
        <button type="button" className="oce-button" disabled={view.text === null} onClick={() => void copy()}>
          {strings.copy}
        </button>
        <span role="status" className="oce-hint">
          {status}
        </span>
      </div>
      {view.problems.length > 0 && (
        <div className="oce-problems">
          <h3>{strings.cannotExport}</h3>
          <p className="oce-hint">{strings.cannotExportHint}</p>
          <ul>
            {view.problems.map((problem, index) => (
              <li key={index}>
                {problem.group && problem.option && session.getState().fields[problem.group]?.[problem.option] ? (
                  <FieldLink group={problem.group} dest={problem.option}>
                    {problem.option}
                  </FieldLink>
                ) : (
                  problem.line !== null && `Line ${problem.line}`
                )}
                : {mask(problem.message)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

interface ShownExport {
  text: string | null;
  document: IniDocument;
  fileName: string;
  problems: ExportProblem[];
}

/** The export in a format: the INI file as it is, or the set values in a deployment tool's form. */
function inFormat(schema: ConfigSchema, whole: ExportView, group: string | null, ini: ShownExport, format: ExportFormat): ShownExport {
  if (format === 'ini') return ini;
  const values = group ? (whole.values[group] ? { [group]: whole.values[group] } : {}) : whole.values;
  const written = writeDeploymentExport(format, schema, values, whole.fileName);
  const problems = [...ini.problems, ...('errors' in written ? written.errors.map((error) => ({ ...error, line: null })) : [])];
  const text = 'text' in written ? written.text : '';
  return { text: problems.length || ini.text === null ? null : text, document: parseIni(text), fileName: written.fileName, problems };
}
