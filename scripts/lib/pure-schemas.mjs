// Vite plugin for the content script's build: lets the bundler drop the zod
// schemas the content script never uses, and zod with them.
//
// A module that declares schemas (`const term = z.string().check(...)`) runs
// method calls at its top level; the bundler cannot know they have no side
// effects, so it keeps every schema of every module it includes (the worker's
// message schema, the audit events, the rule file schema) and all of zod to
// build them, even when nothing reads them. Building a zod schema has no side
// effect, so in a module that imports zod/mini each top-level `const` whose
// value uses zod is marked pure: `const term = /* @__PURE__ */ (() => ...)()`.
// A schema that is used is still built, at the same point as before; one that
// is not is left out. The modules' other top-level code is not touched.
import { parseAst } from 'vite';

const ZOD = 'zod/mini';

/** @param {import('estree').Node} node */
function isPlainValue(node) {
  return (
    node.type === 'Literal' ||
    node.type === 'Identifier' ||
    node.type === 'ArrowFunctionExpression' ||
    node.type === 'FunctionExpression' ||
    node.type === 'TemplateLiteral'
  );
}

/**
 * Whether `node` reads a member of `namespace` (`z.string`), outside nested functions too.
 * @param {unknown} node
 * @param {string} namespace
 * @returns {boolean}
 */
function uses(node, namespace) {
  if (Array.isArray(node)) return node.some((child) => uses(child, namespace));
  if (typeof node !== 'object' || node === null) return false;
  const n = /** @type {Record<string, unknown>} */ (node);
  if (n.type === 'MemberExpression') {
    const object = /** @type {{ type: string; name?: string }} */ (n.object);
    if (object.type === 'Identifier' && object.name === namespace) return true;
  }
  return Object.entries(n).some(
    ([key, child]) => key !== 'start' && key !== 'end' && uses(child, namespace),
  );
}

/**
 * @param {string} code a module as JavaScript
 * @returns {string | null} the module with its schema declarations marked pure, or null if none
 */
export function markSchemasPure(code) {
  if (!code.includes(ZOD)) return null;
  const program = parseAst(code);
  const namespace = program.body
    .filter((s) => s.type === 'ImportDeclaration' && s.source.value === ZOD)
    .flatMap((s) => s.specifiers)
    .find((s) => s.type === 'ImportNamespaceSpecifier')?.local.name;
  if (!namespace) return null;
  /** @type {{ start: number; end: number }[]} */
  const inits = [];
  for (const statement of program.body) {
    const declaration =
      statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type !== 'VariableDeclaration' || declaration.kind !== 'const') continue;
    for (const { init } of declaration.declarations) {
      if (!init || isPlainValue(init)) continue;
      if (uses(init, namespace)) inits.push(init);
    }
  }
  if (inits.length === 0) return null;
  let out = '';
  let from = 0;
  for (const { start, end } of inits) {
    out += `${code.slice(from, start)}/* @__PURE__ */ (() => (${code.slice(start, end)}))()`;
    from = end;
  }
  return out + code.slice(from);
}

/** @returns {import('vite').Plugin} */
export function pureSchemas() {
  return {
    name: 'postguard-pure-schemas',
    // After TypeScript is stripped: the plugin reads plain JavaScript.
    enforce: 'post',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\.[cm]?[jt]sx?$/u.test(id)) return null;
      const marked = markSchemasPure(code);
      return marked === null ? null : { code: marked, map: null };
    },
  };
}
