import { memo, useMemo, useState } from 'react';
import { useController, type Control } from 'react-hook-form';
import { formatDefaults, type OptionSchema } from '../coreApi';
import { describeDefaultText } from '../../core/schema/describeDefaultText';
import { boundsOf, optionTypes } from '../../core/types/optionTypes';
import { stringifyValues } from '../../core/values/jsonValue';
import { defaultField, toOptionValue, unsetField, type DraftValue, type FieldState } from '../../session';
import { widgets } from '../fields/widgets';
import { fieldDomId } from '../model/domIds';
import { useEditorUi } from '../state/EditorUiContext';
import { useSecretMask } from '../state/useSecretMask';
import { useField, useFieldEntries, useSession, useSessionState } from '../state/useSession';
import type { EditorStrings } from '../strings';
import { FieldAdvisories } from './FieldAdvisories';
import { FindingMark, markOf } from './FindingMark';
import { helpSummary } from '../model/helpBlocks';
import { HelpText } from './HelpText';

interface OptionFieldProps {
  group: string;
  option: OptionSchema;
  /** The group's react-hook-form control: it registers the field's input, to move the focus to it. */
  form: Control;
}

/** One option: its widget, whether it is set, its messages and advisories, and its documentation. */
export const OptionField = memo(function OptionField({ group, option, form }: OptionFieldProps) {
  const session = useSession();
  const { idPrefix, strings, readOnly, compact } = useEditorUi();
  const { field: registration } = useController({ name: option.dest, control: form });
  const { field: state, problem } = useField(group, option.dest);
  const fieldEntries = useFieldEntries(group, option.dest);
  const [setHint, setSetHint] = useState<string | null>(null);
  const feeds = useMemo(() => optionsFedBy(session.schema.groups.find((g) => g.name === group)?.options ?? [], group, option.dest), [session, group, option.dest]);
  const source = useSessionState((current) => current.document?.sources[group]?.[option.dest]);
  const documentName = useSessionState((current) => current.document?.name);
  const mask = useSecretMask();

  const change = (next: FieldState) => session.setField(group, option.dest, next);
  const edit = (value: DraftValue) => change({ set: true, value });

  const base = fieldDomId(idPrefix, group, option.dest);
  const sourceText =
    source && documentName ? `${documentName} line ${source.line}${source.oldName ? `, under its old name [${source.section}] ${source.key}` : ''}` : null;
  const ids = { input: `${base}-input`, status: `${base}-status`, error: `${base}-error`, advice: `${base}-advice`, help: `${base}-help` };
  // An unset field holds no value: its default shows in place of one, as a default.
  const shownValue = state.set ? state.value : unsetField(option).value;
  const placeholder = state.set ? undefined : `default: ${defaultLabel(option)}`;
  const message = problem && mask(problem.message);
  const itemErrors = problem?.items?.map((item) => item && mask(item)) ?? [];
  // The field's own message stands for the core's "invalid" finding about the same value.
  const entries = message
    ? fieldEntries
        .map((entry) => ({ ...entry, findings: entry.findings.filter((f) => !(f.kind === 'invalid' && f.group === group && f.option === option.dest)) }))
        .filter((entry) => entry.findings.length)
    : fieldEntries;
  const shown = entries.flatMap((entry) => entry.findings);
  const describedBy = [ids.status, setHint && `${ids.status}-hint`, message && ids.error, shown.length && ids.advice, option.help && ids.help]
    .filter(Boolean)
    .join(' ');
  const widget = widgets[option.type];
  const kinds = [...new Set(shown.map(markOf))];
  const locked = readOnly || option.readOnlyReason !== null;
  const control = widget.render({
    id: ids.input,
    option,
    value: shownValue,
    placeholder,
    onChange: edit,
    describedBy,
    invalid: Boolean(message),
    inputRef: registration.ref,
    itemErrors,
  });

  return (
    // A form per option: Chrome's autofill reads the whole form around a control on each keystroke, so in one form
    // of a hundred options a keystroke would cost a hundred.
    <form id={base} className="oce-field" data-set={state.set} tabIndex={-1} noValidate onSubmit={(event) => event.preventDefault()}>
      <div className="oce-field__head">
        {widget.composite ? (
          <span className="oce-field__name" aria-hidden="true">{option.dest}</span>
        ) : (
          <label className="oce-field__name" htmlFor={ids.input}>
            {option.dest}
          </label>
        )}
        <span className="oce-field__type">{option.typeName}</span>
        {kinds.map((kind) => (
          <FindingMark key={kind} kind={kind} />
        ))}
        {option.oldNames.map((old) => (
          <span key={`${old.group}.${old.name}`} className="oce-tag">
            old name: {old.group && old.group !== group ? `[${old.group}] ` : ''}
            {old.name}
          </span>
        ))}
        {feeds.map((fed) => (
          <span key={fed} className="oce-tag">
            also the old name of {fed}
          </span>
        ))}
        {option.advanced && <span className="oce-tag">advanced</span>}
        {option.secret && <span className="oce-tag">secret</span>}
      </div>
      {option.readOnlyReason !== null && <p className="oce-hint">Not editable here: {option.readOnlyReason}.</p>}
      {option.readOnlyReason === null ? (
        <div className="oce-field__control">{control}</div>
      ) : (
        // A disabled fieldset disables every control of the widget.
        <fieldset className="oce-field__control" disabled>
          {control}
        </fieldset>
      )}
      <div className="oce-field__status">
        <p id={ids.status}>{describeState(option, state, strings)}</p>
        {locked ? null : state.set ? (
          <button type="button" className="oce-button oce-button--small" aria-label={`${strings.unset} ${option.dest}`} onClick={() => change(unsetField(option))}>
            {strings.unset}
          </button>
        ) : (
          <button
            type="button"
            className="oce-button oce-button--small"
            aria-label={`${strings.set} ${option.dest}`}
            onClick={() => {
              const field = defaultField(option);
              if (field) return change(field);
              // No line can say this default: writing nothing, the field asks for a value instead.
              setSetHint(`Type a value to set ${option.dest}: its default, ${defaultLabel(option)}, is not a value a file can hold.`);
              document.getElementById(ids.input)?.focus();
            }}
          >
            {strings.set}
          </button>
        )}
      </div>
      {setHint && !state.set && (
        <p id={`${ids.status}-hint`} className="oce-hint" role="status">
          {setHint}
        </p>
      )}
      {/* With a message beside each wrong item, this one is for screen readers only. */}
      <p id={ids.error} className={itemErrors.some(Boolean) ? 'oce-error oce-visually-hidden' : 'oce-error'} aria-live="polite">
        {message}
      </p>
      <FieldAdvisories id={ids.advice} entries={entries} folded={compact || !state.set} />
      {compact ? (
        <details className="oce-field__doc">
          <summary>{helpSummary(option.help) || 'Default and facts'}</summary>
          <FieldDoc option={option} source={sourceText} helpId={ids.help} />
        </details>
      ) : (
        <div className="oce-field__doc">
          <FieldDoc option={option} source={sourceText} helpId={ids.help} />
        </div>
      )}
    </form>
  );
});

