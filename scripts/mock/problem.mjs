// The problem+json answer to an invalid request, in amoCRM's shape (`ValidationProblem`): one
// `validation-errors` entry per rejected item of a batch body (its `request_id`, else its position),
// one more for everything outside the items, each error naming the value it is about.
import { STATUS_CODES } from 'node:http';

/** Where a violation is, as amoCRM writes it: `text`, `custom_fields_values.0.field_id`, `filter[task_type][0]`. */
function locate(violation, body) {
  const { in: where, at } = violation;
  if (where === 'body' && Array.isArray(body) && /^\d+$/.test(at[0] ?? '')) {
    const requestId = body[Number(at[0])]?.request_id;
    return { requestId: typeof requestId === 'string' || typeof requestId === 'number' ? String(requestId) : at[0], path: at.slice(1).join('.') };
  }
  if (where === 'query' && at.length) return { path: `${at[0]}${at.slice(1).map((s) => `[${s}]`).join('')}` };
  return { path: at.join('.') };
}

function describeOne(violation, path) {
  if (violation.in === 'body') return `${path || 'the body'} ${violation.message}`;
  const kind = { query: 'query parameter', path: 'path parameter', header: 'header' }[violation.in] ?? violation.in;
  return `${kind} ${path} ${violation.message}`;
}

export function validationProblem(status, violations, body) {
  const groups = new Map();
  const details = [];
  for (const violation of violations) {
    const { requestId, path } = locate(violation, body);
    const detail = describeOne(violation, path);
    details.push(requestId === undefined ? detail : `item ${requestId}: ${detail}`);
    const key = requestId ?? '';
    if (!groups.has(key)) groups.set(key, { ...(requestId === undefined ? {} : { request_id: requestId }), errors: [] });
    groups.get(key).errors.push({ code: violation.code, path, detail });
  }
  const shown = details.slice(0, 5).join('; ') + (details.length > 5 ? `; and ${details.length - 5} more` : '');
  return {
    title: STATUS_CODES[status] ?? 'Invalid request',
    type: `https://httpstatus.es/${status}`,
    status,
    detail: `Request validation failed: ${shown}`,
    'validation-errors': [...groups.values()],
  };
}
