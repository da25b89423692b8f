/** Where the user is in the form: the field at the top of the view, and how far down the view it is. */
export interface ScrollPlace {
  group: string;
  /** The DOM id of the field. */
  field: string | null;
  /** Its distance from the top of the view; null to put it in the middle. */
  top: number | null;
}

/** The first field whose top is in view (or the last one above it), and where it is. */
export function captureScrollPlace(root: HTMLElement, group: string): ScrollPlace {
  const fields = [...root.querySelectorAll<HTMLElement>('.oce-field')];
  const field = fields.find((candidate) => candidate.getBoundingClientRect().bottom > 0) ?? null;
  return { group, field: field?.id ?? null, top: field ? field.getBoundingClientRect().top : null };
}

/** Scrolls the field of a place back to where it was in the view. */
export function restoreScrollPlace(root: HTMLElement, place: ScrollPlace): void {
  if (!place.field) return;
  const field = (root.getRootNode() as Document | ShadowRoot).getElementById(place.field);
  if (!field) return;
  if (place.top === null) return field.scrollIntoView({ block: 'center' });
  field.scrollIntoView({ block: 'start' });
  window.scrollBy(0, -place.top);
}
