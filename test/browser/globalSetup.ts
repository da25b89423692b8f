// Builds the app (vite build to dist/app) and serves it with `vite preview` on 127.0.0.1 for the browser tests;
// builds the custom element (dist/element) for the portal example's test, which serves it itself.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

const root = fileURLToPath(new URL('../..', import.meta.url));
let server: PreviewServer | undefined;

export async function setup(project: TestProject) {
  await build({ root, logLevel: 'error' });
  // As `npm pack` builds it: in its own process, whose NODE_ENV (here, vitest's "test") makes a production build.
  execFileSync('npm', ['run', '-s', 'build:element'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
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
