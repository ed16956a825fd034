/**
 * The annual wheel as inline SVG from the derived drawing (geometry from
 * src/derive/wheel-geometry.ts, colours and shapes from src/derive/wheel-palette.ts, words
 * from derive): full month names on the outside, one ring per category, events as the
 * category's shape (dates), arcs (months, periods, seasons) or bands of segments (recurring
 * every week, month or tertial), each with its number on a white tag. Beside the wheel the
 * numbered list (the key) gives every title in full; below 600 px the key comes first.
 * Each drawn event is focusable and named; months outside the period are grey.
 */
import type { WheelDrawing } from '../../../derive/presentation';
import { classes, type Html } from '../html';

export function wheelDrawing(g: WheelDrawing, svgLabel: string): Html {
  const { paint, text } = g;
  // The wheel's words repeat the event list beside it: data-pagefind-ignore keeps them out
  // of the search index, so hits and excerpts come from the table.
  const drawing = (
    <svg class="arshjul" viewBox={`0 0 ${g.width} ${g.height}`} role="group" aria-label={svgLabel} xmlns="http://www.w3.org/2000/svg" data-pagefind-ignore="">
      <g class="hjul-ringar" aria-hidden="true">
        {g.rings.map((ring, i) => <path d={ring.path} class="ring" fill={paint.ringFills[i % paint.ringFills.length]} stroke={paint.ringStroke} fill-rule="evenodd" />)}
        {g.months.map((month) => <path d={month.path} class={classes('manad', month.inPeriod ? undefined : 'manad-utanfor')} fill={month.inPeriod ? paint.monthFills[month.index % 2] : paint.outsideFill} stroke={paint.separator} />)}
        {g.months.map((month) => <text x={month.label.x} y={month.label.y} transform={`rotate(${month.rotation} ${month.label.x} ${month.label.y})`} class="manadsnamn" fill={month.inPeriod ? paint.monthText : paint.outsideText} font-size={text.month} data-manad={month.name} text-anchor="middle" dominant-baseline="central">{month.name}</text>)}
        <circle cx={g.center.x} cy={g.center.y} r={g.hubRadius} class="nav" fill={paint.hub} stroke={paint.ringStroke} />
        <text x={g.center.x} y={g.center.y} class="hjulets-ar" fill={paint.hubText} font-size={g.year.length > 4 ? text.yearLong : text.year} text-anchor="middle" dominant-baseline="central">{g.year}</text>
      </g>
      {g.marks.map((mark) => (
        <g class={classes('handelse', `handelse-${mark.kind}`)} tabindex={0} role="img" aria-label={mark.name} data-nummer={mark.number}>
          <title>{mark.name}</title>
          <path d={mark.path} fill={mark.colour} class="markering" />
        </g>
      ))}
      {/* The numbers above every mark, so that no later mark covers an earlier number. */}
      <g class="nummer" aria-hidden="true">
        {g.marks.map((mark) => (mark.tag ? (
          <g data-nummer={mark.number}>
            <rect x={mark.tag.x} y={mark.tag.y} width={mark.tag.width} height={mark.tag.height} rx="10" fill={paint.tagFill} stroke={mark.colour} class="nummerlapp" />
            {mark.tag.symbol ? <path d={mark.tag.symbol} fill={mark.colour} /> : null}
            <text x={mark.tag.textX} y={mark.tag.textY} font-size={text.tag} fill={paint.tagText} text-anchor="middle" dominant-baseline="central" class="etikett">{mark.tag.text}</text>
          </g>
        ) : null))}
      </g>
    </svg>
  );
  const symbol = (path: string, fill: string) => <svg class="farg" viewBox="0 0 20 20" aria-hidden="true"><path d={path} fill={fill} /></svg>;
  const band = <svg class="farg" viewBox="0 0 20 20" aria-hidden="true"><rect y="6" width="8" height="8" fill={paint.legendMark} /><rect x="12" y="6" width="8" height="8" fill={paint.legendMark} /></svg>;
  const grey = <svg class="farg" viewBox="0 0 20 20" aria-hidden="true"><rect width="20" height="20" fill={paint.outsideFill} stroke={paint.legendMark} /></svg>;
  return (
    <div class={classes('hjulfigur', g.key ? 'med-nyckel' : undefined)}>
      <div class="hjulbild">{drawing}</div>
      {g.key ? (
        <div class="hjulnyckel" data-pagefind-ignore="">
          <p class="blockrubrik">{g.key.heading}</p>
          <ol>
            {g.key.items.map((item) => <li value={item.number}><span class="nyckel-nr">{item.number}</span> <span class="nyckel-nar">{item.when}</span> {item.title}</li>)}
          </ol>
        </div>
      ) : null}
      <div class="hjulforklaring">
        <p class="blockrubrik">{g.legendHeading}</p>
        <ul>
          {g.rings.map((ring) => <li>{symbol(ring.symbol, ring.colour)}{ring.legend}</li>)}
        </ul>
        {g.bandExplanation ? <p class="detalj">{band}{g.bandExplanation}</p> : null}
        {g.outsideExplanation ? <p class="detalj">{grey}{g.outsideExplanation}</p> : null}
        {g.editorialExplanation ? <p class="detalj redaktionell-kategori">{g.editorialExplanation}</p> : null}
      </div>
    </div>
  );
}
