import { z } from 'astro/zod';
import { flagSchema, sourcesSchema } from './source.ts';

/**
 * What a deadline clause says about counting its term, one statement per rule: the unit of days, the
 * event the term runs from, the days it leaves out. Read from the clause (or the lead-in it stands under).
 */
export const countingRules = [
  /** `жұмыс күні`: Saturdays, Sundays and days off are not counted. */
  'working-days',
  /** `күнтізбелік күн`: every day is counted. */
  'calendar-days',
  /** `күн` alone: the act does not say which days, so no date can be computed. */
  'days-unstated',
  /** `тапсырған сәттен / кезінен бастап`: the term runs from the moment the papers are handed in. */
  'from-submission',
  /** `қабылдаған / тапсырған / ұсынған күннен бастап`: the term runs from the day the papers are accepted. */
  'from-acceptance-day',
  /** `комиссияға тапсырған кезден`, `Бөлімдерден алған күнінен`: an event inside the offices, not the application. */
  'from-other-event',
  /** `құжаттарды қабылдау күні ... мерзіміне кірмейді`: the day of acceptance is not counted. */
  'acceptance-day-not-counted',
  /** `... беру күні ... мерзіміне кірмейді`: the day of issue is not counted, so it comes after the term. */
  'issue-day-not-counted',
] as const;
export type CountingRule = (typeof countingRules)[number];

export const countingRuleSchema = z.object({
  rule: z.enum(countingRules),
  /** The words that state it, as written (normalised). */
  text: z.string().min(1),
  /** The line the words start on. */
  sources: sourcesSchema,
});
export type CountingRuleStatement = z.infer<typeof countingRuleSchema>;

/**
 * How a ready-by date is computed for a service term, from its counting rules; `days: null` when it cannot
 * be (the page then shows the clause as written), with the reason.
 */
export const readyBySchema = z.object({
  days: z.enum(['working', 'calendar']).nullable(),
  /** The day of issue lies after the term (the act leaves it out of the term). */
  issueDayAfterTerm: z.boolean(),
  /** Why no date can be computed (English, for the data report), else null. */
  reason: z.string().nullable(),
});
export type ReadyBy = z.infer<typeof readyBySchema>;

export const deadlineSchema = z.object({
  /** What the figure limits, in the act's words or a short Kazakh label (e.g. `Қызмет көрсету мерзімі`). */
  label: z.string().min(1),
  /** Channel the figure applies to, when the text distinguishes them. */
  channel: z.enum(['authority', 'public-service-centre', 'any']),
  /** Meaning of the figure. */
  kind: z.enum(['service-term', 'queue-wait-submit', 'queue-wait-collect', 'service-time', 'other']),
  value: z.number().positive(),
  unit: z.enum(['minute', 'hour', 'day', 'working-day', 'calendar-day', 'month']),
  /** The sentence the figure comes from, as written (normalised). */
  raw: z.string().min(1),
  /** Clause number the figure stands in (`7`), as printed; null when the clause has none. */
  clause: z.string().nullable().optional(),
  /** What the act says about counting the figure (day-counted figures only); absent on older records. */
  counting: z.array(countingRuleSchema).optional(),
  /** Service terms in days only: how the ready-by date is computed, or why it cannot be. */
  readyBy: readyBySchema.optional(),
  sources: sourcesSchema,
});
export type Deadline = z.infer<typeof deadlineSchema>;

