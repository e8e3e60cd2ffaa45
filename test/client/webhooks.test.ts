// The webhooks subpath (src/webhooks.ts) on the callbacks' own examples: every example of every
// `webhooks` entry of the bundled spec (the docs' payloads, and those assembled from them), sent the
// way amoCRM sends it, must come back as that entry with the example's payload, valid against the
// entry's schema. Then the wire details (lists vs ID-keyed objects, strings kept), the typed errors,
// unknown families, and the disconnect hook's signature.
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AmoWebhookParseError, FORM_FAMILIES, parsePhpForm, parseWebhook, verifyDisconnectSignature, type WebhookName,
} from '../../src/webhooks';
import { deref, loadBundledSpec, ROOT, type JsonObject } from '../helpers/spec';
import { createSpecValidator, specPointer } from '../helpers/spec-validator';

const spec = loadBundledSpec();
// The callbacks of the account's own host: the Chats API's hooks (tag "Chat webhooks") are JSON
// signed with the channel secret and are read by amocrm-openapi/chats (test/client/chats.test.ts).
const hooks = Object.fromEntries(Object.entries(spec.webhooks as Record<string, JsonObject>)
  .filter(([, item]) => !((item.post as JsonObject | undefined)?.tags as string[] | undefined)?.includes('Chat webhooks')));
const validator = createSpecValidator(spec);
const FORM = 'application/x-www-form-urlencoded';

/** PHP-style form pairs, written here independently of the code under test. */
function formPairs(prefix: string, value: unknown): Array<[string, string]> {
  if (Array.isArray(value)) return value.flatMap((item, i) => formPairs(`${prefix}[${i}]`, item));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => formPairs(prefix === '' ? k : `${prefix}[${k}]`, v));
  }
  return [[prefix, String(value)]];
}
const encodeForm = (value: unknown) => formPairs('', value)
  .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');

type Case = { name: string; example: string; contentType: string; body: string; value: JsonObject; schema: string };

const cases: Case[] = Object.entries(hooks).flatMap(([name, entry]) => {
  if (entry.get) {
    const op = entry.get as JsonObject;
    const params = (op.parameters as JsonObject[]).map((p) => deref<JsonObject>(spec, p));
    const sets = [...new Set(params.flatMap((p) => Object.keys((p.examples ?? {}) as JsonObject)))];
    return (sets.length ? sets : ['example']).map((set) => {
      const value: JsonObject = {};
      for (const p of params) {
        const v = p.examples ? ((p.examples as JsonObject)[set] as JsonObject | undefined)?.value : p.example;
        if (v !== undefined) value[p.name as string] = v;
      }
      return { name, example: set, contentType: '', body: new URLSearchParams(value as Record<string, string>).toString(), value, schema: '' };
    });
  }
  const content = ((entry.post as JsonObject).requestBody as JsonObject).content as JsonObject;
  return Object.entries(content).flatMap(([contentType, media]) =>
    Object.entries((media as JsonObject).examples as JsonObject).map(([example, ref]) => {
      const value = deref<JsonObject>(spec, ref).value as JsonObject;
      return {
        name, example, contentType, value,
        body: contentType === FORM ? encodeForm(value) : JSON.stringify(value),
        schema: specPointer('webhooks', name, 'post', 'requestBody', 'content', contentType, 'schema'),
      };
    }));
});

describe('parseWebhook on every example of the spec\'s webhooks', () => {
  it('has an example for each of the 47 entries', () => {
    expect(Object.keys(hooks)).toHaveLength(47);
    expect(new Set(cases.map((c) => c.name))).toEqual(new Set(Object.keys(hooks)));
  });

  it.each(cases.map((c) => [`${c.name} (${c.example})`, c] as const))('%s: read back as its entry, payload as sent', (_, c) => {
    const parsed = parseWebhook(c.body, c.contentType || undefined);
    expect(parsed.name).toBe(c.name);
    expect(parsed.payload).toEqual(c.value);
    if (c.schema) {
      const validate = validator.compile(c.schema);
      expect(validate(parsed.payload) ? [] : validate.errors).toEqual([]);
    }
  });

  it('reads the same bodies given as bytes, URLSearchParams or an object a framework decoded', () => {
    for (const c of cases.filter((x) => x.contentType === FORM)) {
      expect(parseWebhook(new TextEncoder().encode(c.body), FORM).name).toBe(c.name);
      expect(parseWebhook(new URLSearchParams(c.body)).payload).toEqual(c.value);
    }
    // qs-style decoders leave long lists as objects keyed 0…n-1.
    const decoded = { leads: { status: { 0: { id: '1', old_status_id: '2' } } } };
    expect(parseWebhook(decoded)).toMatchObject({ name: 'status_lead', payload: { leads: { status: [{ id: '1', old_status_id: '2' }] } } });
  });
});

