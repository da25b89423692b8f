// The tree's one direction of dependency: core → session → page, component, element and CLI. Nothing imports a
// layer above its own, the core's folders form no cycle, and the core and session import no UI library.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every import of a file: a path under src/ for a relative one, the package name otherwise. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"`;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (match) => match[1] ?? match[2]!,
  );
  return specifiers.map((specifier) => {
    if (!specifier.startsWith('.')) return specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
    return relative(SRC, resolve(dirname(file), specifier)).replace(/\?.*$/, '');
  });
}

const files = sourceFiles(SRC).map((file) => ({ path: relative(SRC, file), imports: importsOf(file) }));
const layerOf = (path: string) => path.split('/')[0]!;

// Which layers each layer may import, and which packages.
const ALLOWED: Record<string, { layers: string[]; packages: string[] }> = {
  core: { layers: ['core'], packages: ['zod', 'yaml'] },
  session: { layers: ['core', 'session'], packages: [] },
  ui: { layers: ['core', 'session', 'ui'], packages: ['react', 'react-dom', 'react-hook-form'] },
  embed: { layers: ['core', 'session', 'ui', 'embed'], packages: ['react', 'react-dom'] },
  cli: { layers: ['core', 'session', 'cli'], packages: ['node:fs', 'node:path', 'node:url', 'node:util', 'node:crypto'] },
  'index.ts': { layers: ['core', 'session', 'ui'], packages: [] },
};

describe('imports point one way', () => {
  it('no file imports a layer above its own, or a package its layer has no use for', () => {
    const wrong = files.flatMap(({ path, imports }) => {
      const allowed = ALLOWED[layerOf(path)];
      if (!allowed) return [`${path}: not in a known layer`];
      return imports
        .filter((target) => (target.includes('/') || target.endsWith('.ts') || ALLOWED[target] ? !allowed.layers.includes(layerOf(target)) : !allowed.packages.includes(target)))
        .map((target) => `${path} imports ${target}`);
    });
    expect(wrong).toEqual([]);
  });

  it('the core\'s folders depend on each other without a cycle', () => {
    const edges = new Map<string, Set<string>>();
    for (const { path, imports } of files.filter((file) => file.path.startsWith('core/'))) {
      const from = path.split('/').slice(0, 2).join('/').replace(/\.ts$/, '');
      for (const target of imports.filter((imported) => imported.startsWith('core/'))) {
        const to = target.split('/').slice(0, 2).join('/').replace(/\.ts$/, '');
        if (to !== from) edges.set(from, (edges.get(from) ?? new Set()).add(to));
      }
    }
    const cycles: string[] = [];
    const visit = (node: string, trail: string[]) => {
      if (trail.includes(node)) {
        cycles.push([...trail.slice(trail.indexOf(node)), node].join(' → '));
        return;
      }
      for (const next of edges.get(node) ?? []) visit(next, [...trail, node]);
    };
    for (const node of edges.keys()) visit(node, []);
    expect([...new Set(cycles)]).toEqual([]);
  });
});
