// The hooks amoCRM sends to the channel (chats/chat-webhooks.md): `X-Signature` is the lower-case
// hex HMAC-SHA1 of the raw body, keyed with the channel's secret. Checked in constant time by Web
// Crypto's own verify.
import type { components } from '../../generated/schema.js';
import { hmacSha1Verify, type BodyInput } from './signature.js';

type Schemas = components['schemas'];
/** Any chat hook: a message (v2) or comment reply, typing, a reaction, or the deprecated v1 message. */
export type ChatHook = Schemas['AmojoMessageHook'] | Schemas['AmojoTypingHook'] | Schemas['AmojoReactionHook'] | Schemas['AmojoMessageHookV1'];

/** Thrown by readChatHook when the signature is missing or wrong, or the body is not JSON. Names no secret. */
export class ChatHookError extends Error {
  override name = 'ChatHookError';
}

function hexBytes(hex: string): Uint8Array | undefined {
  if (!/^[0-9a-fA-F]{40}$/.test(hex)) return undefined;
  return Uint8Array.from(hex.match(/../g)!, (pair) => parseInt(pair, 16));
}

/** Whether `signature` (the `X-Signature` header) is the HMAC-SHA1 of `body` with the channel's secret. */
export async function verifyChatHook({ body, signature, secret }: {
  body: BodyInput; signature: string | null | undefined; secret: string;
}): Promise<boolean> {
  const expected = typeof signature === 'string' ? hexBytes(signature.trim()) : undefined;
  if (typeof secret !== 'string' || secret.length === 0) throw new TypeError('the channel secret must be a non-empty string');
  if (!expected) return false;
  return hmacSha1Verify(secret, body, expected);
}

/**
 * Reads a hook from a fetch-style Request (Node's `Request`, a worker's, a framework's): checks
 * the signature over the raw body first, then parses it. Throws ChatHookError otherwise.
 */
export async function readChatHook(request: Request, secret: string): Promise<ChatHook> {
  const body = new Uint8Array(await request.arrayBuffer());
  if (!(await verifyChatHook({ body, signature: request.headers.get('X-Signature'), secret }))) {
    throw new ChatHookError('chat hook: X-Signature is missing or does not match the body');
  }
  try {
    return JSON.parse(new TextDecoder().decode(body)) as ChatHook;
  } catch {
    throw new ChatHookError('chat hook: the body is not JSON');
  }
}
