/**
 * One indicator on a horizontal scale: a row per point (baseline, target, outcome), each
 * with its own marker shape (ring, diamond, filled dot) and its label and value as text
 * beside the marker, over a shared axis with the scale's ticks. Positions are the model's
 * fractions. The drawing is one image named with the whole sentence of numbers; the
 * verdict follows as text and the table alternative in a closed <details>.
 */
import type { IndicatorChartPart } from '../../derive/follow-up/follow-up-model';
import type { PartContext } from '../plan-page/parts/part-context';
import { classes } from '../plan-page/html';
import { tableAlternative } from './status-bars';

type Point = NonNullable<IndicatorChartPart['outcome']>;

const percent = (fraction: number) => `${Math.round(Math.max(0, Math.min(1, fraction)) * 10000) / 100}%`;

/** A point's row: the marker at its position, the text on the side with more room. */
function pointRow(point: Point | undefined, kind: 'utgang' | 'mal' | 'utfall') {
  if (!point) return null;
  // The text takes the side with more room and wraps there, so it never leaves the chart at 360 px.
  const right = point.fraction <= 0.55;
  const room = right ? `padding-left:calc(${percent(point.fraction)} + 0.9rem)` : `padding-right:calc(${percent(1 - point.fraction)} + 0.9rem)`;
  return (
    <div class={`indikator-rad indikator-${kind}`}>
      <span class="indikator-markor" style={`left:${percent(point.fraction)}`}></span>
      <span class={classes('indikator-text', right ? 'till-hoger' : 'till-vanster')} style={room}>{point.label}: <strong>{point.text}</strong></span>
    </div>
  );
}

export function indicatorChartPart(part: IndicatorChartPart, ctx: PartContext) {
  const verdictClass = part.met === undefined ? 'bedomning-saknas' : part.met ? 'bedomning-nadd' : 'bedomning-ej-nadd';
  return (
    <figure class="indikatordiagram" id={part.anchor}>
      <figcaption>
        <span class="indikator-titel">{part.title}</span>
        <span class="indikator-riktning">{part.directionText}</span>
      </figcaption>
      <div class="indikator-skala" role="img" aria-label={part.name}>
        {pointRow(part.baseline, 'utgang')}
        {pointRow(part.target, 'mal')}
        {pointRow(part.outcome, 'utfall')}
        <div class="indikator-axel">
          {part.scale.ticks.map((tick, i) => (
            <span class={classes('indikator-steg', i === 0 && 'forsta', i === part.scale.ticks.length - 1 && 'sista')} style={`left:${percent(tick.fraction)}`}>{tick.text}</span>
          ))}
        </div>
      </div>
      <p class={`indikator-bedomning ${verdictClass}`}>{part.verdict}</p>
      {tableAlternative(part.table, ctx)}
    </figure>
  );
}
