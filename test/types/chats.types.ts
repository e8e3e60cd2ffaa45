// Compile-time tests for the Chats API and Files API types and their clients; checked by
// `tsc --noEmit`, never executed. Each @ts-expect-error line is an assertion: the build fails if
// that wrong call type-checks.
import type { components, paths, webhooks } from '../../generated/schema';
import { createChatsClient, type ChatHook } from '../../src/chats';
import { createFilesClient, uploadDriveFile, type DriveFile } from '../../src/drive';

type Schemas = components['schemas'];
const SCOPE = '344a5002-f8ca-454d-af3d-396180102ac7_52e591f7-c98f-4255-8495-827210138c81';

export async function typedChatsCalls() {
  const chats = createChatsClient({ secret: 'channel-secret', domain: 'kommo.com' });

  // The signing headers are the client's: a call gives none of them.
  const { data: connection } = await chats.POST('/v2/origin/custom/{channel_id}/connect', {
    params: { path: { channel_id: '344a5002-f8ca-454d-af3d-396180102ac7' } },
    body: { account_id: '52e591f7-c98f-4255-8495-827210138c81', hook_api_version: 'v2' },
  });
  const scope: string | undefined = connection?.scope_id;

  const { data: accepted } = await chats.POST('/v2/origin/custom/{scope_id}', {
    params: { path: { scope_id: SCOPE } },
    body: {
      event_type: 'new_message',
      payload: {
        msgid: 'm', conversation_id: 'c', sender: { id: 's', name: 'Client' },
        message: { type: 'location', location: { lat: 55.75, lon: 37.62 } },
        forwards: { messages: [{ msgid: 'old' }] },
      },
    },
  });
  const msgid: string | undefined = accepted?.new_message.msgid;
  const receiver: string | null | undefined = accepted?.new_message.receiver_id;

  const { data: history } = await chats.GET('/v2/origin/custom/{scope_id}/chats/{conversation_id}/history', {
    params: { path: { scope_id: SCOPE, conversation_id: 'c' }, query: { limit: 50, offset: 0 } },
  });
  const firstType: string | undefined = history?.messages[0]?.message.type;

  await chats.POST('/v2/origin/custom/{scope_id}/{msgid}/delivery_status', {
    params: { path: { scope_id: SCOPE, msgid: 'm' } }, body: { status_code: -1, error_code: 905, error: 'Error text' },
  });
  await chats.DELETE('/v2/origin/custom/{channel_id}/disconnect', { params: { path: { channel_id: 'ch' } }, body: { account_id: 'a' } });

  // @ts-expect-error event_type is new_message or edit_message
  await chats.POST('/v2/origin/custom/{scope_id}', { params: { path: { scope_id: SCOPE } }, body: { event_type: 'delete_message', payload: { message: { type: 'text' } } } });
  // @ts-expect-error a message's type is one of the documented ones
  await chats.POST('/v2/origin/custom/{scope_id}', { params: { path: { scope_id: SCOPE } }, body: { event_type: 'new_message', payload: { message: { type: 'poll' } } } });
  // @ts-expect-error a status is 1, 2 or -1
  await chats.POST('/v2/origin/custom/{scope_id}/{msgid}/delivery_status', { params: { path: { scope_id: SCOPE, msgid: 'm' } }, body: { status_code: 3 } });
  // @ts-expect-error typing names the chat and who types
  await chats.POST('/v2/origin/custom/{scope_id}/typing', { params: { path: { scope_id: SCOPE } }, body: { conversation_id: 'c' } });
  // @ts-expect-error the connect body is closed: no unknown key
  const closed: Schemas['AmojoChannelConnect'] = { account_id: 'a', colour: 'red' };
  // @ts-expect-error the chats client has the Chats API's paths only
  await chats.GET('/api/v4/leads', {});
  // @ts-expect-error the signing headers are not the caller's to give
  await chats.POST('/v2/origin/custom/{scope_id}/typing', { params: { path: { scope_id: SCOPE }, header: { 'X-Signature': 'x' } }, body: { conversation_id: 'c', sender: { id: 's' } } });
  // @ts-expect-error the secret is required
  createChatsClient({ domain: 'amocrm.ru' });

  return [scope, msgid, receiver, firstType, closed];
}

export function typedChatHooks(hook: ChatHook, v2: Schemas['AmojoMessageHook']) {
  // The v2 hook's message always has its chat, sender and content; optional parts stay optional.
  const conversation: string = v2.message.conversation.id;
  const type: 'text' | 'file' | 'video' | 'picture' | 'voice' | 'audio' | 'sticker' = v2.message.message.type;
  const post: string | undefined = v2.message.message.post?.id;
  // @ts-expect-error the receiver is not always there
  const receiver: string = v2.message.receiver.id;
  // A union: narrowed by its keys.
  const typingUntil = 'action' in hook && 'typing' in hook.action ? hook.action.typing.expired_at : undefined;
  // The webhooks are in the generated types too.
  type TypingBody = NonNullable<webhooks['chatTyping']['post']['requestBody']>['content']['application/json'];
  const typing: TypingBody['action']['typing']['conversation']['id'] | undefined = undefined;
  return [conversation, type, post, receiver, typingUntil, typing];
}

export async function typedFilesCalls() {
  const files = createFilesClient({ driveUrl: 'https://drive-b.amocrm.ru', token: 'token' });
  const { data: list } = await files.GET('/v1.0/files', {
    params: { query: { filter: { extensions: ['png'], size: { unit: 1000000, from: 1 }, date: { type: 'created_at', date_preset: 'week' } }, limit: 25 } },
  });
  const uuid: string | undefined = list?._embedded.files[0]?.uuid;
  const { data: session } = await files.POST('/v1.0/sessions', { body: { file_name: 'a.png', file_size: 3435, content_type: 'image/png' } });
  const maxPart: number = session.max_part_size;
  await files.PATCH('/v1.0/files/{file_uuid}', { params: { path: { file_uuid: 'u' } }, body: { name: 'New name' } });
  await files.DELETE('/v1.0/files', { body: [{ uuid: 'u' }] });
  const file: DriveFile = await uploadDriveFile(files, new Uint8Array(10), { fileName: 'a.bin' });

  // @ts-expect-error a session needs the file's size
  await files.POST('/v1.0/sessions', { body: { file_name: 'a.png' } });
  // @ts-expect-error the date filter's type is created_at or updated_at
  await files.GET('/v1.0/files', { params: { query: { filter: { date: { type: 'deleted_at' } } } } });
  // @ts-expect-error the upload needs the file name
  await uploadDriveFile(files, new Uint8Array(10), {});
  // @ts-expect-error the files client needs the drive host
  createFilesClient({ token: 'token' });

  const part: paths['/v1.0/sessions/upload/{session_token}']['post']['responses'][200]['content']['application/json'] = { session_id: 1, next_url: 'u' };
  return [uuid, maxPart, file, part];
}