describe('the table and the spec', () => {
  it('every form family is an entry whose body has the family\'s two keys', () => {
    for (const [name, entity, action] of FORM_FAMILIES) {
      const content = ((hooks[name]!.post as JsonObject).requestBody as JsonObject).content as JsonObject;
      const schema = (content[FORM] as JsonObject).schema as JsonObject;
      const holder = entity === null ? schema : ((schema.properties as JsonObject)[entity] as JsonObject);
      expect([name, Object.keys(holder.properties as JsonObject)]).toEqual([name, expect.arrayContaining([action])]);
    }
  });

  it('every entry is either a form family or one of the six one-off callbacks', () => {
    const oneOff = ['dp_widget_hook', 'salesbot_widget_request', 'system_sms', 'oauth_redirect', 'oauth_disconnect', 'oauth_external_secrets'];
    expect(new Set([...FORM_FAMILIES.map(([n]) => n), ...oneOff])).toEqual(new Set(Object.keys(hooks)));
  });
});

describe('the wire format', () => {
  // The docs' status example as the form post it describes, keys written literally.
  const statusHook = [
    'leads[status][0][id]=25399013', 'leads[status][0][name]=Lead+title', 'leads[status][0][old_status_id]=7039101',
    'leads[status][0][status_id]=142', 'leads[status][0][custom_fields][0][id]=427661',
    'leads[status][0][custom_fields][0][name]=Text%20custom%20field', 'leads[status][0][custom_fields][0][values][0]=%D0%92%D0%B0%D0%BB%D0%B5%D1%80%D0%B0',
    'account[subdomain]=test', 'account[id]=1312313',
  ].join('&');

  it('rebuilds nested keys, lists from 0…n-1, and keeps every value the string it was', () => {
    const parsed = parseWebhook(statusHook, 'application/x-www-form-urlencoded; charset=UTF-8');
    expect(parsed.name).toBe('status_lead');
    expect(parsed.payload).toEqual({
      leads: { status: [{
        id: '25399013', name: 'Lead title', old_status_id: '7039101', status_id: '142',
        custom_fields: [{ id: '427661', name: 'Text custom field', values: ['Валера'] }],
      }] },
      account: { subdomain: 'test', id: '1312313' },
    });
  });

  it('keeps ID-keyed containers (linked_leads_id) as objects, `[]` appends, and a later pair wins', () => {
    expect(parsePhpForm(new URLSearchParams('contacts[add][0][linked_leads_id][7551167][ID]=7551167&a[]=x&a[]=y&b=1&b=2'))).toEqual({
      contacts: { add: [{ linked_leads_id: { 7551167: { ID: '7551167' } } }] }, a: ['x', 'y'], b: '2',
    });
  });

  it('never writes a hook\'s keys into a prototype', () => {
    const parsed = parseWebhook('__proto__[polluted]=1&constructor[prototype][polluted]=1', FORM);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(parsed.payload)).toEqual(['__proto__', 'constructor']);
    expect(parsed.name).toBe('unknown');
  });

  it('tells a contact from a company under `contacts` by `type`, and lists both families when both come', () => {
    expect(parseWebhook('contacts[add][0][id]=1&contacts[add][0][type]=company', FORM).name).toBe('add_company');
    expect(parseWebhook('contacts[delete][0][id]=1&contacts[delete][0][type]=contact', FORM).name).toBe('delete_contact');
    const both = parseWebhook('contacts[add][0][id]=1&contacts[add][0][type]=contact&contacts[add][1][id]=2&contacts[add][1][type]=company', FORM);
    expect(both.families).toEqual(['add_contact', 'add_company']);
  });

  it('tells a Digital Pipeline status hook from an account one', () => {
    expect(parseWebhook('leads[status][0][id]=1&leads[status][0][old_pipeline_id]=2&leads[status][0][status_id]=3', FORM).name).toBe('dp_status');
    expect(parseWebhook('leads[status][0][id]=1&leads[status][0][old_pipeline_id]=2&account[subdomain]=x', FORM).name).toBe('status_lead');
    expect(parseWebhook('leads[status][0][id]=1&leads[status][0][name]=Deal', FORM).name).toBe('status_lead');
  });

  it('returns a body of no known family as unknown, whole, and never throws for it', () => {
    const parsed = parseWebhook('catalogs[add][0][id]=5&account[subdomain]=test', FORM);
    expect(parsed).toEqual({ name: 'unknown', payload: { catalogs: { add: [{ id: '5' }] }, account: { subdomain: 'test' } }, families: [] });
    expect(parseWebhook('{"something":"new"}', 'application/json').name).toBe('unknown');
  });

  it('reads a body with no content type by its first character', () => {
    expect(parseWebhook('{"token":"t","data":{},"return_url":"https://x.amocrm.ru/api/v4/salesbot/1/continue/2"}').name).toBe('salesbot_widget_request');
    expect(parseWebhook('leads[add][0][id]=1').name).toBe('add_lead');
  });
});

