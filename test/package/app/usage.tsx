// Type-checked against the package's declarations: the props and callbacks a portal team writes.
import { ConfigEditor, builtinSchema, parseGeneratorOutput, type ConfigEditorProps, type ConfigValues, type Finding } from 'oslo-config-editor';
import type { OsloConfigEditorElement } from 'oslo-config-editor/element';
import 'oslo-config-editor/styles.css';

const onChange: ConfigEditorProps['onChange'] = (values: ConfigValues, findings: Finding[]) => {
  const retries: unknown = values.glance?.num_retries;
  console.log(retries, findings.map((finding) => finding.severity));
};

export const editor = (
  <ConfigEditor
    schema={builtinSchema}
    initialValues={{ glance: { num_retries: 3 } }}
    groups={['glance']}
    readOnly={false}
    theme="dark"
    strings={{ undo: 'Annuler' }}
    onChange={onChange}
    onExport={(text: string) => console.log(text.length)}
  />
);

export const other = parseGeneratorOutput('{"options": {}}').groups;
export const element: OsloConfigEditorElement | null = document.querySelector('oslo-config-editor');
