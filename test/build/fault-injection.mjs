/**
 * Test-only fault injection, preloaded with `NODE_OPTIONS=--import <this file>` so that no
 * hook lives in production code. `PLANVERK_TEST_FAULT` is a JSON object (or an array of them):
 *
 *   calls   fs functions to break: `readFile`, `rename` … (fs/promises) or `renameSync` …
 *           (node:fs); a name may also be `fs.rename` for the callback form
 *   match   substring (forward slashes) one of the string arguments must contain
 *   code    the errno code to throw, e.g. `EIO`, `ENOSPC`, `EBUSY`
 *   script  optional substring of the process's argv: only that process is patched (the
 *           variable is inherited by every child)
 *   exact   optional: the argument must equal `match` rather than contain it
 *   after   optional number of matching calls to let through first
 *   times   optional number of calls to fail after that (default: all)
 *   hang    optional: instead of throwing, never settle (a stuck file system)
 *   delay   optional milliseconds: instead of throwing, let the call through after this long
 *           (a slow disk; fs/promises only)
 *   delayWhileExists  optional path: instead of throwing, let the call through once that file
 *           is gone (a test holds the process at this call until it removes the file; fs/promises only)
 *   hangMarker  optional path, with hang: written when a call starts hanging (a test's signal)
 *   whenExists  optional path: the fault is active only while that file exists (a test's switch)
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const specs = process.env.PLANVERK_TEST_FAULT ? [JSON.parse(process.env.PLANVERK_TEST_FAULT)].flat() : [];

for (const spec of specs) {
  if (spec.script && !process.argv.join(' ').includes(spec.script)) continue;
  let seen = 0;
  const hits = (args) => (!spec.whenExists || fs.existsSync(spec.whenExists)) && args.some((arg) => {
    const text = typeof arg === 'string' ? arg : arg instanceof URL ? arg.pathname : Buffer.isBuffer(arg) ? arg.toString() : undefined;
    if (text === undefined) return false;
    const normal = text.replaceAll('\\', '/');
    return spec.exact ? normal === spec.match : normal.includes(spec.match);
  }) && seen++ >= (spec.after ?? 0) && seen <= (spec.after ?? 0) + (spec.times ?? Infinity);
  const failure = (name, args) => {
    const error = new Error(`${spec.code}: injected fault, ${name} '${args.find((a) => typeof a === 'string')}'`);
    error.code = spec.code;
    error.errno = -(fs.constants?.[spec.code] ?? 5);
    error.syscall = name;
    error.path = args.find((a) => typeof a === 'string');
    return error;
  };
  for (const name of spec.calls) {
    if (name.endsWith('Sync')) {
      const original = fs[name];
      fs[name] = function (...args) {
        if (hits(args)) throw failure(name, args);
        return original.apply(this, args);
      };
    } else if (name.startsWith('fs.')) {
      const plain = name.slice(3);
      const original = fs[plain];
      fs[plain] = function (...args) {
        if (hits(args)) {
          const callback = args.findLast((a) => typeof a === 'function');
          if (!spec.hang) process.nextTick(() => callback(failure(plain, args)));
          return undefined;
        }
        return original.apply(this, args);
      };
    } else {
      const original = fs.promises[name];
      fs.promises[name] = function (...args) {
        // A stuck disk keeps the event loop alive (its request is pending in libuv): so does the timer.
        if (hits(args)) {
          if (spec.delay) return new Promise((resolve) => setTimeout(resolve, spec.delay)).then(() => original.apply(this, args));
          if (spec.delayWhileExists) {
            return new Promise((resolve) => {
              const poll = setInterval(() => { if (!fs.existsSync(spec.delayWhileExists)) { clearInterval(poll); resolve(); } }, 25);
            }).then(() => original.apply(this, args));
          }
          if (!spec.hang) return Promise.reject(failure(name, args));
          if (spec.hangMarker) fs.writeFileSync(spec.hangMarker, '');
          return new Promise(() => setInterval(() => {}, 60_000));
        }
        return original.apply(this, args);
      };
    }
  }
}
syncBuiltinESMExports();
