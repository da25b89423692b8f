import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The pages fetch the schema at run time (`?schema=seed|nova`), so its bytes count for none of the shipped JS: the
// seed's [glance] and nova 26's real generator output from the catalog.
const SCHEMAS: Record<string, string> = {
  seed: here('../src/core/schema/seed-glance.json'),
  nova: here('../catalog/zed/nova.json'),
};

function emitSchemas(): Plugin {
  return {
    name: 'bench-schemas',
    generateBundle() {
      for (const [name, path] of Object.entries(SCHEMAS)) {
        this.emitFile({ type: 'asset', fileName: `schemas/${name}.json`, source: readFileSync(path) });
      }
    },
  };
}

export default defineConfig({
  root: here('.'),
  base: './',
  plugins: [react(), emitSchemas()],
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    sourcemap: process.env.BENCH_SOURCEMAP === '1',
    rolldownOptions: {
      input: { editor: here('editor.html'), static: here('static.html') },
      // The libraries in a chunk of their own, so that the benchmark can tell the project's own code from them.
      output: { codeSplitting: { groups: [{ name: 'libraries', test: /node_modules\/(?!yaml\/)/ }] } },
    },
  },
});
