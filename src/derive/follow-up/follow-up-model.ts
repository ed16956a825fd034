/**
 * The presentation model of a follow-up (issue 21): a tertial or half-year report, or the
 * annual report (verksamhetsberättelse), derived from a follow-up file that refers to the
 * plan's ids. Like the plan's own model it holds every word, number and chart proportion
 * already decided, so that the follow-up page and the report PDF only lay it out.
 *
 * The document reuses the plan's parts (tables, prose, facts, notes …) and adds two chart
 * parts. Each chart carries its table alternative, so that a reader who cannot see the
 * chart (or prints it in black and white) reads the same numbers.
 */

import type { Part, TablePart } from '../presentation';

/** Goal judgements an editor writes; the order is the order of legends and tables. */
export type GoalJudgement = 'uppfyllt' | 'delvis uppfyllt' | 'ej uppfyllt' | 'kan inte bedömas';

/** Activity statuses in a follow-up; the order is the order of legends, bars and tables. */
export type FollowUpStatus = 'genomförd' | 'pågår' | 'ej påbörjad' | 'försenad' | 'struken';

/** A bar's segment: how many of the bar's items have the status. */
export interface BarSegment {
  status: FollowUpStatus;
  /** The status as printed: "Ej påbörjad". */
  label: string;
  count: number;
  /** count / the bar's total, 0–1; the renderers multiply it by their bar's width. */
  fraction: number;
}

/** Activities per status, one bar per goal or area and one for the whole plan. */
export interface StatusBarsPart {
  kind: 'statusBars';
  anchor?: string;
  /** "Figur 1" when numbered. */
  label?: string;
  caption: string;
  /** The chart's accessible name. */
  name: string;
  /** Legend entries in order; every status that occurs in any bar. */
  legend: { status: FollowUpStatus; label: string }[];
  bars: {
    /** "Mål 1: Stöd att utveckla professionen", or "Hela planen". */
    label: string;
    /** Link target on the page (the goal's section), when there is one. */
    href?: string;
    total: number;
    /** Only statuses with count > 0, in legend order. */
    segments: BarSegment[];
    /** What assistive technology reads for the bar: "Mål 1: 3 genomförda, 1 pågår av 4". */
    summary: string;
  }[];
  /** The same numbers as a table (the chart's text alternative, shown beside or under it). */
  table: TablePart;
}

/** One indicator's outcome against its target and baseline, on one scale. */
export interface IndicatorChartPart {
  kind: 'indicatorChart';
  anchor?: string;
  /** The indicator's name: "Andel brukare som är nöjda". */
  title: string;
  /** "%", "antal", "dagar" … as the plan writes it. */
  unit?: string;
  /** "Högre är bättre" / "Lägre är bättre". */
  directionText: string;
  /** The axis: values map to position (value - min) / (max - min). */
  scale: { min: number; max: number; ticks: { value: number; fraction: number; text: string }[] };
  /** Each point present only when the plan or follow-up gives it; `text` is Swedish-formatted with unit. */
  baseline?: { value: number; fraction: number; text: string; label: string };
  target?: { value: number; fraction: number; text: string; label: string };
  outcome?: { value: number; fraction: number; text: string; label: string };
  /** Whether the outcome reaches the target, direction taken into account; undefined when either is missing. */
  met?: boolean;
  /** "Målvärdet nått" / "Målvärdet inte nått" / "Utfall saknas". */
  verdict: string;
  /** The chart's accessible name, a whole sentence with all numbers. */
  name: string;
  table: TablePart;
}

export type FollowUpPart = Part | StatusBarsPart | IndicatorChartPart;
export type FollowUpPartKind = FollowUpPart['kind'];

export interface FollowUpSection {
  anchor: string;
  /** "2" or undefined; sections are numbered like the report's table of contents. */
  number?: string;
  title: string;
  /** 1 for top-level sections. */
  level: number;
  parts: FollowUpPart[];
  sections: FollowUpSection[];
}

/** A goal's judgement as the editor wrote it, and the suggestion derived from the indicators. */
export interface GoalAssessment {
  goalId: string;
  judgement?: { value: GoalJudgement; label: string };
  /** Only where the plan defines targets for the goal's indicators. */
  suggestion?: { value: GoalJudgement; label: string; reason: string };
}

export interface DerivedFollowUp {
  /** The plan's folder name. */
  planId: string;
  /** The file's name without extension: "uppfoljning-2020-t2"; the page's URL segment and the PDF's name. */
  id: string;
  /** "2020-T2", "2020-H1", "2020". */
  periodKey: string;
  /** "Tertial 2 2020", "Första halvåret 2020", "2020". */
  periodLabel: string;
  /** "tertialrapport" | "halvårsrapport" | "verksamhetsberättelse". */
  documentKind: 'tertialrapport' | 'halvårsrapport' | 'verksamhetsberättelse';
  /** "Verksamhetsberättelse 2020" / "Tertialrapport 2 2020": the cover's and page's title. */
  title: string;
  /** The plan's title and organisation, for the cover and the page header. */
  planTitle: string;
  organisation: string;
  /** Decision sentences, as the plan's front writes them ("Fastställd av … den …"), when the follow-up has decisions. */
  decisions: string[];
  /** The date the follow-up gives as its state ("Läget den 31 augusti 2020"). */
  asOf?: string;
  /** Facts shown under the title (period, plan, date). */
  facts: { label: string; value: string }[];
  /** Table of contents, in document order. */
  toc: { anchor: string; number?: string; title: string; level: number }[];
  sections: FollowUpSection[];
  assessments: GoalAssessment[];
  /** Per activity id: its latest status in this follow-up, for the plan page ("Genomförd, T2 2020"). */
  activityStatus: Record<string, { status: FollowUpStatus; label: string; comment?: string }>;
}
