import { useEffect, useId, useState } from 'react';
import { describeRelease, findCatalogEntry, type CatalogEntry } from '../../core/catalog/readCatalog';
import type { Finding } from '../../core/findings/types';
import { parseIni } from '../../core/ini/parseIni';
import { UPGRADE_CHANGES } from '../../core/upgrade/findUpgradeChanges';
import { UPGRADE_HEADINGS } from '../../core/upgrade/upgradeHeadings';
import { fetchCatalog } from '../model/catalog';
import { compareWithRelease, type UpgradeReport } from '../model/compareWithRelease';
import { useEditorUi } from '../state/EditorUiContext';
import { useSecretMask } from '../state/useSecretMask';
import { useExportView, useSession, useSessionState } from '../state/useSession';
import { FieldLink } from './FieldLink';
import { FindingMark, markOf } from './FindingMark';
import { PreviewText } from './PreviewText';

interface UpgradePanelProps {
  catalogUrl: string;
  service: string;
  /** The release being edited; the catalog's default without it. */
  release?: string;
  /** The groups the editor shows, when it shows only some. */
  groups?: readonly string[];
}

type Catalog = { entries: CatalogEntry[]; current: CatalogEntry; later: CatalogEntry[] } | { error: string } | null;

/**
 * "Upgrade to…": the file compared with a later release of its service in the catalog, the report grouped by kind of
 * change, and the file rewritten for that release, to download.
 */
export function UpgradePanel({ catalogUrl, service, release, groups }: UpgradePanelProps) {
  const session = useSession();
  const id = useId();
  const { strings } = useEditorUi();
  const view = useExportView();
  const [catalog, setCatalog] = useState<Catalog>(null);
  const [comparing, setComparing] = useState<CatalogEntry | null>(null);
  const [report, setReport] = useState<UpgradeReport | null>(null);
  const [applied, setApplied] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    fetchCatalog(catalogUrl).then(
      (entries) => {
        if (!current) return;
        const entry = findCatalogEntry(entries, service, release);
        if ('error' in entry) return setCatalog({ error: entry.error });
        const later = entries.filter((other) => other.service === entry.service && other.release.number > entry.release.number);
        setCatalog({ entries, current: entry, later: later.sort((a, b) => a.release.number.localeCompare(b.release.number)) });
      },
      (failure: Error) => current && setCatalog({ error: failure.message }),
    );
    return () => {
      current = false;
    };
  }, [catalogUrl, service, release]);

  if (!catalog || 'error' in catalog) {
    return catalog ? (
      <section className="oce-upgrade" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{strings.upgradeTitle}</h2>
        <p className="oce-error">{catalog.error}</p>
      </section>
    ) : null;
  }

  const compare = async (to: CatalogEntry) => {
    const file = session.getExport();
    setError(null);
    setApplied(false);
    if (file.text === null) {
      setReport(null);
      setError(strings.upgradeBlocked);
      return;
    }
    setComparing(to);
    try {
      setReport(await compareWithRelease(catalogUrl, catalog.entries, { entry: catalog.current, schema: session.schema }, to, { text: file.text, fileName: file.fileName }, groups));
    } catch (failure) {
      setReport(null);
      setError((failure as Error).message);
    } finally {
      setComparing(null);
    }
  };

  return (
    <section className="oce-upgrade" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{strings.upgradeTitle}</h2>
      {catalog.later.length ? (
        <>
          <p className="oce-hint">{strings.upgradeHint}</p>
          <div className="oce-upgrade__actions">
            {catalog.later.map((entry) => (
              <button key={entry.release.name} type="button" className="oce-button" disabled={comparing !== null} onClick={() => void compare(entry)}>
                {strings.upgradeTo(describeRelease(entry))}
              </button>
            ))}
          </div>
        </>
      ) : (
        <p className="oce-hint">{strings.upgradeLatest(describeRelease(catalog.current))}</p>
      )}
      <p role="status" className="oce-hint">
        {comparing ? strings.upgradeComparing(describeRelease(comparing)) : ''}
      </p>
      {error && (
        <p role="alert" className="oce-error">
          {error}
        </p>
      )}
      {report && (
        <Report report={report} stale={view.checked && view.text !== report.text} applied={applied} onApply={() => setApplied(true)} onCompare={() => void compare(report.to)} />
      )}
    </section>
  );
}

