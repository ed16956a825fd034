/**
 * The goal structures found in Swedish operational plans. Each is a block kind:
 * core areas (FoU Jämt), strategic goals with measures (FoUrum), program logic
 * (Fyrbodal), result goals with assignments (FoU Nordväst) and action-plan
 * activities (handlingsplan EBP).
 */
import * as z from 'zod';
import { editorialNote, id, markdown, percent, text } from './primitives';

/** A bullet that may carry nested bullets, to any depth. */
export type NestedItem = string | { text: string; items: NestedItem[] };
export const nestedItemSchema: z.ZodType<NestedItem> = z.lazy(() =>
  z.union([
    markdown('Punkt.'),
    z.strictObject({
      text: markdown('Punktens text.'),
      items: z.array(nestedItemSchema).min(1).describe('Underpunkter.'),
    }),
  ]),
);
export const nestedListSchema = z.array(nestedItemSchema).describe('Punktlista; en punkt kan ha underpunkter (text + items).');

/** `påbörjad` is kept beside `pågår` (existing plans use it); a status left out reads "Anges inte". */
export const ACTIVITY_STATUSES = ['planerad', 'pågår', 'påbörjad', 'genomförd', 'försenad', 'struken'] as const;
export const activityStatus = z
  .enum(ACTIVITY_STATUSES)
  .describe('Status: "planerad", "pågår", "påbörjad", "genomförd", "försenad" eller "struken". Utelämnad status visas som "Anges inte".');

export const coreAreaSchema = z
  .strictObject({
    type: z.literal('coreArea'),
    editorialNote: editorialNote().optional(),
    goals: z.array(markdown('Mål.')).min(1).describe('Målen för kärnområdet ("Mål:").'),
    goalsIntro: text('Inledning till aktivitetslistan.').optional(),
    activities: nestedListSchema.describe('Övergripande aktiviteter som målen nås genom.'),
    prioritised: z
      .array(
        z.strictObject({
          activity: markdown('Övergripande aktivitet (vänster kolumn).'),
          items: nestedListSchema.describe('Prioriterade aktiviteter (höger kolumn), punktlista i upp till tre nivåer.'),
        }),
      )
      .optional()
      .describe('Tabellen "Övergripande aktivitet | Prioriterade aktiviteter".'),
  })
  .describe('Ett kärnområde med mål, övergripande och prioriterade aktiviteter.');

export const strategicGoalsSchema = z
  .strictObject({
    type: z.literal('strategicGoals'),
    editorialNote: editorialNote().optional(),
    goals: z
      .array(
        z.strictObject({
          id: id('Id som måltabellerna hänvisar till.'),
          title: text('Det strategiska målet.'),
          agenda2030: z
            .array(z.number().int().min(1, 'Agenda 2030 har mål 1–17.').max(17, 'Agenda 2030 har mål 1–17.'))
            .optional()
            .describe('Nummer på de globala mål (1–17) som målet har koppling till.'),
        }),
      )
      .min(1)
      .describe('De strategiska målen.'),
  })
  .describe('Lista över strategiska mål, med koppling till Agenda 2030.');

export const goalTableSchema = z
  .strictObject({
    type: z.literal('goalTable'),
    editorialNote: editorialNote().optional(),
    strategicGoal: id('Id för det strategiska mål som tabellen hör till.').optional(),
    goals: z
      .array(
        z.strictObject({
          goal: markdown('Mål (område).'),
          measures: z
            .array(
              z.strictObject({
                measure: markdown('Mätetal.'),
                target: text('Målvärde, t.ex. "80 %".').optional(),
                activities: markdown('Aktiviteter för mätetalet.').optional(),
              }),
            )
            .min(1)
            .describe('Mätetalen för målet, vart och ett med målvärde och aktiviteter.'),
        }),
      )
      .min(1),
  })
  .describe('Tabellen "Mål (område) | Mätetal | Målvärde | Aktiviteter".');

