// The subpath export `amocrm-openapi/chats`: the Chats API (amojo host) client, whose requests are
// signed with the channel's secret, the signature itself, and the check of incoming chat hooks.
// Depends on openapi-fetch and Web Crypto only; MD5, which Web Crypto lacks, is in chats/md5.ts.
export { createChatsClient, chatsBaseUrl, signingFetch, type ChatsClient, type ChatsClientOptions, type ChatsDomain, type ChatsPaths } from './chats/client.js';
export {
  signChatsRequest, stringToSign, contentMd5, rfc2822, CHATS_CONTENT_TYPE,
  type ChatsSignatureInput, type ChatsSignedHeaders, type BodyInput,
} from './chats/signature.js';
export { verifyChatHook, readChatHook, ChatHookError, type ChatHook } from './chats/hooks.js';
export { md5Hex } from './chats/md5.js';
