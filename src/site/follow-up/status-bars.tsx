/**
 * Activities per status as horizontal stacked bars, one per goal or area and one for the
 * whole plan. Each status has a colour and a texture of its own (site.css, `.fu-*`), and
 * each segment carries its count as text, so the chart does not rely on colour alone; the
 * legend shows the same swatches. Each bar is an image whose name is its summary with all
 * its numbers; the bar's label stays a link to the goal's section. The table alternative
 * follows in a closed <details> (docs/beslut.md).
 */
import type { FollowUpStatus, StatusBarsPart } from '../../derive/follow-up/follow-up-model';
import { FOLLOW_UP_PAGE } from '../../shared/words-sv';
import { tablePart } from '../plan-page/parts/table-part';
import type { PartContext } from '../plan-page/parts/part-context';

/** The status as an ASCII class: "ej påbörjad" → "fu-ej-paborjad". */
export const followUpStatusClass = (status: FollowUpStatus) =>
  `fu-${status.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, '-')}`;

/** A percentage for a style attribute, rounded so the HTML stays short. */
const percent = (fraction: number) => `${Math.round(Math.max(0, Math.min(1, fraction)) * 10000) / 100}%`;

export function tableAlternative(table: StatusBarsPart['table'], ctx: PartContext) {
  return (
    <details class="tabellalternativ">
      <summary>{FOLLOW_UP_PAGE.showTable}</summary>
      {tablePart(table, ctx)}
    </details>
  );
}

export function statusBarsPart(part: StatusBarsPart, ctx: PartContext) {
  return (
    <figure class="statusstaplar" id={part.anchor} aria-label={part.name}>
      <ul class="statusforklaring" aria-label={FOLLOW_UP_PAGE.legend}>
        {part.legend.map((entry) => <li><span class={`fu-prov ${followUpStatusClass(entry.status)}`} aria-hidden="true"></span>{entry.label}</li>)}
      </ul>
      <ul class="staplar">
        {part.bars.map((bar) => (
          <li class="stapel">
            <span class="stapel-etikett">{bar.href ? <a href={bar.href}>{bar.label}</a> : bar.label}</span>
            <span class="stapel-spar" role="img" aria-label={bar.summary}>
              {bar.segments.map((segment) => (
                <span class={`stapel-del ${followUpStatusClass(segment.status)}`} style={`width:${percent(segment.fraction)}`} title={`${segment.label}: ${segment.count}`}>
                  <span class="stapel-antal">{segment.count}</span>
                </span>
              ))}
            </span>
          </li>
        ))}
      </ul>
      <figcaption>{part.label ? <><span class="etikett">{part.label}.</span> </> : null}{part.caption}</figcaption>
      {tableAlternative(part.table, ctx)}
    </figure>
  );
}
