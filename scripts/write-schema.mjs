// Writes docs/rule-file.schema.json from the zod schema (`npm run schema`).
// The schema is TypeScript, so Vite's module runner loads it: plain `node`,
// no build step, the same resolution as the rest of the project.
// tests/unit/rule-file-schema.test.ts fails while the committed file differs.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = new URL('../docs/rule-file.schema.json', import.meta.url);

const { module } = await runnerImport('/src/core/rules/json-schema.ts', {
  root,
  configFile: false,
  logLevel: 'error',
});
await writeFile(target, module.ruleFileJsonSchemaText());
console.log(`wrote ${fileURLToPath(target)}`);
