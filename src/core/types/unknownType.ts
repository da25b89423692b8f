import { textType } from './textType';

/**
 * A type of the service's own (`unknown type`: a ConfigType without a name; `unknown value`: a plain function):
 * the text is what the file holds, and what the service makes of it is not known here.
 */
export const unknownType = textType(['unknown type', 'unknown value'], (_option, text) => ({ value: text }), {
  conversionUnknown: true,
});
