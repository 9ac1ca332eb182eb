/**
 * Zod without its eval-based fast path in the browser. The admin's CSP allows
 * no eval (ADR 014); zod would otherwise probe for it with `Function("")`,
 * which the browser reports as a CSP violation. The server keeps the fast
 * path. Import for its effect from client components that validate with zod.
 */
import { z } from 'zod';

if (typeof window !== 'undefined') z.config({ jitless: true });
