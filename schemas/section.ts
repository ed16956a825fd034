/**
 * A section: a heading (numbered automatically), an optional Markdown body (inline or
 * from a .md file), blocks, and subsections.
 */
import * as z from 'zod';
import { blockSchema } from './block';
import { id, markdown, relativePath, text } from './primitives';

export const sectionSchema = z
  .strictObject({
    id: id('Id för länkar till avsnittet (standard: bildas av rubriken).').optional(),
    title: text('Avsnittets rubrik, utan nummer (numret sätts automatiskt).'),
    numbered: z.boolean().optional().describe('Sätt false för ett onumrerat avsnitt, t.ex. en bilaga.'),
    toc: z
      .boolean()
      .optional()
      .describe('Sätt false för att inte ta med avsnittet i innehållsförteckningen (rubriken visas ändå i texten), t.ex. för återkommande underrubriker.'),
    file: relativePath('Markdownfil med avsnittets text. Filen kan ha front matter med avsnittets fält.').optional(),
    body: markdown('Avsnittets text.').optional(),
    blocks: z.array(blockSchema).optional().describe('Tabeller, figurer, årshjul, budget m.m. efter texten.'),
    get sections() {
      return z.array(sectionSchema).optional().describe('Underavsnitt.');
    },
  })
  .describe('Ett avsnitt i planen.');

export type Section = z.infer<typeof sectionSchema>;

/** Fields a section's Markdown file may set in its front matter. */
export const sectionFrontMatterSchema = sectionSchema
  .omit({ file: true, body: true, sections: true })
  .partial({ title: true })
  .describe('Front matter i en avsnittsfil.');
