import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { GroupSchema, OptionSchema } from '../../core';
import { afterNextPaint } from '../model/afterNextPaint';
import { checkField } from '../model/checkField';
import { createGroupResolver } from '../model/groupResolver';
import type { GroupFields } from '../model/fieldState';
import { matchesSearch } from '../model/matchesSearch';
import type { OptionFilters } from '../state/filters';
import { useEditorUi } from '../state/EditorUiContext';
import { useEditorState, useEditorStore } from '../state/useEditorStore';
import { OptionField } from './OptionField';

interface GroupFormProps {
  group: GroupSchema;
  filters: OptionFilters;
  /** An option about to be shown and focused: it is rendered at once, with all before it. */
  revealing: string | null;
  onShowAdvanced(show: boolean): void;
}

// A group renders its first options with the page and the others in chunks after each paint, so that a group of
// hundreds is usable at once (its first screen is) and complete a few frames later.
const FIRST_FIELDS = 16;
const MORE_FIELDS = 48;

/**
 * One group's options as a react-hook-form form, validated by the core's zod schemas through zodResolver. The
 * resolver parses only the fields react-hook-form names, so a keystroke checks its field, not the group. Each field
 * subscribes to its own state, so a keystroke re-renders one field; this component re-renders only when what it
 * shows changes.
 */
export function GroupForm({ group, filters, revealing, onShowAdvanced }: GroupFormProps) {
  const store = useEditorStore();
  const { readOnly } = useEditorUi();
  const resolver = useMemo(() => createGroupResolver(group), [group]);
  const form = useForm<GroupFields>({ defaultValues: store.getState().fields[group.name], resolver, mode: 'onChange' });

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
  const filtering = filters.search.trim() !== '' || filters.onlySet;
  const { basic, advanced } = useMemo(() => {
    const setDests = new Set(setKey.split('\n'));
    const shown = group.options.filter(
      (option) => matchesSearch(option, filters.search) && (!filters.onlySet || setDests.has(option.dest)),
    );
    return { basic: shown.filter((o) => !o.advanced), advanced: shown.filter((o) => o.advanced) };
  }, [group, filters.search, filters.onlySet, setKey]);
  const advancedOpen = filters.showAdvanced || filtering;
  const listed = advancedOpen ? [...basic, ...advanced] : basic;
  const [rendered, setRendered] = useState(FIRST_FIELDS);
  useEffect(() => {
    if (rendered >= listed.length) return;
    return afterNextPaint(() => startTransition(() => setRendered((count) => count + MORE_FIELDS)));
  }, [rendered, listed.length]);
  const shownCount = Math.max(rendered, listed.findIndex((option) => option.dest === revealing) + 1);
  const advancedTotal = group.options.filter((option) => option.advanced).length;
  const renderField = (option: OptionSchema) => (
    <OptionField key={option.dest} group={group.name} option={option} control={form.control} />
  );

  return (
    // Each field is a form of its own (OptionField), so this is a form only to assistive technology.
    <div role="form" className="oce-form" aria-label={`[${group.name}] options`}>
      {/* Read-only: a disabled fieldset disables every control inside it, those added later included. */}
      <fieldset className="oce-form__fields" disabled={readOnly}>
        {basic.slice(0, shownCount).map(renderField)}
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
            {advancedOpen && advanced.slice(0, Math.max(0, shownCount - basic.length)).map(renderField)}
          </details>
        )}
      </fieldset>
    </div>
  );
}
