/**
 * A bench section that could not take its measure (a build failed, a corpus was refused) throws this:
 * `npm run bench` prints why and exits non-zero instead of printing figures of nothing.
 */
export class CannotMeasure extends Error {
  override name = 'CannotMeasure';
}
