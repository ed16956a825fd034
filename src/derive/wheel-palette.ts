/**
 * The annual wheel's colours and shapes, one palette for the site and the PDF. Every
 * category has a colour and a shape: the shape tells categories apart without colour
 * (WCAG 1.4.1); every colour that marks something has a contrast of at least 3:1 against
 * the wheel's backgrounds (WCAG 1.4.11), tested in test/foundation/wheel-palette.test.ts.
 */

export type WheelShape =
  | 'circle' | 'square' | 'diamond' | 'triangle' | 'plus' | 'star'
  | 'triangleDown' | 'hexagon' | 'cross' | 'pentagon' | 'hourglass' | 'bar';

/** Category styles ring by ring (the schema allows at most twelve categories). */
export const CATEGORY_STYLES: readonly { colour: string; shape: WheelShape }[] = [
  { colour: '#1d5ea8', shape: 'circle' },
  { colour: '#a8431a', shape: 'square' },
  { colour: '#2a7a30', shape: 'diamond' },
  { colour: '#7a3d9e', shape: 'triangle' },
  { colour: '#a3335f', shape: 'plus' },
  { colour: '#00717c', shape: 'star' },
  { colour: '#85600a', shape: 'triangleDown' },
  { colour: '#4a5563', shape: 'hexagon' },
  { colour: '#b8322a', shape: 'cross' },
  { colour: '#3f6b00', shape: 'pentagon' },
  { colour: '#5b4c93', shape: 'hourglass' },
  { colour: '#005b96', shape: 'bar' },
];

/** Everything else the wheel paints; text colours are chosen for 4.5:1 on their fill. */
export const WHEEL_PAINT = {
  /** The page behind the wheel. */
  page: '#ffffff',
  /** Category rings, alternating inside out. */
  ringFills: ['#f3f5f8', '#e6ebf1'],
  ringStroke: '#c9d1db',
  /** Months in the period, alternating, with white names. */
  monthFills: ['#1d4f91', '#2a64ad'],
  monthText: '#ffffff',
  /** Months outside a period shorter than a year, with dark names. */
  outsideFill: '#d5d9de',
  outsideText: '#1b1f24',
  /** The hub and its year. */
  hub: '#ffffff',
  hubText: '#1d4f91',
  /** The number tags: dark numbers on white, with an outline in the category's colour. */
  tagFill: '#ffffff',
  tagText: '#1b1f24',
  /** The legend's sample of a band and the outline of its grey month. */
  legendMark: '#4a5563',
  /** Gaps between months, segments and marks. */
  separator: '#ffffff',
} as const;

/** The backgrounds a category's marks are drawn on: the rings and, in the legend, the page. */
export const MARK_BACKGROUNDS: readonly string[] = [WHEEL_PAINT.page, ...WHEEL_PAINT.ringFills, WHEEL_PAINT.tagFill];

const r2 = (value: number) => Math.round(value * 100) / 100;

function polygon(cx: number, cy: number, radius: number, corners: number, turn = 0): string {
  const points = Array.from({ length: corners }, (_, k) => {
    const angle = ((turn + (360 * k) / corners) * Math.PI) / 180;
    return `${r2(cx + radius * Math.sin(angle))} ${r2(cy - radius * Math.cos(angle))}`;
  });
  return `M${points.join('L')}Z`;
}

/** A closed outline through points given relative to the centre in units of the radius. */
function outline(cx: number, cy: number, radius: number, points: readonly [number, number][]): string {
  return `M${points.map(([x, y]) => `${r2(cx + x * radius)} ${r2(cy + y * radius)}`).join('L')}Z`;
}

/**
 * SVG path of a category's shape centred on (cx, cy) with about the same visual size for
 * every shape at one `radius`; the site and pdfkit both draw the path as it is.
 */
export function shapePath(shape: WheelShape, cx: number, cy: number, radius: number): string {
  const r = radius;
  switch (shape) {
    case 'circle':
      return `M${r2(cx - r)} ${r2(cy)}A${r2(r)} ${r2(r)} 0 1 0 ${r2(cx + r)} ${r2(cy)}A${r2(r)} ${r2(r)} 0 1 0 ${r2(cx - r)} ${r2(cy)}Z`;
    case 'square': return outline(cx, cy, r * 0.9, [[-1, -1], [1, -1], [1, 1], [-1, 1]]);
    case 'diamond': return polygon(cx, cy, r * 1.2, 4);
    case 'triangle': return polygon(cx, cy + r * 0.15, r * 1.25, 3);
    case 'triangleDown': return polygon(cx, cy - r * 0.15, r * 1.25, 3, 180);
    case 'hexagon': return polygon(cx, cy, r * 1.05, 6, 30);
    case 'pentagon': return polygon(cx, cy, r * 1.1, 5);
    case 'plus': { const a = 0.38; return outline(cx, cy, r * 1.05, [[-a, -1], [a, -1], [a, -a], [1, -a], [1, a], [a, a], [a, 1], [-a, 1], [-a, a], [-1, a], [-1, -a], [-a, -a]]); }
    case 'cross': {
      const a = 0.3;
      const arm: [number, number][] = [[0, -a], [1 - a, -1], [1, -1 + a], [a, 0], [1, 1 - a], [1 - a, 1], [0, a], [-1 + a, 1], [-1, 1 - a], [-a, 0], [-1, -1 + a], [-1 + a, -1]];
      return outline(cx, cy, r * 0.95, arm);
    }
    case 'star': {
      const points: [number, number][] = Array.from({ length: 10 }, (_, k) => {
        const angle = (k * 36 * Math.PI) / 180;
        const length = k % 2 ? 0.5 : 1.3;
        return [length * Math.sin(angle), -length * Math.cos(angle)];
      });
      return outline(cx, cy + r * 0.1, r, points);
    }
    case 'hourglass': return outline(cx, cy, r, [[-1, -1], [1, -1], [0.15, 0], [1, 1], [-1, 1], [-0.15, 0]]);
    case 'bar': return outline(cx, cy, r, [[-1.1, -0.55], [1.1, -0.55], [1.1, 0.55], [-1.1, 0.55]]);
  }
}

/** The style of the category drawn in ring `index` (inside out). */
export const categoryStyle = (index: number) => CATEGORY_STYLES[index % CATEGORY_STYLES.length]!;
