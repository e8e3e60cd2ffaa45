// Redocly plugin: the bundle for other generators (generated/openapi.flat-query.{json,yaml}).
//
// amoCRM reads `filter` and `order` PHP-style (`filter[task_type][]=2&filter[updated_at][from]=1`).
// The main bundle describes each as one `deepObject` query parameter, but OpenAPI defines
// `deepObject` for flat objects only, so generic generators send `filter=[object Object]` or throw.
// This decorator rewrites every nested `deepObject` query parameter of every operation into one
// plain query parameter per key the schema documents, under its literal PHP name:
//
//   object property        name[key]            (to any depth)
//   array of scalars       name[]               (style: form, explode: true: name[]=1&name[]=2)
//   array of objects       name[0][key] … name[N-1][key]   (N = maxItems, at most INDEXED_SLOTS)
//   oneOf / anyOf / allOf  the keys of every member (IdOrIds gives `filter[id]` and `filter[id][]`,
//                          a range gives `filter[updated_at]`, `…[from]` and `…[to]`)
//   map with keys chosen at run time (additionalProperties / patternProperties): no literal name
//                          exists, so it is left out and listed in the operation's
//                          `x-php-style-only` (and its description)
//
// It works on the finished bundle (Root leave), so every `$ref` is local and every other
// decorator (the code samples) has already seen the original parameters. Components that only
// the rewritten parameters used are removed from this bundle.
'use strict';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
// A generator needs a literal name per array element; past ten, use the PHP-style serialiser.
const INDEXED_SLOTS = 10;
// Filters are a few levels deep; anything deeper is a recursive schema, which has no flat form.
const MAX_DEPTH = 12;
// Keywords that give a schema its shape (members, keys, items): a leaf's schema keeps everything else.
const SHAPE_KEYWORDS = new Set(['oneOf', 'anyOf', 'allOf', 'properties', 'additionalProperties',
  'patternProperties', 'unevaluatedProperties', 'propertyNames', 'required', 'items', 'prefixItems',
  'minProperties', 'maxProperties']);

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Follows local `$ref`s (`#/components/schemas/X`) of the bundled document. */
function resolver(root) {
  const pointer = (ref) => ref.slice(2).split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((node, part) => (node === undefined ? undefined : node[part]), root);
  return function resolve(node, seen = new Set()) {
    let current = node;
    while (isObject(current) && typeof current.$ref === 'string') {
      if (!current.$ref.startsWith('#/') || seen.has(current.$ref)) {
        throw new Error(`flat-query: cannot follow ${current.$ref}`);
      }
      seen.add(current.$ref);
      const { $ref, ...siblings } = current;
      const target = pointer($ref);
      if (target === undefined) throw new Error(`flat-query: ${$ref} does not exist`);
      // 3.1 allows keywords beside $ref (a description, say); they win over the target's.
      current = Object.keys(siblings).length ? { ...target, ...siblings } : target;
    }
    return current;
  };
}

/** A copy of a schema with every `$ref` replaced by what it points at (leaf schemas are small). */
function inline(schema, resolve, depth = 0) {
  if (depth > MAX_DEPTH) throw new Error('flat-query: schema nested too deeply (recursive?)');
  if (Array.isArray(schema)) return schema.map((item) => inline(item, resolve, depth + 1));
  if (!isObject(schema)) return schema;
  const resolved = resolve(schema);
  return Object.fromEntries(Object.entries(resolved).map(([key, value]) => [
    key,
    // `example`, `enum`, `const` and `default` are data: copied, never resolved.
    ['example', 'examples', 'enum', 'const', 'default'].includes(key) ? value : inline(value, resolve, depth + 1),
  ]));
}

const typesOf = (schema) => {
  if (Array.isArray(schema.type)) return schema.type;
  if (typeof schema.type === 'string') return [schema.type];
  return [];
};

const isObjectSchema = (schema) => typesOf(schema).includes('object')
  || (!schema.type && (isObject(schema.properties) || schema.additionalProperties !== undefined
    || isObject(schema.patternProperties)));

const isArraySchema = (schema) => typesOf(schema).includes('array') || (!schema.type && schema.items !== undefined);

/** The parts of a schema that say what a single value is (type, enum, bounds, example…). */
function valueSchema(schema, resolve) {
  // Its description goes into the parameter's, with those of the keys above it.
  const own = Object.fromEntries(Object.entries(schema).filter(([key]) => !SHAPE_KEYWORDS.has(key) && key !== 'description'));
  return inline(own, resolve);
}

function joinDescriptions(...parts) {
  const seen = [];
  for (const part of parts) {
    const text = typeof part === 'string' ? part.trim() : '';
    if (text && !seen.includes(text)) seen.push(text);
  }
  return seen.join(' ');
}

