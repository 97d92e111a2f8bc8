/**
 * Services: a service, its versions (one per act) and where it is delivered.
 *
 * - `model.ts`: the service view model and its service x district answers, shared by their routes.
 * - `view.ts`: a service shaped for its page (the leading version, deadlines in plain words, its topic).
 * - `districts.ts`: a service in one district (versions, places to apply, complaint route) and its address.
 * - `offices.ts`: the offices a version's appendices list.
 * - `version-facts.ts`: one fact across the versions that apply in a place, every reading when they differ.
 * - `document-groups.ts`: a version's documents as people use them.
 *
 * Nothing is exported from this file: import the module you need.
 */
export {};
