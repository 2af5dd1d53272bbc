// Export: the rules in force as a v1 file that imports back to the same rules.
// Defaults are written out in full, so the file says exactly what is enforced
// even if a later Postguard changes a default.
import { RULE_FILE_FORMAT, RULE_FILE_VERSION } from './limits';
import type { RuleFile } from './schema';

export function exportRuleFile(rules: RuleFile, now: Date): string {
  // Header keys first, in the order of the documentation; undefined values
  // are only placeholders for key order and JSON.stringify leaves them out.
  const header: Record<string, unknown> = {
    $schema: undefined,
    format: RULE_FILE_FORMAT,
    version: RULE_FILE_VERSION,
    organization: undefined,
    exportedAt: undefined,
  };
  // Whole seconds read as in the documentation: 2026-11-20T10:00:00Z.
  const exportedAt = now.toISOString().replace(/\.000Z$/u, 'Z');
  const file = { ...header, ...rules, exportedAt };
  return `${JSON.stringify(file, null, 2)}\n`;
}
