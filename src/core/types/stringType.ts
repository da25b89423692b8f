import { checkString } from './checkString';
import { textType } from './textType';

export const stringType = textType(['string value'], checkString);