export const documentKinds = ['required', 'conditional', 'remark'] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const documentRequirementSchema = z.object({
  /** The required document as written. */
  text: z.string().min(1),
  /** Sub-items, e.g. the identity document per category of person. */
  items: z.array(z.string()),
  /**
   * `required`: everyone brings it; `conditional`: only the people its condition names (foreigners, oralmans,
   * guardians, ...); `remark`: a sentence of the list that is not a document (originals are returned after
   * checking, forms lie on a stand). Absent on records written before the classification existed.
   */
  kind: z.enum(documentKinds).optional(),
  /** For `conditional` entries: the condition as written in the act, else null. */
  condition: z.string().nullable().optional(),
  /**
   * For an entry a sub-heading opened inside another list (004 clause 12: `мүгедектер үшін қосымша:` inside
   * `1) ... мекемелерге қабылдау үшін:`): that list's heading as written. The entry holds for that case too.
   */
  within: z.string().optional(),
  /**
   * Closing words of the list that are no document, as written (`негізінде жүзеге асырылады.`: admission is
   * made on the basis of the papers listed), taken off the last item they were printed with.
   */
  closing: z.string().optional(),
  sources: sourcesSchema,
});

export const complaintStepSchema = z.object({
  /** 1-based order in which a citizen goes. */
  step: z.number().int().positive(),
  /** Who receives the complaint, in a short Kazakh phrase. */
  to: z.string().min(1),
  /** Role of the addressee, for resolving to concrete offices later. */
  role: z.enum(['department-head', 'regional-department', 'akim-office', 'ministry', 'court', 'other']),
  /** The clause as written. */
  text: z.string().min(1),
  /** Clause number the step comes from, e.g. `20`. */
  clause: z.string().nullable(),
  sources: sourcesSchema,
});

/**
 * One district's complaint route: for each step of `complaintRoute` (by its `step` number) the offices
 * that receive the complaint there. Steps with no office in the data (the court) are left out.
 */
export const complaintDistrictSchema = z.object({
  /** Place id (places.json) of the district or city of regional significance. */
  district: z.string().min(1),
  steps: z.array(z.object({ step: z.number().int().positive(), officeIds: z.array(z.string()).min(1) })),
});
export type ComplaintDistrict = z.infer<typeof complaintDistrictSchema>;

export const qualityIndicatorSchema = z.object({
  name: z.string().min(1),
  normative: z.string().nullable(),
  target: z.string().nullable(),
  current: z.string().nullable(),
  sources: sourcesSchema,
});

export const procedureStepSchema = z.object({
  step: z.number().int().positive(),
  actor: z.string().nullable(),
  action: z.string().min(1),
  limit: z.string().nullable(),
  sources: sourcesSchema,
});

export const clauseSchema = z.object({
  /** Clause number as written (`7`, `12.1`); null for unnumbered paragraphs. */
  number: z.string().nullable(),
  /** Section heading the clause stands under (`1. Жалпы ережелер`). */
  section: z.string().nullable(),
  /** Normalised text of the clause with its sub-items. */
  text: z.string().min(1),
  sources: sourcesSchema,
});

/** A clause of the act that a fact is taken from or points to (`Стандарттың 7 тармағында көрсетілген`). */
export const referenceSchema = z.object({
  /** Which fact the reference stands for (`deadlines`, `documents`, ...). */
  field: z.string().min(1),
  /** The referring text as written. */
  text: z.string().min(1),
  /** Clause number referred to. */
  clause: z.string().nullable(),
  /** Whether the referred standard is among the sources, and the version id it resolved to. */
  resolvedTo: z.string().nullable(),
  /**
   * Developer note in English (for the data health page and the open data), e.g. that the figure is in a
   * standard not included in the sources. Pages render references from the structured fields instead.
   */
  note: z.string().min(1),
  /**
   * For an unresolved reference: the version of a standard of the same name that another act approved
   * (002's Karaganda standard for 001's regulation citing the Government's), else null. Pages may say
   * that a standard of that name exists but is not the one cited.
   */
  sameNameVersion: z.string().nullable().optional(),
  /** The standard the text cites, as written: its service name and the approving act's year and number. */
  standard: z
    .object({ name: z.string().min(1), year: z.string().nullable(), number: z.string().nullable() })
    .nullable()
    .optional(),
  sources: sourcesSchema,
});

