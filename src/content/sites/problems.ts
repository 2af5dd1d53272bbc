import type { SiteProblemCode } from '../../core/site-problems';

/** Thrown by an adapter when it cannot read a post: the guard fails closed with the code. */
export class SiteError extends Error {
  constructor(readonly code: SiteProblemCode) {
    super(code);
    this.name = 'SiteError';
  }
}
