// The one error of the webhooks subpath: a received body that cannot be read at all. Its message
// names what is wrong, never the body's content (a body may carry tokens and client secrets).

/** Why a body could not be read. */
export type WebhookParseFailure =
  | 'empty-body'
  | 'unsupported-content-type'
  | 'malformed-json'
  | 'malformed-form'
  | 'not-an-object';

export class AmoWebhookParseError extends Error {
  override readonly name = 'AmoWebhookParseError';
  readonly reason: WebhookParseFailure;
  /** The content type the body was read as, if one was given. */
  readonly contentType: string | undefined;

  constructor(reason: WebhookParseFailure, message: string, contentType?: string) {
    super(message);
    this.reason = reason;
    this.contentType = contentType;
  }
}
