import { useEffect, useMemo, useRef } from 'react';
import { useForm } from 'react-hook-form';
import type { GroupSchema, OptionSchema } from '../../core';
import { checkField } from '../model/checkField';
import type { GroupFields } from '../model/fieldState';
import { matchesSearch } from '../model/matchesSearch';
import type { OptionFilters } from '../state/filters';
import { useEditorUi } from '../state/EditorUiContext';
import { useEditorState, useEditorStore } from '../state/useEditorStore';
import { OptionField } from './OptionField';

interface GroupFormProps {
  group: GroupSchema;
  filters: OptionFilters;
  onShowAdvanced(show: boolean): void;
}

/**
 * One group's options as a react-hook-form form, each field validated on its own by the core's zod schemas (no
 * resolver: a keystroke checks its field, not the group). Each field subscribes to its own state, so a keystroke
 * re-renders one field; this component re-renders only when what it shows changes.
 */
export function GroupForm({ group, filters, onShowAdvanced }: GroupFormProps) {
  const store = useEditorStore();
  const { readOnly } = useEditorUi();
  const form = useForm<GroupFields>({ defaultValues: store.getState().fields[group.name], mode: 'onChange' });

  // Changes made outside the form (import, undo, a fix) replace its values; then the fields whose values are
  // wrong get their message, so that imported values oslo refuses show it without being touched.
  const revision = useEditorState((state) => state.revision);
  const loadedRevision = useRef(revision);
  useEffect(() => {
    if (loadedRevision.current !== revision) {
      loadedRevision.current = revision;
      form.reset(store.getState().fields[group.name]);
    }
    const fields = store.getState().fields[group.name] ?? {};
    for (const option of group.options) {
      const problem = fields[option.dest] && checkField(group.name, option, fields[option.dest]!);
      if (problem) form.setError(option.dest, { type: 'validate', message: problem.message });
    }
  }, [form, group, revision, store]);

  // Only when filtering by it: which options are set, as one string so that typing does not re-render.
  const setKey = useEditorState((state) =>
    filters.onlySet
      ? Object.entries(state.fields[group.name] ?? {})
          .filter(([, field]) => field.set)
          .map(([dest]) => dest)
          .join('\n')
      : '',
  );
  const { basic, advanced } = useMemo(() => {
    const setDests = new Set(setKey.split('\n'));
    const shown = group.options.filter(
      (option) => matchesSearch(option, filters.search) && (!filters.onlySet || setDests.has(option.dest)),
    );
    return { basic: shown.filter((o) => !o.advanced), advanced: shown.filter((o) => o.advanced) };
  }, [group, filters.search, filters.onlySet, setKey]);
  const advancedTotal = group.options.filter((option) => option.advanced).length;
  const renderField = (option: OptionSchema) => (
    <OptionField key={option.dest} group={group.name} option={option} control={form.control} />
  );
  const filtering = filters.search.trim() !== '' || filters.onlySet;

  return (
    // Each field is a form of its own (OptionField), so this is a form only to assistive technology.
    <div role="form" className="oce-form" aria-label={`[${group.name}] options`}>
      {/* Read-only: a disabled fieldset disables every control inside it, those added later included. */}
      <fieldset className="oce-form__fields" disabled={readOnly}>
        {basic.map(renderField)}
        {!basic.length && !advanced.length && (
          <p className="oce-form__empty" role="status">
            No option of [{group.name}] matches{filters.search.trim() ? ` “${filters.search.trim()}”` : ''}
            {filters.onlySet ? ' among the options that are set' : ''}.
          </p>
        )}
        {advancedTotal > 0 && (advanced.length > 0 || !filtering) && (
          <details
            className="oce-advanced"
            open={filters.showAdvanced || (filtering && advanced.length > 0)}
            onToggle={(event) => {
              const open = event.currentTarget.open;
              if (!filtering && open !== filters.showAdvanced) onShowAdvanced(open);
            }}
          >
            <summary>
              Advanced options ({filtering ? `${advanced.length} of ${advancedTotal}` : advancedTotal})
            </summary>
            {(filters.showAdvanced || filtering) && advanced.map(renderField)}
          </details>
        )}
      </fieldset>
    </div>
  );
}
