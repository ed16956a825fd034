/**
 * SVG figures that try to run script, make a request or navigate when the published file
 * is opened on its own. Each is well-formed, sized SVG that `npm run check` accepts; the
 * sanitizer must defuse it. `leak` is a fragment that must not survive sanitizing.
 * Requests go to 127.0.0.1:9 (discard port, nothing listens): a browser test sees the
 * attempt without any traffic leaving the machine.
 */
export const BEACON = 'http://127.0.0.1:9';

export interface HostileSvg { name: string; svg: string; leak: RegExp[] }

const open = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="100" viewBox="0 0 200 100">`;
const shape = '<rect id="r" width="200" height="100" fill="#1a7f37"/>';
const wrap = (body: string, head = '') => `${head}${open}${shape}${body}</svg>`;

export const HOSTILE_SVGS: HostileSvg[] = [
  { name: 'xml-stylesheet', svg: wrap('', `<?xml version="1.0"?>\n<?xml-stylesheet href="${BEACON}/pi.css" type="text/css"?>\n`), leak: [/xml-stylesheet/, /pi\.css/] },
  { name: 'style-import', svg: wrap(`<style>@import url(${BEACON}/import.css); rect { fill: #1a7f37 }</style>`), leak: [/@import/, /import\.css/] },
  { name: 'style-import-string', svg: wrap(`<style>@import "${BEACON}/import2.css";</style>`), leak: [/import2\.css/] },
  { name: 'style-url', svg: wrap(`<style>rect { fill: url(${BEACON}/fill.svg#g) }</style>`), leak: [/fill\.svg/] },
  { name: 'style-font-face', svg: wrap(`<style>@font-face { font-family: x; src: url(${BEACON}/font.woff2) } text { font-family: x }</style><text y="50">Å</text>`), leak: [/font\.woff2/, /@font-face/] },
  { name: 'style-image-set', svg: wrap(`<style>rect { cursor: image-set("${BEACON}/cursor.png" 1x), auto; background-image: image-set("${BEACON}/bg.png" 1x) }</style>`), leak: [/cursor\.png/, /bg\.png/] },
  { name: 'style-escaped', svg: wrap(`<style>rect { fill: u\\72l(${BEACON}/escaped.svg#g) }</style>`), leak: [/escaped\.svg/] },
  { name: 'style-attribute', svg: wrap(`<circle cx="50" cy="50" r="40" style="fill: url(${BEACON}/attr.svg#g); cursor: url(${BEACON}/c.cur), auto"/>`), leak: [/attr\.svg/, /c\.cur/] },
  { name: 'presentation-url', svg: wrap(`<circle cx="50" cy="50" r="40" fill="url(${BEACON}/pres.svg#g)" filter="url(${BEACON}/f.svg#f)" mask="url('${BEACON}/m.svg#m')"/>`), leak: [/pres\.svg/, /f\.svg/, /m\.svg/] },
  { name: 'meta-refresh', svg: wrap(`<foreignObject width="10" height="10"><meta xmlns="http://www.w3.org/1999/xhtml" http-equiv="refresh" content="0;url=${BEACON}/refresh"/></foreignObject><html:meta xmlns:html="http://www.w3.org/1999/xhtml" http-equiv="refresh" content="0;url=${BEACON}/refresh2"/>`), leak: [/refresh/, /http-equiv/] },
  { name: 'foreign-html', svg: wrap(`<foreignObject width="200" height="100"><div xmlns="http://www.w3.org/1999/xhtml"><img src="${BEACON}/img.png" srcset="${BEACON}/srcset.png 2x"/><video poster="${BEACON}/poster.png"/><iframe src="${BEACON}/frame"/></div></foreignObject><h:img xmlns:h="http://www.w3.org/1999/xhtml" src="${BEACON}/img2.png"/>`), leak: [/img\.png/, /srcset/, /poster/, /frame/, /img2\.png/] },
  { name: 'srcset-poster', svg: wrap(`<image width="10" height="10" srcset="${BEACON}/s.png 1x" poster="${BEACON}/p.png"/>`), leak: [/s\.png/, /p\.png/] },
  { name: 'image-href', svg: wrap(`<image width="10" height="10" href="${BEACON}/image.png"/><image width="10" height="10" xlink:href="//127.0.0.1:9/image2.png"/><image width="10" height="10" href="data:image/svg+xml;base64,PHN2Zy8+"/>`), leak: [/image\.png/, /image2\.png/, /svg\+xml/] },
  { name: 'use-external', svg: wrap(`<use href="${BEACON}/sprite.svg#x"/><use xlink:href="other.svg#y"/><feImage href="${BEACON}/fe.png"/>`), leak: [/sprite\.svg/, /other\.svg/, /fe\.png/] },
  { name: 'anchor', svg: wrap(`<a href="${BEACON}/nav" target="_top"><rect width="200" height="100" fill="#1a7f37"/></a><a xlink:href="javascript:alert(1)"><text y="20">x</text></a>`), leak: [/\/nav/, /javascript/, /<a[\s>]/] },
  { name: 'animate-href', svg: wrap(`<a href="#r"><rect width="200" height="100" fill="#1a7f37"><set attributeName="href" to="${BEACON}/set"/></rect><animate attributeName="href" values="${BEACON}/animate" dur="0.1s"/></a>`), leak: [/\/set/, /\/animate/, /<set/, /<animate/] },
  { name: 'script-and-handlers', svg: wrap(`<script>fetch("${BEACON}/script")</script><script href="${BEACON}/ext.js"/><rect width="10" height="10" onload="fetch('${BEACON}/onload')" onclick="location='${BEACON}/click'"/>`, ''), leak: [/<script/, /onload/, /onclick/, /ext\.js/] },
  { name: 'xml-base', svg: wrap(`<g xml:base="${BEACON}/"><use href="#r"/></g>`), leak: [/xml:base/] },
  { name: 'xinclude', svg: wrap(`<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="${BEACON}/xi.xml"/>`), leak: [/xi\.xml/] },
  { name: 'doctype-entity', svg: `<!DOCTYPE svg [<!ENTITY ext SYSTEM "${BEACON}/entity.xml">]>\n${open}${shape}</svg>`, leak: [/entity\.xml/, /DOCTYPE/] },
];

/** Survives sanitizing: local references, safe classes, embedded raster data, text. */
export const HARMLESS_SVG = `${open}<defs><linearGradient id="g"><stop offset="0" stop-color="#1a7f37"/></linearGradient></defs><style>.st0{fill:url(#g)}</style>${shape}<rect class="st0" width="10" height="10" style="fill: url(#g)"/><use href="#r" xlink:href="#r"/><image width="1" height="1" href="data:image/png;base64,iVBORw0KGgo="/><text y="50">Åäö</text></svg>`;
