// tsc keeps the component's `import './styles.css'` in the declarations it writes, where a consumer's
// TypeScript cannot resolve it (the package ships the styles as their own export). Removes those lines from
// every .d.ts under the given directory.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node scripts/strip-css-imports.mjs DIR');
for (const name of readdirSync(dir, { recursive: true })) {
  if (!String(name).endsWith('.d.ts')) continue;
  const path = join(dir, String(name));
  const text = readFileSync(path, 'utf8');
  const stripped = text.replace(/^import '[^']*\.css';\n/gm, '');
  if (stripped !== text) writeFileSync(path, stripped);
}
