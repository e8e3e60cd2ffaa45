// Compile-time tests for the generated Widgets and bot-continue types; checked by `tsc --noEmit`,
// never executed. Each @ts-expect-error line is an assertion: the build fails if that wrong call type-checks.
import createClient from 'openapi-fetch';
import type { components, paths } from '../../generated/schema';

type Widget = components['schemas']['Widget'];
type SettingTemplate = components['schemas']['WidgetSettingTemplate'];
type ContinueBody = components['schemas']['BotContinueRequest'];

// settings_template entries narrow by `type`.
export function settingKind(template: SettingTemplate): 'secret' | 'plain' {
  if (template.type === 'pass' || template.type === 'users_lp') return 'secret';
  const rest: 'text' | 'custom' | 'users' = template.type;
  return rest === 'users' ? 'plain' : 'plain';
}

export async function typedWidgetCalls() {
  const client = createClient<paths>({ baseUrl: 'https://example.amocrm.ru' });

  const { data: page } = await client.GET('/api/v4/widgets', { params: { query: { page: 1, limit: 250 } } });
  const widgets: Widget[] | undefined = page?._embedded.widgets;
  const rating: string | number | undefined = widgets?.[0]?.rating;
  const pipeline: number | null | undefined = widgets?.[0]?.pipeline_id;

  // The keys of every documented example are required; settings (integration key only) is not.
  const first = widgets?.[0];
  if (first) {
    const required: [number, string, string, boolean, string | null, object] = [
      first.id, first.code, first.version, first.is_active_in_account, first.client_uuid, first._links,
    ];
    // @ts-expect-error settings comes only with the widget's own integration key
    const always: object = first.settings;
    void [required, always];
  }

  const { data: one } = await client.GET('/api/v4/widgets/{widget_code}', { params: { path: { widget_code: 'amo_dropbox' } } });
  const uuid: string | null | undefined = one?.client_uuid;

  // Install with every documented form of value: text, pass, users and users_lp.
  const { data: installed } = await client.POST('/api/v4/widgets/{widget_code}', {
    params: { path: { widget_code: 'amo_asterisk' } },
    body: {
      login: 'example',
      password: '<pass-value>',
      phones: { '504141': '1039' },
      accounts: { '504141': { login: 'operator1', password: '<password>' } },
    },
  });
  // The install answer always carries the settings.
  const settings: components['schemas']['WidgetSettings'] | unknown[] | undefined = installed?.settings;

  await client.DELETE('/api/v4/widgets/{widget_code}', { params: { path: { widget_code: 'amo_asterisk' } } });

  await client.POST('/api/v4/salesbot/{bot_id}/continue/{continue_id}', {
    params: { path: { bot_id: 4455, continue_id: 123456 } },
    body: { data: { status: 'success' } },
  });
  const withHandlers: ContinueBody = {
    data: { status: 'success', attempts: 2 },
    execute_handlers: [
      { handler: 'show', params: { type: 'text', value: 'Запись подтверждена' } },
      { handler: 'show', params: { type: 'buttons', value: 'Напомнить?', buttons: ['За день', 'За час'] } },
      { handler: 'goto', params: { type: 'question', step: 5 } },
    ],
  };
  await client.POST('/api/v4/marketingbot/{bot_id}/continue/{continue_id}', {
    params: { path: { bot_id: 4455, continue_id: 'abc-123' } },
    body: withHandlers,
  });

  // @ts-expect-error rating is a string or a number, never a boolean
  const badRating: Widget['rating'] = true;
  // @ts-expect-error a settings_template entry's type is one of text, pass, custom, users, users_lp
  const badTemplate: SettingTemplate = { key: 'k', name: 'n', type: 'select', is_required: false };
  // @ts-expect-error a setting value is a string or an object, not a number
  await client.POST('/api/v4/widgets/{widget_code}', { params: { path: { widget_code: 'x' } }, body: { login: 5 } });
  // @ts-expect-error users_lp credentials need both login and password
  await client.POST('/api/v4/widgets/{widget_code}', { params: { path: { widget_code: 'x' } }, body: { accounts: { '1': { login: 'a' } } } });
  // @ts-expect-error the widget calls need the widget code
  await client.DELETE('/api/v4/widgets/{widget_code}', {});
  // @ts-expect-error the continue call needs bot_id and continue_id
  await client.POST('/api/v4/salesbot/{bot_id}/continue/{continue_id}', { body: { data: { status: 'success' } } });
  // @ts-expect-error bot_id is a number
  await client.POST('/api/v4/salesbot/{bot_id}/continue/{continue_id}', { params: { path: { bot_id: 'bot', continue_id: 1 } }, body: {} });
  // @ts-expect-error a handler is show or goto
  const badHandler: ContinueBody = { execute_handlers: [{ handler: 'jump', params: { step: 5 } }] };
  // @ts-expect-error goto needs the step to go to
  const noStep: ContinueBody = { execute_handlers: [{ handler: 'goto', params: { type: 'question' } }] };
  // @ts-expect-error data is an object of values, not a list
  const listData: ContinueBody = { data: ['success'] };

  return { rating, pipeline, uuid, settings, badRating, badTemplate, badHandler, noStep, listData };
}
