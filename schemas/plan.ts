/** The whole plan: cover data, people, abbreviations and the section tree. */
import * as z from 'zod';
import { metadataShape } from './metadata';
import { abbreviationSchema, personSchema } from './people';
import { sectionSchema } from './section';

export const planSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Sökväg till JSON-schemat (för redigeraren).'),
    ...metadataShape,
    numbering: z.boolean().default(true).describe('Numrera avsnitten automatiskt (1, 1.1, 1.1.1). Standard: ja.'),
    toc: z.boolean().default(true).describe('Visa innehållsförteckning. Standard: ja.'),
    people: z.array(personSchema).default([]).describe('Medarbetare som anges med initialer i tabellerna.'),
    abbreviations: z.array(abbreviationSchema).default([]).describe('Förkortningar som används i planen.'),
    sections: z.array(sectionSchema).describe('Planens avsnitt i ordning.'),
  })
  .describe('En verksamhetsplan eller handlingsplan i planverk.');

export type Plan = z.infer<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
