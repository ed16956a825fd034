/** Figures: an image with caption, source and alt text. Numbered automatically ("Figur 1"). */
import * as z from 'zod';
import { id, markdown, relativePath, safeUrl, text } from './primitives';

export const figureSchema = z
  .strictObject({
    type: z.literal('figure'),
    id: id('Id som texten kan hänvisa till med [](#id).'),
    image: relativePath('Bildfil (PNG, JPEG eller SVG).').optional(),
    generated: z.enum(['wheel']).optional().describe('Figuren ritas av planverk: "wheel" = årshjulet i samma avsnitt.'),
    alt: text('Alternativtext som beskriver bilden för den som inte ser den.'),
    caption: markdown('Bildtext, utan "Figur N." (numret sätts automatiskt).'),
    source: z
      .strictObject({
        text: text('Källans namn.'),
        url: safeUrl('Länk till källan.').optional(),
      })
      .optional()
      .describe('Källa till figuren.'),
    missing: text('Anledning till att bilden saknas, t.ex. "Bilden saknas i underlaget.". Då visas bara bildtexten.').optional(),
  })
  .describe('En figur med bildtext.');

export const textBlockSchema = z
  .strictObject({
    type: z.literal('text'),
    markdown: markdown('Löptext.'),
  })
  .describe('Ett stycke löptext mellan andra block.');

export const tableSchema = z
  .strictObject({
    type: z.literal('table'),
    id: id('Id som texten kan hänvisa till.').optional(),
    caption: markdown('Tabellrubrik, utan "Tabell N." (numret sätts automatiskt).').optional(),
    columns: z.array(text('Kolumnrubrik.')).min(1).describe('Kolumnrubrikerna.'),
    rows: z.array(z.array(z.string().describe('Cellens text (Markdown).'))).describe('Raderna, en lista med celler per rad.'),
  })
  .describe('En enkel tabell med rubrikrad.');
