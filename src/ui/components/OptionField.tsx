import { memo, type ReactNode } from 'react';
import { useController, type Control } from 'react-hook-form';
import { formatDefaults, type OptionSchema } from '../coreApi';
import { BooleanSwitch } from '../fields/BooleanSwitch';
import { ChoiceSelect } from '../fields/ChoiceSelect';
import { DictEditor } from '../fields/DictEditor';
import { ListEditor } from '../fields/ListEditor';
import { NumberInput } from '../fields/NumberInput';
import { SecretInput } from '../fields/SecretInput';
import { TextInput } from '../fields/TextInput';
import type { ItemWidgetProps } from '../fields/widgetProps';
import { stringifyValues } from '../../core/values/jsonValue';
import { checkField } from '../model/checkField';
import { fieldDomId } from '../model/domIds';
import { toOptionValue, unsetField, type DictEntry, type DraftValue, type FieldState, type GroupFields } from '../model/fieldState';
import { useEditorUi } from '../state/EditorUiContext';
import type { EditorStrings } from '../strings';
import { useEditorState, useEditorStore, useFieldFindings } from '../state/useEditorStore';
import { FieldAdvisories } from './FieldAdvisories';
import { FindingMark, markOf } from './FindingMark';
import { HelpText } from './HelpText';

interface OptionFieldProps {
  group: string;
  option: OptionSchema;
  control: Control<GroupFields>;
}

/** One option: its widget, whether it is set, its messages and advisories, and its documentation. */
export const OptionField = memo(function OptionField({ group, option, control }: OptionFieldProps) {
  const store = useEditorStore();
  const { idPrefix, strings, readOnly } = useEditorUi();
  // Validated by the form's resolver (GroupForm), which checks this field alone when it changes.
  const { field, fieldState } = useController({ name: option.dest, control });
  const findings = useFieldFindings(group, option.dest);
  const source = useEditorState((state) => state.document?.sources[group]?.[option.dest]);
  const documentName = useEditorState((state) => state.document?.name);

  const state = field.value as FieldState;
  const change = (next: FieldState) => {
    field.onChange(next);
    store.setField(group, option.dest, next);
  };
  const edit = (value: DraftValue) => change({ set: true, value });

  const base = fieldDomId(idPrefix, group, option.dest);
  const ids = { input: `${base}-input`, status: `${base}-status`, error: `${base}-error`, advice: `${base}-advice`, help: `${base}-help` };
  const message = fieldState.error?.message;
  // react-hook-form holds one message per field; the message of each item is the same check, item by item.
  const itemErrors = (message && checkField(group, option, state)?.items) || [];
  // An error from the form stands for the core's "invalid" finding about the same value.
  const shown = message ? findings.filter((finding) => finding.kind !== 'invalid') : findings;
  const describedBy = [ids.status, message && ids.error, shown.length && ids.advice, option.help && ids.help]
    .filter(Boolean)
    .join(' ');
  const widgetProps = { id: ids.input, option, describedBy, invalid: Boolean(message), inputRef: field.ref };
  const composite = option.type === 'list' || option.type === 'multi' || option.type === 'dict';
  const kinds = [...new Set(shown.map(markOf))];

  return (
    // A form per option: Chrome's autofill reads the whole form around a control on each keystroke, so in one form
    // of a hundred options a keystroke would cost a hundred.
    <form id={base} className="oce-field" data-set={state.set} tabIndex={-1} noValidate onSubmit={(event) => event.preventDefault()}>
      <div className="oce-field__head">
        {composite ? (
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
        {option.advanced && <span className="oce-tag">advanced</span>}
        {option.secret && <span className="oce-tag">secret</span>}
      </div>
      <div className="oce-field__control">{renderWidget(option, state.value, edit, widgetProps, itemErrors)}</div>
      <div className="oce-field__status">
        <p id={ids.status}>{describeState(option, state, strings)}</p>
        {readOnly ? null : state.set ? (
          <button type="button" className="oce-button oce-button--small" aria-label={`${strings.unset} ${option.dest}`} onClick={() => change(unsetField(option))}>
            {strings.unset}
          </button>
        ) : (
          <button type="button" className="oce-button oce-button--small" aria-label={`${strings.set} ${option.dest}`} onClick={() => change({ set: true, value: state.value })}>
            {strings.set}
          </button>
        )}
      </div>
      {/* With a message beside each wrong item, this one is for screen readers only. */}
      <p id={ids.error} className={itemErrors.some(Boolean) ? 'oce-error oce-visually-hidden' : 'oce-error'} aria-live="polite">
        {message}
      </p>
      <FieldAdvisories id={ids.advice} findings={shown} />
      <div className="oce-field__doc">
        <p className="oce-field__facts">
          {facts(option, source && documentName ? `${documentName} line ${source.line}${source.oldName ? `, under its old name [${source.section}] ${source.key}` : ''}` : null)}
        </p>
        <HelpText id={ids.help} help={option.help} />
      </div>
    </form>
  );
});

function renderWidget(
  option: OptionSchema,
  value: DraftValue,
  edit: (value: DraftValue) => void,
  props: Omit<ItemWidgetProps<never>, 'value' | 'onChange' | 'itemErrors'>,
  itemErrors: (string | undefined)[],
): ReactNode {
  switch (option.type) {
    case 'boolean':
      return <BooleanSwitch {...props} value={value as boolean} onChange={edit} />;
    case 'integer':
    case 'float':
    case 'port':
      if (option.choices.length) return <ChoiceSelect {...props} value={value as number | null} onChange={edit} />;
      return <NumberInput {...props} value={value as number | null} onChange={edit} />;
    case 'list':
    case 'multi':
      return (
        <ListEditor {...props} value={value as string[]} onChange={edit} itemErrors={itemErrors}
          itemNoun={option.type === 'multi' ? 'entry' : 'item'} />
      );
    case 'dict':
      return <DictEditor {...props} value={value as DictEntry[]} onChange={edit} />;
    default:
      if (option.choices.length) return <ChoiceSelect {...props} value={value as string} onChange={edit} />;
      if (option.secret) return <SecretInput {...props} value={value as string} onChange={edit} />;
      return <TextInput {...props} value={value as string} onChange={edit} />;
  }
}

function defaultText(option: OptionSchema): string {
  const texts = formatDefaults(option).map((text) => (text === '<None>' ? 'None' : text === '' ? '(empty)' : text));
  return texts.join(', ');
}

function describeState(option: OptionSchema, state: FieldState, strings: EditorStrings): string {
  if (!state.set) return strings.notSet;
  const value = toOptionValue(option, state.value);
  if (!state.rejected && 'value' in value && stringifyValues(value.value) === stringifyValues(option.default)) {
    return strings.setToDefault;
  }
  return strings.setValue;
}

function facts(option: OptionSchema, source: string | null): string {
  const parts = [`Default: ${defaultText(option)}`];
  const bounds = option.type === 'port' ? { min: 0, max: 65535 } : option;
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
  if (source) parts.push(`imported from ${source}`);
  return `${parts.join('; ')}.`;
}
