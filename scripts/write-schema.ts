// Writes docs/rule-file.schema.json from the zod schema (`npm run schema`, run by tsx like the
// demo: the schema is TypeScript, imported as it is).
// tests/unit/rule-file-schema.test.ts fails while the committed file differs.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ruleFileJsonSchemaText } from '../src/core/rules/json-schema';

const target = new URL('../docs/rule-file.schema.json', import.meta.url);
await writeFile(target, ruleFileJsonSchemaText());
console.log(`wrote ${fileURLToPath(target)}`);
