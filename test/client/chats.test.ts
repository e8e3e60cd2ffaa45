// `amocrm-openapi/chats`: the MD5, the request signature against the worked examples of the
// Chats API's step-by-step page (the same inputs give the same Content-MD5 and X-Signature), the
// signed client against a fake amojo that checks signatures with node:crypto, and hook checks.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import {
  ChatHookError, contentMd5, createChatsClient, md5Hex, readChatHook, rfc2822, signChatsRequest, stringToSign, verifyChatHook,
} from '../../src/chats';
import { startFakeAmojo, type FakeAmojo } from './fake-amojo';

// The step-by-step page's channel secret, channel and scope (chats/chat-step-by-step.md).
const SECRET = 'f2d7f8704eff95087ed45b23ba99c0b5aac8278e';
const CHANNEL = '344a5002-f8ca-454d-af3d-396180102ac7';
const SCOPE = `${CHANNEL}_52e591f7-c98f-4255-8495-827210138c81`;

/** What PHP's json_encode writes (the page's examples are made with it): `\/` and `\uXXXX` escapes. */
const phpJson = (value: unknown) => JSON.stringify(value)
  .replace(/\//g, '\\/')
  .replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const client = {
  id: 'my_int-1376265f-86df-4c49-a0c3-a4816df41af8',
  avatar: 'https://images.pexels.com/photos/10050979/pexels-photo-10050979.jpeg?auto=compress&cs=tinysrgb&dpr=2&w=500',
  profile: { phone: '+79151112233', email: 'example.client@example.com' },
  profile_link: 'https://example.com/profile/example.client',
  name: 'Вася клиент',
};
const text = { type: 'text', text: 'Сообщение от клиента' };

// Each worked example: the request the page shows, with the Content-MD5 and X-Signature it prints.
const WORKED_EXAMPLES = [
  {
    name: 'connect the channel', method: 'POST', path: `/v2/origin/custom/${CHANNEL}/connect`, date: 'Wed, 15 Dec 2021 23:12:55 +0000',
    body: phpJson({ account_id: '52e591f7-c98f-4255-8495-827210138c81', title: 'ChatsIntegration', hook_api_version: 'v2' }),
    md5: '2fbcb3c652b61e24e004daddfc73d0ce', signature: '81211856ce0c5095f3e1a90c0a38dc9d736cfd55',
  },
  {
    name: 'send a message', method: 'POST', path: `/v2/origin/custom/${SCOPE}`, date: 'Thu, 16 Dec 2021 13:15:29 +0000',
    body: phpJson({ event_type: 'new_message', payload: { timestamp: 1639660529, msec_timestamp: 1639660529379, msgid: 'my_int-5f2836a8ca481', conversation_id: 'my_int-d5a421f7f218', sender: client, message: text, silent: false } }),
    md5: '223ef85def871bc7cb58aa6f02f0a26e', signature: '29b49e9eaf03f13a66ecaff315f2855b31b25eee',
  },
  {
    name: 'update a delivery status', method: 'POST', path: `/v2/origin/custom/${SCOPE}/079e44fb-fc22-476b-9e8a-421b688ec53b/delivery_status`, date: 'Thu, 16 Dec 2021 12:58:40 +0000',
    // The body the page prints (delivery_status 2), not its PHP code's (-1): the signature is of the former.
    body: phpJson({ msgid: '079e44fb-fc22-476b-9e8a-421b688ec53b', delivery_status: 2, error_code: 905, error: 'Error text' }),
    md5: 'a0bbbac729c6341f0a521e2db7a8a236', signature: 'ca51f810785031385a801f41103244713c1a2352',
  },
  {
    name: 'disconnect the channel', method: 'DELETE', path: `/v2/origin/custom/${CHANNEL}/disconnect`, date: 'Wed, 15 Dec 2021 23:59:28 +0000',
    body: phpJson({ account_id: '52e591f7-c98f-4255-8495-827210138c81' }),
    md5: '271fa2e4fb0ff84a3ef9689027bd1f38', signature: 'e1678e3b6aa674b5127f4feb448e6200ce0bfc72',
  },
  {
    name: 'send a message with a source', method: 'POST', path: `/v2/origin/custom/${SCOPE}`, date: 'Fri, 17 Dec 2021 10:59:28 +0000',
    body: phpJson({ event_type: 'new_message', payload: { timestamp: 1639738768, msec_timestamp: 1639738768457, msgid: 'my_int-5f2836a8ca481', conversation_id: 'my_int-d5a421f7f218', sender: client, message: text, source: { external_id: '79039876543' }, silent: false } }),
    md5: '353178c993f09a8ec5f3eab4093b753e', signature: 'e895539b52051e1a8d3f89d454c7ad7406705234',
  },
  {
    name: 'create a chat', method: 'POST', path: `/v2/origin/custom/${SCOPE}/chats`, date: 'Thu, 16 Dec 2021 23:22:49 +0000',
    body: phpJson({ conversation_id: 'my_int-8e3e7640-49af-4448-a2c6-d5a421f7f217', source: { external_id: '78001234567' }, user: { id: 'my_int-1376265f-86df-4c49-a0c3-a4816df41af9', avatar: 'https://example.com/users/avatar.png', name: 'Имя клиента', profile: { phone: '+79151112233', email: 'example.client@example.com' }, profile_link: 'https://example.com/profile/example.client' } }),
    md5: '5139e573382c0eae38f476822abb2014', signature: 'a601e486d694c8e7e8a5b637660f949f8bb7efaf',
  },
  {
    name: 'typing', method: 'POST', path: `/v2/origin/custom/${SCOPE}/typing`, date: 'Thu, 16 Dec 2021 16:01:21 +0000',
    body: phpJson({ conversation_id: 'my_int-d5a421f7f218', sender: { id: 'my_int-1376265f-86df-4c49-a0c3-a4816df41af8' } }),
    md5: '255a22566d68be207fa36804e78a523a', signature: 'e8263b1daf2b20396c02db6c8c846f95cc0f9540',
  },
];

describe('md5Hex', () => {
  it.each([
    ['', 'd41d8cd98f00b204e9800998ecf8427e'],
    ['a', '0cc175b9c0f1b6a831c399e269772661'],
    ['abc', '900150983cd24fb0d6963f7d28e17f72'],
    ['message digest', 'f96b697d7cb7938d525a2f31aaf161d0'],
    ['abcdefghijklmnopqrstuvwxyz', 'c3fcd3d76192e4007dfb496cca67e13b'],
    ['12345678901234567890123456789012345678901234567890123456789012345678901234567890', '57edf4a22be3c955ac49da2e2107b67a'],
  ])('RFC 1321 test suite: md5(%j)', (input, hex) => {
    expect(md5Hex(new TextEncoder().encode(input))).toBe(hex);
  });

  it('agrees with node:crypto on every length around the block boundaries and on larger inputs', () => {
    for (const length of [...Array.from({ length: 130 }, (_, i) => i), 1000, 65_537, 1_000_003]) {
      const bytes = randomBytes(length);
      expect([length, md5Hex(new Uint8Array(bytes))]).toEqual([length, createHash('md5').update(bytes).digest('hex')]);
    }
  });
});

describe('signChatsRequest: the worked examples of the step-by-step page', () => {
  it.each(WORKED_EXAMPLES.map((e) => [e.name, e] as const))('%s gives the page\'s Content-MD5 and X-Signature', async (_name, e) => {
    const headers = await signChatsRequest({ secret: SECRET, method: e.method, path: e.path, body: e.body, date: e.date });
    expect(headers).toEqual({ Date: e.date, 'Content-Type': 'application/json', 'Content-MD5': e.md5, 'X-Signature': e.signature });
  });

  it('signs bytes, not a value: the same message serialised by JSON.stringify has another MD5 and signature', async () => {
    const e = WORKED_EXAMPLES[1]!;
    const headers = await signChatsRequest({ secret: SECRET, method: e.method, path: e.path, body: JSON.stringify(JSON.parse(e.body)), date: e.date });
    expect(headers['Content-MD5']).not.toBe(e.md5);
    expect(headers['X-Signature']).not.toBe(e.signature);
  });

  it('a GET signs the MD5 of the empty string, and the method in upper case', async () => {
    expect(contentMd5()).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(stringToSign({ method: 'get', path: '/p', date: 'D' })).toBe('GET\nd41d8cd98f00b204e9800998ecf8427e\napplication/json\nD\n/p');
  });

  it('writes Date as RFC 2822 in UTC, as PHP\'s DATE_RFC2822', () => {
    expect(rfc2822(new Date(Date.UTC(2021, 11, 16, 12, 58, 40)))).toBe('Thu, 16 Dec 2021 12:58:40 +0000');
    expect(rfc2822(new Date(Date.UTC(2020, 0, 5, 3, 4, 5)))).toBe('Sun, 05 Jan 2020 03:04:05 +0000');
  });

  it('refuses an empty secret with an error that names nothing', async () => {
    await expect(signChatsRequest({ secret: '', method: 'GET', path: '/', date: 'D' })).rejects.toThrow(TypeError);
  });
});

describe('createChatsClient against a fake amojo that checks signatures', () => {
  let amojo: FakeAmojo;
  beforeAll(async () => {
    amojo = await startFakeAmojo(SECRET);
  });
  afterAll(async () => {
    await amojo?.stop();
  });
  beforeEach(() => {
    amojo.requests.length = 0;
  });

  it('connects, sends a message, types and disconnects, each request accepted', async () => {
    const chats = createChatsClient({ secret: SECRET, baseUrl: amojo.baseUrl });
    const connected = await chats.POST('/v2/origin/custom/{channel_id}/connect', {
      params: { path: { channel_id: CHANNEL } },
      body: { account_id: '52e591f7-c98f-4255-8495-827210138c81', hook_api_version: 'v2', title: 'ChatsIntegration' },
    });
    expect(connected.response.status).toBe(200);
    expect(connected.data?.scope_id).toBe('chan_acc');

    const sent = await chats.POST('/v2/origin/custom/{scope_id}', {
      params: { path: { scope_id: SCOPE } },
      body: { event_type: 'new_message', payload: { msgid: 'm', conversation_id: 'c', sender: { id: 's', name: 'Вася' }, message: { type: 'text', text: 'Привет / hi' } } },
    });
    expect(sent.data?.new_message.msgid).toBe('m-1');

    const typing = await chats.POST('/v2/origin/custom/{scope_id}/typing', {
      params: { path: { scope_id: SCOPE } }, body: { conversation_id: 'c', sender: { id: 's' } },
    });
    expect(typing.response.status).toBe(204);

    const gone = await chats.DELETE('/v2/origin/custom/{channel_id}/disconnect', {
      params: { path: { channel_id: CHANNEL } }, body: { account_id: '52e591f7-c98f-4255-8495-827210138c81' },
    });
    expect(gone.response.status).toBe(200);
    expect(amojo.requests.map((r) => [r.method, r.accepted])).toEqual([['POST', true], ['POST', true], ['POST', true], ['DELETE', true]]);
    expect(amojo.requests[3]!.body).toBe('{"account_id":"52e591f7-c98f-4255-8495-827210138c81"}');
  });

  it('signs a GET with a query string over the path alone and the MD5 of the empty string', async () => {
    const chats = createChatsClient({ secret: SECRET, baseUrl: amojo.baseUrl });
    const { data, response } = await chats.GET('/v2/origin/custom/{scope_id}/chats/{conversation_id}/history', {
      params: { path: { scope_id: SCOPE, conversation_id: '8b1a1828-fc4a-4874-9469-15e0d847570f' }, query: { limit: 50, offset: 0 } },
    });
    expect(response.status).toBe(200);
    expect(data?.messages).toEqual([]);
    const [request] = amojo.requests;
    expect(request!.query).toBe('limit=50&offset=0');
    expect(request!.headers['content-md5']).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(request!.accepted).toBe(true);
  });

  it('is rejected with the fake\'s 403 when signed with another secret, a stale Date, or by hand wrongly', async () => {
    const wrongSecret = createChatsClient({ secret: 'not-the-channel-secret', baseUrl: amojo.baseUrl });
    const stale = createChatsClient({ secret: SECRET, baseUrl: amojo.baseUrl, now: () => new Date(Date.now() - 16 * 60 * 1000) });
    const body = { conversation_id: 'c', sender: { id: 's' } };
    for (const chats of [wrongSecret, stale]) {
      const { error, response } = await chats.POST('/v2/origin/custom/{scope_id}/typing', { params: { path: { scope_id: SCOPE } }, body });
      expect(response.status).toBe(403);
      expect(error).toEqual({ error: 'invalid signature' });
    }
    const byHand = await fetch(`${amojo.baseUrl}/v2/origin/custom/${SCOPE}/typing`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Date: rfc2822(new Date()), 'Content-MD5': contentMd5('{}'), 'X-Signature': '0'.repeat(40) },
      body: '{}',
    });
    expect(byHand.status).toBe(403);
    expect(amojo.requests.map((r) => r.accepted)).toEqual([false, false, false]);
  });

  it('signs the path amojo sees when baseUrl carries a proxy prefix', async () => {
    const seen: string[] = [];
    const chats = createChatsClient({
      secret: SECRET, baseUrl: `${amojo.baseUrl}/proxy/amojo`,
      // The "proxy": strips its prefix and forwards, headers untouched.
      fetch: (async (input: string, init: RequestInit) => {
        seen.push(new URL(input).pathname);
        return fetch(input.replace('/proxy/amojo', ''), init);
      }) as typeof fetch,
    });
    const { response } = await chats.POST('/v2/origin/custom/{scope_id}/typing', { params: { path: { scope_id: SCOPE } }, body: { conversation_id: 'c', sender: { id: 's' } } });
    expect(seen).toEqual([`/proxy/amojo/v2/origin/custom/${SCOPE}/typing`]);
    expect(response.status).toBe(204);
  });

  it('puts the secret in no header and no error', async () => {
    const failing = createChatsClient({
      secret: SECRET, baseUrl: amojo.baseUrl,
      fetch: (async (_input: string, init: RequestInit) => {
        expect(JSON.stringify([...new Headers(init.headers).entries()])).not.toContain(SECRET);
        throw new TypeError('fetch failed');
      }) as typeof fetch,
    });
    const error = await failing.POST('/v2/origin/custom/{scope_id}/typing', { params: { path: { scope_id: SCOPE } }, body: { conversation_id: 'c', sender: { id: 's' } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(`${String(error)} ${(error as Error).stack} ${JSON.stringify(error)}`).not.toContain(SECRET);
    expect(() => createChatsClient({ secret: '' })).toThrow(/secret must be a non-empty string/);
  });
});

describe('chat hooks', () => {
  const body = '{"account_id":"52e591f7-c98f-4255-8495-827210138c81","time":1639572261,"message":{"conversation":{"id":"c"},"sender":{"id":"s"},"message":{"id":"m","type":"text","text":"Привет"}}}';
  const signature = createHmac('sha1', SECRET).update(body).digest('hex');

  it('verifyChatHook accepts the HMAC-SHA1 of the body and nothing else', async () => {
    expect(await verifyChatHook({ body, signature, secret: SECRET })).toBe(true);
    expect(await verifyChatHook({ body: new TextEncoder().encode(body), signature: signature.toUpperCase(), secret: SECRET })).toBe(true);
    expect(await verifyChatHook({ body: `${body} `, signature, secret: SECRET })).toBe(false);
    expect(await verifyChatHook({ body, signature, secret: 'other' })).toBe(false);
    expect(await verifyChatHook({ body, signature: undefined, secret: SECRET })).toBe(false);
    expect(await verifyChatHook({ body, signature: 'zz', secret: SECRET })).toBe(false);
  });

  it('readChatHook checks the signature before parsing, and its error names no secret', async () => {
    const request = (sig?: string, text = body) => new Request('http://127.0.0.1/hook', {
      method: 'POST', body: text, headers: sig ? { 'X-Signature': sig } : {},
    });
    const hook = await readChatHook(request(signature), SECRET);
    expect('message' in hook && hook.message.message.id).toBe('m');
    const wrong = await readChatHook(request('0'.repeat(40)), SECRET).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(ChatHookError);
    expect(String(wrong)).not.toContain(SECRET);
    await expect(readChatHook(request(), SECRET)).rejects.toThrow(ChatHookError);
    const notJson = 'not json';
    await expect(readChatHook(request(createHmac('sha1', SECRET).update(notJson).digest('hex'), notJson), SECRET)).rejects.toThrow(/not JSON/);
  });
});
