/**
 * One indicator on a horizontal scale (SVG, positions in per cent from the model's
 * fractions): a lane per point, baseline a ring, target a diamond, outcome a filled dot,
 * over an axis with the scale's ticks; under it the points as text, each led by its marker's
 * shape. The drawing is one image named with the whole sentence of numbers; the verdict
 * follows as text and the table alternative in a closed <details>.
 */
import type { IndicatorChartPart } from '../../derive/follow-up/follow-up-model';
import type { PartContext } from '../plan-page/parts/part-context';
import { percent, tableAlternative } from './status-bars';

type Kind = 'baseline' | 'target' | 'outcome';
type Point = NonNullable<IndicatorChartPart['outcome']>;

const LANE = 18;
const R = 6;

/** A marker centred on (0, 0): its shape tells the points apart, not only its colour. */
function marker(kind: Kind) {
  if (kind === 'baseline') return <circle class="markor-utgang" r={R - 1} cx="0" cy="0" />;
  if (kind === 'target') return <rect class="markor-mal" x={-R + 1} y={-R + 1} width={2 * R - 2} height={2 * R - 2} transform="rotate(45)" />;
  return <circle class="markor-utfall" r={R} cx="0" cy="0" />;
}

export function indicatorChartPart(part: IndicatorChartPart, ctx: PartContext) {
  const points = ([['baseline', part.baseline], ['target', part.target], ['outcome', part.outcome]] as const)
    .filter((p): p is readonly [Kind, Point] => p[1] !== undefined);
  const axis = points.length * LANE + 6;
  const height = axis + 26;
  const last = part.scale.ticks.length - 1;
  const verdictClass = part.met === undefined ? 'bedomning-saknas' : part.met ? 'bedomning-nadd' : 'bedomning-ej-nadd';
  return (
    <figure class="indikatordiagram" id={part.anchor}>
      <figcaption>
        <span class="indikator-titel">{part.title}</span>
        <span class="indikator-riktning">{part.directionText}</span>
      </figcaption>
      <div class="indikator-skala" role="img" aria-label={part.name}>
        <svg class="indikator-ritning" width="100%" height={height} overflow="visible" aria-hidden="true" focusable="false">
          {part.scale.ticks.map((tick) => <line class="stodlinje" x1={percent(tick.fraction)} x2={percent(tick.fraction)} y1="0" y2={axis} />)}
          <line class="axel" x1="0" x2="100%" y1={axis} y2={axis} />
          {part.scale.ticks.map((tick, i) => (
            <>
              <line class="axel" x1={percent(tick.fraction)} x2={percent(tick.fraction)} y1={axis} y2={axis + 5} />
              <text class="steg" x={percent(tick.fraction)} y={axis + 19} text-anchor={i === 0 ? 'start' : i === last ? 'end' : 'middle'}>{tick.text}</text>
            </>
          ))}
          {points.map(([kind, point], i) => <svg x={percent(point.fraction)} y={i * LANE + LANE / 2} overflow="visible">{marker(kind)}</svg>)}
        </svg>
        <ul class="indikator-punkter">
          {points.map(([kind, point]) => (
            <li>
              <svg class="indikator-symbol" width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">{marker(kind)}</svg>
              <span>{point.label}: <strong>{point.text}</strong></span>
            </li>
          ))}
        </ul>
      </div>
      <p class={`indikator-bedomning ${verdictClass}`}>{part.verdict}</p>
      {tableAlternative(part.table, ctx)}
    </figure>
  );
}
