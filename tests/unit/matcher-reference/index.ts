// The term matcher as it was before it was made fast on long posts (per
// character objects, per word strings and closures), copied unchanged from
// src/core/matcher. It is slow but simple, and every verdict the extension
// gave came from it, so matcher-differential.test.ts checks the optimised
// matcher against it: same hits, same offsets, same folding. Not used by the
// extension; do not edit it to follow changes in src/core/matcher (a change of
// behaviour there is exactly what the comparison is meant to catch). Only the
// modules the rewrite changed, and those that depend on them, are kept here:
// the lookup tables, token keys and types, unchanged, come from src/core/matcher.

export { compileTerms } from './compile';
export { findHashtags } from './hashtags';
export { foldText, normalizeForCompare } from './normalize';
export { canonicalTerm } from './terms';
