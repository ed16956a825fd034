/**
 * `npm run bench -- --only=storlekar [--runs=3]`, or run alone with tsx: PDF time of one
 * plan whose section is a single word of 1 MB against one of 1 MB of ordinary prose, and
 * of words of 20 000 and 100 000 letters, as ratios of medians. Breaking a long word
 * must cost about what the same amount of prose costs (it took minutes before), and
 * five times the letters about five times the time. Ratios, not timed limits: the
 * machine's speed cancels out. Prints a Markdown table for docs/prestanda.md.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { renderPlanPdfWithPages } from '../../src/pdf';
import { clearTextCaches } from '../../src/pdf/engine/fonts';
import { checkPlans } from '../../src/pipeline';
import { summarize, timeRuns } from './measure';

const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 3);
const fixture = path.resolve(import.meta.dirname, '../../test/fixtures/valid/minimal');

const letters = (n: number) => {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzåäö';
  let text = '';
  for (let i = 0; i < n; i++) text += alphabet[(i * 7) % alphabet.length];
  return text;
};
const prose = (n: number) => {
  const words = ['verksamhetsplanen', 'och', 'kommunerna', 'samverkar', 'kring', 'uppföljningen', 'av', 'basutbildningen.'];
  const out: string[] = [];
  for (let length = 0, i = 0; length < n; i++) { const w = words[i % words.length]!; out.push(w); length += w.length + 1; }
  return out.join(' ');
};

const work = await mkdtemp(path.join(os.tmpdir(), 'planverk-storlekar-'));
async function pdfTimes(name: string, text: string): Promise<{ median: number; pages: number }> {
  const root = path.join(work, name);
  await mkdir(root, { recursive: true });
  await cp(fixture, path.join(root, 'plan'), { recursive: true });
  await writeFile(path.join(root, 'plan/inledning.md'), `${text}\n`);
  const { plans, problems } = await checkPlans(root);
  if (!plans[0]) throw new Error(`${name}: ${problems.map((p) => p.message).join('; ')}`);
  let pages = 0;
  // Cold text caches in every run: the text is new to the renderer, as in a real build.
  const times = await timeRuns(runs, true, async () => { clearTextCaches(); pages = (await renderPlanPdfWithPages(plans[0]!, root)).pageCount; });
  const median = summarize(times).median;
  console.error(`storlekar: ${name}: ${(median / 1000).toFixed(2)} s, ${pages} sidor`);
  return { median, pages };
}

const fmt = (v: number, d = 2) => v.toFixed(d).replace('.', ',');
const word1m = await pdfTimes('ord-1MB', letters(1_000_000));
const prose1m = await pdfTimes('prosa-1MB', prose(1_000_000));
const word20k = await pdfTimes('ord-20000', letters(20_000));
const word100k = await pdfTimes('ord-100000', letters(100_000));
await rm(work, { recursive: true, force: true });

const line = (what: string, r: { median: number; pages: number }) => `| ${what} | ${fmt(r.median / 1000)} s | ${r.pages} |`;
console.log([
  `| PDF för en plan vars avsnitt är … (median av ${runs}, tomma textcacher) | tid | sidor |`,
  '|---|---|---|',
  line('ett ord på 1 MB', word1m),
  line('1 MB vanlig löptext', prose1m),
  line('ett ord på 20 000 bokstäver', word20k),
  line('ett ord på 100 000 bokstäver', word100k),
  '',
  `Kvot ord/löptext vid 1 MB: ${fmt(word1m.median / prose1m.median)}. Kvot 100 000/20 000 bokstäver: ${fmt(word100k.median / word20k.median)} (5 gånger så många bokstäver).`,
].join('\n'));