export const formTemplateSchema = z.object({
  title: z.string().min(1),
  text: z.string().min(1),
  /** Appendix number the template is in. */
  appendix: z.number().int().positive().nullable(),
  sources: sourcesSchema,
});

export const serviceVersionSchema = z.object({
  /** Stable id: act id + ordinal of the document in the act, e.g. `2012-349-4`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Id of the act that approves this document. */
  act: z.string().min(1),
  docType: z.enum(['standard', 'regulation']),
  /** Region of the issuing akimat as written (`Алматы облысы`); null for national documents. */
  region: z.string().nullable(),
  /** The document's exact service name, as written (normalised). */
  name: z.string().min(1),
  /** Ordinal of the document within the act (1-based). */
  ordinal: z.number().int().positive(),
  provider: z.string().nullable(),
  /** Form of service: automated, partly automated or not, as stated. */
  form: z
    .object({
      value: z.enum(['automated', 'partly-automated', 'not-automated']).nullable(),
      text: z.string(),
    })
    .nullable(),
  legalBasis: z.string().nullable(),
  result: z.string().nullable(),
  recipients: z.string().nullable(),
  cost: z
    .object({
      free: z.boolean().nullable(),
      text: z.string(),
      /** The cost clause's number as printed (`8`); absent on older records. */
      clause: z.string().nullable().optional(),
      /** The cost clause itself (its line), for the citation; absent on older records. */
      sources: sourcesSchema.optional(),
    })
    .nullable(),
  deadlines: z.array(deadlineSchema),
  /** General working schedule stated in the document. */
  schedule: z.string().nullable(),
  placeConditions: z.string().nullable(),
  documents: z.array(documentRequirementSchema),
  refusalGrounds: z.array(z.string()),
  suspensionGrounds: z.array(z.string()),
  principles: z.array(z.string()),
  complaintRoute: z.array(complaintStepSchema),
  qualityIndicators: z.array(qualityIndicatorSchema),
  procedure: z.array(procedureStepSchema),
  forms: z.array(formTemplateSchema),
  references: z.array(referenceSchema),
  clauses: z.array(clauseSchema),
  flags: z.array(flagSchema),
  sources: sourcesSchema,
  /** Ids of the offices this version's appendices list (delivering, taking applications, taking complaints). */
  offices: z.array(z.string()).optional(),
  /** The complaint route resolved to concrete offices, per district where the version is delivered. */
  complaintOffices: z.array(complaintDistrictSchema).optional(),
});
export type ServiceVersion = z.infer<typeof serviceVersionSchema>;

/** Why a version applies in a district: the region's own act, or a national standard that applies everywhere. */
export const applicabilityBasis = ['regional-act', 'national-standard'] as const;

/** The service versions that apply in one district (computed once in the resolve stage). */
export const districtApplicabilitySchema = z.object({
  /** Place id (places.json) of the district or city of regional significance. */
  district: z.string().min(1),
  /** Place id (places.json) of its region. */
  region: z.string().min(1),
  versions: z
    .array(
      z.object({
        /** Service version id, e.g. `2012-349-6`. */
        version: z.string().min(1),
        basis: z.enum(applicabilityBasis),
      }),
    )
    .min(1),
});
export type DistrictApplicability = z.infer<typeof districtApplicabilitySchema>;

export const serviceSchema = z.object({
  /** Stable Latin slug of the service name. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Name of the service (from the most recent version). */
  name: z.string().min(1),
  versions: z.array(serviceVersionSchema).min(1),
  /** Every distinct name the versions give the service, as written (for search and the alias review). */
  names: z.array(z.string().min(1)).min(1),
  /**
   * For every district where some version applies: which versions (the region's own act; the national
   * standard wherever it applies). Districts absent here have no act covering the service.
   */
  applicability: z.array(districtApplicabilitySchema).optional(),
});
export type Service = z.infer<typeof serviceSchema>;
