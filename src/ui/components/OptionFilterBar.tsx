import { useId } from 'react';
import { useEditorUi } from '../state/EditorUiContext';
import type { OptionFilters } from '../state/filters';

/** Search by name or help text, and show only the options that are set. */
export function OptionFilterBar({ filters, onChange }: { filters: OptionFilters; onChange(filters: OptionFilters): void }) {
  const id = useId();
  const { strings } = useEditorUi();
  return (
    <div className="oce-filters" role="search" aria-label={strings.findOptions}>
      <label htmlFor={`${id}-search`}>{strings.searchOptions}</label>
      <input
        id={`${id}-search`}
        type="search"
        className="oce-input"
        placeholder={strings.searchPlaceholder}
        value={filters.search}
        onChange={(event) => onChange({ ...filters, search: event.currentTarget.value })}
      />
      <label className="oce-check">
        <input
          type="checkbox"
          checked={filters.onlySet}
          onChange={(event) => onChange({ ...filters, onlySet: event.currentTarget.checked })}
        />
        {strings.onlySet}
      </label>
    </div>
  );
}
