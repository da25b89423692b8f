// Builds the app (vite build to dist/app) and serves it with `vite preview` on 127.0.0.1 for the browser tests;
// builds the custom element (dist/element) for the portal example's test, which serves it itself.
import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

const root = fileURLToPath(new URL('../..', import.meta.url));
let server: PreviewServer | undefined;

export async function setup(project: TestProject) {
  await build({ root, logLevel: 'error' });
  await build({ root, configFile: fileURLToPath(new URL('../../vite.element.config.ts', import.meta.url)), logLevel: 'error' });
  server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  project.provide('appUrl', url);
}

export async function teardown() {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}
