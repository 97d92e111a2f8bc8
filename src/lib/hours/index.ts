/**
 * Hours and dates: when an office is open, when officials receive, when a paper is ready.
 *
 * - `opening-hours.ts`: working hours and public holidays prepared at build time (opening_hours, date-holidays).
 * - `open-now.ts`: the open-now test, dependency-free so the browser runs it.
 * - `readings.ts`: an office's readings of its hours when the acts differ.
 * - `receptions.ts`: officials' reception dates and the iCalendar file.
 * - `due-date.ts`, `deadline-view.ts`: "ready by" dates counted by the act's rules, and deadlines as a list.
 * - `days-off.ts`: official days off (date-holidays corrected by content/calendar/days-off.json).
 * - `russian-date.ts`: Russian dates through `Intl` (Kazakh ones are in `../kazakh.ts`).
 *
 * Nothing is exported from this file: import the module you need, so a browser script never pulls in
 * build-time code through a shared entry point.
 */
export {};
