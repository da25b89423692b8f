// The script a page loads with <script type="module">: defines <oslo-config-editor>, unless another copy of
// the script already has.
import { OsloConfigEditorElement } from './OsloConfigEditorElement';

if (!customElements.get('oslo-config-editor')) customElements.define('oslo-config-editor', OsloConfigEditorElement);

export { OsloConfigEditorElement };
export type { OsloConfigEditorEventMap } from './OsloConfigEditorElement';
