// Limits of the rule file format v1 (docs: /docs and the shared rule-file contract).
// They keep import, storage and evaluation fast on any file an admin can write,
// and they are part of the public format: raise them only with a new version.

/** The magic value of `format`: anything else is not a Postguard rule file. */
export const RULE_FILE_FORMAT = 'postguard-rules';
/** The newest format version this build understands. */
export const RULE_FILE_VERSION = 1;

/** Largest accepted file, in UTF-8 bytes (1 MiB). */
export const MAX_RULE_FILE_BYTES = 1024 * 1024;
export const MAX_ACCOUNTS = 500;
/** Cap for each list of terms: bannedTerms, workTerms, sombre.terms, sombre.allowedHashtags. */
export const MAX_TERMS = 10_000;
/** Longest term, handle or alias, in characters. */
export const MAX_TERM_LENGTH = 200;
/** Longest short text shown in the UI: organization, label, sombre reasons. */
export const MAX_LABEL_LENGTH = 200;
/** Longest `note` on a banned term (a sentence or two shown in the dialog). */
export const MAX_NOTE_LENGTH = 1000;
export const MAX_SEND_DELAY_SECONDS = 60;
