import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// The component imports its stylesheet, which the app and the library write to a file; the element applies
// the same text in its shadow root instead, so that file is left out.
const noStylesheetFile: Plugin = {
  name: 'no-stylesheet-file',
  enforce: 'post',
  generateBundle(_options, bundle) {
    for (const name of Object.keys(bundle)) if (name.endsWith('.css')) delete bundle[name];
  },
};

// <oslo-config-editor> as one ES module script with React inside (dist/element/oslo-config-editor.js). Its
// styles are strings applied in the shadow root; no stylesheet is written or added to the page.
export default defineConfig({
  plugins: [react(), noStylesheetFile],
  publicDir: false,
  // A production build whatever NODE_ENV says (vitest sets "test"): library mode leaves process.env alone, and
  // a script for the browser has none; JSX compiles for React's production runtime.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  oxc: { jsx: { runtime: 'automatic', development: false } },
  build: {
    outDir: 'dist/element',
    emptyOutDir: true,
    minify: true,
    lib: { entry: 'src/embed/index.ts', formats: ['es'], fileName: 'oslo-config-editor' },
    // One file, which a portal serves as it is: the code the component loads apart (the upgrade panel) goes inside.
    rolldownOptions: { output: { minify: true, codeSplitting: false } },
  },
});
