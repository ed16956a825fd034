/**
 * SVG figures are published as files, and a visitor may open one directly: then its
 * scripts would run on the site's origin. Before publishing, svgo's `removeScripts`
 * plus a stricter pass remove scripts, event handlers, foreign HTML and any reference
 * that leaves the file (except embedded PNG/JPEG/GIF data).
 */
import { optimize, type CustomPlugin } from 'svgo';

const FORBIDDEN_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener', 'set', 'animate']);
const SAFE_REFERENCE = /^(#|data:image\/(png|jpe?g|gif);base64,)/i;

const removeUnsafe: CustomPlugin = {
  name: 'planverkRemoveUnsafe',
  fn: () => ({
    element: {
      enter: (node, parent) => {
        const local = node.name.split(':').pop()!.toLowerCase();
        if (FORBIDDEN_ELEMENTS.has(local)) {
          parent.children = parent.children.filter((child) => child !== node);
          return;
        }
        for (const [name, value] of Object.entries(node.attributes)) {
          const attr = name.split(':').pop()!.toLowerCase();
          if (attr.startsWith('on')) delete node.attributes[name];
          else if ((attr === 'href' || attr === 'src') && !SAFE_REFERENCE.test(value.trim())) delete node.attributes[name];
          else if (/url\s*\(\s*['"]?\s*(?!#)/i.test(value) || /javascript:/i.test(value)) delete node.attributes[name];
        }
      },
    },
  }),
};

export function sanitizeSvg(svg: string): string {
  return optimize(svg, {
    multipass: false,
    plugins: ['removeScripts', removeUnsafe],
  }).data;
}
