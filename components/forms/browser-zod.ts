// zod for browser-side checks, set for our Content-Security-Policy. zod 4 probes whether it may
// compile parsers with `new Function`; under a CSP without 'unsafe-eval' the probe fails quietly,
// but the browser still reports a CSP violation (Lighthouse: "issues in the Issues panel").
// Jitless mode skips the probe and parses the same way without code generation. Client modules
// import zod from here, so the setting is made before any schema parses.
import { z } from "zod";

z.config({ jitless: true });

export { z };
