import { advisoryEntries } from '../model/advisoryEntries';
import { useEditorUi } from '../state/EditorUiContext';
import type { OptionFilters } from '../state/filters';
import { useExportView, useSessionState } from '../state/useSession';
import { OptionFilterBar } from './OptionFilterBar';

interface EditorBarProps {
  filters: OptionFilters;
  onFiltersChange(filters: OptionFilters): void;
  compact: boolean;
  onCompactChange(compact: boolean): void;
  /** With several groups: the group list's id, whether it is open (narrow), and how to open or close it. */
  groups: { id: string; open: boolean; toggle(): void } | null;
  fileId: string;
  onShowExport(): void;
}

/**
 * The bar pinned at the top of the editor at every width: the group menu (narrow), the search, compact mode, and the
 * way to the export with its count of problems.
 */
export function EditorBar({ filters, onFiltersChange, compact, onCompactChange, groups, fileId, onShowExport }: EditorBarProps) {
  const { strings } = useEditorUi();
  const view = useExportView();
  const group = useSessionState((state) => state.group);
  const problems = view.problems.length + advisoryEntries(view).filter((entry) => entry.severity !== 'info').length;
  return (
    <div className="oce-bar">
      {groups && (
        <button type="button" className="oce-button oce-bar__groups" aria-expanded={groups.open} aria-controls={groups.id} onClick={groups.toggle}>
          {strings.groups}: [{group}]
        </button>
      )}
      <OptionFilterBar filters={filters} onChange={onFiltersChange} />
      <label className="oce-check oce-bar__compact">
        <input type="checkbox" checked={compact} onChange={(event) => onCompactChange(event.currentTarget.checked)} />
        {strings.compact}
      </label>
      <button type="button" className="oce-button oce-button--primary oce-bar__export" aria-controls={fileId} onClick={onShowExport}>
        {strings.exportBar(problems)}
      </button>
    </div>
  );
}
