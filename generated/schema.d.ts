export interface paths {
    "/api/v4/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tasks
         * @description Returns the account's tasks (список задач), a page at a time, filtered and sorted.
         *     **Who may call it:** all users, within their rights.
         *
         *     Filters are serialised PHP-style, for example
         *     `/api/v4/tasks?filter[task_type][]=2&filter[is_completed][]=1&limit=2`.
         *     When nothing matches, the answer is **204 with an empty body**.
         */
        get: operations["listTasks"];
        put?: never;
        /**
         * Create tasks
         * @description Creates tasks in a batch (добавление задач): 1 to 250 per request, 50 recommended.
         *     `text` and `complete_till` are required for each. Send a `request_id` with an item to find it in
         *     the answer. **Who may call it:** all users, within their rights.
         */
        post: operations["createTasks"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit tasks
         * @description Changes tasks in a batch (редактирование задач): an array of 1 to 250 items, each naming its
         *     task by `id` and carrying only what changes. The answer returns `id` and `updated_at` of each.
         *     Completing tasks is an edit with `is_completed: true` and a `result`.
         *     **Who may call it:** all users, within their rights.
         */
        patch: operations["updateTasks"];
        trace?: never;
    };
    "/api/v4/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The task's ID.
                 * @example 56981
                 */
                id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        /**
         * Get a task by ID
         * @description Returns one task (получение задачи по ID). **Who may call it:** all users, within their rights.
         */
        get: operations["getTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a task
         * @description Changes one task (редактирование задачи): the body is the task model itself, not an array,
         *     and carries only what changes. Completing a task (выполнение задачи) is this call with
         *     `is_completed: true` and a `result`. **Who may call it:** all users, within their rights.
         */
        patch: operations["updateTask"];
        trace?: never;
    };
    "/api/v4/widgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List widgets
         * @description Returns one list (список виджетов) that aggregates the public widgets, the widgets installed in
         *     the account and the widgets the current user uploaded, a page at a time.
         *     **Who may call it:** all users.
         *
         *     When there is nothing to list, the answer is **204 with an empty body**.
         */
        get: operations["listWidgets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/widgets/{widget_code}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The widget's code (код виджета), as in `code` of the widget model, for example `amo_dropbox`.
                 * @example amo_asterisk
                 */
                widget_code: components["parameters"]["WidgetCode"];
            };
            cookie?: never;
        };
        /**
         * Get a widget by its code
         * @description Returns one widget (информация о виджете по его коду): a public one or one the current user
         *     uploaded. `settings` is returned only when the call is made with the key (token) of the
         *     integration the widget belongs to. **Who may call it:** all users.
         */
        get: operations["getWidget"];
        put?: never;
        /**
         * Install a widget in the account
         * @description Installs the widget in the account (установка виджета в аккаунт) with the given settings. The
         *     body holds a value for each setting of the widget's `settings_template`, keyed by the setting's
         *     `key`, every `is_required` one included; the form of each value follows the setting's `type`
         *     (`text` and `pass` a string, `users` user ID → extension number, `users_lp` user ID →
         *     `{login, password}`). The answer is the installed widget with its `settings`.
         *
         *     `pass` values and `users_lp` passwords are secrets, and the answer echoes them: keep both the
         *     request and the answer out of logs.
         *
         *     The documentation's table of value forms lists the `users` row twice (it is one type) and types
         *     the `login` and `password` of `users_lp` as `object`; they are strings.
         *
         *     **Who may call it:** account administrators only.
         */
        post: operations["installWidget"];
        /**
         * Uninstall a widget
         * @description Turns the widget off in the account (удаление установки виджета). The answer has no body.
         *     **Who may call it:** account administrators only.
         */
        delete: operations["uninstallWidget"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/salesbot/{bot_id}/continue/{continue_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the bot whose `widget_request` step is waiting, as the bot sent it to the widget's backend.
                 * @example 4455
                 */
                bot_id: components["parameters"]["BotId"];
                /**
                 * @description The ID of the pending `widget_request` step (the record of a widget waiting for its result), as
                 *     the bot sent it to the widget's backend. It is opaque: send it back exactly as received.
                 * @example 123456
                 */
                continue_id: components["parameters"]["ContinueId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a Salesbot after its widget step
         * @description Confirms that a widget step of a Salesbot finished and resumes the bot
         *     (подтверждение выполнения блока виджета). The flow:
         *
         *     1. The bot reaches a `widget_request` step, a block provided by a widget, and sends a
         *        request to the widget's backend. The bot then **waits**; the request identifies the bot
         *        (`bot_id`) and the waiting step (`continue_id`).
         *     2. The widget's backend does its work (sends an SMS, books a slot, asks another system…).
         *     3. It then calls this operation with those two IDs, using the token of its integration. The
         *        `data` it sends becomes readable in the following steps as `{{json.KEY}}`, and the
         *        `execute_handlers` it sends are performed first (show a message, go to a step).
         *
         *     The answer is **202 with no body**: the bot goes on by itself. When no step waits under these
         *     IDs (wrong IDs, or a step already resumed), the answer is 404. The same call exists for the
         *     other kind of bot at `/api/v4/marketingbot/{bot_id}/continue/{continue_id}`; the documentation
         *     writes the two as one path, `/api/v4/{salesbot|marketingbot}/{bot_id}/continue/{continue_id}`.
         *
         *     **Who may call it:** account administrators only: the token is that of the widget's
         *     integration, authorised by an administrator of the account.
         */
        post: operations["continueSalesbot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/marketingbot/{bot_id}/continue/{continue_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the bot whose `widget_request` step is waiting, as the bot sent it to the widget's backend.
                 * @example 4455
                 */
                bot_id: components["parameters"]["BotId"];
                /**
                 * @description The ID of the pending `widget_request` step (the record of a widget waiting for its result), as
                 *     the bot sent it to the widget's backend. It is opaque: send it back exactly as received.
                 * @example 123456
                 */
                continue_id: components["parameters"]["ContinueId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a Marketingbot after its widget step
         * @description Confirms that a widget step of a Marketingbot finished and resumes the bot
         *     (подтверждение выполнения блока виджета). The flow:
         *
         *     1. The bot reaches a `widget_request` step, a block provided by a widget, and sends a
         *        request to the widget's backend. The bot then **waits**; the request identifies the bot
         *        (`bot_id`) and the waiting step (`continue_id`).
         *     2. The widget's backend does its work (sends an SMS, books a slot, asks another system…).
         *     3. It then calls this operation with those two IDs, using the token of its integration. The
         *        `data` it sends becomes readable in the following steps as `{{json.KEY}}`, and the
         *        `execute_handlers` it sends are performed first (show a message, go to a step).
         *
         *     The answer is **202 with no body**: the bot goes on by itself. When no step waits under these
         *     IDs (wrong IDs, or a step already resumed), the answer is 404. The same call exists for the
         *     other kind of bot at `/api/v4/salesbot/{bot_id}/continue/{continue_id}`; the documentation
         *     writes the two as one path, `/api/v4/{salesbot|marketingbot}/{bot_id}/continue/{continue_id}`.
         *
         *     **Who may call it:** account administrators only: the token is that of the widget's
         *     integration, authorised by an administrator of the account.
         */
        post: operations["continueMarketingbot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description One ID (`filter[id]=5`) or several (`filter[id][]=5&filter[id][]=6`). */
        IdOrIds: number | number[];
        /**
         * @description The type of the entity a task is attached to.
         * @example leads
         * @enum {string}
         */
        TaskEntityType: "leads" | "contacts" | "companies" | "customers";
        /** @description A Unix timestamp (changed after it) or a `{from, to}` range (`filter[updated_at][from]=…&filter[updated_at][to]=…`). */
        TimestampRange: number | {
            /**
             * @description Lower bound, a Unix timestamp.
             * @example 1575364000
             */
            from?: number;
            /**
             * @description Upper bound, a Unix timestamp.
             * @example 1576767914
             */
            to?: number;
        };
        /** @description Filters of the task list. */
        TasksFilter: {
            /** @description The ID of the responsible user, or several. */
            responsible_user_id?: components["schemas"]["IdOrIds"];
            /**
             * @description Task status: `1` completed, `0` to do. The documentation types it bool, but the API reads
             *     `0`/`1`, and the documentation's own example sends the array form `filter[is_completed][]=1`;
             *     both forms are accepted.
             */
            is_completed?: (0 | 1) | (0 | 1)[];
            /** @description The task type ID, or several. */
            task_type?: components["schemas"]["IdOrIds"];
            entity_type?: components["schemas"]["TaskEntityType"];
            /** @description The ID of the attached entity, or several. Requires `filter[entity_type]`. */
            entity_id?: components["schemas"]["IdOrIds"];
            /** @description The task ID, or several. */
            id?: components["schemas"]["IdOrIds"];
            /** @description Last change of the task. */
            updated_at?: components["schemas"]["TimestampRange"];
        };
        /**
         * @description Sort direction.
         * @example asc
         * @enum {string}
         */
        SortDirection: "asc" | "desc";
        /** @description Sort order of the task list, by one field (`order[complete_till]=asc`). */
        TasksOrder: {
            created_at?: components["schemas"]["SortDirection"];
            complete_till?: components["schemas"]["SortDirection"];
            id?: components["schemas"]["SortDirection"];
        };
        /** @description A HAL link. The `href` may contain literal brackets (`filter[task_type][]=2`), so it is not typed as an RFC 3986 URI. */
        HalLink: {
            /**
             * @description The link target.
             * @example https://example.amocrm.ru/api/v4/tasks?limit=2&page=2
             */
            href: string;
        };
        /** @description The `_links` of a collection page. `next` is absent on the last page. */
        HalCollectionLinks: {
            self?: components["schemas"]["HalLink"];
            next?: components["schemas"]["HalLink"];
            prev?: components["schemas"]["HalLink"];
            first?: components["schemas"]["HalLink"];
            last?: components["schemas"]["HalLink"];
        };
        /**
         * @description The HAL envelope of every list and batch-write answer. Each operation adds its own `_embedded`.
         *     Write answers carry only `_links`; list answers add `_page` and, when requested, the totals.
         */
        HalCollection: {
            /**
             * @description The current page number, from 1.
             * @example 1
             */
            _page?: number;
            /**
             * @description The number of pages, where the API reports it.
             * @example 4
             */
            _page_count?: number;
            /**
             * @description The number of items across all pages, where the API reports it.
             * @example 812
             */
            _total_items?: number;
            _links?: components["schemas"]["HalCollectionLinks"];
        };
        /**
         * @description A Unix timestamp in seconds.
         * @example 1575364000
         */
        UnixTimestamp: number;
        /**
         * @description The task type. `1` call (Звонок) and `2` meeting (Встреча) are predefined; an account's own task
         *     types have their own, larger IDs.
         * @example 1
         */
        TaskTypeId: number;
        /**
         * @description The result of a completed task. The documentation types it as an object `{text}`, but the live
         *     API returns an empty array `[]` when a task has no result, as the documentation's own list
         *     example shows.
         */
        TaskResult: {
            /**
             * @description The text of the result (результат выполнения).
             * @example Удалось связаться с клиентом
             */
            text?: string;
        } | unknown[];
        /** @description The `_links` of a single entity. */
        HalItemLinks: {
            self?: components["schemas"]["HalLink"];
        };
        /** @description A task (задача). */
        Task: {
            /**
             * @description The task ID.
             * @example 56981
             */
            id?: number;
            /**
             * @description The ID of the user who created the task (0 for the system).
             * @example 54224
             */
            created_by?: number;
            /**
             * @description The ID of the user who last changed the task.
             * @example 3987910
             */
            updated_by?: number;
            /** @description When the task was created. */
            created_at?: components["schemas"]["UnixTimestamp"];
            /** @description When the task was last changed. */
            updated_at?: components["schemas"]["UnixTimestamp"];
            /**
             * @description The ID of the user responsible for the task.
             * @example 123123
             */
            responsible_user_id?: number;
            /**
             * @description The ID of the group the responsible user belongs to.
             * @example 0
             */
            group_id?: number;
            /**
             * @description The ID of the entity the task is attached to; null for a task of its own.
             * @example 180765
             */
            entity_id?: number | null;
            /** @description The type of the entity the task is attached to; null for a task of its own. */
            entity_type?: components["schemas"]["TaskEntityType"] | null;
            /**
             * @description The task's duration in seconds.
             * @example 0
             */
            duration?: number;
            /**
             * @description Whether the task is completed.
             * @example true
             */
            is_completed?: boolean;
            task_type_id?: components["schemas"]["TaskTypeId"];
            /**
             * @description The task's description.
             * @example Назначить встречу с клиентом
             */
            text?: string;
            result?: components["schemas"]["TaskResult"];
            /** @description When the task is due. */
            complete_till?: components["schemas"]["UnixTimestamp"];
            /**
             * @description The ID of the account the task belongs to.
             * @example 321312
             */
            account_id?: number;
            _links?: components["schemas"]["HalItemLinks"];
        };
        /** @description A page of tasks. */
        TaskCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                tasks: components["schemas"]["Task"][];
            };
        };
        /** @description An error in `application/problem+json` form (RFC 7807). */
        Problem: {
            /**
             * @description A short summary of the problem type.
             * @example Unauthorized
             */
            title?: string;
            /**
             * @description A URI reference identifying the problem type.
             * @example https://httpstatus.es/401
             */
            type?: string;
            /**
             * @description The HTTP status code.
             * @example 401
             */
            status?: number;
            /**
             * @description A human-readable explanation of this occurrence.
             * @example Необходимо авторизоваться
             */
            detail?: string;
        };
        /** @description A 429 problem. amoCRM states how long to wait before the next request. */
        RateLimitProblem: components["schemas"]["Problem"] & {
            /**
             * @description Seconds to wait before retrying.
             * @example 1
             */
            retry_after?: number;
        };
        /** @description The task properties a create or edit call may send. Create and edit add their own required properties. */
        TaskWritableFields: {
            /**
             * @description The ID of the responsible user. Defaults to the current user.
             * @example 123123
             */
            responsible_user_id?: number;
            /**
             * @description The ID of the entity to attach the task to.
             * @example 9785993
             */
            entity_id?: number;
            entity_type?: components["schemas"]["TaskEntityType"];
            /**
             * @description Whether the task is completed. Send `true` with a `result` to complete a task.
             * @example false
             */
            is_completed?: boolean;
            task_type_id?: components["schemas"]["TaskTypeId"];
            /**
             * @description The task's description.
             * @example Встретиться с клиентом Иван Иванов
             */
            text?: string;
            /**
             * @description The task's duration in seconds.
             * @example 3600
             */
            duration?: number;
            /** @description When the task is due. */
            complete_till?: components["schemas"]["UnixTimestamp"];
            /** @description The result of the task. */
            result?: {
                /**
                 * @description The text of the result.
                 * @example Удалось связаться с клиентом
                 */
                text?: string;
            };
            /**
             * @description The ID of the user creating the task.
             * @example 3987910
             */
            created_by?: number;
            /**
             * @description The ID of the user changing the task.
             * @example 3987910
             */
            updated_by?: number;
            /** @description When the task was created. */
            created_at?: components["schemas"]["UnixTimestamp"];
            /** @description When the task was changed. */
            updated_at?: components["schemas"]["UnixTimestamp"];
            /**
             * @description Returned unchanged in the answer and not stored. Use it to match answers to the items sent.
             * @example example
             */
            request_id?: string;
        };
        /** @description A task to create. `text` and `complete_till` are required. */
        TaskCreate: WithRequired<components["schemas"]["TaskWritableFields"], "text" | "complete_till">;
        /** @description A created task, as the create call answers it. */
        TaskCreated: {
            /**
             * @description The new task's ID.
             * @example 4745251
             */
            id?: number;
            /**
             * @description The `request_id` sent, or the item's zero-based position in the batch when none was sent.
             * @example example
             */
            request_id?: string;
            _links?: components["schemas"]["HalItemLinks"];
        };
        /** @description The tasks created, in the order sent. */
        TaskCreatedCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                tasks: components["schemas"]["TaskCreated"][];
            };
        };
        /** @description One rejected value of one item. */
        ValidationErrorDetail: {
            /**
             * @description A machine-readable error code.
             * @example NotSupportedChoice
             */
            code?: string;
            /**
             * @description The path of the rejected value inside the item.
             * @example task_type_id
             */
            path?: string;
            /**
             * @description A human-readable explanation.
             * @example The value you selected is not a valid choice.
             */
            detail?: string;
        };
        /** @description The errors of one item of the request body. */
        ValidationError: {
            /**
             * @description The item's `request_id`, or its zero-based position in the batch when none was sent.
             * @example 0
             */
            request_id?: string;
            errors?: components["schemas"]["ValidationErrorDetail"][];
        };
        /** @description A 400 problem with the per-item validation errors of the request body. */
        ValidationProblem: components["schemas"]["Problem"] & {
            /** @description One entry per rejected item. */
            "validation-errors"?: components["schemas"]["ValidationError"][];
        };
        /** @description Changes to one task inside a batch edit (`PATCH /api/v4/tasks`). `id` says which task; everything else is optional. */
        TaskBatchUpdate: components["schemas"]["TaskWritableFields"] & {
            /**
             * @description The ID of the task to change.
             * @example 4745251
             */
            id: number;
        };
        /** @description A changed task, as the edit calls answer it. Only `id` and `updated_at` are returned. */
        TaskUpdated: {
            /**
             * @description The task's ID.
             * @example 4747929
             */
            id?: number;
            /** @description When the task was changed. */
            updated_at?: components["schemas"]["UnixTimestamp"];
            /**
             * @description The `request_id` sent, or the item's zero-based position in the batch.
             * @example 0
             */
            request_id?: string;
            _links?: components["schemas"]["HalItemLinks"];
        };
        /** @description The tasks changed, in the order sent. */
        TaskUpdatedCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                tasks: components["schemas"]["TaskUpdated"][];
            };
        };
        /**
         * @description Changes to one task (`PATCH /api/v4/tasks/{id}`): send only what changes. The documentation's
         *     edit table marks `text` and `complete_till` as required, copied from create; the live API accepts
         *     an edit without them, as the documentation's own "complete a task" example shows.
         */
        TaskUpdate: components["schemas"]["TaskWritableFields"];
        /**
         * @description The widget's rating. The documentation types it `string|float`; its examples send a string with
         *     a decimal comma (`"2,8"`), so parse it as such, not with `parseFloat`.
         */
        WidgetRating: string | number;
        /**
         * @description The type of a widget setting, which decides the form of its value in the install call:
         *
         *     - `text`: a string;
         *     - `pass`: a string, a secret (password, API key): never log it;
         *     - `custom`: set up by the widget's own interface; its form is the widget's;
         *     - `users`: an object from an amoCRM user ID to that user's extension number (добавочный номер);
         *     - `users_lp`: an object from an amoCRM user ID to `{login, password}` of that user.
         * @example text
         * @enum {string}
         */
        WidgetSettingType: "text" | "pass" | "custom" | "users" | "users_lp";
        /** @description What every entry of a widget's `settings_template` has, whatever its `type`. */
        WidgetSettingTemplateBase: {
            /**
             * @description The setting's key in the widget's settings; the key of its value in the install call.
             * @example login
             */
            key: string;
            /**
             * @description The setting's name as shown in the widget's settings.
             * @example Логин
             */
            name: string;
            type: components["schemas"]["WidgetSettingType"];
            /**
             * @description Whether the setting is required (the install call must send it).
             * @example true
             */
            is_required: boolean;
        };
        /**
         * @description A `text` setting: its value is a string.
         * @example {
         *       "key": "script_path",
         *       "name": "Путь к скрипту",
         *       "type": "text",
         *       "is_required": true
         *     }
         */
        WidgetSettingTemplateText: components["schemas"]["WidgetSettingTemplateBase"] & {
            /**
             * @example text
             * @constant
             */
            type: "text";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "text";
        };
        /**
         * @description A `pass` setting: its value is a string holding a secret (a password, an API key).
         * @example {
         *       "key": "password",
         *       "name": "Пароль",
         *       "type": "pass",
         *       "is_required": true
         *     }
         */
        WidgetSettingTemplatePass: components["schemas"]["WidgetSettingTemplateBase"] & {
            /**
             * @example pass
             * @constant
             */
            type: "pass";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "pass";
        };
        /**
         * @description A `custom` setting: the widget sets it up through its own interface.
         * @example {
         *       "key": "conf",
         *       "name": "custom",
         *       "type": "custom",
         *       "is_required": true
         *     }
         */
        WidgetSettingTemplateCustom: components["schemas"]["WidgetSettingTemplateBase"] & {
            /**
             * @example custom
             * @constant
             */
            type: "custom";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "custom";
        };
        /**
         * @description A `users` setting: its value maps amoCRM user IDs to extension numbers.
         * @example {
         *       "key": "phones",
         *       "name": "Список телефонов",
         *       "type": "users",
         *       "is_required": true
         *     }
         */
        WidgetSettingTemplateUsers: components["schemas"]["WidgetSettingTemplateBase"] & {
            /**
             * @example users
             * @constant
             */
            type: "users";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "users";
        };
        /**
         * @description A `users_lp` setting: its value maps amoCRM user IDs to `{login, password}`.
         * @example {
         *       "key": "accounts",
         *       "name": "Учётные записи",
         *       "type": "users_lp",
         *       "is_required": true
         *     }
         */
        WidgetSettingTemplateUsersLp: components["schemas"]["WidgetSettingTemplateBase"] & {
            /**
             * @example users_lp
             * @constant
             */
            type: "users_lp";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "users_lp";
        };
        /**
         * @description One setting a widget asks for (поле для настройки). `type` tells the form of its value in the
         *     install call (see `WidgetSettingType`).
         */
        WidgetSettingTemplate: components["schemas"]["WidgetSettingTemplateText"] | components["schemas"]["WidgetSettingTemplatePass"] | components["schemas"]["WidgetSettingTemplateCustom"] | components["schemas"]["WidgetSettingTemplateUsers"] | components["schemas"]["WidgetSettingTemplateUsersLp"];
        /**
         * @description A widget's settings in the account, keyed by each setting's `key` in `settings_template`; each
         *     value has the form its `type` asks for (see `WidgetSettingValue`; a `custom` value has the
         *     widget's own form). Secrets (`pass` values, `users_lp` passwords) come back in clear text.
         */
        WidgetSettings: {
            [key: string]: unknown;
        };
        /**
         * @description A widget (виджет): a public widget, one installed in the account, or one the current user
         *     uploaded. `settings` appears only when the request is made with the key (token) of the
         *     integration the widget belongs to.
         */
        Widget: {
            /**
             * @description The widget's ID.
             * @example 742
             */
            id: number;
            /**
             * @description The widget's code; the `{widget_code}` of the per-widget calls.
             * @example amo_dropbox
             */
            code: string;
            /**
             * @description The widget's version.
             * @example 0.0.13
             */
            version: string;
            rating: components["schemas"]["WidgetRating"];
            /** @description The settings the widget asks for (поля, доступные для настройки); the install call sends a value for each. */
            settings_template: components["schemas"]["WidgetSettingTemplate"][];
            /**
             * @description Whether the widget can be a lead source (источник сделок).
             * @example false
             */
            is_lead_source: boolean;
            /**
             * @description Whether the widget is available in Digital Pipeline.
             * @example false
             */
            is_work_with_dp: boolean;
            /**
             * @description Whether the widget is an industry solution (отраслевое решение).
             * @example false
             */
            is_crm_template: boolean;
            /**
             * Format: uuid
             * @description The UUID (client ID) of the OAuth integration the widget belongs to; null when there is none.
             * @example 3c2a9e1b-6d0f-4b7e-9a55-0e1f2d3c4b5a
             */
            client_uuid: string | null;
            /**
             * @description Whether the widget is installed in the account.
             * @example true
             */
            is_active_in_account: boolean;
            /**
             * @description The ID of the pipeline in which the widget is installed as a lead source; null otherwise.
             *     The documentation types it `int`, but its examples carry `null`.
             * @example null
             */
            pipeline_id: number | null;
            /**
             * @description The widget's settings in the account, keyed by setting `key`. Returned **only** when the
             *     request is made with the key of the integration the widget belongs to (and by the install
             *     call). They include secrets in clear text (`pass` values, `users_lp` passwords): never log
             *     them. The documentation types it `array`: an account with no settings gets an empty array `[]`.
             */
            settings?: components["schemas"]["WidgetSettings"] | unknown[];
            _links?: components["schemas"]["HalItemLinks"];
        };
        /** @description A page of widgets. */
        WidgetCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                widgets: components["schemas"]["Widget"][];
            };
        };
        /**
         * @description The value of a `users` setting, an object from an amoCRM user ID to that user's extension number (добавочный номер).
         * @example {
         *       "504141": "1039"
         *     }
         */
        WidgetUsersSettingValue: {
            [key: string]: string;
        };
        /** @description One user's login and password in a `users_lp` setting. The documentation types both as `object`; they are strings. */
        WidgetUserCredentials: {
            /**
             * @description The user's login.
             * @example operator1
             */
            login: string;
            /**
             * Format: password
             * @description The user's password, a secret. Write-only; never log it.
             * @example <password>
             */
            password: string;
        };
        /**
         * @description The value of a `users_lp` setting, an object from an amoCRM user ID to that user's login and
         *     password. The documentation types `login` and `password` as `object`; they are strings.
         * @example {
         *       "504141": {
         *         "login": "operator1",
         *         "password": "<password>"
         *       }
         *     }
         */
        WidgetUsersLpSettingValue: {
            [key: string]: components["schemas"]["WidgetUserCredentials"];
        };
        /**
         * @description The value of one setting, in the form its `type` in `settings_template` asks for:
         *     `text` and `pass` a string, `users` a `WidgetUsersSettingValue`, `users_lp` a
         *     `WidgetUsersLpSettingValue`. The documentation lists no form for `custom` settings: the widget's
         *     own interface sets them.
         */
        WidgetSettingValue: string | components["schemas"]["WidgetUsersSettingValue"] | components["schemas"]["WidgetUsersLpSettingValue"];
        /**
         * @description The body of the install call: the values of the widget's settings, keyed by each setting's `key`
         *     in `settings_template`. Send every setting marked `is_required`. The form of a value follows the
         *     setting's `type` (see `WidgetSettingValue`). `pass` values and `users_lp` passwords are secrets.
         */
        WidgetInstallSettings: {
            [key: string]: components["schemas"]["WidgetSettingValue"];
        };
        /** @description A widget with its `settings`, as the install call answers it. */
        WidgetWithSettings: WithRequired<components["schemas"]["Widget"], "settings">;
        /** @description The `show` handler sends a message to the chat the bot runs in. */
        BotShowHandler: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            handler: "show";
            /**
             * @description What to show. `value` is the text (at most 80 characters); with `type` `buttons` or
             *     `buttons_url`, `buttons` is required and lists the buttons (at most 25). Other parameters are passed through.
             */
            params: {
                /**
                 * @description `text` a message, `buttons` a message with buttons, `buttons_url` a message with buttons that open links.
                 * @example buttons
                 * @enum {string}
                 */
                type: "text" | "buttons" | "buttons_url";
                /**
                 * @description The message text (at most 80 characters).
                 * @example Выберите удобное время
                 */
                value: string;
                /** @description The buttons' captions (`buttons`) or links (`buttons_url`); at most 25. */
                buttons?: string[];
            } & {
                [key: string]: unknown;
            };
        };
        /** @description The `goto` handler moves the bot to another step of its script. */
        BotGotoHandler: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            handler: "goto";
            /** @description Where to go. Other parameters are passed through. */
            params: {
                /**
                 * @description The kind of the target step.
                 * @example question
                 * @enum {string}
                 */
                type: "question" | "answer" | "finish";
                /**
                 * @description The number of the step to go to.
                 * @example 5
                 */
                step: number;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description One action for the bot to perform before it goes on, named by `handler`: `show` sends a message
         *     (text, buttons or link buttons), `goto` moves the bot to another step.
         */
        BotExecuteHandler: components["schemas"]["BotShowHandler"] | components["schemas"]["BotGotoHandler"];
        /**
         * @description What the widget's backend sends to resume the bot. Both properties are optional: an empty
         *     object `{}` simply resumes the bot.
         */
        BotContinueRequest: {
            /**
             * @description Values handed back to the bot. In any step after the `widget_request`, the bot reads each one
             *     as `{{json.KEY}}`, where `KEY` is its key here (`data.status` is `{{json.status}}`). The
             *     documentation types it `array` (a PHP associative array): send a JSON object.
             * @example {
             *       "status": "success"
             *     }
             */
            data?: {
                [key: string]: unknown;
            };
            /**
             * @description Actions for the bot to perform, one after the other, before it goes on: at most 10
             *     handlers. The Russian documentation of this call does not describe them; Kommo's English
             *     reference does (https://developers.kommo.com/reference/salesbot-widget-block-execution-confirmation).
             */
            execute_handlers?: components["schemas"]["BotExecuteHandler"][];
        };
    };
    responses: {
        /** @description Nothing matches the request. A list answers 204 with an empty body instead of an empty collection; treat it as an empty result. */
        NoContent: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Not authorised: the token is missing, expired or revoked. With OAuth, refresh the access token once and retry. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "title": "Unauthorized",
                 *       "type": "https://httpstatus.es/401",
                 *       "status": 401,
                 *       "detail": "Необходимо авторизоваться"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Payment required: the account's subscription has expired. */
        PaymentRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "title": "Payment Required",
                 *       "type": "https://httpstatus.es/402",
                 *       "status": 402,
                 *       "detail": "Аккаунт не оплачен"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description Forbidden: the user lacks the rights for this call (for example a call for account
         *     administrators only), or the integration is disabled.
         *
         *     **Account blocked for exceeding the rate limit:** the same status is then sent by nginx as an
         *     HTML page (`Content-Type: text/html`), not as problem+json. A client must treat an HTML 403 as a
         *     block and stop sending requests instead of retrying.
         */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "title": "Forbidden",
                 *       "type": "https://httpstatus.es/403",
                 *       "status": 403,
                 *       "detail": "Недостаточно прав для выполнения действия"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description Too many requests: more than 7 requests per second. Wait `retry_after` seconds (or the
         *     `Retry-After` header) before the next request; continuing gets the account blocked (see 403).
         */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait before retrying, where the API sends it. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "title": "Too Many Requests",
                 *       "type": "https://httpstatus.es/429",
                 *       "status": 429,
                 *       "detail": "Превышен лимит запросов",
                 *       "retry_after": 1
                 *     }
                 */
                "application/problem+json": components["schemas"]["RateLimitProblem"];
            };
        };
        /** @description Internal error on amoCRM's side. A read may be retried with back-off; a write may already have been applied. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "title": "Internal Server Error",
                 *       "type": "https://httpstatus.es/500",
                 *       "status": 500,
                 *       "detail": "Внутренняя ошибка сервера"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The API did not answer in time. A read may be retried with back-off; a write may already have been applied. */
        GatewayTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "title": "Gateway Timeout",
                 *       "type": "https://httpstatus.es/504",
                 *       "status": 504,
                 *       "detail": "Превышено время ожидания ответа"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Invalid data. The body tells which items and values were rejected (`validation-errors`). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "title": "Bad Request",
                 *       "type": "https://httpstatus.es/400",
                 *       "status": 400,
                 *       "detail": "Request validation failed",
                 *       "validation-errors": [
                 *         {
                 *           "request_id": "0",
                 *           "errors": [
                 *             {
                 *               "code": "NotSupportedChoice",
                 *               "path": "entity_type",
                 *               "detail": "The value you selected is not a valid choice."
                 *             }
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["ValidationProblem"];
            };
        };
        /** @description Not found: no entity with this ID in the account. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "title": "Not Found",
                 *       "type": "https://httpstatus.es/404",
                 *       "status": 404,
                 *       "detail": "Сущность не найдена"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not found: no widget with this code, or the widget is not available to the current user (neither public, nor installed, nor uploaded by them). */
        WidgetNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "title": "Not Found",
                 *       "type": "https://httpstatus.es/404",
                 *       "status": 404,
                 *       "detail": "Виджет не найден"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description Not found: no widget is waiting for a result under this `bot_id` and `continue_id` (запись о
         *     виджете, ожидающем результата выполнения, не найдена): the IDs are wrong, the bot was already
         *     resumed, or it no longer waits.
         */
        BotContinueNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "title": "Not Found",
                 *       "type": "https://httpstatus.es/404",
                 *       "status": 404,
                 *       "detail": "Запись о виджете, ожидающем результата выполнения, не найдена"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /**
         * @description The page to return, from 1 (страница выборки).
         * @example 1
         */
        Page: number;
        /**
         * @description How many entities one page holds (at most 250).
         * @example 50
         */
        Limit: number;
        /**
         * @description Filters, serialised PHP-style: `filter[task_type][]=2&filter[is_completed]=1`.
         *     Where a filter takes "one ID or several", send `filter[id]=5` or `filter[id][]=5&filter[id][]=6`.
         */
        TasksFilter: components["schemas"]["TasksFilter"];
        /**
         * @description Sort order, serialised PHP-style: `order[complete_till]=asc`. Sortable fields: `created_at`, `complete_till`, `id`.
         * @example {
         *       "complete_till": "asc"
         *     }
         */
        TasksOrder: components["schemas"]["TasksOrder"];
        /**
         * @description The task's ID.
         * @example 56981
         */
        TaskId: number;
        /**
         * @description The widget's code (код виджета), as in `code` of the widget model, for example `amo_dropbox`.
         * @example amo_asterisk
         */
        WidgetCode: string;
        /**
         * @description The ID of the bot whose `widget_request` step is waiting, as the bot sent it to the widget's backend.
         * @example 4455
         */
        BotId: number;
        /**
         * @description The ID of the pending `widget_request` step (the record of a widget waiting for its result), as
         *     the bot sent it to the widget's backend. It is opaque: send it back exactly as received.
         * @example 123456
         */
        ContinueId: number | string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listTasks: {
        parameters: {
            query?: {
                /**
                 * @description The page to return, from 1 (страница выборки).
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description How many entities one page holds (at most 250).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Filters, serialised PHP-style: `filter[task_type][]=2&filter[is_completed]=1`.
                 *     Where a filter takes "one ID or several", send `filter[id]=5` or `filter[id][]=5&filter[id][]=6`.
                 */
                filter?: components["parameters"]["TasksFilter"];
                /**
                 * @description Sort order, serialised PHP-style: `order[complete_till]=asc`. Sortable fields: `created_at`, `complete_till`, `id`.
                 * @example {
                 *       "complete_till": "asc"
                 *     }
                 */
                order?: components["parameters"]["TasksOrder"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["TaskCollection"];
                };
            };
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createTasks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskCreate"][];
            };
        };
        responses: {
            /** @description The tasks were created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["TaskCreatedCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateTasks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskBatchUpdate"][];
            };
        };
        responses: {
            /** @description The tasks were changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["TaskUpdatedCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The task's ID.
                 * @example 56981
                 */
                id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["Task"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The task's ID.
                 * @example 56981
                 */
                id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskUpdate"];
            };
        };
        responses: {
            /** @description The task was changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["TaskUpdated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listWidgets: {
        parameters: {
            query?: {
                /**
                 * @description The page to return, from 1 (страница выборки).
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description How many entities one page holds (at most 250).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of widgets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["WidgetCollection"];
                };
            };
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getWidget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The widget's code (код виджета), as in `code` of the widget model, for example `amo_dropbox`.
                 * @example amo_asterisk
                 */
                widget_code: components["parameters"]["WidgetCode"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The widget. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["Widget"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["WidgetNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    installWidget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The widget's code (код виджета), as in `code` of the widget model, for example `amo_dropbox`.
                 * @example amo_asterisk
                 */
                widget_code: components["parameters"]["WidgetCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WidgetInstallSettings"];
            };
        };
        responses: {
            /** @description The widget was installed; the answer carries its settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["WidgetWithSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["WidgetNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    uninstallWidget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The widget's code (код виджета), as in `code` of the widget model, for example `amo_dropbox`.
                 * @example amo_asterisk
                 */
                widget_code: components["parameters"]["WidgetCode"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The widget was uninstalled. No body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["WidgetNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    continueSalesbot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the bot whose `widget_request` step is waiting, as the bot sent it to the widget's backend.
                 * @example 4455
                 */
                bot_id: components["parameters"]["BotId"];
                /**
                 * @description The ID of the pending `widget_request` step (the record of a widget waiting for its result), as
                 *     the bot sent it to the widget's backend. It is opaque: send it back exactly as received.
                 * @example 123456
                 */
                continue_id: components["parameters"]["ContinueId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BotContinueRequest"];
            };
        };
        responses: {
            /** @description Accepted; the bot goes on. No body. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["BotContinueNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    continueMarketingbot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the bot whose `widget_request` step is waiting, as the bot sent it to the widget's backend.
                 * @example 4455
                 */
                bot_id: components["parameters"]["BotId"];
                /**
                 * @description The ID of the pending `widget_request` step (the record of a widget waiting for its result), as
                 *     the bot sent it to the widget's backend. It is opaque: send it back exactly as received.
                 * @example 123456
                 */
                continue_id: components["parameters"]["ContinueId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BotContinueRequest"];
            };
        };
        responses: {
            /** @description Accepted; the bot goes on. No body. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["BotContinueNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
