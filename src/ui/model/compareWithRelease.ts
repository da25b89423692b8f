import { describeRelease, type CatalogEntry } from '../../core/catalog/readCatalog';
import type { Finding } from '../../core/findings/types';
import { parseIni } from '../../core/ini/parseIni';
import type { ConfigSchema } from '../../core/schema/types';
import { findUpgradeChanges } from '../../core/upgrade/findUpgradeChanges';
import { rewriteForRelease, type UpgradeRewrite } from '../../core/upgrade/rewriteForRelease';
import { fetchCatalogSchema } from './catalog';

export interface UpgradeReport {
  from: CatalogEntry;
  to: CatalogEntry;
  /** The file the report is about, as it was when compared. */
  text: string;
  fileName: string;
  findings: Finding[];
  rewrite: UpgradeRewrite;
}

/**
 * A file of the schema being edited (a catalog service at `from`), compared with the service's schema at `to`,
 * fetched from the catalog: the report of what changes, and the file rewritten for `to`. The later schema keeps only
 * the groups the editor shows, when it shows only some.
 */
export async function compareWithRelease(
  catalogUrl: string,
  entries: CatalogEntry[],
  from: { entry: CatalogEntry; schema: ConfigSchema },
  to: CatalogEntry,
  file: { text: string; fileName: string },
  groups?: readonly string[],
): Promise<UpgradeReport> {
  const { schema } = await fetchCatalogSchema(catalogUrl, { service: to.service, release: to.release.name }, entries);
  const later = groups ? { ...schema, groups: schema.groups.filter((group) => groups.includes(group.name)) } : schema;
  const before = { release: describeRelease(from.entry), schema: from.schema };
  const after = { release: describeRelease(to), schema: later };
  return {
    from: from.entry,
    to,
    ...file,
    findings: findUpgradeChanges(before, after, [{ name: file.fileName, document: parseIni(file.text) }]),
    rewrite: rewriteForRelease(before, after, file.text),
  };
}
