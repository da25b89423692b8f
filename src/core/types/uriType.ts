import { checkUri } from './checkUri';
import { textType } from './textType';

export const uriType = textType(['uri value'], (_option, text) => checkUri(text));
