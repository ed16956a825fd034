/**
 * The framework's floor: a bare Astro project (the installed astro, no integrations) that
 * builds the same number of HTML pages, each of the same size, as planverk's site build.
 * Generated in a temp folder with node_modules linked to the repository's.
 */
import { mkdir, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface HtmlPage {
  /** Route without leading/trailing slash ("" for the start page). */
  route: string;
  bytes: number;
}

/** Every index.html in a built site, as routes and sizes. */
export async function listHtmlPages(siteDir: string): Promise<HtmlPage[]> {
  const pages: HtmlPage[] = [];
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = path.relative(siteDir, full).split(path.sep).join('/');
        const route = rel === 'index.html' ? '' : rel.replace(/\/index\.html$/, '').replace(/\.html$/, '');
        pages.push({ route, bytes: (await stat(full)).size });
      }
    }
  };
  await walk(siteDir);
  return pages;
}

export async function makeBareAstroProject(dir: string, pages: HtmlPage[], repoRoot: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'src', 'pages'), { recursive: true });
  await symlink(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  await writeFile(path.join(dir, 'package.json'), '{ "name": "bare-astro-bench", "private": true, "type": "module" }\n');
  await writeFile(path.join(dir, 'astro.config.mjs'), "export default { outDir: process.env.BARE_OUT_DIR ?? './dist', build: { format: 'directory' }, devToolbar: { enabled: false } };\n");
  await writeFile(path.join(dir, 'src', 'pages.json'), JSON.stringify(pages));
  await writeFile(path.join(dir, 'src', 'pages', '[...route].astro'), `---
import pages from '../pages.json';
export function getStaticPaths() {
  return pages.map((p) => ({ params: { route: p.route || undefined }, props: { bytes: p.bytes } }));
}
const { bytes } = Astro.props;
const sentence = 'Kommunerna och regionen utvecklar socialtjänsten tillsammans med forskningen i länet. ';
const paragraphs = [];
for (let size = 400; size < bytes; size += sentence.length * 4 + 7) paragraphs.push(sentence.repeat(4));
---
<html lang="sv"><head><meta charset="utf-8"><title>Sida {Astro.params.route}</title></head>
<body><main>{paragraphs.map((p) => <p>{p}</p>)}</main></body></html>
`);
}
