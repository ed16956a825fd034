/**
 * `npm run new`: creates a plan from a template or from last year's plan.
 *   npm run new -- --id fou-jamt-2027 --mall verksamhetsplan --organisation "FoU Jämt" --ar 2027
 *   npm run new -- --id fou-jamt-uppdrag-2027 --typ uppdragsplan --organisation "FoU Jämt" --ar 2027
 *   npm run new -- --id tillsyn-2027 --typ "annan: Tillsynsplan" --organisation "Socialnämnden" --ar 2027
 *   npm run new -- --fran fou-jamt-2020 --ar 2021 --id fou-jamt-2021
 *   npm run new -- --uppfoljning fou-jamt-2020 --period 2020-T2
 * Missing answers are asked for in Swedish when run in a terminal.
 */
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { createFollowUp } from '../src/authoring/create-follow-up';
import { CreatePlanError, createPlan, parseKind, TEMPLATES, type PlanKind, type TemplateName } from '../src/authoring/create-plan';
import { PLAN_KINDS } from '../schemas';
import { runCli } from '../src/cli/run-cli';
import { resolveContentRoot } from '../src/pipeline';

const USAGE = `Användning: npm run new -- [flaggor]

Skapar en ny plan i content/ från en mall eller från förra årets plan, eller en
uppföljningsfil för en plan. Det som inte anges som flagga frågas efter när kommandot
körs i en terminal.

  --id MAPPNAMN          planens mapp i content/, t.ex. fou-jamt-2027
  --ar ÅR                året planen gäller (för en flerårsplan det första)
  --organisation NAMN    organisationen som ger ut planen
  --mall MALL            verksamhetsplan eller handlingsplan
  --typ TYP              ${PLAN_KINDS.join(', ')}
                         eller "annan: Namnet", t.ex. --typ "annan: Tillsynsplan"
  --fran MAPPNAMN        utgå från en plan i content/ och flytta fram den ett år
  --uppfoljning MAPPNAMN skapa en uppföljning av planen i content/MAPPNAMN med alla mål,
                         indikatorer, aktiviteter och budgetrader och tomma fält
  --period PERIOD        uppföljningens period: 2020 (verksamhetsberättelse), 2020-T1 …
                         2020-T3 (tertialrapport) eller 2020-H1/2020-H2 (halvårsrapport)
  --help                 visa den här texten

Exempel:
  npm run new -- --mall verksamhetsplan --organisation "FoU Jämt" --ar 2027 --id fou-jamt-2027
  npm run new -- --fran fou-jamt-2020 --ar 2021 --id fou-jamt-2021
  npm run new -- --uppfoljning fou-jamt-2020 --period 2020-T2
`;

const OPTIONS = {
  id: { type: 'string' },
  mall: { type: 'string' },
  typ: { type: 'string' },
  fran: { type: 'string' },
  from: { type: 'string' },
  ar: { type: 'string' },
  year: { type: 'string' },
  organisation: { type: 'string' },
  uppfoljning: { type: 'string' },
  period: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Flags = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; strict: true }>>['values'];

/** The flags, or a Swedish refusal of an unknown or incomplete one (node's own message is English). */
function readFlags(): { values: Flags } | { refusal: string } {
  try {
    return { values: parseArgs({ options: OPTIONS, strict: true }).values };
  } catch (error) {
    const flag = /'(-[^' ]+)/.exec(error instanceof Error ? error.message : '')?.[1] ?? '';
    switch ((error as { code?: string }).code) {
      case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': return { refusal: `Okänd flagga ${flag}. Se npm run new -- --help.` };
      case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': return { refusal: `Flaggan ${flag} behöver ett värde, t.ex. ${flag || '--ar'} 2027. Se npm run new -- --help.` };
      case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': return { refusal: 'Oväntat argument utan flagga. Se npm run new -- --help.' };
      default: throw error;
    }
  }
}

await runCli(async () => {
  const flags = readFlags();
  if ('refusal' in flags) { console.error(`planverk: ${flags.refusal}`); return 1; }
  const { values } = flags;
  if (values.help) { process.stdout.write(USAGE); return 0; }
  const interactive = process.stdin.isTTY && process.stdout.isTTY;
  const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  const ask = async (question: string, given?: string) => {
    if (given) return given;
    if (!rl) throw new CreatePlanError(`Saknar uppgift: ${question} Ange den som flagga (se README).`);
    return (await rl.question(`${question} `)).trim();
  };
  try {
    const contentRoot = async () => resolveContentRoot(process.env.PLANVERK_CONTENT ?? 'content');
    if (values.uppfoljning !== undefined) {
      const period = await ask('Vilken period? (t.ex. 2020-T2, 2020-H1 eller 2020)', values.period);
      const { file, empty } = await createFollowUp({ contentRoot: await contentRoot(), plan: values.uppfoljning, period });
      console.log(`Skapade ${path.relative(process.cwd(), file)}. Fyll i fälten och kör sedan: npm run check`);
      if (empty) console.log('Planen har inga mål, indikatorer, aktiviteter eller budgetrader med id som kan följas upp; se docs/uppfoljning.md.');
      return 0;
    }
    const from = values.fran ?? values.from;
    let kind: PlanKind | undefined;
    if (values.typ !== undefined && !from) {
      kind = parseKind(values.typ);
      if (!kind) throw new CreatePlanError(`Okänd typ "${values.typ}". Välj ${PLAN_KINDS.map((k) => `"${k}"`).join(', ')} eller skriv "annan: Namnet på typen", t.ex. --typ "annan: Tillsynsplan".`);
    }
    // With --typ the kind picks its template; otherwise ask for the template as before.
    const template = from || (kind && !values.mall) ? undefined : ((await ask('Vilken mall? (verksamhetsplan/handlingsplan)', values.mall)) as TemplateName);
    if (template && !TEMPLATES.includes(template)) throw new CreatePlanError(`Okänd mall "${template}". Välj verksamhetsplan eller handlingsplan.`);
    const yearText = await ask('Vilket år gäller planen?', values.ar ?? values.year);
    const year = Number(yearText);
    if (!Number.isInteger(year) || year < 1900 || year > 2200) throw new CreatePlanError(`"${yearText}" är inget år.`);
    const organisation = from ? undefined : await ask('Organisationens namn?', values.organisation);
    const id = await ask('Mappnamn för planen (t.ex. fou-jamt-2027)?', values.id);
    const target = await createPlan({
      contentRoot: await contentRoot(), templatesRoot: 'templates', id, template, kind, from, year, organisation,
    });
    console.log(`Skapade ${target}. Redigera plan.yaml och kör sedan: npm run check`);
    return 0;
  } catch (error) {
    if (error instanceof CreatePlanError) { console.error(`planverk: ${error.message}`); return 1; }
    throw error;
  } finally {
    rl?.close();
  }
});
