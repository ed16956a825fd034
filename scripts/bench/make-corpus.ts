/**
 * Scale corpus for benchmarks. `makeCorpus` writes N plans derived from the plans in
 * content/: plan i is seed i mod 5 with its own organisation (region), an appendix of
 * generated Swedish text whose length varies from plan to plan, and a key-figure table
 * with varied numbers, so no two plans are alike and sizes spread out. `makeStressPlans`
 * writes the edge cases: 200 goals, a 500-row table, 300 wheel events and ~60 pages.
 * Everything is written outside the repository (a temp folder); nothing is committed.
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { discoverPlanDirs } from '../../src/load/discover-plans';

const REGIONS = [
  'Norrbotten', 'Västerbotten', 'Jämtland', 'Västernorrland', 'Gävleborg', 'Dalarna', 'Värmland', 'Örebro',
  'Västmanland', 'Uppsala', 'Stockholm', 'Södermanland', 'Östergötland', 'Jönköping', 'Kronoberg', 'Kalmar',
  'Gotland', 'Blekinge', 'Skåne', 'Halland', 'Västra Götaland',
];

const WORDS = (
  'kommunerna socialtjänsten verksamheten utveckling kunskap samverkan brukare forskning implementering '
  + 'uppföljning äldreomsorg funktionshinder barn unga familj missbruk beroende psykisk hälsa nätverk '
  + 'kompetens utbildning lärosäten region länet insatser evidens praktik stöd ledning styrgrupp '
  + 'arbetsformer dialog handläggning dokumentation kvalitet förbättring nationella riktlinjer uppdrag'
).split(' ');

/** Deterministic PRNG (mulberry32): the same i gives the same plan on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(rand: () => number): string {
  const n = 8 + Math.floor(rand() * 14);
  const words = Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]!);
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

export function paragraph(rand: () => number, sentences = 3 + Math.floor(rand() * 5)): string {
  return Array.from({ length: sentences }, () => sentence(rand)).join(' ');
}

/** Swedish integer with a non-breaking thin space, as plans write amounts ("1 250 000"). */
function amount(value: number): string {
  return Math.round(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** The generated appendix of plan i: 0–11 paragraphs and a 3–14 row key-figure table. */
function appendix(i: number, region: string): Record<string, unknown> {
  const rand = random(i + 1);
  const paragraphs = Math.floor(rand() * 12);
  const rows = 3 + Math.floor(rand() * 12);
  const year = 2015 + Math.floor(rand() * 10);
  return {
    title: `Bilaga: nyckeltal för ${region} (${i})`,
    numbered: false,
    body: [`Sammanställningen gäller ${region} och år ${year}.`, ...Array.from({ length: paragraphs }, () => paragraph(rand))].join('\n\n'),
    blocks: [
      {
        type: 'table',
        caption: `Nyckeltal ${region} ${year}`,
        columns: ['Område', 'Ärenden', 'Kostnad (kr)', 'Andel'],
        rows: Array.from({ length: rows }, (_, r) => [
          WORDS[(i + r) % WORDS.length]!.replace(/^./, (c) => c.toUpperCase()),
          String(1 + Math.floor(rand() * 900)),
          amount(10_000 + rand() * 2_000_000),
          `${Math.floor(rand() * 100)} %`,
        ]),
      },
    ],
  };
}

export interface CorpusOptions {
  contentDir?: string;
}

/** Writes N plans to `target` (emptied first); returns their folders in order. */
export async function makeCorpus(target: string, count: number, options: CorpusOptions = {}): Promise<string[]> {
  await rm(target, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  const seeds = await discoverPlanDirs(path.resolve(options.contentDir ?? 'content'));
  const seedTexts = await Promise.all(seeds.map((seed) => readFile(path.join(seed, 'plan.yaml'), 'utf8')));
  const dirs: string[] = [];
  for (let i = 0; i < count; i++) {
    const s = i % seeds.length;
    const region = REGIONS[Math.floor(i / seeds.length) % REGIONS.length]!;
    const dir = path.join(target, `${path.basename(seeds[s]!)}-${String(i).padStart(4, '0')}`);
    await cp(seeds[s]!, dir, { recursive: true });
    const doc = parseDocument(seedTexts[s]!);
    doc.setIn(['organisation', 'name'], `${String(doc.getIn(['organisation', 'name']))} – ${region} ${i}`);
    doc.setIn(['title'], `${String(doc.getIn(['title']))} (${region} ${i})`);
    doc.addIn(['sections'], doc.createNode(appendix(i, region)));
    await writeFile(path.join(dir, 'plan.yaml'), doc.toString({ lineWidth: 0 }));
    dirs.push(dir);
  }
  return dirs;
}

const STRESS_HEAD = {
  title: 'Stressplan',
  kind: 'verksamhetsplan',
  organisation: { name: 'FoU Stress' },
  period: { start: 2023 },
  documentDate: '2023-02-27',
  status: 'fastställd',
};

function stressPlan(name: string, sections: unknown[]): string {
  return `# Generated by scripts/bench/make-corpus.ts (benchmark stress plan).\n${stringify({ ...STRESS_HEAD, title: `Stressplan: ${name}`, sections }, { lineWidth: 0 })}`;
}

export const STRESS_PLANS = ['stress-200-mal', 'stress-500-rader', 'stress-300-handelser', 'stress-60-sidor'] as const;

/** Writes the four stress plans to `target` (emptied first); returns their folders. */
export async function makeStressPlans(target: string): Promise<string[]> {
  await rm(target, { recursive: true, force: true });
  const rand = random(4711);
  const months = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
  const plans: Record<(typeof STRESS_PLANS)[number], string> = {
    'stress-200-mal': stressPlan('200 mål', [{
      title: 'Mål och mätetal',
      body: paragraph(rand),
      blocks: [{
        type: 'goalTable',
        goals: Array.from({ length: 200 }, (_, g) => ({
          goal: `Mål ${g + 1}: ${sentence(rand)}`,
          measures: [{ measure: sentence(rand), target: `${10 + (g % 90)} %`, activities: sentence(rand) }],
        })),
      }],
    }]),
    'stress-500-rader': stressPlan('500 rader', [{
      title: 'Stor tabell',
      body: paragraph(rand),
      blocks: [{
        type: 'table',
        caption: 'Tabell med 500 rader',
        columns: ['Nr', 'Område', 'Beskrivning', 'Belopp (kr)'],
        rows: Array.from({ length: 500 }, (_, r) => [String(r + 1), WORDS[r % WORDS.length]!, sentence(rand), amount(rand() * 1_000_000)]),
      }],
    }]),
    'stress-300-handelser': stressPlan('300 händelser', [{
      title: 'Årshjul',
      body: paragraph(rand),
      blocks: [{
        type: 'wheel',
        categories: Array.from({ length: 6 }, (_, c) => ({ id: `kategori-${c + 1}`, name: `Kategori ${c + 1}` })),
        events: Array.from({ length: 300 }, (_, e) => {
          const kind = e % 3;
          const base = { title: `Händelse ${e + 1}: ${WORDS[e % WORDS.length]}`, category: `kategori-${(e % 6) + 1}` };
          if (kind === 0) return { ...base, date: `2023-${String((e % 12) + 1).padStart(2, '0')}-${String((e % 28) + 1).padStart(2, '0')}` };
          if (kind === 1) return { ...base, month: months[e % 12] };
          return { ...base, period: { from: months[e % 6], to: months[6 + (e % 6)] } };
        }),
      }],
    }]),
    'stress-60-sidor': stressPlan('60 sidor', Array.from({ length: 40 }, (_, s) => ({
      title: `Avsnitt ${s + 1}: ${WORDS[s % WORDS.length]}`,
      body: Array.from({ length: 9 }, () => paragraph(rand, 8)).join('\n\n'),
      sections: [{ title: `Fördjupning ${s + 1}`, body: Array.from({ length: 3 }, () => paragraph(rand, 6)).join('\n\n') }],
    }))),
  };
  const dirs: string[] = [];
  for (const [name, text] of Object.entries(plans)) {
    const dir = path.join(target, name);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'plan.yaml'), text);
    dirs.push(dir);
  }
  return dirs;
}
