/**
 * Scrolls an option's field to the middle of the view and moves the focus to its first control (or the field itself),
 * then keeps it there while the fields above it are laid out for the first time (they skip layout off screen, so their
 * height is an estimate until then), and highlights it briefly.
 */
export function revealElement(field: HTMLElement, focus: () => void): () => void {
  field.scrollIntoView?.({ block: 'center' });
  focus();
  const root = field.getRootNode() as Document | ShadowRoot;
  if (!field.contains(root.activeElement)) (field.querySelector<HTMLElement>('input, select, textarea, button') ?? field).focus({ preventScroll: true });
  field.dataset.highlight = 'true';
  let frames = 0;
  let last = NaN;
  let frame = 0;
  const settle = () => {
    const top = field.getBoundingClientRect().top;
    if (top !== last) field.scrollIntoView?.({ block: 'center' });
    last = field.getBoundingClientRect().top;
    if ((frames += 1) < 30) frame = requestAnimationFrame(settle);
  };
  if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(settle);
  const timer = setTimeout(() => delete field.dataset.highlight, 1600);
  return () => {
    if (typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
    clearTimeout(timer);
    delete field.dataset.highlight;
  };
}
