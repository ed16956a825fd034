import type { Wheel } from '../../../../schemas';
import { wheelGeometry } from '../../../derive/wheel-geometry';
import type { PlanView } from '../../plan-view';
import { tableFrame } from '../table-frame';
import { wheelDrawing } from './wheel-svg';

/** `drawn`: a figure with `generated: wheel` in the same section already shows the drawing. */
export function wheelBlock(block: Wheel, planYear: number, drawn: boolean, view: PlanView) {
  const geometry = wheelGeometry(block, block.year ?? planYear);
  const caption = `Händelser i årshjulet ${geometry.year}`;
  const abbrOf = new Map(block.categories.map((c) => [c.id, c.abbr]));
  return (
    <div class="hjulblock" id={block.id}>
      {!drawn ? <figure class="figur">{wheelDrawing(block, geometry, `Årshjul ${geometry.year}, månad för månad`)}<figcaption>Årshjul {geometry.year}.</figcaption></figure> : null}
      {geometry.unlabelled > 0 ? <p class="tabellnot">{geometry.unlabelled} händelser har inte plats med text i hjulet; de finns i tabellen.</p> : null}
      {tableFrame(view, caption,
        <table class="tabell hjultabell">
          <caption>{caption}</caption>
          <thead><tr><th scope="col" class="tal">Nr</th><th scope="col">Händelse</th><th scope="col">När</th><th scope="col">Kategori</th></tr></thead>
          <tbody>
            {geometry.rows.map((row) => {
              const abbr = abbrOf.get(row.event.category);
              return (
                <tr>
                  <td class="tal">{row.number}</td>
                  <th scope="row">{row.event.title}{row.event.note ? <span class="detalj">{row.event.note}</span> : null}</th>
                  <td>{row.when}</td>
                  <td>{row.categoryName}{abbr ? [' (', <span>{abbr}</span>, ')'] : null}</td>
                </tr>
              );
            })}
          </tbody>
        </table>)}
    </div>
  );
}
