import type { ServiceVersion } from '../../../../src/schemas/service.ts';
import type { ClauseSegment } from '../../types.ts';
import { clauseParagraphs } from './clause-paragraphs.ts';
import { matchText } from './match-text.ts';
import { COMPLAINT_LODGED, COMPLAINT_ROLES, SECTION } from './service-dictionary.ts';

type Step = ServiceVersion['complaintRoute'][number];

/**
 * The complaint route from the `Шағымдану тәртібі` section, one step per addressee, in the order a
 * citizen goes: the department head, the higher authority (regional department), the akim's apparatus,
 * the ministry, the court. Only paragraphs that say where a complaint is lodged count
 * (`... басшысының атына берiледi`, `сотқа жүгiнуге құқығы бар`); those that only name who explains the
 * procedure (000 clause 19, 002 clause 21) do not.
 */
export function parseComplaintRoute(clauses: readonly ClauseSegment[], file: string): Step[] {
  const found = new Map<Step['role'], Omit<Step, 'step'>>();
  for (const clause of clauses) {
    if (!SECTION.complaint.test(matchText(clause.section ?? ''))) continue;
    for (const p of clauseParagraphs(clause)) {
      if (!COMPLAINT_LODGED.test(p.match)) continue;
      for (const r of COMPLAINT_ROLES) {
        if (found.has(r.role) || !r.cue.test(p.match)) continue;
        found.set(r.role, {
          to: r.to,
          role: r.role,
          text: p.text,
          clause: clause.number,
          sources: [{ file, line: p.line }],
        });
      }
    }
  }
  return COMPLAINT_ROLES.flatMap((r) => {
    const s = found.get(r.role);
    return s ? [s] : [];
  }).map((s, i) => ({ step: i + 1, ...s }));
}
