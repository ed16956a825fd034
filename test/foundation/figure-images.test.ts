/**
 * Figure images as the check resolves them: the type comes from the content, never the
 * name, and the derived model carries the one published name (`<hash>.<ext>`) every
 * renderer uses. Author names a URL cannot carry (`#`, `?`, spaces, å/ä/ö, `__proto__`) and
 * names of pages (`x.html`, `index.html`, `.xhtml`, `.svgz`) are accepted for real images
 * and never reach the published name.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkSections } from '../../src/derive/derive-plan';
import type { PublishedImage } from '../../src/shared/published-image';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { planJsonText } from '../../src/site/plan-json';
import { summarizePlan } from '../../src/incremental/plan-summary';

const PNG = await readFile('test/pdf/fixtures/staplar.png');
const JPEG = await readFile('test/pdf/fixtures/sol.jpg');
const SVG = Buffer.from('<?xml version="1.0"?>\n<!-- ritad för hand -->\n<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="20" height="10"/></svg>');

async function checkWith(images: Record<string, Buffer>) {
  const root = await resolveContentRoot(await mkdtemp(path.join(os.tmpdir(), 'planverk-images-')));
  const dir = path.join(root, 'plan');
  await cp('test/fixtures/valid/minimal', dir, { recursive: true });
  const figures = Object.keys(images).map((image, i) => `      - type: figure\n        id: figur-${i}\n        image: ${JSON.stringify(image)}\n        alt: Bild.\n        caption: Bild.\n`).join('');
  const yaml = await readFile(path.join(dir, 'plan.yaml'), 'utf8');
  await writeFile(path.join(dir, 'plan.yaml'), yaml.replace('  - id: inledning\n', `  - id: bilder\n    title: Bilder\n    blocks:\n${figures}  - id: inledning\n`));
  for (const [name, data] of Object.entries(images)) await writeFile(path.join(dir, name), data);
  const result = await checkPlans(root, [dir]);
  const published = new Map<string, PublishedImage | undefined>();
  for (const plan of result.plans) {
    for (const section of walkSections(plan.sections)) {
      for (const block of section.blocks) if (block.type === 'figure' && block.image) published.set(block.image, block.published);
    }
  }
  return { ...result, root, published };
}

describe('figure images resolved by the check', () => {
  it('publishes a real image under <hash>.<type sniffed from its content>, whatever its name', async () => {
    const polyglot = Buffer.concat([PNG, Buffer.from('<html><script>alert(1)</script></html>')]);
    const { problems, published, plans } = await checkWith({
      'x.html': polyglot, 'x.htm': Buffer.concat([polyglot, Buffer.from('2')]), 'index.html': Buffer.concat([polyglot, Buffer.from('3')]),
      'ritning.xhtml': SVG, 'ritning.svgz': Buffer.concat([SVG, Buffer.from(' ')]), 'foto.png': JPEG,
      'a#b.png': Buffer.concat([PNG, Buffer.from('a')]), 'q?x.png': Buffer.concat([PNG, Buffer.from('q')]), 'bild med å ä ö.png': Buffer.concat([PNG, Buffer.from('å')]), '__proto__': Buffer.concat([PNG, Buffer.from('p')]),
    });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const formats = Object.fromEntries([...published].map(([image, p]) => [image, p && p.name.replace(/^[0-9a-f]{16}/, '<hash>')]));
    expect(formats).toEqual({
      'x.html': '<hash>.png', 'x.htm': '<hash>.png', 'index.html': '<hash>.png', 'ritning.xhtml': '<hash>.svg', 'ritning.svgz': '<hash>.svg', 'foto.png': '<hash>.jpg',
      'a#b.png': '<hash>.png', 'q?x.png': '<hash>.png', 'bild med å ä ö.png': '<hash>.png', '__proto__': '<hash>.png',
    });
    expect(published.get('x.html')).toMatchObject({ file: 'plan/x.html', format: 'png' });
    expect(published.get('x.html')!.name).toBe(`${published.get('x.html')!.sha256.slice(0, 16)}.png`);
    // The site's routes and plan.json use the same names.
    expect(summarizePlan(plans[0]!).images.map((i) => i.name).sort()).toEqual([...published.values()].map((p) => p!.name).sort());
    const json = JSON.parse(planJsonText(plans[0]!)) as { computed: { images: { image: string; url: string }[] } };
    expect(json.computed.images.find((i) => i.image === 'a#b.png')!.url).toBe(`bilder/${published.get('a#b.png')!.name}`);
  });

  it('publishes one file once, however many figures show it', async () => {
    const { plans } = await checkWith({ 'en.png': PNG });
    const section = plans[0]!.sections.find((s) => s.anchor === 'bilder')!;
    section.blocks.push({ ...section.blocks[0]!, anchor: 'figur-kopia' });
    expect(section.blocks.filter((b) => b.type === 'figure' && b.published)).toHaveLength(2);
    expect(summarizePlan(plans[0]!).images).toHaveLength(1);
  });

  it('refuses an HTML page or text named as an image', async () => {
    const { problems } = await checkWith({
      'sida.png': Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>'),
      'text.svg': Buffer.from('bara text'),
      'html-med-svg.svg': Buffer.from('<html><body><svg width="1" height="1"></svg></body></html>'),
    });
    expect(problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.path])).toEqual([
      ['bild-trasig', 'sections[1].blocks[0].image'],
      ['bild-trasig', 'sections[1].blocks[1].image'],
      ['bild-svg-oanvandbar', 'sections[1].blocks[2].image'],
    ]);
  });
});