function Report({ report, stale, applied, onApply, onCompare }: { report: UpgradeReport; stale: boolean; applied: boolean; onApply(): void; onCompare(): void }) {
  const { strings } = useEditorUi();
  const mask = useSecretMask();
  const to = describeRelease(report.to);
  const fields = useSessionState((state) => state.fields);
  const { findings, rewrite } = report;
  const count = (severity: Finding['severity']) => findings.filter((finding) => finding.severity === severity).length;
  const download = (text: string) => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = report.fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <div className="oce-upgrade__report">
      <h3>{strings.upgradeReport(report.fileName, describeRelease(report.from), to)}</h3>
      {stale && (
        <p className="oce-hint">
          {strings.upgradeStale}{' '}
          <button type="button" className="oce-button" onClick={onCompare}>
            {strings.upgradeTo(to)}
          </button>
        </p>
      )}
      <p>{findings.length ? `${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes.` : strings.upgradeSame}</p>
      {UPGRADE_CHANGES.map((change) => {
        const ofChange = findings.filter((finding) => finding.upgrade!.change === change);
        if (!ofChange.length) return null;
        const heading = `${UPGRADE_HEADINGS[change](to)} (${ofChange.length})`;
        return (
          <section key={change} aria-label={heading} className="oce-upgrade__kind">
            <h4>{heading}</h4>
            <ul>
              {ofChange.map((finding, index) => {
                const { from, to: after } = finding.upgrade!;
                const linked = from.group !== null && from.option !== null && fields[from.group]?.[from.option] !== undefined;
                return (
                  <li key={index} className={`oce-advisory oce-advisory--${finding.severity}`}>
                    <FindingMark kind={markOf(finding)} /> <span className="oce-advisory__title">{mask(finding.title)}</span>
                    {finding.line !== null && (
                      <span className="oce-hint">
                        {' '}
                        ({linked ? <FieldLink group={from.group!} dest={from.option!}>line {finding.line}</FieldLink> : `line ${finding.line}`})
                      </span>
                    )}
                    <details>
                      <summary>{strings.upgradeWhy}</summary>
                      {finding.explanation!.split('\n').map((paragraph, line) => (
                        <p key={line}>{mask(paragraph)}</p>
                      ))}
                      <dl className="oce-upgrade__sides">
                        <dt>{from.release}</dt>
                        <dd>{mask(from.group === null ? from.says : `[${from.group}] ${from.option}: ${from.says}`)}</dd>
                        <dt>{after.release}</dt>
                        <dd>{mask(after.group === null ? after.says : `[${after.group}] ${after.option}: ${after.says}`)}</dd>
                      </dl>
                    </details>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      {'errors' in rewrite ? (
        <ul className="oce-upgrade__alone">
          {rewrite.errors.map((error, index) => (
            <li key={index}>{mask(error.line === null ? error.message : `Line ${error.line}: ${error.message}`)}</li>
          ))}
        </ul>
      ) : !applied ? (
        <button type="button" className="oce-button oce-button--primary" disabled={stale} onClick={onApply}>
          {strings.upgradeApply(to)}
        </button>
      ) : (
        <div className="oce-upgrade__rewrite">
          <p>{strings.upgradeEdits(rewrite.edits.length)}</p>
          <ul>
            {rewrite.edits.map((edit) => (
              <li key={`${edit.line}-${edit.action}`}>
                Line {edit.line}: {edit.action === 'commented' ? `${edit.from} commented out` : edit.action === 'deleted' ? `${edit.from} deleted (same value as ${edit.to})` : `${edit.from} ${edit.action} to ${edit.to}`}
              </li>
            ))}
          </ul>
          {rewrite.leftAlone.length > 0 && (
            <>
              <p>{strings.upgradeLeftAlone}</p>
              <ul>
                {rewrite.leftAlone.map((error, index) => (
                  <li key={index}>{mask(error.line === null ? error.message : `Line ${error.line}: ${error.message}`)}</li>
                ))}
              </ul>
            </>
          )}
          <PreviewText document={parseIni(rewrite.text)} label={strings.upgradePreview(report.fileName, to)} complete windowedNote={strings.longPreview} />
          <button type="button" className="oce-button oce-button--primary" onClick={() => download(rewrite.text)}>
            {strings.upgradeDownload(report.fileName, to)}
          </button>
        </div>
      )}
    </div>
  );
}
