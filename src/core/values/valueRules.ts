import { checkEndpointUrl } from '../types/checkEndpointUrl';

/** A form a service documents for an option's items, stricter than oslo's type: the service fails on other text. */
export interface ValueRule {
  /** Who cannot use a value outside the form. */
  service: string;
  /** Why an item is outside the form; null when it is within. */
  check(item: string): string | null;
}

/**
 * What the project checks beyond oslo's types, where a service documents a stricter form than oslo enforces:
 * by group and option, a check of each item (or of the value, for a string).
 */
export const itemRules: Record<string, Record<string, ValueRule>> = {
  glance: { api_servers: { service: 'nova', check: checkEndpointUrl } },
};
