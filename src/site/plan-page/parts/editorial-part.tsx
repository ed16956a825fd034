/** An editorial note: the transcriber's words, set apart from the plan's text and led by its label. */
import type { EditorialPart } from '../../../derive/presentation';

export const editorialPart = (part: EditorialPart) => (
  <p class="redaktionell"><strong>{part.label}:</strong> {part.text}</p>
);
