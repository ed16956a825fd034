/** Label and value pairs of the presentation model as a description list, labels in one column. */
import type { FactsPart } from '../../../derive/presentation';

export const factsPart = (part: FactsPart) => (
  <dl class="faktarad">{part.facts.map((fact) => <div><dt>{fact.label}</dt><dd>{fact.value}</dd></div>)}</dl>
);
