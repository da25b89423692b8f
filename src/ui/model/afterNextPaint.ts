/**
 * Runs `callback` just after the next frame is painted: a requestAnimationFrame callback runs before the paint, a
 * task queued from it after. A hidden page paints no frames, so a timer stands in. Returns a cancel function.
 */
export function afterNextPaint(callback: () => void): () => void {
  let cancelled = false;
  let queued = false;
  const queue = () => {
    if (queued || cancelled) return;
    queued = true;
    setTimeout(() => {
      if (!cancelled) callback();
    }, 0);
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(queue);
  setTimeout(queue, typeof requestAnimationFrame === 'function' ? 100 : 0);
  return () => {
    cancelled = true;
  };
}
