// Bundled by the app's own Vite: the imports made only for their effect (the stylesheet, and the script that
// defines <oslo-config-editor>) must survive its tree shaking.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { ConfigEditor, builtinSchema } from 'oslo-config-editor';
import 'oslo-config-editor/styles.css';
import 'oslo-config-editor/element';

createRoot(document.getElementById('root')).render(createElement(ConfigEditor, { schema: builtinSchema }));
