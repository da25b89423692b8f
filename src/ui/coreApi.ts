// The parts of the core the editor calls, imported from their own modules. The core's index also re-exports
// the YAML schema parser, and bundlers keep the `yaml` package once its module is imported; the editor loads
// it only when someone opens a YAML schema.
export { checkFiles } from '../core/checkFiles';
export { applyFix } from '../core/findings/applyFix';
export { editDocument } from '../core/ini/editDocument';
export { parseIni } from '../core/ini/parseIni';
export { formatDefaults, writeSection } from '../core/ini/writeSection';
export { createValueSchema } from '../core/values/createValueSchema';
export type * from '../core';
