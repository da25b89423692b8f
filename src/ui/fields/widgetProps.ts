import type { OptionSchema } from '../../core';

/** What every widget gets from its field: the value, where it is described, and how to report a change. */
export interface WidgetProps<T> {
  id: string;
  option: OptionSchema;
  value: T;
  onChange(value: T): void;
  /** Ids of the status, error, advisories and help of the field. */
  describedBy: string;
  invalid: boolean;
  /** What an unset field shows in place of a value: its default, as a default. */
  placeholder?: string;
  /** react-hook-form's ref, so that it can move the focus to the field. */
  inputRef?: (element: HTMLElement | null) => void;
}

/** Widgets of several inputs also get one message per item. */
export interface ItemWidgetProps<T> extends WidgetProps<T> {
  itemErrors: (string | undefined)[];
}
