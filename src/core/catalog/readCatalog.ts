import { z } from '../zod';

/** One schema of the catalog: a service's main configuration file at one release, as Debian packages it. */
export interface CatalogEntry {
  service: string;
  /** The configuration file it describes: `nova.conf`, `glance-api.conf`. */
  file: string;
  version: string;
  packageVersion: string;
  release: { name: string; number: string; suite: string };
  /** Where its generator output is, relative to the catalog's folder. */
  path: string;
  /** Where what its options check beyond generator output is (see readCatalogFacts), if the catalog has it. */
  facts: string | null;
  namespaces: string[];
  groups: number;
  options: number;
}

const entry = z.object({
  service: z.string(),
  file: z.string(),
  version: z.string(),
  package_version: z.string(),
  release: z.object({ name: z.string(), number: z.string(), suite: z.string() }),
  path: z.string(),
  facts: z.nullish(z.string()),
  namespaces: z.array(z.string()),
  groups: z.number(),
  options: z.number(),
});

const manifest = z.object({ entries: z.array(entry) });

/** The catalog's `manifest.json`, read; throws naming what is wrong when it is not one. */
export function readCatalog(data: unknown): CatalogEntry[] {
  const parsed = manifest.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`not the catalog's manifest: at ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  return parsed.data.entries.map(({ package_version, facts, ...rest }) => ({ ...rest, facts: facts ?? null, packageVersion: package_version }));
}

/** The release a catalog choice means when none is named. */
export const DEFAULT_RELEASE = 'zed';

/**
 * The entry of a service at a release (named `zed` or numbered `2022.2`; the default release without one), or why
 * there is none, naming what the catalog has.
 */
export function findCatalogEntry(entries: CatalogEntry[], service: string, release?: string): CatalogEntry | { error: string } {
  const wanted = (release ?? DEFAULT_RELEASE).toLowerCase();
  const ofService = entries.filter((candidate) => candidate.service === service.toLowerCase());
  if (!ofService.length) {
    return { error: `no service "${service}" in the catalog; it has ${[...new Set(entries.map((e) => e.service))].join(', ')}` };
  }
  const found = ofService.find((candidate) => [candidate.release.name, candidate.release.number, candidate.release.suite].includes(wanted));
  return (
    found ?? {
      error: `no release "${release ?? DEFAULT_RELEASE}" of ${service} in the catalog; it has ${ofService.map(describeRelease).join(', ')}`,
    }
  );
}

/** `zed (2022.2)` */
export function describeRelease(entry: CatalogEntry): string {
  return `${entry.release.name} (${entry.release.number})`;
}
