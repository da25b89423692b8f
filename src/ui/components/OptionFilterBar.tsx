import { useId } from 'react';
import type { OptionFilters } from '../state/filters';

/** Search by name or help text, and show only the options that are set. */
export function OptionFilterBar({ filters, onChange }: { filters: OptionFilters; onChange(filters: OptionFilters): void }) {
  const id = useId();
  return (
    <div className="oce-filters" role="search" aria-label="Find options">
      <label htmlFor={`${id}-search`}>Search options</label>
      <input
        id={`${id}-search`}
        type="search"
        className="oce-input"
        placeholder="name or help text"
        value={filters.search}
        onChange={(event) => onChange({ ...filters, search: event.currentTarget.value })}
      />
      <label className="oce-check">
        <input
          type="checkbox"
          checked={filters.onlySet}
          onChange={(event) => onChange({ ...filters, onlySet: event.currentTarget.checked })}
        />
        Only options that are set
      </label>
    </div>
  );
}
