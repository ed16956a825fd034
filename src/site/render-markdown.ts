/**
 * Markdown → HTML for the site: mdast from `parseMarkdown()`, in-plan references and
 * abbreviations filled in, then remark-rehype → rehype-sanitize (a strict allow-list)
 * → rehype-stringify. Raw HTML never reaches the page; unsafe links keep only their text.
 */
import type { Element, Root as HastRoot } from 'hast';
import type { Heading, Root } from 'mdast';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { Reference } from '../derive/derive-plan';
import { markAbbreviations, type Abbreviation } from '../markdown/mark-abbreviations';
import { isSafeHref, parseMarkdown } from '../markdown/parse-markdown';
import { resolveReferences } from '../markdown/resolve-references';

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

/** Removes what the site never publishes, before conversion: raw HTML, images, unsafe links. */
function dropUnpublishable(tree: Root, headingBase: number): void {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.type === 'html' || node.type === 'image' || node.type === 'imageReference' ||
        (node.type === 'definition' && !isSafeHref(node.url))) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.type === 'link' && !isSafeHref(node.url)) {
      parent.children.splice(index, 1, ...node.children);
      return [SKIP, index];
    }
    if (node.type === 'heading') (node as Heading).depth = Math.min(6, headingBase + node.depth) as Heading['depth'];
  });
}

/** mdast-util-to-hast names every footnote label "footnote-label"; make it unique per field. */
function prefixFootnoteLabel(prefix: string) {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      if (node.properties.id === 'footnote-label') node.properties.id = `${prefix}footnote-label`;
      const described = node.properties.ariaDescribedBy;
      if (Array.isArray(described) && described.includes('footnote-label')) node.properties.ariaDescribedBy = [`${prefix}footnote-label`];
    });
  };
}

/** For inline use: a lone `<p>` gives its children to the root. */
function unwrapLoneParagraph() {
  return (tree: HastRoot) => {
    const elements = tree.children.filter((node) => !(node.type === 'text' && node.value.trim() === ''));
    const only = elements.length === 1 ? elements[0] : undefined;
    if (only?.type === 'element' && only.tagName === 'p') tree.children = only.children;
  };
}

function buildProcessor(prefix: string, inline: boolean) {
  return unified()
    .use(remarkRehype, {
      clobberPrefix: prefix,
      footnoteLabel: 'Fotnoter',
      footnoteLabelTagName: 'p',
      footnoteLabelProperties: { className: ['fotnoter-rubrik'] },
      footnoteBackLabel: (referenceIndex: number) => `Tillbaka till texten (fotnot ${referenceIndex + 1})`,
    })
    .use(prefixFootnoteLabel, prefix)
    .use(inline ? unwrapLoneParagraph : () => undefined)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeStringify)
    .freeze();
}

type Processor = ReturnType<typeof buildProcessor>;

/**
 * The prefix only shows in footnote ids, so text without footnotes (nearly every table
 * cell and list item) shares two frozen processors instead of building a chain per string.
 */
const shared: { block?: Processor; inline?: Processor } = {};

function hasFootnotes(tree: Root): boolean {
  let found = false;
  visit(tree, (node) => {
    if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') { found = true; return false; }
    return undefined;
  });
  return found;
}

function toHtml(tree: Root, prefix: string, inline = false): string {
  const processor = hasFootnotes(tree)
    ? buildProcessor(prefix, inline)
    : (shared[inline ? 'inline' : 'block'] ??= buildProcessor('md-', inline));
  const hast = processor.runSync(tree) as HastRoot;
  return processor.stringify(hast);
}

function prepare(text: string, ctx: MarkdownContext, headingBase: number): Root {
  const tree = markAbbreviations(resolveReferences(parseMarkdown(text), ctx.references), ctx.abbreviations);
  dropUnpublishable(tree, headingBase);
  return tree;
}

/**
 * Block Markdown (paragraphs, lists, tables, footnotes). `headingBase` is the level of
 * the enclosing heading: a `#` in the text becomes one level below it.
 */
export function renderMarkdown(text: string, ctx: MarkdownContext, headingBase = 2): string {
  return toHtml(prepare(text, ctx, headingBase), ctx.nextIdPrefix());
}

/** Markdown for a table cell or a list item: a lone paragraph is unwrapped. */
export function renderMarkdownInline(text: string, ctx: MarkdownContext): string {
  return toHtml(prepare(text, ctx, 3), ctx.nextIdPrefix(), true);
}
