// Compile-time tests for the webhooks subpath: parseWebhook's result narrows by `name` to the
// payload of the spec's `webhooks` entry (generated/schema.d.ts). Checked by `tsc --noEmit`, never
// executed; each @ts-expect-error line is an assertion that the wrong use does not compile.
import { parseWebhook, type ParsedWebhook, type WebhookName, type WebhookPayload } from '../../src/webhooks';
import type { webhooks } from '../../generated/schema';

export function oldStatus(body: string): string | undefined {
  const hook = parseWebhook(body, 'application/x-www-form-urlencoded');
  if (hook.name === 'status_lead') {
    const item = hook.payload.leads.status[0];
    // A parsed leads[status] hook gives a typed old_status_id, a string as the form sent it.
    const old: string | undefined = item?.old_status_id;
    // @ts-expect-error values of a form-encoded hook are strings, not numbers
    const asNumber: number | undefined = item?.old_status_id;
    // @ts-expect-error the lead's id is always there
    const noId: undefined = item!.id;
    void asNumber; void noId;
    const subdomain: string | undefined = hook.payload.account?.subdomain;
    void subdomain;
    return old;
  }
  return undefined;
}

export function unknownStillParses(hook: ParsedWebhook): unknown {
  if (hook.name === 'unknown') {
    const families: [] = hook.families;
    void families;
    // @ts-expect-error an unknown family's payload is not typed: its keys are unknown until checked
    void hook.payload.leads.status;
    return hook.payload.catalogs;
  }
  // Narrowed away from 'unknown': every other name is an entry of the spec.
  const name: keyof webhooks = hook.name;
  return name;
}

export function narrows(hook: ParsedWebhook) {
  switch (hook.name) {
    case 'add_company': {
      const kind: 'contact' | 'company' | undefined = hook.payload.contacts.add[0]?.type;
      return kind;
    }
    case 'salesbot_widget_request':
      return hook.payload.return_url satisfies string;
    case 'dp_widget_hook': {
      const type: 1 | 14 | 15 | 16 | 17 | 18 | 19 | 20 | 21 | 22 = hook.payload.event.type;
      // @ts-expect-error the widget hook is JSON: its account_id is a number
      const id: string = hook.payload.account_id;
      void id;
      return type;
    }
    case 'oauth_redirect': {
      const code: string | undefined = hook.payload.code;
      return code;
    }
    case 'delete_unsorted':
      return hook.payload.unsorted.delete[0]?.accept_result?.leads?.[0];
    case 'add_chat_template_review':
      return hook.payload.add[0]?.reviews?.[0]?.status;
    default:
      return undefined;
  }
}

export const disconnect: WebhookPayload<'oauth_disconnect'> = { client_uuid: 'id', account_id: '1', signature: 'ab' };
// @ts-expect-error the disconnect hook always carries its signature
export const unsigned: WebhookPayload<'oauth_disconnect'> = { client_uuid: 'id', account_id: '1' };
// @ts-expect-error not an entry of the spec
export const notAHook: WebhookName = 'add_catalog';
