import * as z from 'zod/mini';
import { en } from 'zod/locales';

// zod/mini ships no messages: give it English ones. jitless: zod otherwise compiles object parsers with
// `new Function`, which a strict Content-Security-Policy (no unsafe-eval) forbids and reports.
z.config({ ...en(), jitless: true });

export { z };
