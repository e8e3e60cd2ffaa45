// Redocly plugin: the house rules that configurable `rule/` assertions cannot express.
'use strict';

const { CodeSamplesDecorator } = require('./code-samples.cjs');

const SCALAR_TYPES = new Set(['string', 'integer', 'number', 'boolean']);

function scalarTypes(schema) {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types.filter((t) => t !== undefined && t !== 'null');
}

function isScalar(schema) {
  const types = scalarTypes(schema);
  return types.length > 0 && types.every((t) => SCALAR_TYPES.has(t));
}

// Every scalar property shows an example, so the reference and the mock never print "string".
function ScalarPropertyExample() {
  return {
    Schema: {
      enter(schema, ctx) {
        if (!schema.properties || typeof schema.properties !== 'object') return;
        for (const [name, property] of Object.entries(schema.properties)) {
          const own = property || {};
          const resolved = own.$ref ? ctx.resolve(own).node || {} : own;
          const hasExample = [own, resolved].some(
            (s) => s.example !== undefined || s.examples !== undefined || s.const !== undefined,
          );
          if (isScalar(resolved) && !hasExample) {
            ctx.report({
              message: `Scalar property "${name}" has no example.`,
              location: ctx.location.child(['properties', name]),
            });
          }
        }
      },
    },
  };
}

module.exports = function houseRules() {
  return {
    id: 'house',
    rules: {
      oas3: { 'scalar-property-example': ScalarPropertyExample },
    },
    decorators: {
      oas3: { 'code-samples': CodeSamplesDecorator },
    },
  };
};
