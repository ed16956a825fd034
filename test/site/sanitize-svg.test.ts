/**
 * The SVG sanitizer, one vector at a time: what would run script, make a request or
 * navigate is gone, and what draws (local references, class styles, embedded raster
 * data, text) stays. Every published SVG is also still something `npm run check` accepts
 * (measureSvg), so the PDF can draw what the site shows.
 */
import { describe, expect, it } from 'vitest';
import { sanitizeSvg, unsafeCss } from '../../src/shared/sanitize-svg';
import { measureSvg } from '../../src/validate/svg-limits';
import { BEACON, HARMLESS_SVG, HOSTILE_SVGS } from './hostile-svgs';

describe('sanitizeSvg', () => {
  it.each(HOSTILE_SVGS.map((vector) => [vector.name, vector] as const))('defuses %s', (_name, vector) => {
    expect(measureSvg(vector.svg).ok, 'check accepts the hostile file').toBe(true);
    const clean = sanitizeSvg(vector.svg);
    for (const leak of vector.leak) expect(clean).not.toMatch(leak);
    expect(clean).not.toContain(BEACON);
    expect(clean).not.toContain('127.0.0.1');
    // Still a drawable SVG with its harmless content.
    expect(clean).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(clean).toContain('fill="#1a7f37"');
    expect(measureSvg(clean).ok).toBe(true);
  });

  it('keeps local references, class styles, embedded PNG data and text', () => {
    const clean = sanitizeSvg(HARMLESS_SVG);
    expect(clean).toContain('.st0{fill:url(#g)}');
    expect(clean).toContain('style="fill: url(#g)"');
    expect(clean).toContain('href="#r"');
    expect(clean).toContain('xlink:href="#r"');
    expect(clean).toContain('href="data:image/png;base64,iVBORw0KGgo="');
    expect(clean).toContain('Åäö');
  });

  it('turns a link into a group that keeps its content', () => {
    const clean = sanitizeSvg('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><a href="https://example.org/"><text y="5">Länk</text></a></svg>');
    expect(clean).toBe('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><g><text y="5">Länk</text></g></svg>');
  });

  it('publishes an SVG written without a namespace as SVG (a browser draws nothing otherwise)', () => {
    expect(sanitizeSvg('<svg width="10" height="10"><rect width="5" height="5"/></svg>')).toBe('<svg width="10" height="10" xmlns="http://www.w3.org/2000/svg"><rect width="5" height="5"/></svg>');
  });

  it.each([
    ['@import "x.css";', true], ['@font-face{src:local(x)}', true], ['a{fill:u\\72l(x)}', true], ['a{b:image-set("x.png" 1x)}', true],
    ['a{b:image("x.png")}', true], ['a{fill:url(x.svg#g)}', true], ['a{fill:URL( "http://x/" )}', true], ['a{fill:url(/**/x)}', true],
    ['.st0{fill:#c8102e}', false], ['.st1{fill:url(#g);stroke:url("#h")}', false], ['text{font-family:"Source Sans 3"}', false],
  ])('judges the CSS %s as unsafe: %s', (css, unsafe) => {
    expect(unsafeCss(css)).toBe(unsafe);
  });
});