function FieldDoc({ option, source, helpId }: { option: OptionSchema; source: string | null; helpId: string }) {
  return (
    <>
      <p className="oce-field__facts">{facts(option, source)}</p>
      <HelpText id={helpId} help={option.help} />
    </>
  );
}

/** The options of a group that read `dest` as an old name: `api_insecure` is also the old name of `insecure`. */
function optionsFedBy(options: OptionSchema[], group: string, dest: string): string[] {
  return options
    .filter((other) => other.dest !== dest && other.oldNames.some((old) => old.name === dest && (!old.group || old.group === group)))
    .map((other) => other.dest);
}

/** The default as an operator reads it: a value, or what a default worked out where the service runs stands for. */
function defaultLabel(option: OptionSchema): string {
  return option.defaultText !== null ? describeDefaultText(option.defaultText) : defaultText(option);
}

function defaultText(option: OptionSchema): string {
  const texts = formatDefaults(option).map((text) => (text === '<None>' ? 'None' : text === '' ? '(empty)' : text));
  return texts.join(', ');
}

function describeState(option: OptionSchema, state: FieldState, strings: EditorStrings): string {
  if (!state.set) return strings.notSet;
  const value = toOptionValue(option, state.value);
  if (!state.rejected && 'value' in value && option.defaultText === null && stringifyValues(value.value) === stringifyValues(option.default)) {
    return strings.setToDefault;
  }
  return strings.setValue;
}

function facts(option: OptionSchema, source: string | null): string {
  const parts = [
    option.defaultText !== null
      ? `Default: ${describeDefaultText(option.defaultText)}, worked out where the service runs (the generator writes ${option.defaultText})`
      : `Default: ${defaultText(option)}`,
  ];
  const bounds = boundsOf(option);
  if (bounds.min !== null) parts.push(`minimum ${bounds.min}`);
  if (bounds.max !== null) parts.push(`maximum ${bounds.max}`);
  if (option.oldNames.length) {
    parts.push(`also read from ${option.oldNames.map((old) => `[${old.group || 'DEFAULT'}] ${old.name}`).join(', ')} (old names)`);
  }
  if (option.deprecatedForRemoval) {
    parts.push(
      `deprecated for removal${option.deprecatedSince ? ` since ${option.deprecatedSince}` : ''}${option.deprecatedReason ? `: ${option.deprecatedReason}` : ''}`,
    );
  }
  if (optionTypes[option.type].conversionUnknown) parts.push('the service reads this type with code of its own, so only it can say which texts it accepts');
  if (option.required) parts.push('required');
  if (source) parts.push(`imported from ${source}`);
  return `${parts.join('; ')}.`;
}
