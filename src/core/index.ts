// The editor's core: schema, oslo's INI dialect, validation and findings. No React, no DOM.
export type * from './schema/types';
export { parseGeneratorOutput, readGeneratorData, SchemaError } from './schema/parseGeneratorOutput';
export { builtinSchema } from './schema/builtinSchema';
export type * from './ini/types';
export { parseIni, printIni, splitLines } from './ini/parseIni';
export { resolveConfig, findSources } from './ini/resolveConfig';
export type { ConfigFile, ResolvedOption, Resolution, ValueSource } from './ini/resolveConfig';
export { formatValue, formatText } from './ini/formatValue';
export { writeSection, formatDefaults, formatOptionLines } from './ini/writeSection';
export type { GroupValues, SectionStyle, WriteError } from './ini/writeSection';
export { editDocument } from './ini/editDocument';
export type { OptionEdit, EditError } from './ini/editDocument';
export { convertValue } from './values/convertValue';
export { checkValue } from './values/checkValue';
export { createValueSchema, createGroupSchema } from './values/createValueSchema';
export { checkFiles } from './checkFiles';
export type { CheckResult, TextFile } from './checkFiles';
export type * from './findings/types';