describe('bodies that cannot be read', () => {
  const failure = (body: Parameters<typeof parseWebhook>[0], contentType?: string) => {
    try {
      parseWebhook(body, contentType);
    } catch (error) {
      return error;
    }
    throw new Error('parseWebhook did not throw');
  };

  it.each([
    ['empty-body', '', FORM],
    ['empty-body', '  ', 'application/json'],
    ['malformed-json', '{"client_id":"x","client_secret":"s3cr3t-value"', 'application/json'],
    ['malformed-form', 'leads[add][0][name]=%E0%A4%A', FORM],
    ['not-an-object', '[1,2]', 'application/json'],
    ['not-an-object', '"text"', 'application/json'],
    ['unsupported-content-type', '<xml/>', 'application/xml'],
  ] as const)('%s: %j', (reason, body, contentType) => {
    const error = failure(body, contentType);
    expect(error).toBeInstanceOf(AmoWebhookParseError);
    expect(error).toMatchObject({ name: 'AmoWebhookParseError', reason, contentType });
    // The message names the problem, never the body (which may carry a client secret).
    expect((error as Error).message).not.toContain('s3cr3t');
  });

  it('bytes that are not UTF-8', () => {
    expect(failure(new Uint8Array([0x6c, 0x3d, 0xff, 0xfe]), FORM)).toMatchObject({ reason: 'malformed-form' });
  });
});

describe('verifyDisconnectSignature', () => {
  const op = (hooks.oauth_disconnect!.get as JsonObject);
  const example = Object.fromEntries((op.parameters as JsonObject[]).map((p) => [p.name, p.example])) as Record<string, string>;
  // The spec's example is signed with this client secret (its description says so).
  const keys = { clientId: example.client_uuid!, clientSecret: 'xxxxxxxxxx' };

  it('accepts the spec\'s signed example, as a query or as values', async () => {
    expect(String(op.description)).toContain('`xxxxxxxxxx`');
    await expect(verifyDisconnectSignature(new URLSearchParams(example), keys)).resolves.toBe(true);
    await expect(verifyDisconnectSignature(example, keys)).resolves.toBe(true);
    expect(parseWebhook(new URLSearchParams(example)).name).toBe('oauth_disconnect');
  });

  it('matches the docs\' PHP check: hash_hmac(sha256, "{client}|{(int) account}", secret)', async () => {
    const signature = createHmac('sha256', 'secret').update('client-1|42').digest('hex');
    const k = { clientId: 'client-1', clientSecret: 'secret' };
    await expect(verifyDisconnectSignature({ client_uuid: 'client-1', account_id: '42', signature }, k)).resolves.toBe(true);
    await expect(verifyDisconnectSignature({ client_uuid: 'client-1', account_id: '042', signature }, k)).resolves.toBe(true);
    await expect(verifyDisconnectSignature({ client_uuid: 'client-1', account_id: '42', signature: signature.toUpperCase() }, k)).resolves.toBe(true);
  });

  it.each([
    ['another secret', { ...example }, { ...keys, clientSecret: 'other' }],
    ['another client', { ...example }, { ...keys, clientId: 'someone-else' }],
    ['another account', { ...example, account_id: '30441695' }, keys],
    ['a changed signature', { ...example, signature: `${example.signature![0] === 'a' ? 'b' : 'a'}${example.signature!.slice(1)}` }, keys],
    ['no signature', { client_uuid: example.client_uuid, account_id: example.account_id }, keys],
    ['a non-numeric account', { ...example, account_id: '30441694x' }, keys],
  ])('refuses %s', async (_, query, k) => {
    const q = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as Record<string, string>;
    await expect(verifyDisconnectSignature(q, k)).resolves.toBe(false);
  });
});

