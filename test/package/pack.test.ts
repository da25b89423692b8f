// The package as a portal team gets it: `npm pack`, then a separate app that installs the tarball (with the
// versions of react, jsdom and Testing Library this repository locks), type-checks its use of the component
// against the shipped declarations, renders it in jsdom, and bundles it with its own Vite.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const lockedVersion = (name: string) =>
  (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
const APP_DEPENDENCIES = [
  'react',
  'react-dom',
  'jsdom',
  '@testing-library/react',
  '@testing-library/dom',
  '@testing-library/user-event',
  'typescript',
  '@types/react',
  '@types/react-dom',
  'vite',
];

let work: string;
let app: string;
let packed: string[];

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'oslo-config-editor-pack-'));
  // prepack builds the library and the element, prepare the CLI; the lifecycle output goes to stderr.
  const [info] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root)) as {
    filename: string;
    files: { path: string }[];
  }[];
  packed = info!.files.map((file) => file.path);

  app = join(work, 'app');
  cpSync(fileURLToPath(new URL('app', import.meta.url)), app, { recursive: true });
  const dependencies = Object.fromEntries(APP_DEPENDENCIES.map((name) => [name, lockedVersion(name)]));
  const manifest = { name: 'portal-app', private: true, type: 'module', dependencies: { 'oslo-config-editor': `file:../${info!.filename}`, ...dependencies } };
  writeFileSync(join(app, 'package.json'), JSON.stringify(manifest, null, 2));
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], app);
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('holds the library with its declarations and styles, the element and the CLI, and no tests or sources', () => {
    expect(packed).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'bin/oslo-config-editor.mjs',
        'dist/cli/main.mjs',
        'dist/lib/index.js',
        'dist/lib/styles.css',
        'dist/lib/types/index.d.ts',
        'dist/lib/types/ui/ConfigEditor.d.ts',
        'dist/lib/types/embed/index.d.ts',
        'dist/element/oslo-config-editor.js',
      ]),
    );
    expect(packed.filter((path) => /(^|\/)(test|src|examples|bench)\/|\.test\.|^dist\/app\//.test(path))).toEqual([]);
    // Declarations import no stylesheet that a consumer's TypeScript would have to resolve.
    const declarations = readdirSync(join(app, 'node_modules/oslo-config-editor/dist/lib/types'), { recursive: true })
      .map(String)
      .filter((name) => name.endsWith('.d.ts'));
    for (const name of declarations) {
      expect(readFileSync(join(app, 'node_modules/oslo-config-editor/dist/lib/types', name), 'utf8')).not.toMatch(/\.css['"]/);
    }
  });

  it('type-checks an app that uses the component and the element against the shipped declarations', () => {
    expect(run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], app)).toBe('');
  });

  it('renders the React component in the app: typing into num_retries reaches onChange, downloading reaches onExport', () => {
    const result = JSON.parse(run(process.execPath, ['render.mjs'], app)) as Record<string, unknown>;
    expect(result).toEqual({
      firstChange: { values: {}, findings: expect.arrayContaining(['verify_glance_signatures', 'timeout']) },
      lastChange: { values: { glance: { num_retries: 3 } }, findings: expect.any(Array) },
      exported: ['[glance]\nnum_retries = 3\n'],
      styles: { path: join(app, 'node_modules/oslo-config-editor/dist/lib/styles.css'), scoped: true },
      element: join(app, 'node_modules/oslo-config-editor/dist/element/oslo-config-editor.js'),
    });
  });

  it('keeps the stylesheet and the element the app imports for their effect when its own Vite bundles it', () => {
    run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], app);
    const assets = readdirSync(join(app, 'dist/assets'));
    const css = assets.filter((name) => name.endsWith('.css'));
    expect(css).toHaveLength(1);
    expect(readFileSync(join(app, 'dist/assets', css[0]!), 'utf8')).toContain('.oce .oce-field');
    const js = assets.filter((name) => name.endsWith('.js')).map((name) => readFileSync(join(app, 'dist/assets', name), 'utf8'));
    expect(js.join('')).toContain('Download ');
    expect(js.join('')).toMatch(/customElements\.define\([`"']oslo-config-editor[`"']/);
    expect(existsSync(join(app, 'dist/index.html'))).toBe(true);
  });
});
