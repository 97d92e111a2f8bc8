/**
 * Kazakh keywords the service extractors look for. Every pattern runs on `matchText` output: lower case,
 * Latin homoglyphs folded to Cyrillic (`і`), letter-spaced runs rejoined.
 */

/** Kazakh number words up to thirty (`үш жұмыс күнi`, `бір айдан аспайтын`, `он сегіз`). */
export const NUMBER_WORDS: Record<string, number> = {
  бір: 1,
  екі: 2,
  үш: 3,
  төрт: 4,
  бес: 5,
  алты: 6,
  жеті: 7,
  сегіз: 8,
  тоғыз: 9,
  он: 10,
  жиырма: 20,
  отыз: 30,
};

/** Units as written, longest first, mapped to the schema's unit. */
export const UNIT_WORDS: readonly {
  pattern: string;
  unit: 'minute' | 'hour' | 'day' | 'working-day' | 'calendar-day' | 'month';
}[] = [
  { pattern: 'жұмыс күн', unit: 'working-day' },
  { pattern: 'күнтізбелік күн', unit: 'calendar-day' },
  { pattern: 'күнтізбелік', unit: 'calendar-day' },
  { pattern: 'минут', unit: 'minute' },
  { pattern: 'сағат', unit: 'hour' },
  { pattern: 'күн', unit: 'day' },
  { pattern: 'ай', unit: 'month' },
];

/** The clause that states the deadlines: `Мемлекеттiк қызмет көрсету мерзiмдерi:`, `... шектеу мерзімдері:`. */
export const DEADLINE_CLAUSE = /(көрсету|шектеу)\s+мерзім(дері|і)\s*:/u;

/** Channel switches inside 000 clause 7: `Уәкiлеттi органға өтiнiш бiлдiрген жағдайда:` / `Орталыққа барған кезде`. */
export const CHANNEL_CUES = {
  'public-service-centre': /орталыққа|орталықта|хқко/u,
  authority: /уәкілетті органға|бөлімге|әкіміне/u,
} as const;

/**
 * What a deadline figure limits, checked in order on the sentence around it. Collection comes before
 * submission because 004 writes `қызмет көрсету нәтижесі ретінде құжаттарды алу үшін кезек күтуге`.
 */
export const DEADLINE_KINDS: readonly {
  kind: 'other' | 'queue-wait-submit' | 'queue-wait-collect' | 'service-time' | 'service-term';
  cue: RegExp;
}[] = [
  { kind: 'other', cue: /ұзарт/u },
  { kind: 'queue-wait-collect', cue: /(?<!\p{L})(алу|алған|алғанда|алуға)\s.*(кезек|күту)/u },
  { kind: 'queue-wait-submit', cue: /(?<!\p{L})(тапсыру|тапсырған|тапсырғанда)\s.*(кезек|күту)|көрсету кезегінде/u },
  { kind: 'service-time', cue: /қызмет көрсетудің рұқсат берілген ең көп уақыты/u },
  { kind: 'service-term', cue: /мерзім|көрсетіледі|ішінде|кешіктір|аспайтын/u },
];

/** Short Kazakh labels per deadline kind. */
export const DEADLINE_LABELS = {
  'service-term': 'Қызмет көрсету мерзімі',
  'queue-wait-submit': 'Құжаттарды тапсыру кезіндегі кезек күтудің ең ұзақ уақыты',
  'queue-wait-collect': 'Нәтижені алу кезіндегі кезек күтудің ең ұзақ уақыты',
  'service-time': 'Қызмет көрсетудің ең ұзақ уақыты',
  other: 'Өзге мерзім',
} as const;

/** Figures outside the deadline clause count only beside a limit word (004 clause 5: `10 жұмыс күнінің ішінде`). */
export const LIMIT_CUE = /ішінде|кешіктір|аспайтын|аспайды|мерзімде/u;

/** `тегін`, `ақысыз` (free); `ақылы` (paid). */
export const COST_FREE = /тегін|ақысыз/u;
export const COST_PAID = /ақылы|төлем ақы/u;
/** The cost clause itself, not `бланкілері ... тегін беріледі` (003 clause 13). */
export const COST_CLAUSE = /^(мемлекеттік )?қызмет\S*\s.*(тегін|ақысыз|ақылы)|анықтамалар тегін/u;

/** Form of service, most specific first. 000 writes `iшiнара автоматтандырылмаған`, kept with a flag. */
export const FORM_VALUES: readonly { cue: RegExp; value: 'automated' | 'partly-automated' | 'not-automated' }[] = [
  { cue: /(ішінара|жартылай)\s+автоматтандырылмаған/u, value: 'partly-automated' },
  { cue: /(ішінара|жартылай)\s+автоматтандырылған/u, value: 'partly-automated' },
  { cue: /автоматтандырылмаған/u, value: 'not-automated' },
  { cue: /автоматтандырылған/u, value: 'automated' },
];
export const FORM_CLAUSE = /(нысаны|түрі)\s*[:–-]?\s*(\S+\s+)?автоматтандырыл/u;

/** Clauses that list the required documents. */
export const DOCUMENTS_CLAUSE =
  /құжаттар(дың|ды)?\s.*(ұсынуы? қажет|тапсыру қажет|ұсынады)|құжаттар(дың)?\s+(мен талаптар\s+)?тізбесі|мынадай құжаттар|мына құжаттар/u;

