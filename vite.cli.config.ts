import { defineConfig } from 'vite';

// The CLI is bundled once (at `npm ci`, through `prepare`) so that `node bin/oslo-config-editor.mjs` needs no
// TypeScript loader at run time.
export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'main.mjs' } },
  },
  ssr: { noExternal: true },
});
