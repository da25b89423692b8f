import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { GroupSchema, OptionSchema } from '../../core';
import { afterNextPaint } from '../model/afterNextPaint';
import { fieldDomId } from '../model/domIds';
import { matchesSearch } from '../model/matchesSearch';
import { revealElement } from '../model/revealElement';
import type { OptionFilters } from '../state/filters';
import { useEditorUi } from '../state/EditorUiContext';
import { useSessionState } from '../state/useSession';
import { OptionField } from './OptionField';

interface GroupFormProps {
  group: GroupSchema;
  filters: OptionFilters;
  /** An option about to be shown and focused: it is rendered at once, with all before it. */
  revealing: { dest: string } | null;
  onShowAdvanced(show: boolean): void;
}

// A group renders its first options with the page and the others in chunks after each paint, so that a group of
// hundreds is usable at once (its first screen is) and complete a few frames later.
const FIRST_FIELDS = 16;
const MORE_FIELDS = 48;

/**
 * One group's options. Each field subscribes to its own state in the session, so a keystroke re-renders one field;
 * this component re-renders only when what it shows changes.
 */
export function GroupForm({ group, filters, revealing, onShowAdvanced }: GroupFormProps) {
  const { readOnly, idPrefix } = useEditorUi();
  // Registers each field's input, so that a link to a field can move the focus to it; the values are the session's.
  const form = useForm();

  // Only when filtering by it: which options are set, as one string so that typing does not re-render.
  const setKey = useSessionState((state) =>
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
      (option) => matchesSearch(group.name, option, filters.search) && (!filters.onlySet || setDests.has(option.dest)),
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
  const shownCount = Math.max(rendered, listed.findIndex((option) => option.dest === revealing?.dest) + 1);
  const advancedTotal = group.options.filter((option) => option.advanced).length;
  const renderField = (option: OptionSchema) => (
    <OptionField key={option.dest} group={group.name} option={option} form={form.control} />
  );

  // A field being revealed is rendered by now: scroll it to the middle of the view and move the focus to it.
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!revealing || !container.current) return;
    const field = (container.current.getRootNode() as Document | ShadowRoot).getElementById(fieldDomId(idPrefix, group.name, revealing.dest));
    if (!field) return;
    return revealElement(field, () => form.setFocus(revealing.dest));
  }, [revealing, form, group.name, idPrefix]);

  return (
    // Each field is a form of its own (OptionField), so this is a form only to assistive technology.
    <div ref={container} role="form" className="oce-form" aria-label={`[${group.name}] options`}>
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
