import { checkEndpointUrl } from '../types/checkEndpointUrl';

/**
 * What the project checks beyond oslo's types, where a service documents a stricter form than oslo enforces:
 * by group, option, a check of each item (or of the value, for a string).
 */
export const itemRules: Record<string, Record<string, (item: string) => string | null>> = {
  glance: { api_servers: checkEndpointUrl },
};
