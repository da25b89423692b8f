/**
 * The labels of the editor's own controls and headings, so that a portal can translate or rename them. What the
 * checks say about values (the core's messages and advisories) and the options' help stay as they are.
 */
export interface EditorStrings {
  draftToolbar: string;
  groups: string;
  optionCount: (count: number) => string;
  setCount: (count: number) => string;
  invalidCount: (count: number) => string;
  flaggedCount: (count: number) => string;
  undo: string;
  redo: string;
  discardDraft: string;
  draftKept: string;
  keepSecrets: string;
  showSecrets: string;
  draftSetAside: (reason: string) => string;
  downloadSetAside: string;
  deleteSetAside: string;
  closeNotice: string;
  draftChangedElsewhere: (theirs: 'draft' | 'discarded' | 'unreadable') => string;
  loadTheirs: string;
  keepMine: string;
  findOptions: string;
  searchOptions: string;
  searchPlaceholder: string;
  onlySet: string;
  searchResults: string;
  searchSummary: (matches: number, groups: number, query: string) => string;
  moreResults: (shown: number) => string;
  fileRegion: string;
  backToForm: string;
  compact: string;
  exportBar: (problems: number) => string;
  exportFormat: string;
  formatIni: string;
  formatKolla: string;
  formatOpenstackAnsible: string;
  formatCrudini: string;
  exportScope: string;
  wholeFile: string;
  groupOnly: (group: string) => string;
  longPreview: (lines: number) => string;
  exportTitle: (fileName: string) => string;
  exportImportedHint: string;
  style: string;
  styleMinimal: string;
  styleAnnotated: string;
  exportPreview: string;
  download: (fileName: string) => string;
  downloaded: (fileName: string) => string;
  copy: string;
  copied: string;
  clipboardRefused: string;
  cannotExport: string;
  cannotExportHint: string;
  changesTitle: (fileName: string) => string;
  changesCount: (removed: number, added: number) => string;
  beforeSections: string;
  removedLine: (line: number) => string;
  addedLine: (line: number) => string;
  advisories: string;
  noAdvisories: string;
  securityChecklist: string;
  importTitle: string;
  importHint: string;
  fileText: string;
  importText: string;
  openFile: string;
  set: string;
  unset: string;
  notSet: string;
  setToDefault: string;
  setValue: string;
  upgradeTitle: string;
  upgradeHint: string;
  upgradeTo: (release: string) => string;
  upgradeLatest: (release: string) => string;
  upgradeComparing: (release: string) => string;
  upgradeReport: (fileName: string, from: string, to: string) => string;
  upgradeSame: string;
  upgradeStale: string;
  upgradeBlocked: string;
  upgradeWhy: string;
  upgradeApply: (release: string) => string;
  upgradeEdits: (count: number) => string;
  upgradeLeftAlone: string;
  upgradePreview: (fileName: string, release: string) => string;
  upgradeDownload: (fileName: string, release: string) => string;
}

