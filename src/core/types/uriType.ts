import { pythonRepr } from '../python/formatPython';
import { checkUri } from './checkUri';
import { textType } from './textType';

/** oslo's URI type; the schemes it allows and its maximum length are known for the catalog's services. */
export const uriType = textType(['uri value'], (option, text) => {
  const checked = checkUri(text);
  if ('error' in checked) return checked;
  const schemes = option.facts?.schemes;
  const scheme = text.slice(0, text.indexOf(':')).toLowerCase();
  if (schemes?.length && !schemes.includes(scheme)) {
    return { error: `the scheme ${pythonRepr(scheme)} is not one this option allows: ${schemes.join(', ')}` };
  }
  const maxLength = option.facts?.maxLength;
  if (maxLength && [...text].length > maxLength) return { error: `Value '${text}' exceeds maximum length ${maxLength}` };
  return checked;
});
