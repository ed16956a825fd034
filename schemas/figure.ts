/** Figures: an image with caption, source and alt text. Numbered automatically ("Figur 1"). */
import * as z from 'zod';
import { editorialNote, id, markdown, relativePath, safeUrl, text } from './primitives';

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
    reconstructed: z
      .boolean()
      .optional()
      .describe('Figuren är återskapad utifrån källans text (t.ex. ett årshjul vars bild saknas) och inte källans egen figur. Bildtexten säger då "Rekonstruerad figur".'),
    editorialNote: editorialNote().optional(),
  })
  .superRefine((figure, ctx) => {
    if (figure.reconstructed && figure.missing !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['reconstructed'],
        params: { code: 'rekonstruerad-utan-bild' },
        message: 'En figur med missing visar ingen bild och kan inte vara rekonstruerad. Ta bort reconstructed eller missing.',
      });
    }
  })
  .describe('En figur med bildtext.');

export const textBlockSchema = z
  .strictObject({
    type: z.literal('text'),
    markdown: markdown('Löptext.'),
    editorialNote: editorialNote().optional(),
  })
  .describe('Ett stycke löptext mellan andra block.');

export const tableSchema = z
  .strictObject({
    type: z.literal('table'),
    id: id('Id som texten kan hänvisa till.').optional(),
    caption: markdown('Tabellrubrik, utan "Tabell N." (numret sätts automatiskt).').optional(),
    columns: z.array(text('Kolumnrubrik.')).min(1).describe('Kolumnrubrikerna.'),
    rows: z.array(z.array(z.string().describe('Cellens text (Markdown).'))).describe('Raderna, en lista med celler per rad.'),
    editorialNote: editorialNote().optional(),
  })
  .describe('En enkel tabell med rubrikrad.');