/** Refusal and suspension. */
export const REFUSAL = /бас тарт|ұсынылмайды|көрсетілмейді|келісім бермеу/u;
export const SUSPENSION = /тоқтат/u;

/** A regulation pointing to its standard's clause: `Стандарттың 7 тармағында`, `стандартының 9,10 тармақтарына`. */
export const STANDARD_CLAUSE_REF = /стандарт(тың|ының)\s+(\d+(?:\s*,\s*\d+)*)\s*тарма[қғ]/u;

/** Section headings. */
export const SECTION = {
  complaint: /шағымдану/u,
  principles: /қағидат/u,
  results: /жұмыс(тың)? нәтиже/u,
  contacts: /байланыс/u,
};

/** Complaint addressees, checked in the order a citizen goes; the first cue per role wins. */
export const COMPLAINT_ROLES: readonly {
  role: 'department-head' | 'regional-department' | 'akim-office' | 'ministry' | 'court';
  to: string;
  cue: RegExp;
}[] = [
  {
    role: 'department-head',
    to: 'уәкілетті орган (бөлім) басшысы',
    cue: /(?<!жоғары тұрған )уәкілетті орган басшысының атына|бөлімдерге|бөлім бастығына/u,
  },
  {
    role: 'regional-department',
    to: 'жоғары тұрған уәкілетті орган (облыстық басқарма)',
    cue: /жоғары тұрған уәкілетті орган(\s+басшысының атына|дарда)|жоғары уәкілетті орган|басқарма(ның|ға|сына)|басқармасы\S* мемлекеттік мекемесіне/u,
  },
  {
    role: 'akim-office',
    to: 'әкім аппараты',
    cue: /әкімдер(інің|і)?\s+(аппарат|атына)|әкімдерінің аппаратына|әкімияттары|әкімдіктеріне/u,
  },
  { role: 'ministry', to: 'министрлік', cue: /министрлігіне/u },
  { role: 'court', to: 'сот', cue: /сот(қа| тәртібімен)/u },
];

/** A complaint paragraph names where to lodge it, not only who explains the procedure. */
export const COMPLAINT_LODGED = /беріледі|жіберіледі|түседі|жүгін|шағымдануға құқығы|шағым берілетін/u;

/** Actors of the regulations' stages, longest first (`уәкілетті органның жауапты орындаушысы`). */
export const ACTORS: readonly RegExp[] = [
  /^уәкілетті орган(дағы)? кеңсе(сінің|нің) қызметкері(\s*\([^)]*\))?/u,
  /^уәкілетті органның кеңсе қызметкері(\s*\([^)]*\))?/u,
  /^уәкілетті органның жауапты (орындаушы(сы)?|қызметкері)/u,
  /^уәкілетті органның басшысы/u,
  /^уәкілетті органның қызметкері/u,
  /^хқко-(ның|нің) жинақтаушы бөлімінің (инспекторы|қызметкері)/u,
  /^хқко-(ның|нің) инспекторы/u,
  /^жеке тұлға/u,
  /^тұтынушы/u,
];

/** The body clause listing the stages: `... мемлекеттік қызмет көрсетудің кезеңдері:`. */
export const STAGES_HEAD = /кезеңдері\s*:/u;
/** Stage table and process diagram appendices of the regulations. */
export const PROCESS_APPENDIX = /әкімшілік іс-қимылдардың/u;
export const STAGE_LIMIT = /орындау мерзімі/u;

/** The quality-indicator appendix: `Сапа және қол жетімділік көрсеткіштерінің мәні`, `Сапа мен тиiмдiлiк ...`. */
export const QUALITY_APPENDIX = /сапа\s+(және|мен)\s+\S+\s+(\S+\s+)?көрсеткіш/u;

/** Blank lines to fill in (`____`, `_ _ _`) mark a form template. */
export const FORM_BLANKS = /_{3,}|(_ ){3,}/u;

/**
 * What a deadline clause says about counting its term (match text: lower case, letter-spacing rejoined).
 * Checked on the figure's paragraph and the lead-in it stands under (002 clause 7: `1) ... тапсырған
 * сәттен бастап ... мерзімі:` then `... Бөлімге өтініш білдіргенде - 10 күнтізбелік күн;`).
 * `from-other-event` comes first: 002 standard 2 counts from the hand-over to the special commission.
 */
export const COUNTING_CUES: readonly {
  rule:
    | 'from-other-event'
    | 'from-acceptance-day'
    | 'from-submission'
    | 'acceptance-day-not-counted'
    | 'issue-day-not-counted';
  cue: RegExp;
}[] = [
  { rule: 'from-other-event', cue: /комиссияға тапсырған кезден бастап|бөлімдерден алған күнінен бастап/u },
  { rule: 'from-acceptance-day', cue: /(?:қабылдаған|тапсырған|ұсынған) күн(?:н|ін)ен бастап/u },
  { rule: 'from-submission', cue: /(?:тапсырған|өтінген) (?:сәттен|кезінен|кезден) бастап|қабылдап алғаннан кейін/u },
  { rule: 'acceptance-day-not-counted', cue: /құжаттарды қабылдау күні мен беру күні[^)]*кірмейді/u },
  { rule: 'issue-day-not-counted', cue: /құжаттарды қабылдау күні мен беру күні[^)]*кірмейді/u },
];