describe('npm run mock -- --send-webhook', () => {
  it('posts a callback\'s example to a URL the way amoCRM does, and the parser reads it back', async () => {
    const received: Array<{ method: string; url: string; type: string; body: string }> = [];
    const server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (chunk) => { body += chunk; });
      req.on('end', () => {
        received.push({ method: req.method!, url: req.url!, type: String(req.headers['content-type'] ?? ''), body });
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as { port: number };
    const send = (...args: string[]) => new Promise<{ code: number | null; out: string }>((done) => {
      const child = spawn(process.execPath, [join(ROOT, 'scripts', 'mock.mjs'), '--send-webhook', ...args], { cwd: ROOT });
      let out = '';
      child.stdout.on('data', (c) => { out += c; });
      child.stderr.on('data', (c) => { out += c; });
      child.on('exit', (code) => done({ code, out }));
    });
    try {
      const status = await send('status_lead', `http://127.0.0.1:${port}/hook`);
      expect(status.out).toContain('-> 200 (delivered)');
      expect(status.code).toBe(0);
      const redirect = await send('oauth_redirect', `http://127.0.0.1:${port}/oauth`, 'refused');
      expect(redirect.code).toBe(0);
      const [post, get] = received;
      expect(post).toMatchObject({ method: 'POST', url: '/hook', type: FORM });
      expect(post!.body).toContain(encodeURIComponent('leads[status][0][old_status_id]'));
      expect(parseWebhook(post!.body, post!.type)).toMatchObject({ name: 'status_lead', payload: cases.find((c) => c.name === 'status_lead')!.value });
      const query = new URL(get!.url, 'http://x').searchParams;
      expect(Object.fromEntries(query)).toEqual({ state: 'b2c4f1', error: 'access_denied' });
      expect(parseWebhook(query).name).toBe('oauth_redirect');
    } finally {
      await new Promise((done) => server.close(done));
    }
  });
});

describe('the subpath is portable', () => {
  // As test/client/portable.test.ts for the main entry: browsers and Node alike, no dependency.
  const dir = join(ROOT, 'src', 'webhooks');
  const sources = [join(ROOT, 'src', 'webhooks.ts'), ...readdirSync(dir).map((f) => join(dir, f))]
    .map((file) => ({ file, text: readFileSync(file, 'utf8') }));

  it.each([/['"]node:/, /\bBuffer\b/, /\bprocess\./, /\brequire\(/, /__dirname/])('no source mentions %s', (word) => {
    expect(sources.filter(({ text }) => word.test(text)).map(({ file }) => file)).toEqual([]);
  });

  it('imports only its own files and the generated types (openapi-fetch not even)', () => {
    const imports = sources.flatMap(({ text }) => [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]!));
    expect(imports.filter((i) => !/^\.\.?\/[\w/.-]+\.js$/.test(i) || i.includes('openapi-fetch'))).toEqual([]);
    expect(imports.filter((i) => i.includes('generated')).every((i) => i === '../../generated/schema.js')).toBe(true);
  });
});

// Keeps the name type in use: a WebhookName is an entry of the spec.
export const someHook: WebhookName = 'status_lead';
