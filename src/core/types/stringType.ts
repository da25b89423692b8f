import { checkChoice } from './checkChoice';
import { textType } from './textType';

export const stringType = textType(['string value'], checkChoice);
