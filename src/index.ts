// The package root: the typed client and its composable pieces. Batch writes are the subpath
// `amocrm-openapi/batch` (src/batch.ts), custom field guards `amocrm-openapi/custom-fields`:
// optional capabilities stay out of the main entry's size budget.
export { createAmoClient, type AmoClient, type AmoClientOptions } from './client.js';
export { paginate, paginateAll, type ListInit } from './paginate.js';
export {
  exchangeCode, refreshTokens, exchangeApiKey, type AmoTokens, type OAuthAppCredentials, type TokenEndpointOptions, type ExchangeApiKeyOptions,
} from './oauth.js';
export { getAccountSubdomain, apiDomainOf, type AccountSubdomain, type AccountSubdomainOptions } from './account-subdomain.js';
export {
  authorizationUrl, parseAuthorizationRedirect, AmoAuthorizationRedirectError,
  type AuthorizationUrlOptions, type AuthorizationRedirect, type AuthorizationRedirectProblem,
} from './authorization-url.js';
export { OAuthSession, staticToken, withAuth, type OAuthOptions, type TokenSource } from './auth.js';
export {
  AmoApiError, AmoRateLimitError, AmoBlockedError, AmoUnauthorizedError, AmoValidationError, AmoNetworkError,
  AmoMalformedResponseError, AmoForeignHostError, type AmoErrorInit, type ValidationErrorItem,
} from './errors.js';
export { serializeQuery } from './query-serializer.js';
export {
  createRateLimiter, withRateLimit, type RateLimiter, type RateLimiterOptions, type RateLimitOption, type Release,
} from './rate-limit.js';
export { isRetryable, DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry.js';
export { withBlockGuard } from './block-guard.js';
export { withTypedErrors } from './response-errors.js';
export { resolveBaseUrl, type AmoDomain, type AmoHostOptions } from './base-url.js';
export type { FetchLike, RequestLike } from './fetch-like.js';
export type {
  AmoCalls, AmoData, AmoMethod, AmoResult, EmptyAnswer, HttpMethod, InitParam, PathsWith, RequiredKeysOf,
} from './client-types.js';
export type { ListPath, ListItem, BatchPath, BatchInput, BatchOutput, BatchMethod } from './path-types.js';
export type { paths, components, operations } from '../generated/schema.js';
