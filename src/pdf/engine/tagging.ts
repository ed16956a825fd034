/**
 * Tagged PDF: a light tree of structure nodes whose pdfkit elements are created the
 * first time content is drawn for them, so the structure tree follows reading order.
 * Everything drawn goes either into a node's marked content or into an artifact.
 */
import { pageInternals, structElementData, type PageInternals } from './pdfkit-internals';
import { withoutControlCharacters } from './control-characters';

type PDFStructureElement = ReturnType<PDFKit.PDFDocument['struct']>;

export interface StructOptions {
  alt?: string;
  lang?: string;
  actual?: string;
  title?: string;
  /** For TH: "Column" or "Row". */
  scope?: 'Column' | 'Row' | 'Both';
  /** For a TD or TH spanning several rows. */
  rowSpan?: number;
}

export class StructNode {
  private element?: PDFStructureElement;

  constructor(
    readonly type: string,
    readonly parent: StructNode | null,
    readonly options: StructOptions = {},
  ) {}

  child(type: string, options: StructOptions = {}): StructNode {
    return new StructNode(type, this, options);
  }

  /** The pdfkit element, created and attached to its parent on first use. */
  elementIn(doc: PDFKit.PDFDocument): PDFStructureElement {
    if (!this.element) {
      const { rowSpan, ...options } = this.options;
      // Alt, ActualText, Lang and T are PDF text strings: no control characters.
      for (const key of ['alt', 'lang', 'actual', 'title'] as const) if (options[key] !== undefined) options[key] = withoutControlCharacters(options[key]);
      this.element = doc.struct(this.type, options as Record<string, unknown>);
      if (rowSpan && rowSpan > 1) {
        const data = structElementData(this.element);
        data.A = { ...((data.A as object | undefined) ?? {}), O: 'Table', RowSpan: rowSpan };
      }
      if (this.parent) this.parent.elementIn(doc).add(this.element);
      else doc.addStructure(this.element);
    }
    return this.element;
  }

  /** Makes sure the element exists even without content of its own (a list, a table). */
  open(doc: PDFKit.PDFDocument): this {
    this.elementIn(doc);
    return this;
  }
}

type PageMarkings = Pick<PageInternals, 'markings' | 'write'>;
interface OpenSequence { node: StructNode; page: PageMarkings; content: unknown }

/**
 * The marked-content sequence left open by `markedText`, per document: consecutive
 * lines of one paragraph (or cell, heading, link) on one page share one sequence and
 * one MCID, instead of one per line. Anything else drawn (other marked content, an
 * artifact, a new page) closes it first.
 */
const openSequences = new WeakMap<PDFKit.PDFDocument, OpenSequence>();

function isStillOpen(open: OpenSequence): boolean {
  return open.page.markings.at(-1)?.structContent === open.content;
}

/** Ends the sequence `markedText` left open (if any); call before leaving a page. */
export function closeMarkedText(doc: PDFKit.PDFDocument): void {
  const open = openSequences.get(doc);
  if (!open) return;
  openSequences.delete(doc);
  // pdfkit itself closes open structure content when other marked content starts.
  if (isStillOpen(open)) {
    open.page.markings.pop();
    open.page.write('EMC');
  }
}

/**
 * Writes content operators (text of `node`) as marked content, continuing the open
 * sequence when it belongs to the same node on the same page.
 */
export function markedText(doc: PDFKit.PDFDocument, node: StructNode, operators: string): void {
  const page: PageMarkings = pageInternals(doc);
  const open = openSequences.get(doc);
  if (open && open.node === node && open.page === page && isStillOpen(open)) {
    page.write(operators);
    return;
  }
  closeMarkedText(doc);
  const element = node.elementIn(doc);
  const content = doc.markStructureContent(node.type);
  element.add(content);
  page.write(operators);
  openSequences.set(doc, { node, page, content });
}

/** Draws `draw` as marked content belonging to `node`. */
export function marked(doc: PDFKit.PDFDocument, node: StructNode, draw: () => void): void {
  closeMarkedText(doc);
  const element = node.elementIn(doc);
  const content = doc.markStructureContent(node.type);
  draw();
  doc.endMarkedContent();
  element.add(content);
}

export type ArtifactType = 'Pagination' | 'Layout' | 'Page' | 'Background';

/** Draws decoration, running headers and footers outside the structure tree. */
export function artifact(doc: PDFKit.PDFDocument, type: ArtifactType, draw: () => void): void {
  closeMarkedText(doc);
  doc.markContent('Artifact', { type } as Record<string, unknown>);
  draw();
  doc.endMarkedContent();
}