/**
 * Every literal query name under `name` that `schema` documents, as
 * `{ name, schema, description, array, required, deprecated }`; dynamic-key maps go to `omitted`.
 * `state.descriptions` are the descriptions met on the way down from the first property.
 */
function flatten(name, schema, context, state) {
  const { resolve, omitted } = context;
  if (state.depth > MAX_DEPTH) throw new Error(`flat-query: ${name} is nested too deeply (recursive schema?)`);
  const node = resolve(schema);
  if (!isObject(node)) return [{ name, schema: {}, descriptions: state.descriptions, required: false }];
  const here = {
    ...state,
    depth: state.depth + 1,
    descriptions: state.top ? [] : [...state.descriptions, node.description],
    deprecated: state.deprecated || node.deprecated === true,
    top: false,
  };

  const members = [...(node.oneOf || []), ...(node.anyOf || []), ...(node.allOf || [])];
  if (members.length) {
    // A member of oneOf/anyOf is an alternative: none of its keys is required on its own.
    const alternative = Boolean(node.oneOf || node.anyOf);
    const own = Object.fromEntries(Object.entries(node).filter(([key]) => !['oneOf', 'anyOf', 'allOf', 'description'].includes(key)));
    const memberState = { ...here, required: here.required && !alternative };
    const leaves = members.flatMap((member) => flatten(name, member, context, memberState));
    const hasOwnShape = Object.keys(own).some((key) => key === 'type' || SHAPE_KEYWORDS.has(key));
    return hasOwnShape ? [...flatten(name, own, context, here), ...leaves] : leaves;
  }

  if (isObjectSchema(node)) {
    const required = new Set(Array.isArray(node.required) ? node.required : []);
    if (isObject(node.additionalProperties) || node.additionalProperties === true || isObject(node.patternProperties)) {
      omitted.push(`${name}[…]`);
    }
    return Object.entries(node.properties || {}).flatMap(([key, property]) => flatten(
      `${name}[${key}]`, property, context, { ...here, required: here.required && required.has(key) },
    ));
  }

  if (isArraySchema(node)) {
    const items = resolve(node.items || {});
    // A probe: are the items scalars (one leaf, under the array's own name)?
    const itemLeaves = flatten(name, items, { ...context, omitted: [] }, { ...here, descriptions: [] });
    if (itemLeaves.every((leaf) => leaf.name === name && !leaf.array)) {
      return [{
        name: `${name}[]`,
        schema: { ...valueSchema(node, resolve), type: 'array', items: inline(items, resolve) },
        array: true,
        descriptions: here.descriptions,
        required: here.required,
        deprecated: here.deprecated,
      }];
    }
    const slots = Math.min(Number.isInteger(node.maxItems) ? node.maxItems : INDEXED_SLOTS, INDEXED_SLOTS);
    const leaves = [];
    for (let index = 0; index < slots; index += 1) {
      leaves.push(...flatten(`${name}[${index}]`, items, context, { ...here, required: false }));
    }
    return leaves;
  }

  return [{
    name, schema: valueSchema(node, resolve), descriptions: here.descriptions, required: here.required, deprecated: here.deprecated,
  }];
}

/** Leaves of one name coming from several members (`anyOf: [integer, string]`) become one parameter. */
function mergeByName(leaves) {
  const byName = new Map();
  for (const leaf of leaves) {
    const known = byName.get(leaf.name);
    if (!known) {
      byName.set(leaf.name, { ...leaf, schemas: [leaf.schema] });
      continue;
    }
    if (!known.schemas.some((s) => JSON.stringify(s) === JSON.stringify(leaf.schema))) known.schemas.push(leaf.schema);
    known.required = known.required && leaf.required;
    known.deprecated = known.deprecated && leaf.deprecated;
    known.descriptions = [...known.descriptions, ...leaf.descriptions];
  }
  return [...byName.values()].map(({ schemas, ...leaf }) => ({
    ...leaf, schema: schemas.length === 1 ? schemas[0] : { anyOf: schemas },
  }));
}

function flatParameters(parameter, resolve, omitted) {
  const leaves = mergeByName(flatten(parameter.name, parameter.schema, { resolve, omitted }, {
    depth: 0,
    top: true,
    descriptions: [],
    required: parameter.required === true,
    deprecated: parameter.deprecated === true,
  }));
  return leaves.map((leaf) => ({
    name: leaf.name,
    in: 'query',
    description: joinDescriptions(...leaf.descriptions, `One key of the PHP-style \`${parameter.name}\` parameter.`),
    ...(leaf.required ? { required: true } : {}),
    ...(leaf.deprecated ? { deprecated: true } : {}),
    ...(leaf.array ? { style: 'form', explode: true } : {}),
    schema: leaf.schema,
  }));
}

