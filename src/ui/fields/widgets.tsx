import type { ReactNode } from 'react';
import type { OptionType } from '../../core';
import type { DictEntry, DraftValue } from '../../session';
import { BooleanSwitch } from './BooleanSwitch';
import { ChoiceSelect } from './ChoiceSelect';
import { DictEditor } from './DictEditor';
import { ListEditor } from './ListEditor';
import { NumberInput } from './NumberInput';
import { SecretInput } from './SecretInput';
import { TextInput } from './TextInput';
import type { ItemWidgetProps } from './widgetProps';

export type AnyWidgetProps = ItemWidgetProps<DraftValue>;

/** How a widget shows: labelled by its own input, or a group of inputs named by a legend. */
export interface WidgetDefinition {
  render(props: AnyWidgetProps): ReactNode;
  /** Several inputs (a list's items, a dict's rows): named by a legend rather than a label. */
  composite?: boolean;
}

// With choices a select; a secret is masked; otherwise free text, checked by the core.
const text = (technical: boolean): WidgetDefinition => ({
  render(props) {
    if (props.option.choices.length) return <ChoiceSelect {...props} value={props.value as string} onChange={props.onChange} />;
    if (props.option.secret) return <SecretInput {...props} value={props.value as string} onChange={props.onChange} />;
    return <TextInput {...props} value={props.value as string} onChange={props.onChange} technical={technical} />;
  },
});

const number: WidgetDefinition = {
  render(props) {
    if (props.option.choices.length) return <ChoiceSelect {...props} value={props.value as number | null} onChange={props.onChange} />;
    return <NumberInput {...props} value={props.value as number | bigint | null} onChange={props.onChange} />;
  },
};

const list = (itemNoun: string): WidgetDefinition => ({
  render: (props) => <ListEditor {...props} value={props.value as string[]} onChange={props.onChange} itemNoun={itemNoun} />,
  composite: true,
});

/** The widget of each oslo type: adding a type to the core's registry adds its widget here. */
export const widgets: Readonly<Record<OptionType, WidgetDefinition>> = {
  string: text(false),
  unknown: text(false),
  uri: text(true),
  hostaddress: text(true),
  hostdomain: text(true),
  hostname: text(true),
  ipaddress: text(true),
  range: text(true),
  integer: number,
  port: number,
  float: number,
  boolean: { render: (props) => <BooleanSwitch {...props} value={props.value as boolean} onChange={props.onChange} /> },
  list: list('item'),
  multi: list('entry'),
  dict: { render: (props) => <DictEditor {...props} value={props.value as DictEntry[]} onChange={props.onChange} />, composite: true },
};
