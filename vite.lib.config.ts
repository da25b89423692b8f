import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
};
// The consumer's npm installs these once for the whole page (one React, one zod); they stay imports.
const external = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)];

// The React component library: ESM, with the styles written to their own file (dist/lib/styles.css) for the
// page to import. The type declarations come from `tsc -p tsconfig.lib.json`.
export default defineConfig({
  plugins: [react()],
  publicDir: false,
  // JSX for React's production runtime whatever NODE_ENV says: the consumer's bundler picks React's build.
  oxc: { jsx: { runtime: 'automatic', development: false } },
  build: {
    outDir: 'dist/lib',
    emptyOutDir: true,
    sourcemap: true,
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: 'index', cssFileName: 'styles' },
    rolldownOptions: {
      external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
    },
  },
});
