/**
 * Markdown → HTML for the site: mdast from `parseMarkdown()`, in-plan references and
 * abbreviations filled in, then mdast → hast → sanitized (a strict allow-list) → HTML.
 * Raw HTML never reaches the page; unsafe links keep only their text.
 *
 * A plan page has hundreds of short Markdown fields, so the per-field cost counts: the
 * fields go through the libraries behind remark-rehype, rehype-sanitize and rehype-stringify
 * (mdast-util-to-hast, hast-util-sanitize, hast-util-to-html) directly, and the few tree
 * walks of our own are plain loops rather than unist-util-visit, which allocates a closure
 * per node. `renderMarkdownWithoutShortcuts` keeps the unified chain itself, and the tests
 * compare every shortcut with it.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml as hastToHtml } from 'hast-util-to-html';
import type { Nodes, Parent, Root, RootContent } from 'mdast';
import { toHast, type Options as ToHastOptions } from 'mdast-util-to-hast';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Reference } from '../derive/derive-plan';
import { abbreviationPattern, markAbbreviations, type Abbreviation } from '../markdown/mark-abbreviations';
import { isSafeHref, parseMarkdown } from '../markdown/parse-markdown';
import { plainTextParagraphs } from '../markdown/plain-text';
import { resolveReferences } from '../derive/resolve-references';
import { FOOTNOTES } from '../shared/words-sv';

/** Everything the site publishes from Markdown: no scripts, styles, forms, images or event handlers. */
export const sanitizeSchema: SanitizeSchema = {
  strip: ['script', 'style'],
  clobberPrefix: '',
  clobber: [],
  tagNames: [
    'p', 'br', 'em', 'strong', 'del', 'a', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'hr',
    'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'sup', 'section', 'abbr', 'span',
  ],
  attributes: {
    a: ['href', 'id', 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel'],
    abbr: ['title'],
    li: ['id'],
    ol: ['start'],
    section: ['dataFootnotes', ['className', 'footnotes']],
    p: ['id', ['className', 'fotnoter-rubrik']],
    h3: ['id'], h4: ['id'], h5: ['id'], h6: ['id'],
    sup: [],
    td: [['align', 'left', 'center', 'right']],
    th: [['align', 'left', 'center', 'right']],
  },
  protocols: { href: ['http', 'https', 'mailto'] },
  required: {},
  ancestors: {},
};

export interface MarkdownContext {
  references: Readonly<Record<string, Reference>>;
  abbreviations: readonly Abbreviation[];
  /** A fresh prefix per Markdown field keeps footnote ids unique on the page. */
  nextIdPrefix: () => string;
}

export function createMarkdownContext(references: MarkdownContext['references'], abbreviations: readonly Abbreviation[], pagePrefix = 'md'): MarkdownContext {
  let counter = 0;
  return { references, abbreviations, nextIdPrefix: () => `${pagePrefix}${++counter}-` };
}

const unpublishable = (node: RootContent) =>
  node.type === 'html' || node.type === 'image' || node.type === 'imageReference' || (node.type === 'definition' && !isSafeHref(node.url));

/** Removes what the site never publishes, before conversion: raw HTML, images, unsafe links. */
function dropUnpublishable(parent: Parent, headingBase: number): void {
  const kept: RootContent[] = [];
  for (const node of parent.children) {
    if (unpublishable(node)) continue;
    if (node.type === 'link' && !isSafeHref(node.url)) {
      // The link's words stay, in its place.
      dropUnpublishable(node, headingBase);
      kept.push(...node.children);
      continue;
    }
    if (node.type === 'heading') node.depth = Math.min(6, headingBase + node.depth) as typeof node.depth;
    if ('children' in node) dropUnpublishable(node, headingBase);
    kept.push(node);
  }
  (parent as { children: RootContent[] }).children = kept;
}

/** Whether `dropUnpublishable` would change anything in the tree. */
function needsChanges(node: Nodes): boolean {
  if (node.type === 'heading' || (node.type === 'link' && !isSafeHref(node.url))) return true;
  if (!('children' in node)) return false;
  for (const child of node.children) if (unpublishable(child) || needsChanges(child)) return true;
  return false;
}

/** Every element of a hast tree, parents before their children. */
function forEachElement(parent: HastRoot | Element, action: (element: Element) => void): void {
  for (const child of parent.children) {
    if (child.type !== 'element') continue;
    action(child);
    forEachElement(child, action);
  }
}

/** mdast-util-to-hast names every footnote label "footnote-label"; make it unique per field. */
function prefixFootnoteLabel(tree: HastRoot, prefix: string): void {
  forEachElement(tree, (node) => {
    if (node.properties.id === 'footnote-label') node.properties.id = `${prefix}footnote-label`;
    const described = node.properties.ariaDescribedBy;
    if (Array.isArray(described) && described.includes('footnote-label')) node.properties.ariaDescribedBy = [`${prefix}footnote-label`];
  });
}

/** For inline use: a lone `<p>` gives its children to the root. */
function unwrapLoneParagraph(tree: HastRoot): void {
  const elements = tree.children.filter((node) => !(node.type === 'text' && node.value.trim() === ''));
  const only = elements.length === 1 ? elements[0] : undefined;
  if (only?.type === 'element' && only.tagName === 'p') tree.children = only.children;
}

/** Text of a hast subtree. */
function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

const withoutScheme = (url: string) => url.trim().replace(/^https?:\/\//i, '').replace(/\/$/, '');

/** Whether a link's text is its own outside address ("www.example.se" for http://www.example.se/). */
export function isBareUrl(text: string, href: string): boolean {
  return /^https?:/i.test(href) && withoutScheme(text) === withoutScheme(href);
}

/**
 * Marks outside links whose text is their own address (`data-bare-url`): the print
 * stylesheet writes every other outside link's address after its text. Runs after
 * sanitizing, and adds nothing but this one fixed attribute.
 */
function markBareUrls(tree: HastRoot): void {
  forEachElement(tree, (node) => {
    const href = node.tagName === 'a' ? node.properties.href : undefined;
    if (typeof href === 'string' && isBareUrl(textOf(node), href)) node.properties.dataBareUrl = true;
  });
}

const toHastOptions = (prefix: string): ToHastOptions => ({
  clobberPrefix: prefix,
  footnoteLabel: FOOTNOTES.title,
  footnoteLabelTagName: 'p',
  footnoteLabelProperties: { className: ['fotnoter-rubrik'] },
  footnoteBackLabel: (referenceIndex: number) => FOOTNOTES.back(referenceIndex + 1),
});

/** The unified chain the fast path below stands for; only the reference rendering uses it. */
function buildProcessor(prefix: string, inline: boolean) {
  return unified()
    .use(remarkRehype, toHastOptions(prefix))
    .use(() => (tree: HastRoot) => prefixFootnoteLabel(tree, prefix))
    .use(() => (inline ? unwrapLoneParagraph : undefined))
    .use(rehypeSanitize, sanitizeSchema)
    .use(() => markBareUrls)
    .use(rehypeStringify)
    .freeze();
}

function hasFootnotes(node: Nodes): boolean {
  if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') return true;
  return 'children' in node && node.children.some(hasFootnotes);
}

/** The prefix only shows in footnote ids: text without footnotes needs no renaming. */
const SHARED_OPTIONS = toHastOptions('md-');

function toHtml(text: string, tree: Root, prefix: string, inline = false): string {
  // A footnote reference or definition always contains "[^": most strings skip the walk.
  const footnotes = text.includes('[^') && hasFootnotes(tree);
  const hast = toHast(tree, footnotes ? toHastOptions(prefix) : SHARED_OPTIONS) as HastRoot;
  if (footnotes) prefixFootnoteLabel(hast, prefix);
  if (inline) unwrapLoneParagraph(hast);
  const clean = sanitize(hast, sanitizeSchema) as HastRoot;
  markBareUrls(clean);
  return hastToHtml(clean);
}

/** Per list of abbreviations: the trimmed words, the matching expression, and the `<abbr>` HTML per word. */
interface AbbreviationIndex { words: string[]; pattern?: RegExp; expansions: Map<string, string>; html: Map<string, string> }
const abbreviationIndexes = new WeakMap<readonly Abbreviation[], AbbreviationIndex>();
function abbreviationIndex(abbreviations: readonly Abbreviation[]): AbbreviationIndex {
  let index = abbreviationIndexes.get(abbreviations);
  if (!index) {
    index = {
      words: [...new Set(abbreviations.map((a) => a.abbr.trim()).filter(Boolean))],
      pattern: abbreviationPattern(abbreviations),
      expansions: new Map(abbreviations.map((a) => [a.abbr.trim(), a.expansion])),
      html: new Map(),
    };
    abbreviationIndexes.set(abbreviations, index);
  }
  return index;
}

/** `<abbr title="…">word</abbr>` exactly as markAbbreviations() + rehype-stringify write it. */
function abbreviationHtml(index: AbbreviationIndex, word: string): string {
  let html = index.html.get(word);
  if (html === undefined) {
    const expansion = index.expansions.get(word) ?? word;
    html = hastToHtml({ type: 'element', tagName: 'abbr', properties: { title: expansion }, children: [{ type: 'text', value: word }] });
    index.html.set(word, html);
  }
  return html;
}

const ESCAPES = /[&\\]/;
/** An in-plan link (`#id`) needs a "#" in the source, or a character reference for it. */
const MAY_LINK_IN_PLAN = /[#&]/;

/**
 * Whether any abbreviation may occur in the parsed text: a match needs the word in the
 * source, unless a character reference (`&…;`) or a backslash escape spells it differently.
 */
function mayHoldAbbreviation(text: string, abbreviations: readonly Abbreviation[]): boolean {
  const { words } = abbreviationIndex(abbreviations);
  return words.length > 0 && (ESCAPES.test(text) || words.some((word) => text.includes(word)));
}

function prepare(text: string, ctx: MarkdownContext, headingBase: number): Root {
  // parseMarkdown() caches its trees: never change one in place. resolveReferences() and
  // markAbbreviations() return copies; each runs only when the text can hold what it looks for
  // (an in-plan link needs a "#", an abbreviation its word), and the tree is copied only once.
  let tree = parseMarkdown(text);
  let copied = false;
  if (MAY_LINK_IN_PLAN.test(text)) { tree = resolveReferences(tree, ctx.references); copied = true; }
  if (mayHoldAbbreviation(text, ctx.abbreviations)) { tree = markAbbreviations(tree, ctx.abbreviations); copied = true; }
  if (!copied) {
    if (!needsChanges(tree)) return tree;
    tree = structuredClone(tree);
  }
  dropUnpublishable(tree, headingBase);
  return tree;
}

/**
 * Paragraphs of plain text (no Markdown syntax) as the full pipeline would write them: one
 * HTML string per paragraph, soft line breaks kept, the plan's abbreviations as `<abbr>`.
 * Returns undefined whenever the text could mean anything more; then the full pipeline runs.
 * test/site/render-markdown.test.ts checks it against the full pipeline.
 */
export function plainParagraphs(text: string, abbreviations: readonly Abbreviation[]): string[] | undefined {
  const paragraphs = plainTextParagraphs(text);
  if (!paragraphs) return undefined;
  // Plain characters need no escaping; only the abbreviations become elements.
  const index = abbreviationIndex(abbreviations);
  const { pattern } = index;
  if (!pattern || !index.words.some((word) => text.includes(word))) return paragraphs;
  return paragraphs.map((paragraph) => paragraph.replace(pattern, (word) => abbreviationHtml(index, word)));
}

const blockHtml = (paragraphs: readonly string[]) => paragraphs.map((p) => `<p>${p}</p>`).join('\n');

/**
 * The same HTML without any shortcut: every step runs on a copy of the tree, with a chain of
 * its own. Slower; test/site/render-markdown.test.ts compares the fast paths against it.
 */
export function renderMarkdownWithoutShortcuts(text: string, ctx: MarkdownContext, options: { inline?: boolean; headingBase?: number } = {}): string {
  const { inline = false, headingBase = inline ? 3 : 2 } = options;
  const prefix = ctx.nextIdPrefix();
  const tree = markAbbreviations(resolveReferences(parseMarkdown(text), ctx.references), ctx.abbreviations);
  dropUnpublishable(tree, headingBase);
  const processor = buildProcessor(prefix, inline);
  return processor.stringify(processor.runSync(tree) as HastRoot);
}

/**
 * Block Markdown (paragraphs, lists, tables, footnotes). `headingBase` is the level of
 * the enclosing heading: a `#` in the text becomes one level below it.
 */
export function renderMarkdown(text: string, ctx: MarkdownContext, headingBase = 2): string {
  // Every field takes a prefix, used or not, so footnote ids do not depend on the path taken.
  const prefix = ctx.nextIdPrefix();
  const plain = plainParagraphs(text, ctx.abbreviations);
  if (plain) return blockHtml(plain);
  return toHtml(text, prepare(text, ctx, headingBase), prefix);
}

/** Markdown for a table cell or a list item: a lone paragraph is unwrapped. */
export function renderMarkdownInline(text: string, ctx: MarkdownContext): string {
  const prefix = ctx.nextIdPrefix();
  const plain = plainParagraphs(text, ctx.abbreviations);
  if (plain) return plain.length === 1 ? plain[0]! : blockHtml(plain);
  return toHtml(text, prepare(text, ctx, 3), prefix, true);
}
