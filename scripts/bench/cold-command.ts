/**
 * A command's whole process, as a plan editor starts it: `npm run pdf -- <one plan>` from a
 * cold process with the compiled commands cached (scripts/run.mjs), beside the same command
 * without npm and the former way, TypeScript transformed by tsx at every start. Two floors
 * run beside them, both through `npm run`: a script that only starts Node (what npm itself
 * costs), and the least a pdfkit command does (load pdfkit and fontkit, open the four
 * faces, write a one-page PDF), so the target can be read against what no change inside
 * planverk's own code removes.
 * Every run renders the PDF (`--force`); all run in turn, forwards and backwards, after one
 * untimed round that also compiles. With GNU time, each run's CPU time too.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sideBySide, type Measured } from './measure';

export const COLD_NPM = 'npm run pdf -- <en plan>, ny process (kompilerade kommandon)';
export const COLD_NODE = 'samma utan npm: node scripts/run.mjs build-pdf';
export const COLD_TSX = 'samma som förut: node --import tsx scripts/build-pdf.ts';
export const FLOOR_NPM = 'golv: npm run av ett skript som bara startar Node';
export const FLOOR_PDFKIT = 'golv: npm run av Node med pdfkit och fontkit, fyra typsnitt, en sida';

/** The least a pdfkit command does: the packages, the four faces, one line each, one page. */
const PDFKIT_FLOOR = `import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
const require = createRequire(path.join(process.env.REPO, 'package.json'));
const PDFDocument = require('pdfkit');
const fontkit = require('fontkit');
const dir = path.join(path.dirname(require.resolve('source-sans/package.json')), 'TTF');
const doc = new PDFDocument({ compress: true });
const chunks = [];
doc.on('data', (chunk) => chunks.push(chunk));
const done = new Promise((resolve) => doc.on('end', resolve));
for (const face of ['Regular', 'It', 'Semibold', 'SemiboldIt']) {
  doc.font(fontkit.create(readFileSync(path.join(dir, 'SourceSans3-' + face + '.ttf')))).fontSize(11).text('Verksamhetsplan för FoU-enheten, årshjul och budget (tkr).');
}
doc.end();
await done;
writeFileSync(process.argv[2], Buffer.concat(chunks));
`;

/**
 * GNU time, when the machine has it: the CPU time (user + system) of the command and every
 * process it waited for, which a machine shared with other work inflates far less than the
 * wall time.
 */
const GNU_TIME = '/usr/bin/time';

export interface ColdRun { ms: number; cpuMs?: number }

function timed(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<ColdRun & { rssMb: number }> {
  const cpuFile = existsSync(GNU_TIME) ? path.join(mkdtempSync(path.join(os.tmpdir(), 'planverk-bench-cpu-')), 'cpu') : undefined;
  const [program, programArgs] = cpuFile ? [GNU_TIME, ['-f', '%U %S', '-o', cpuFile, command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(program, programArgs, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = performance.now() - started;
      let cpuMs: number | undefined;
      if (cpuFile) {
        const [user, system] = readFileSync(cpuFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
        cpuMs = ((user ?? 0) + (system ?? 0)) * 1000;
        rmSync(path.dirname(cpuFile), { recursive: true, force: true });
      }
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${stderr.slice(-2000)}`));
      else resolve({ ms, cpuMs, rssMb: 0 });
    });
  });
}

/** Times of `rounds` runs of each way to start the command (ms). */
export async function coldPdfCommand(options: { repo: string; contentRoot: string; plan: string; out: string; rounds: number }): Promise<Record<'npm' | 'node' | 'tsx' | 'npmFloor' | 'pdfkitFloor', ColdRun[]>> {
  const { repo, contentRoot, plan, out } = options;
  const floors = `${out}-golv`;
  mkdirSync(floors, { recursive: true });
  writeFileSync(path.join(floors, 'package.json'), JSON.stringify({ name: 'golv', private: true, scripts: { start: 'node -e 0', pdfkit: 'node pdfkit-floor.mjs golv.pdf' } }));
  writeFileSync(path.join(floors, 'pdfkit-floor.mjs'), PDFKIT_FLOOR);
  const bin = path.join(repo, 'node_modules/.bin');
  // npm finds Node 22 from the project, as `npm run` in a terminal does.
  const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`, PLANVERK_CONTENT: contentRoot };
  const node = path.join(bin, 'node');
  const args = [path.join(contentRoot, plan), '--out', out, '--force'];
  const measured = await sideBySide({
    npm: () => timed('npm', ['run', '--silent', 'pdf', '--', ...args], repo, env),
    node: () => timed(node, ['scripts/run.mjs', 'build-pdf', ...args], repo, env),
    tsx: () => timed(node, ['--import', 'tsx', 'scripts/build-pdf.ts', ...args], repo, env),
    npmFloor: () => timed('npm', ['run', '--silent', 'start'], floors, env),
    pdfkitFloor: () => timed('npm', ['run', '--silent', 'pdfkit'], floors, { ...env, REPO: repo }),
  }, options.rounds, true);
  const runs = (list: Measured[]) => list.map((m) => ({ ms: m.ms, cpuMs: (m as ColdRun).cpuMs }));
  return { npm: runs(measured.npm), node: runs(measured.node), tsx: runs(measured.tsx), npmFloor: runs(measured.npmFloor), pdfkitFloor: runs(measured.pdfkitFloor) };
}
