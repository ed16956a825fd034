/**
 * Splits a Markdown file into YAML front matter and body, keeping line numbers. We do
 * this ourselves rather than through gray-matter so that the front matter goes through
 * the same position-keeping YAML parser as plan.yaml.
 */
export interface FrontMatterSplit {
  /** YAML text between the `---` fences, or undefined when there is none. */
  frontMatter?: string;
  /** Lines before the YAML text (the opening fence). */
  frontMatterLine: number;
  body: string;
  /** Lines before the body. */
  bodyLineOffset: number;
}

export function splitFrontMatter(source: string): FrontMatterSplit {
  const text = source.replace(/\r\n?/g, '\n');
  if (!text.startsWith('---\n')) return { frontMatterLine: 0, body: text, bodyLineOffset: 0 };
  const close = text.indexOf('\n---', 3);
  if (close === -1) return { frontMatterLine: 0, body: text, bodyLineOffset: 0 };
  const afterFence = text.indexOf('\n', close + 4);
  const frontMatter = text.slice(4, close + 1);
  const body = afterFence === -1 ? '' : text.slice(afterFence + 1);
  const bodyLineOffset = text.slice(0, afterFence === -1 ? text.length : afterFence + 1).split('\n').length - 1;
  return { frontMatter, frontMatterLine: 1, body, bodyLineOffset };
}