export const programLogicSchema = z
  .strictObject({
    type: z.literal('programLogic'),
    editorialNote: editorialNote().optional(),
    headings: z
      .strictObject({
        resources: text('Rubrik för resurser.').default('Resurser'),
        assignments: text('Rubrik för uppdrag.').default('Uppdrag'),
        activities: text('Rubrik för aktiviteter.').default('Det här ska vi göra'),
        outcomes: text('Rubrik för utfall.').default('Utfall'),
      })
      .optional()
      .describe('Kolumnrubriker om de ska avvika från standard.'),
    groups: z
      .array(
        z.strictObject({
          resources: z.array(markdown('Stycke.')).describe('Resurser (cellen spänner över gruppens alla uppdrag).'),
          assignments: z
            .array(
              z.strictObject({
                assignment: z.array(markdown('Stycke.')).min(1).describe('Uppdraget.'),
                activities: z.array(markdown('Aktivitet.')).describe('Det här ska vi göra.'),
                outcomes: z.array(markdown('Utfall.')).describe('Förväntat utfall.'),
              }),
            )
            .min(1),
        }),
      )
      .min(1),
  })
  .describe('Programlogik: resurser → uppdrag → aktiviteter → utfall.');

export const resultGoalsSchema = z
  .strictObject({
    type: z.literal('resultGoals'),
    editorialNote: editorialNote().optional(),
    impactGoal: markdown('Effektmålet.'),
    goals: z
      .array(
        z.strictObject({
          id: id('Id som uppdragstabellerna hänvisar till.'),
          title: text('Resultatmålets korta namn, t.ex. "Stöd att utveckla professionen".'),
          description: markdown('Beskrivning av resultatmålet.'),
        }),
      )
      .min(1),
  })
  .describe('Programlogikens effektmål och resultatmål.');

export const assignmentTableSchema = z
  .strictObject({
    type: z.literal('assignmentTable'),
    editorialNote: editorialNote().optional(),
    resultGoal: id('Id för resultatmålet som tabellen hör till.').optional(),
    rows: z
      .array(
        z.strictObject({
          assignment: text('Uppdragets eller projektets namn.'),
          externallyFunded: z.boolean().default(false).describe('Externt finansierat (visas med asterisk *).'),
          participants: text('Deltagande kommuner och parter, t.ex. "Samtliga kommuner".').optional(),
          responsible: z.array(z.string()).default([]).describe('Ansvariga medarbetare med initialer, t.ex. ["MÅ", "AG"].'),
          activities: z.array(markdown('Aktivitet.')).min(1),
          serviceAreas: z.array(text('Verksamhetsområde.')).default([]).describe('Verksamhet, t.ex. "Barn och unga".'),
        }),
      )
      .min(1),
  })
  .describe('Tabellen "Uppdrag | Aktivitet | Verksamhet" med ansvariga och finansiering.');

export const actionPlanSchema = z
  .strictObject({
    type: z.literal('actionPlan'),
    editorialNote: editorialNote().optional(),
    goalArea: text('Målområdet, t.ex. "bidra till långsiktig kunskapsutveckling".'),
    activities: z
      .array(
        z.strictObject({
          activity: markdown('Aktivitet.'),
          purpose: markdown('Syfte.'),
          measure: markdown('Mått.'),
          responsible: z.array(text('Ansvarig, t.ex. "FoU Jämt" eller "RUG".')).min(1),
          timeline: text('Tidplan, t.ex. "Hösten 2015" eller "4:e kvartalet 2015".'),
          status: activityStatus.optional().describe('Status, om planen anger den: "planerad", "pågår", "påbörjad", "genomförd", "försenad" eller "struken". Utelämnad visas som "Anges inte" när någon annan aktivitet har status.'),
        }),
      )
      .min(1),
    progress: z
      .array(
        z.strictObject({
          status: z.enum(['påbörjad', 'genomförd']).describe('"påbörjad" eller "genomförd".'),
          title: text('Rubrik, t.ex. "Lokala EBP-cirklar" (utelämnas om källan saknar rubrik).').optional(),
          text: markdown('Vad som har gjorts.'),
        }),
      )
      .optional()
      .describe('Genomförda och påbörjade aktiviteter inom målområdet.'),
  })
  .describe('Handlingsplanens aktiviteter med syfte, mått, ansvar, tidplan och status.');

export const fundedRolesSchema = z
  .strictObject({
    type: z.literal('fundedRoles'),
    editorialNote: editorialNote().optional(),
    title: text('Rubrik, t.ex. "Med separat finansiering finns".'),
    roles: z
      .array(
        z.strictObject({
          role: text('Rollen, t.ex. "Utvecklingsledare för funktionshinder/socialpsykiatrifrågor".'),
          percent: percent('Tjänstens omfattning.'),
          mandate: text('Uppdraget, t.ex. "Separat uppdragsbeskrivning".').optional(),
        }),
      )
      .min(1),
  })
  .describe('Roller med separat finansiering, med omfattning i procent och uppdrag.');
