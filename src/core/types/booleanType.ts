import { pythonRepr } from '../python/formatPython';
import type { OptionTypeDefinition } from './optionType';

const TRUE_WORDS = ['true', '1', 'on', 'yes'];
const FALSE_WORDS = ['false', '0', 'off', 'no'];

export const booleanType: OptionTypeDefinition = {
  generatorNames: ['boolean value'],
  shape: 'boolean',
  holds: (value) => typeof value === 'boolean',
  convert(_option, text) {
    const word = text.toLowerCase();
    if (TRUE_WORDS.includes(word)) return { value: true };
    if (FALSE_WORDS.includes(word)) return { value: false };
    return { error: `Unexpected boolean value ${pythonRepr(text)}` };
  },
  check: () => null,
  format: (_option, value) => ({ texts: [String(value)] }),
  str: (value) => (value ? 'True' : 'False'),
};
