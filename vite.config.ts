import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const CATALOG = new URL('./catalog/', import.meta.url).pathname;

function catalogFiles(folder = CATALOG): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? catalogFiles(join(folder, entry.name)) : [relative(CATALOG, join(folder, entry.name))],
  );
}

// The catalog's schemas are the page's data, fetched when a service is chosen: served at /catalog/ by the dev
// server, and copied beside the page by the build, never bundled into its script.
const catalog: Plugin = {
  name: 'catalog',
  configureServer(server) {
    server.middlewares.use('/catalog/', (request, response, next) => {
      const path = decodeURIComponent((request.url ?? '').split('?')[0]!).replace(/^\/+/, '');
      if (!catalogFiles().includes(path)) return next();
      response.setHeader('Content-Type', 'application/json');
      response.end(readFileSync(join(CATALOG, path)));
    });
  },
  generateBundle() {
    for (const path of catalogFiles()) this.emitFile({ type: 'asset', fileName: `catalog/${path}`, source: readFileSync(join(CATALOG, path)) });
  },
};

export default defineConfig({
  plugins: [react(), catalog],
  // The page's own entry only: the portal example and the benchmark pages have their own builds, and scanning them
  // fails (the portal's script is built separately) and makes the dev server reload the page.
  optimizeDeps: { entries: ['index.html'] },
  build: { outDir: 'dist/app' },
});
