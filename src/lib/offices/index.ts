/**
 * Offices: the office view model and the rules about what an office does.
 *
 * - `model.ts`: what an office's page, embed page, embed-code entry and JSON route show (its region and
 *   district, the services it serves, those it only takes complaints for, its latest act).
 * - `roles.ts`: the rule that an office named only as a place to complain is no place to apply.
 *
 * An office kind's name is in `../names/office-kind.ts`, its phones in `../format-phone.ts`. Nothing is
 * exported from this file: import the module you need.
 */
export {};
