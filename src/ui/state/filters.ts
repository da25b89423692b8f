/** Which options the form shows. */
export interface OptionFilters {
  search: string;
  onlySet: boolean;
  showAdvanced: boolean;
}

export const NO_FILTERS: OptionFilters = { search: '', onlySet: false, showAdvanced: false };
