// Runs in the separate app, against the installed package: renders the React component in jsdom, types into
// num_retries, downloads the file, and prints what the callbacks received as JSON.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>', { url: 'http://localhost/', pretendToBeVisual: true });
for (const key of Object.getOwnPropertyNames(dom.window)) {
  if (!(key in globalThis)) Object.defineProperty(globalThis, key, { value: dom.window[key], configurable: true, writable: true });
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

const { createElement } = await import('react');
const { render, screen, waitFor } = await import('@testing-library/react');
const { default: userEvent } = await import('@testing-library/user-event');
const { ConfigEditor, builtinSchema } = await import('oslo-config-editor');

const changes = [];
const exported = [];
render(
  createElement(ConfigEditor, {
    schema: builtinSchema,
    storage: null,
    onChange: (values, findings) => changes.push({ values, findings: findings.map((finding) => finding.option) }),
    onExport: (text) => exported.push(text),
  }),
);
// The first report comes once the mounted editor's checks have run, before anything is typed.
await waitFor(() => {
  if (!changes.length) throw new Error('onChange has not reported the mounted editor');
});
const user = userEvent.setup();
await user.type(screen.getByRole('spinbutton', { name: 'num_retries' }), '3');
await waitFor(() => {
  if (changes.at(-1)?.values.glance?.num_retries !== 3) throw new Error('onChange has not reported num_retries = 3');
});
URL.createObjectURL = () => 'blob:download';
URL.revokeObjectURL = () => {};
HTMLAnchorElement.prototype.click = () => {};
await user.click(screen.getByRole('button', { name: 'Download glance.conf' }));

const styles = fileURLToPath(import.meta.resolve('oslo-config-editor/styles.css'));
console.log(
  JSON.stringify({
    firstChange: changes[0],
    lastChange: changes.at(-1),
    exported,
    styles: { path: styles, scoped: readFileSync(styles, 'utf8').startsWith('.oce') || readFileSync(styles, 'utf8').includes('.oce{') },
    element: fileURLToPath(import.meta.resolve('oslo-config-editor/element')),
  }),
);
