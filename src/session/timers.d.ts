// The session's one need of its runtime: timers, which browsers and Node both have. Declared here so that the
// session compiles without the DOM's or Node's types (tsconfig.core.json), and so cannot use anything else of theirs.
declare function setTimeout(callback: () => void, delay?: number): unknown;
declare function clearTimeout(timer: unknown): void;
