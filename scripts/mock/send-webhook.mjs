// `npm run mock -- --send-webhook <name> <url> [example]`: sends the spec's example of a callback
// (an entry of the top-level `webhooks`) to a URL, as amoCRM would, so that a receiver can be tested
// offline. A form-encoded entry is sent PHP-style (`leads[status][0][id]=25399013`), a JSON one as
// JSON, a GET one (the OAuth redirect, the disconnect hook) as a query string from its parameters'
// examples (a named set: `granted`, `refused`, `widget`, `exchange` for the redirect).
// `npm run mock -- --send-webhook --list` lists the entries and their examples.

/** PHP-style form pairs of a value: lists indexed (`[0]`), objects by key, every value a string. */
export function phpFormPairs(name, value) {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((item, index) => phpFormPairs(`${name}[${index}]`, item));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => phpFormPairs(name === '' ? key : `${name}[${key}]`, item));
  }
  return [[name, value === null ? '' : String(value)]];
}

const formBody = (value) => new URLSearchParams(phpFormPairs('', value)).toString();

const deref = (spec, node) => {
  if (!node || typeof node.$ref !== 'string') return node;
  return deref(spec, node.$ref.replace(/^#\//, '').split('/').reduce((at, key) => at?.[key], spec));
};

/** The request that delivers `example` (a name; the entry's first by default) of the webhook `name`. */
export function webhookRequest(spec, name, url, example) {
  const entry = spec.webhooks?.[name];
  if (!entry) throw new Error(`No webhook "${name}" in the spec. Known: ${Object.keys(spec.webhooks ?? {}).join(', ')}`);
  const [method, operation] = Object.entries(entry).find(([m]) => ['get', 'post'].includes(m));
  if (method === 'get') {
    const parameters = (operation.parameters ?? []).map((p) => deref(spec, p));
    const sets = [...new Set(parameters.flatMap((p) => Object.keys(p.examples ?? {})))];
    const set = example ?? sets[0];
    if (sets.length && !sets.includes(set)) throw new Error(`No example "${set}" of ${name}. Known: ${sets.join(', ')}`);
    const target = new URL(url);
    for (const p of parameters) {
      const value = p.examples ? p.examples[set]?.value : p.example;
      if (value !== undefined) target.searchParams.set(p.name, value);
    }
    return { method: 'GET', url: target.href, headers: {} };
  }
  const [contentType, media] = Object.entries(operation.requestBody.content)[0];
  const names = Object.keys(media.examples ?? {});
  const chosen = example ?? names[0];
  const value = deref(spec, media.examples?.[chosen])?.value;
  if (value === undefined) throw new Error(`No example "${chosen}" of ${name}. Known: ${names.join(', ')}`);
  const body = contentType === 'application/x-www-form-urlencoded' ? formBody(value) : JSON.stringify(value);
  return { method: 'POST', url, headers: { 'content-type': contentType }, body };
}

/** Lists the entries with their examples, one a line. */
export function webhookList(spec) {
  return Object.entries(spec.webhooks ?? {}).map(([name, entry]) => {
    const operation = entry.post ?? entry.get;
    const media = operation.requestBody && Object.values(operation.requestBody.content)[0];
    const examples = media ? Object.keys(media.examples ?? {})
      : [...new Set((operation.parameters ?? []).flatMap((p) => Object.keys(deref(spec, p).examples ?? {})))];
    return `${name}\t${operation.summary}${examples.length ? `\t(${examples.join(', ')})` : ''}`;
  });
}

/** The command line: `--send-webhook <name> <url> [example]` or `--send-webhook --list`. Returns the exit code. */
export async function sendWebhookCommand(spec, args) {
  if (args[0] === '--list' || args.length === 0) {
    console.log(webhookList(spec).join('\n'));
    return 0;
  }
  const [name, url, example] = args;
  if (!url) {
    console.error('Usage: npm run mock -- --send-webhook <name> <url> [example]   (or --send-webhook --list)');
    return 2;
  }
  const request = webhookRequest(spec, name, url, example);
  const answer = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body, signal: AbortSignal.timeout(10_000) });
  // amoCRM's rule for account webhooks: 100-299 within 2 s is delivered (webhooks-format.md).
  const delivered = answer.status >= 100 && answer.status <= 299;
  console.log(`${request.method} ${request.url} -> ${answer.status} ${delivered ? '(delivered)' : '(not delivered: amoCRM would retry)'}`);
  await answer.body?.cancel();
  return delivered ? 0 : 1;
}
