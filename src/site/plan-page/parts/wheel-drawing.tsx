/**
 * The annual wheel as inline SVG from the derived drawing (geometry from
 * src/derive/wheel-geometry.ts, words from derive): months on the outside, one ring per
 * category, events as dots (dates), arcs (months, periods, seasons) or bands of segments
 * (recurring every week, month or tertial). Each drawn event is focusable and named; the
 * wheel starts at its first month (a läsår at augusti), months outside the period are grey.
 */
import type { WheelDrawing } from '../../../derive/presentation';
import { classes, type Html } from '../html';

const PALETTE = ['#1d5ea8', '#a8431a', '#2a7a30', '#7a3d9e', '#a3335f', '#00717c', '#85600a', '#4a5563', '#b8322a', '#3f6b00', '#5b4c93', '#005b96'];

/** Month names follow the ring; those in the lower half are turned so they never read upside down. */
const monthRotation = (angle: number) => (angle > 90 && angle < 270 ? angle - 180 : angle);
const points = (list: { x: number; y: number }[]) => list.map((p) => `${p.x},${p.y}`).join(' ');

export function wheelDrawing(g: WheelDrawing, svgLabel: string): Html {
  const colour = new Map(g.rings.map((ring, i) => [ring.categoryId, PALETTE[i % PALETTE.length]!]));
  const labelOf = new Map(g.labels.map((label) => [label.eventIndex, label]));
  // The wheel's labels repeat the event list beside it: data-pagefind-ignore keeps them out
  // of the search index, so hits and excerpts come from the list.
  const drawing = (
    <svg class="arshjul" viewBox={`0 0 ${g.width} ${g.height}`} role="group" aria-label={svgLabel} xmlns="http://www.w3.org/2000/svg" data-pagefind-ignore="">
      <g class="hjul-ringar" aria-hidden="true">
        {g.rings.map((ring, i) => <path d={ring.path} class={classes('ring', i % 2 ? 'ring-udda' : 'ring-jamn')} fill-rule="evenodd" />)}
        {g.months.map((month) => <path d={month.path} class={classes('manad', month.index % 2 ? 'manad-udda' : 'manad-jamn', month.inPeriod ? undefined : 'manad-utanfor')} />)}
        {g.months.map((month) => <text x={month.label.x} y={month.label.y} transform={`rotate(${monthRotation(month.angle)} ${month.label.x} ${month.label.y})`} class="manadsnamn" data-manad={month.name} text-anchor="middle" dominant-baseline="central">{month.name}</text>)}
        <circle cx={g.center.x} cy={g.center.y} r={g.hubRadius} class="nav" />
        <text x={g.center.x} y={g.center.y} class={classes('hjulets-ar', g.year.length > 4 ? 'hjulets-ar-lang' : undefined)} text-anchor="middle" dominant-baseline="central">{g.year}</text>
      </g>
      {g.marks.map((mark) => {
        const label = labelOf.get(mark.eventIndex);
        const fill = colour.get(mark.categoryId);
        return (
          <g class={classes('handelse', `handelse-${mark.kind}`)} tabindex={0} role="img" aria-label={mark.name} data-nummer={mark.number}>
            <title>{mark.name}</title>
            {mark.path ? <path d={mark.path} fill={fill} class="markering" /> : null}
            {mark.kind === 'point' ? mark.points.map((p) => <circle cx={p.x} cy={p.y} r={mark.radius} fill={fill} class="markering" />) : null}
            {label ? [
              <polyline points={points(label.leader)} class="ledare" />,
              <text x={label.x} y={label.y} text-anchor={label.anchor} dominant-baseline="central" class="etikett">{label.text}</text>,
            ] : null}
          </g>
        );
      })}
    </svg>
  );
  const swatch = (fill: string | undefined) => <svg class="farg" viewBox="0 0 10 10" aria-hidden="true"><rect width="10" height="10" fill={fill} /></svg>;
  const band = <svg class="farg" viewBox="0 0 10 10" aria-hidden="true"><rect y="3" width="4" height="4" fill="#4b5563" /><rect x="6" y="3" width="4" height="4" fill="#4b5563" /></svg>;
  const grey = <svg class="farg" viewBox="0 0 10 10" aria-hidden="true"><rect width="10" height="10" fill="#9aa3ad" /></svg>;
  return (
    <div class="hjulfigur">
      {drawing}
      <div class="hjulforklaring">
        <p class="blockrubrik">{g.legendHeading}</p>
        <ul>
          {g.rings.map((ring) => <li>{swatch(colour.get(ring.categoryId))}{ring.legend}</li>)}
        </ul>
        {g.bandExplanation ? <p class="detalj">{band}{g.bandExplanation}</p> : null}
        {g.outsideExplanation ? <p class="detalj">{grey}{g.outsideExplanation}</p> : null}
        {g.editorialExplanation ? <p class="detalj redaktionell-kategori">{g.editorialExplanation}</p> : null}
      </div>
    </div>
  );
}
