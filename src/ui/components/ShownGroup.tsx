import type { ConfigSchema } from '../../core';
import { useEditorUi } from '../state/EditorUiContext';
import type { OptionFilters } from '../state/filters';
import { useSessionState } from '../state/useSession';
import { GroupForm } from './GroupForm';

/** The group being edited: its heading, help and form (a fresh form per group). */
export function ShownGroup({
  schema,
  filters,
  revealing,
  onFiltersChange,
}: {
  schema: ConfigSchema;
  filters: OptionFilters;
  /** The option about to be shown and focused, if any. */
  revealing: { group: string; dest: string } | null;
  onFiltersChange(filters: OptionFilters): void;
}) {
  const { idPrefix } = useEditorUi();
  const groupName = useSessionState((state) => state.group);
  const group = schema.groups.find((candidate) => candidate.name === groupName);
  if (!group) return null;
  const headingId = `${idPrefix}-group-heading`;
  return (
    <section className="oce-group" aria-labelledby={headingId}>
      <h2 id={headingId}>[{group.name}]</h2>
      {group.help && <p className="oce-hint">{group.help}</p>}
      <GroupForm
        key={group.name}
        group={group}
        filters={filters}
        revealing={revealing?.group === group.name ? revealing : null}
        onShowAdvanced={(showAdvanced) => onFiltersChange({ ...filters, showAdvanced })}
      />
    </section>
  );
}
