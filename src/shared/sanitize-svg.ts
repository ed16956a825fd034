/**
 * SVG figures are published as files, and a visitor may open one directly: then it is a
 * document on the site's origin. Before publishing (and before the PDF draws it), svgo's
 * `removeScripts` plus a stricter pass leave only SVG that draws, so that the file runs no
 * script, makes no request to any host and cannot navigate:
 * - processing instructions (`<?xml-stylesheet?>`) and the doctype go;
 * - elements outside the SVG namespace go (foreign HTML: `<meta http-equiv>`, `<iframe>`,
 *   `<img srcset>`, `<video poster>`, XInclude …), and so do `<foreignObject>`, `<script>`,
 *   and every animation element (`<animate>`, `<set>` … could rewrite an `href`; neither
 *   the PDF nor a figure needs motion);
 * - `<a>` becomes a plain group: its content stays, the link goes;
 * - `href`/`xlink:href`/`src` stay only as a same-document fragment (`#id`), or as an
 *   embedded PNG/JPEG/GIF (`data:` on `<image>`, which requests nothing and which the PDF
 *   draws too);
 * - event handlers, `srcset`, `poster`, `http-equiv`, `xml:base` and attributes of foreign
 *   namespaces go, as does any attribute whose value holds a `url()` that is not `#id`;
 * - CSS (`<style>` and `style=""`) is kept only when it cannot load anything: no at-rule
 *   (`@import`, `@font-face` …), no escape (`\` hides any name), no `image-set()`,
 *   `image()`, `src()`, and no `url()` but `url(#id)`. Drawing programs write their colours
 *   as classes in `<style>`; dropping every style would turn such figures black.
 */
import { optimize, type CustomPlugin } from 'svgo';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

const FORBIDDEN_ELEMENTS = new Set([
  'script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener',
  'animate', 'set', 'animatetransform', 'animatemotion', 'animatecolor', 'discard',
]);
const FORBIDDEN_ATTRIBUTES = new Set(['srcset', 'poster', 'http-equiv', 'ping', 'action', 'formaction', 'background', 'codebase', 'archive', 'manifest', 'target', 'download']);
const EMBEDDED_RASTER = /^data:image\/(png|jpe?g|gif);base64,[a-z0-9+/=\s]*$/i;

/** CSS that could load something (see the module comment); conservative by design. */
export function unsafeCss(css: string): boolean {
  const lower = css.toLowerCase();
  if (/[\\@]/.test(lower)) return true;
  if (/image-set|image\s*\(|src\s*\(|element\s*\(|expression\s*\(|binding|behavior/.test(lower)) return true;
  for (const match of lower.matchAll(/url\s*\(\s*['"]?\s*([^'")\s]*)/g)) if (!match[1]!.startsWith('#')) return true;
  return false;
}

type Namespaces = ReadonlyMap<string, string>;

interface XastElement { type: 'element'; name: string; attributes: Record<string, string>; children: XastChild[] }
type XastChild = XastElement | { type: 'text' | 'cdata' | 'comment'; value: string } | { type: 'instruction' | 'doctype' };
interface XastParent { type: string; children: XastChild[] }

function split(name: string): [prefix: string, local: string] {
  const colon = name.indexOf(':');
  return colon < 0 ? ['', name] : [name.slice(0, colon), name.slice(colon + 1)];
}

function remove(node: XastChild, parent: XastParent): void {
  parent.children = parent.children.filter((child) => child !== node);
}

/** A document without a default namespace is read as SVG, and published with one (a browser shows nothing otherwise). */
const TOP: Namespaces = new Map([['', SVG_NS], ['xml', XML_NS], ['xmlns', XMLNS_NS]]);

function removeUnsafe(): CustomPlugin {
  return {
    name: 'planverkRemoveUnsafe',
    fn: () => {
      const scopes = new WeakMap<object, Namespaces>();
      return {
        instruction: { enter: (node, parent) => remove(node as XastChild, parent as XastParent) },
        doctype: { enter: (node, parent) => remove(node as XastChild, parent as XastParent) },
        element: {
          enter: (raw, rawParent) => {
            const node = raw as unknown as XastElement;
            const parent = rawParent as unknown as XastParent;
            const inherited = scopes.get(parent) ?? TOP;
            let namespaces = inherited;
            for (const [name, value] of Object.entries(node.attributes)) {
              if (name === 'xmlns' || name.startsWith('xmlns:')) {
                if (namespaces === inherited) namespaces = new Map(inherited);
                (namespaces as Map<string, string>).set(name === 'xmlns' ? '' : name.slice(6), value);
              }
            }
            scopes.set(node, namespaces);
            const [prefix, local] = split(node.name);
            const lowerLocal = local.toLowerCase();
            if (namespaces.get(prefix) !== SVG_NS || FORBIDDEN_ELEMENTS.has(lowerLocal)) return remove(node, parent);
            if (lowerLocal === 'style') {
              const css = node.children.map((child) => ('value' in child ? child.value : '')).join('');
              if (unsafeCss(css)) return remove(node, parent);
            }
            if (lowerLocal === 'a') node.name = prefix ? `${prefix}:g` : 'g';
            if (parent.type === 'root' && prefix === '' && node.attributes.xmlns === undefined) node.attributes.xmlns = SVG_NS;
            for (const [name, value] of Object.entries(node.attributes)) {
              if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
              const [attrPrefix, attrLocalRaw] = split(name);
              const attrLocal = attrLocalRaw.toLowerCase();
              const attrNamespace = attrPrefix ? namespaces.get(attrPrefix) : undefined;
              const keep =
                (attrPrefix === '' || attrNamespace === XLINK_NS || (attrNamespace === XML_NS && attrLocal !== 'base')) &&
                !attrLocal.startsWith('on') &&
                !FORBIDDEN_ATTRIBUTES.has(attrLocal) &&
                (attrLocal !== 'href' && attrLocal !== 'src'
                  ? true
                  : value.trim().startsWith('#') || (lowerLocal === 'image' && EMBEDDED_RASTER.test(value.trim()))) &&
                (attrLocal === 'style' ? !unsafeCss(value) : !/url\s*\(\s*['"]?\s*(?!#)/i.test(value)) &&
                !/javascript:/i.test(value);
              if (!keep) delete node.attributes[name];
            }
          },
        },
      };
    },
  };
}

export function sanitizeSvg(svg: string): string {
  return optimize(svg, {
    multipass: false,
    plugins: ['removeScripts', removeUnsafe()],
  }).data;
}
