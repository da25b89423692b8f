import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The pages fetch the schema at run time (`?schema=seed|synthetic`), so its bytes count for none of the shipped JS.
const SCHEMAS: Record<string, string> = {
  seed: here('../src/core/schema/seed-glance.json'),
  synthetic: here('schemas/synthetic-1000.json'),
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
    // rjsf alone is past Vite's 500 kB warning; the benchmark reports sizes itself.
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: { editor: here('editor.html'), rjsf: here('rjsf.html'), static: here('static.html') },
    },
  },
});
