// What every benchmark page shares: loading the schema named by `?schema=`, the readiness signal, and the
// keystroke-to-paint probe. bench/run.mjs reads the results from `window.__bench`.
import { findTypingField, type GeneratorData } from '../generatorData';

export interface BenchState {
  /** The dest of the option to type into; its input's accessible name. */
  field: string;
  /** performance.now() (ms since navigation start) after the first paint of the interactive form. */
  ready: number | null;
  /** One entry per keydown: event.timeStamp to just after the next paint, in ms. */
  latencies: number[];
  /** Resolves once `count` latencies are recorded, so the runner waits without polling the page. */
  waitForLatencies(count: number): Promise<void>;
}

declare global {
  interface Window {
    __bench: BenchState;
  }
}

export async function loadSchemaData(): Promise<GeneratorData> {
  const name = new URLSearchParams(location.search).get('schema') ?? 'seed';
  const response = await fetch(`schemas/${name}.json`);
  if (!response.ok) throw new Error(`schema "${name}": HTTP ${response.status}`);
  return (await response.json()) as GeneratorData;
}

/**
 * A requestAnimationFrame callback runs just before the frame is painted; a task queued from it runs once the
 * frame is done. So the callback sees the page after the next paint, including all work the event caused.
 */
function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback, 0));
}

/**
 * Publishes the typing field and starts recording keystroke latencies; call before rendering the form.
 * Returns the field, whose group a page that shows one group at a time must show.
 */
export function startBench(data: GeneratorData): { group: string; dest: string } {
  const field = findTypingField(data);
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  const state: BenchState = {
    field: field.dest,
    ready: null,
    latencies: [],
    waitForLatencies: (count) =>
      state.latencies.length >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve })),
  };
  window.__bench = state;
  // Capture on window runs before any handler of the form; event.timeStamp also counts the time the event
  // waited in the queue behind earlier work.
  window.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      afterNextPaint(() => {
        state.latencies.push(performance.now() - start);
        for (const waiter of waiters.filter((candidate) => candidate.count <= state.latencies.length)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve();
        }
      });
    },
    { capture: true },
  );
  return field;
}

/** Call once the form is in the DOM and accepts input. */
export function markReady(): void {
  afterNextPaint(() => {
    window.__bench.ready = performance.now();
  });
}