export const englishStrings: EditorStrings = {
  draftToolbar: 'Draft',
  groups: 'Groups',
  optionCount: (count) => `${count} option${count === 1 ? '' : 's'}`,
  setCount: (count) => `${count} set`,
  invalidCount: (count) => `${count} invalid`,
  flaggedCount: (count) => `${count} flagged`,
  undo: 'Undo',
  redo: 'Redo',
  discardDraft: 'Discard draft',
  draftKept: 'Your draft is kept in this browser until you discard it; the values of secret options are not, unless you keep them.',
  keepSecrets: 'Keep secrets in this browser',
  showSecrets: 'Show secrets',
  draftSetAside: (reason) =>
    `The draft kept in this browser for this schema could not be read (${reason}), so the editor started afresh. That draft is set aside, not deleted.`,
  downloadSetAside: 'Download the set-aside draft',
  deleteSetAside: 'Delete it',
  closeNotice: 'Close',
  draftChangedElsewhere: (theirs) =>
    `This draft was ${theirs === 'discarded' ? 'discarded' : 'changed'} in another tab or window${theirs === 'unreadable' ? ', into one this page cannot read' : ''}. Nothing you do here is saved until you choose which to keep.`,
  loadTheirs: 'Load the other version',
  keepMine: 'Keep this version',
  findOptions: 'Find options',
  searchOptions: 'Search options',
  searchPlaceholder: 'name or help text',
  onlySet: 'Only options that are set',
  searchResults: 'Matches in every group',
  searchSummary: (matches, groups, query) =>
    matches
      ? `${matches} option${matches === 1 ? '' : 's'} in ${groups} group${groups === 1 ? '' : 's'} match${matches === 1 ? 'es' : ''} “${query}”:`
      : `No option matches “${query}”.`,
  moreResults: (shown) => `The first ${shown} are listed; add words to narrow the search.`,
  fileRegion: 'File',
  backToForm: 'Back to the form',
  compact: 'Compact',
  exportBar: (problems) => (problems ? `Export (${problems} problem${problems === 1 ? '' : 's'})` : 'Export'),
  exportFormat: 'Format',
  formatIni: 'The INI file',
  formatKolla: 'kolla-ansible override (/etc/kolla/config/)',
  formatOpenstackAnsible: 'OpenStack-Ansible overrides (YAML)',
  formatCrudini: 'crudini commands',
  exportScope: 'Export',
  wholeFile: 'The whole file',
  groupOnly: (group) => `Only [${group}]`,
  longPreview: (lines) => `${lines} lines: the preview shows the lines scrolled into view; download or copy to get them all.`,
  exportTitle: (fileName) => `Export ${fileName}`,
  exportImportedHint: 'The imported file, with only the options you changed rewritten.',
  style: 'Style',
  styleMinimal: 'Minimal (only what is set)',
  styleAnnotated: 'Annotated (every option, with its help)',
  exportPreview: 'Export preview',
  download: (fileName) => `Download ${fileName}`,
  downloaded: (fileName) => `Downloaded ${fileName}.`,
  copy: 'Copy to clipboard',
  copied: 'Copied to the clipboard.',
  clipboardRefused: 'The browser refused the clipboard: select the preview and copy it.',
  changesTitle: (fileName) => `Changes to ${fileName}`,
  changesCount: (removed, added) =>
    removed || added
      ? `${removed} line${removed === 1 ? '' : 's'} removed, ${added} line${added === 1 ? '' : 's'} added.`
      : 'No change: the export is the imported file.',
  beforeSections: 'Before the first section',
  removedLine: (line) => `Removed, line ${line} of the imported file:`,
  addedLine: (line) => `Added, line ${line} of the export:`,
  cannotExport: 'Cannot export yet',
  cannotExportHint: 'Fix these to export; the preview shows the file without your wrong values.',
  advisories: 'Advisories',
  noAdvisories: 'Nothing to report: no deprecated or insecure setting, and oslo accepts every value.',
  securityChecklist: 'Security checklist',
  importTitle: 'Import a file',
  importHint:
    'Paste a nova.conf below, open one, or drop it here. Its values fill the form (old option names included); exporting gives back the whole file with only your changes.',
  fileText: 'File text',
  importText: 'Import text',
  openFile: 'Open a file…',
  set: 'Set',
  unset: 'Unset',
  notSet: 'Not set: oslo uses the default.',
  setToDefault: 'Set to the default value, written in the file.',
  setValue: 'Set.',
  upgradeTitle: 'Upgrade to…',
  upgradeHint:
    'What this file will mean under a later release: lines it ignores, values it refuses or reads otherwise, defaults that change. Then the file rewritten for it, every other line kept.',
  upgradeTo: (release) => `Upgrade to ${release}`,
  upgradeLatest: (release) => `${release} is the latest release of this service in the catalog.`,
  upgradeComparing: (release) => `Reading the file with the ${release} schema…`,
  upgradeReport: (fileName, from, to) => `${fileName}, from ${from} to ${to}`,
  upgradeSame: 'Nothing changes: the file means the same.',
  upgradeStale: 'The file has changed since this report: compare again to see it for the file as it is.',
  upgradeBlocked: 'The file has problems to fix first (see Cannot export yet): the upgrade reads the file as oslo reads it.',
  upgradeWhy: 'Why, and what to do',
  upgradeApply: (release) => `Apply the rewrite for ${release}`,
  upgradeEdits: (count) => (count ? `${count} line${count === 1 ? '' : 's'} rewritten:` : 'No line needs rewriting.'),
  upgradeLeftAlone: 'Left alone, to carry over by hand:',
  upgradePreview: (fileName, release) => `${fileName} rewritten for ${release}`,
  upgradeDownload: (fileName, release) => `Download ${fileName} for ${release}`,
};
