/**
 * Runs before any schema is built: turns off zod's JIT, whose `new Function("")` probe the
 * renderer's CSP (no 'unsafe-eval') blocks and reports as a violation. Import it first.
 */
import { z } from 'zod';

z.config({ jitless: true });
