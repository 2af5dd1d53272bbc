declare module 'virtual:profanity-en' {
  /** English profanity list from @2toad/profanity (see scripts/lib/profanity-plugin.mjs). */
  const words: readonly string[];
  export default words;
}