/** A query parameter amoCRM reads PHP-style: every `deepObject` one (`filter`, `order`). */
const isDeepObjectQuery = (parameter) => isObject(parameter) && parameter.in === 'query'
  && parameter.style === 'deepObject' && parameter.schema !== undefined;

/** Every `$ref` string under a node. */
function collectRefs(node, into) {
  if (Array.isArray(node)) node.forEach((item) => collectRefs(item, into));
  else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') into.add(value);
      else collectRefs(value, into);
    }
  }
  return into;
}

/** Removes the components that only the rewritten parameters reached (transitively). */
function dropOrphans(root, candidates) {
  const components = root.components || {};
  const reachable = new Set();
  const queue = [...collectRefs({ ...root, components: undefined }, new Set())];
  // Components nobody reached before the rewrite either are not this decorator's business.
  const keep = (ref) => !candidates.has(ref);
  for (const [kind, entries] of Object.entries(components)) {
    for (const name of Object.keys(entries || {})) {
      const ref = `#/components/${kind}/${name}`;
      if (keep(ref)) queue.push(ref);
    }
  }
  while (queue.length) {
    const ref = queue.pop();
    if (reachable.has(ref)) continue;
    reachable.add(ref);
    const [, , kind, name] = ref.split('/');
    const target = components[kind] && components[kind][name];
    if (target) queue.push(...collectRefs(target, new Set()));
  }
  for (const ref of candidates) {
    if (reachable.has(ref)) continue;
    const [, , kind, name] = ref.split('/');
    if (components[kind]) delete components[kind][name];
  }
}

function describeOmitted(operation, omitted) {
  operation['x-php-style-only'] = omitted;
  const list = omitted.map((name) => `\`${name}\``).join(', ');
  const note = `Not in this form (their keys are chosen at run time, so no literal parameter name exists): ${list}. `
    + 'Send those with a PHP-style query serialiser, as described in the main `openapi.json`.';
  operation.description = `${String(operation.description || '').trimEnd()}\n\n${note}`;
}

function flattenQueryParameters(root) {
  const resolve = resolver(root);
  const candidates = new Set();
  const rewrite = (list, omitted) => list.flatMap((entry) => {
    const parameter = resolve(entry);
    if (!isDeepObjectQuery(parameter)) return [entry];
    // What the rewritten parameter used may now be unused; dropOrphans decides.
    collectRefs(entry, candidates);
    collectRefs(parameter, candidates);
    return flatParameters(parameter, resolve, omitted);
  });
  const key = (parameter) => `${parameter.in} ${parameter.name}`;
  for (const pathItem of Object.values(root.paths || {})) {
    if (!isObject(pathItem)) continue;
    // A path-level filter moves into each operation, in its place (first): an operation may
    // override it by name, and its flat keys would not override the path's one by one.
    const inherited = (pathItem.parameters || []).filter((entry) => isDeepObjectQuery(resolve(entry)));
    if (inherited.length) pathItem.parameters = pathItem.parameters.filter((entry) => !inherited.includes(entry));
    if (pathItem.parameters && !pathItem.parameters.length) delete pathItem.parameters;
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      const own = new Set((operation.parameters || []).map((entry) => key(resolve(entry))));
      const list = [...inherited.filter((entry) => !own.has(key(resolve(entry)))), ...(operation.parameters || [])];
      if (!list.length) continue;
      const omitted = [];
      operation.parameters = rewrite(list, omitted);
      if (omitted.length) describeOmitted(operation, [...new Set(omitted)]);
    }
  }
  // What a candidate refers to (TasksFilter -> IdOrIds -> …) is a candidate too.
  const queue = [...candidates];
  while (queue.length) {
    const [, , kind, name] = queue.pop().split('/');
    const target = root.components && root.components[kind] && root.components[kind][name];
    for (const ref of target ? collectRefs(target, new Set()) : []) {
      if (!candidates.has(ref)) {
        candidates.add(ref);
        queue.push(ref);
      }
    }
  }
  dropOrphans(root, candidates);
}

function FlatQueryDecorator() {
  return {
    Root: {
      leave(root) {
        flattenQueryParameters(root);
      },
    },
  };
}

module.exports = function flatQueryPlugin() {
  return {
    id: 'flat-query',
    decorators: {
      oas3: { 'flat-query-parameters': FlatQueryDecorator },
    },
  };
};
module.exports.flattenQueryParameters = flattenQueryParameters;
