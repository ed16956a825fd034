/**
 * Activities per status as horizontal stacked bars, one per goal or area and one for the
 * whole plan. Each status has a colour and a texture of its own (SVG patterns, defined once
 * per page by followUpPatterns; site.css `.fu-*`), and each segment carries its count as
 * text, so the chart does not rely on colour alone; the legend shows the same swatches.
 * Each bar is an image named with its summary (all its numbers); the bar's label stays a
 * link to the goal's section. The table alternative follows in a closed <details>
 * (docs/beslut.md). Positions are SVG attributes in per cent: the site's Content Security
 * Policy allows no inline styles.
 */
import type { FollowUpStatus, StatusBarsPart } from '../../derive/follow-up/follow-up-model';
import { FOLLOW_UP_PAGE } from '../../shared/words-sv';
import { tablePart } from '../plan-page/parts/table-part';
import type { PartContext } from '../plan-page/parts/part-context';

/** The status as an ASCII name: "ej påbörjad" → "ej-paborjad". */
const statusName = (status: FollowUpStatus) => status.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, '-');
export const followUpStatusClass = (status: FollowUpStatus) => `fu-${statusName(status)}`;

/** Each status's colour and texture: a tile of the colour with lines of a lighter tone (the PDF's STATUS_LOOK). */
const PATTERNS: Record<FollowUpStatus, { color: string; light: string; lines: 'none' | 'diagonal' | 'horizontal' | 'cross' | 'vertical' }> = {
  genomförd: { color: '#1f6b2a', light: '#1f6b2a', lines: 'none' },
  pågår: { color: '#1d4f91', light: '#4f76ab', lines: 'diagonal' },
  'ej påbörjad': { color: '#5b6470', light: '#838a94', lines: 'horizontal' },
  försenad: { color: '#9a4400', light: '#bb7440', lines: 'cross' },
  struken: { color: '#7a1f1f', light: '#a05858', lines: 'vertical' },
};

/** The patterns the bars and swatches fill with, once per page (hidden; referenced by site.css). */
export function followUpPatterns() {
  return (
    <svg class="fu-monster" aria-hidden="true" focusable="false" width="0" height="0">
      <defs>
        {(Object.keys(PATTERNS) as FollowUpStatus[]).map((status) => {
          const { color, light, lines } = PATTERNS[status];
          const rotate = lines === 'diagonal' ? 'rotate(45)' : lines === 'vertical' ? 'rotate(90)' : lines === 'cross' ? 'rotate(45)' : undefined;
          return (
            <pattern id={`planverk-${followUpStatusClass(status)}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform={rotate}>
              <rect width="6" height="6" fill={color} />
              {lines === 'none' ? null : <rect width="6" height="2" fill={light} />}
              {lines === 'cross' ? <rect width="2" height="6" fill={light} /> : null}
            </pattern>
          );
        })}
      </defs>
    </svg>
  );
}

/** A number of per cent for an SVG attribute, short. */
export const percent = (fraction: number) => `${Math.round(Math.max(0, Math.min(1, fraction)) * 10000) / 100}%`;

export function tableAlternative(table: StatusBarsPart['table'], ctx: PartContext) {
  return (
    <details class="tabellalternativ">
      <summary>{FOLLOW_UP_PAGE.showTable}</summary>
      {tablePart(table, ctx)}
    </details>
  );
}

const BAR = 28;

function bar(entry: StatusBarsPart['bars'][number]) {
  let at = 0;
  return (
    <svg class="stapel-spar" role="img" aria-label={entry.summary} width="100%" height={BAR}>
      {entry.segments.map((segment) => {
        const x = at;
        at += segment.fraction;
        const count = String(segment.count);
        // The count on a patch of plain colour, so the texture never runs through it.
        const patch = 8 + count.length * 8;
        return (
          <g class={followUpStatusClass(segment.status)}>
            <rect class="stapel-del" x={percent(x)} y="0" width={percent(segment.fraction)} height={BAR} />
            <svg x={percent(x + segment.fraction / 2)} y="0" overflow="visible">
              <rect class="stapel-lapp" x={-patch / 2} y="5" width={patch} height={BAR - 10} rx="2" />
              <text class="stapel-antal" x="0" y={BAR / 2} text-anchor="middle" dominant-baseline="central">{count}</text>
            </svg>
          </g>
        );
      })}
    </svg>
  );
}

export function statusBarsPart(part: StatusBarsPart, ctx: PartContext) {
  return (
    <figure class="statusstaplar" id={part.anchor} aria-label={part.name}>
      <ul class="statusforklaring" aria-label={FOLLOW_UP_PAGE.legend}>
        {part.legend.map((entry) => (
          <li class={followUpStatusClass(entry.status)}>
            <svg class="fu-prov" aria-hidden="true" focusable="false" width="16" height="16"><rect class="stapel-del" width="16" height="16" rx="2" /></svg>
            {entry.label}
          </li>
        ))}
      </ul>
      <ul class="staplar">
        {part.bars.map((entry) => (
          <li class="stapel">
            <span class="stapel-etikett">{entry.href ? <a href={entry.href}>{entry.label}</a> : entry.label}</span>
            {bar(entry)}
          </li>
        ))}
      </ul>
      <figcaption>{part.label ? <><span class="etikett">{part.label}.</span> </> : null}{part.caption}</figcaption>
      {tableAlternative(part.table, ctx)}
    </figure>
  );
}
