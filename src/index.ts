// The library: the React editor and the React-free core it is built on. The styles are not imported here:
// a page opts in with `import 'oslo-config-editor/styles.css'`.
export { ConfigEditor } from './ui/ConfigEditor';
export type { CatalogService, ConfigEditorProps, ConfigValues, EditorChange, EditorProps } from './ui/ConfigEditor';
export type { ExportedFile } from './ui/components/ExportPanel';
export type { ExportProblem } from './session';
export { englishStrings } from './ui/strings';
export type { EditorStrings } from './ui/strings';
export * from './core';
