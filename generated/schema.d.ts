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
        /**
         * custom_fields_values, as sent
         * @description The `custom_fields_values` of an entity (lead, contact, company, customer, list element…) in a
         *     create or edit request: one object per field to fill. Fields not listed keep their values; the `values` sent for a
         *     field replace all of its current values.
         * @example [
         *       {
         *         "field_id": 3,
         *         "values": [
         *           {
         *             "value": "Значение поля"
         *           }
         *         ]
         *       },
         *       {
         *         "field_code": "PHONE",
         *         "values": [
         *           {
         *             "value": "+79121234567",
         *             "enum_code": "WORK"
         *           }
         *         ]
         *       }
         *     ]
         */
        CustomFieldsValuesWrite: components["schemas"]["CustomFieldValueWrite"][];
        /**
         * custom_fields_values, as returned
         * @description The `custom_fields_values` of an entity in a response: one object per field that has a value,
         *     with the field's name, code and type. An entity with no values at all has `null` here, not an
         *     empty array.
         */
        CustomFieldsValuesRead: components["schemas"]["CustomFieldValueRead"][] | null;
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
        /**
         * Text value
         * @description One value of a `text` (Текст), `textarea` (Текстовая область) or `streetaddress` (Короткий адрес)
         *     field; in responses also of `numeric` (Число) and `price` (Цена) fields, whose numbers the live
         *     API returns as strings (`"1.5"`).
         * @example {
         *       "value": "Значение поля"
         *     }
         */
        TextFieldValue: {
            /**
             * @description The value. A `textarea` value may contain line breaks (`\n`).
             * @example Значение поля
             */
            value: string;
        };
        /**
         * Number value (numeric, price)
         * @description One value of a `numeric` (Число) or `price` (Цена) field, as sent. The documentation types the
         *     value as a string and its examples send strings (`"1.5"`, `"100"`); a JSON number is accepted as
         *     well. The live API always returns the number as a string (see `TextFieldValue`).
         * @example {
         *       "value": "1.5"
         *     }
         */
        NumericFieldValue: {
            /**
             * @description The number, as a decimal string (`"1.5"`) or a JSON number.
             * @example 1.5
             */
            value: string | number;
        };
        /**
         * Checkbox value
         * @description The value of a `checkbox` (Флаг) field.
         * @example {
         *       "value": true
         *     }
         */
        CheckboxFieldValue: {
            /**
             * @description Whether the box is checked.
             * @example true
             */
            value: boolean;
        };
        /**
         * URL value
         * @description The value of a `url` (Ссылка) field.
         * @example {
         *       "value": "https://www.amocrm.ru/"
         *     }
         */
        UrlFieldValue: {
            /**
             * @description The URL.
             * @example https://www.amocrm.ru/
             */
            value: string;
        };
        /**
         * Date value (date, date_time, birthday)
         * @description The value of a `date` (Дата), `date_time` (Дата и время) or `birthday` (День рождения) field: a
         *     Unix timestamp in seconds, in requests and in responses.
         * @example {
         *       "value": 1577836800
         *     }
         */
        DateFieldValue: {
            /** @description The date (and, for `date_time`, the time) as a Unix timestamp in seconds. */
            value: components["schemas"]["UnixTimestamp"];
        };
        /**
         * List value (select, multiselect, radiobutton, category)
         * @description One value of a `select` (Список), `multiselect` (Мультисписок), `radiobutton` (Переключатель) or
         *     `category` (Категория) field. A request names the chosen option by its text (`value`), its ID
         *     (`enum_id`) or its code (`enum_code`); at least one of them. A `multiselect` takes one object per
         *     chosen option. Responses carry `value` and `enum_id` (and `enum_code`, null when the option has
         *     no code).
         * @example {
         *       "enum_id": 17
         *     }
         */
        EnumFieldValue: {
            /**
             * @description The option's text.
             * @example Значение 1
             */
            value: string;
            /**
             * @description The option's ID (`enums[].id` of the field).
             * @example 17
             */
            enum_id?: number;
            /**
             * @description The option's code, if it has one.
             * @example null
             */
            enum_code?: string | null;
        } | {
            /**
             * @description The option's text.
             * @example Значение 2
             */
            value?: string;
            /**
             * @description The option's ID (`enums[].id` of the field).
             * @example 17
             */
            enum_id: number;
            /**
             * @description The option's code, if it has one.
             * @example null
             */
            enum_code?: string | null;
        } | {
            /**
             * @description The option's text.
             * @example Значение 3
             */
            value?: string;
            /**
             * @description The option's ID (`enums[].id` of the field).
             * @example 19
             */
            enum_id?: number;
            /**
             * @description The option's code.
             * @example option_3
             */
            enum_code: string;
        };
        /**
         * @description Which part of the address: `1` first line, `2` second line, `3` city, `4` region, `5` postal
         *     code, `6` country.
         * @example 1
         * @enum {integer}
         */
        SmartAddressPartId: 1 | 2 | 3 | 4 | 5 | 6;
        /**
         * @description Which part of the address: `address_line_1` first line, `address_line_2` second line, `city`,
         *     `state` (region), `zip` (postal code), `country`.
         * @example city
         * @enum {string}
         */
        SmartAddressPartCode: "address_line_1" | "address_line_2" | "city" | "state" | "zip" | "country";
        /**
         * Address part (smart_address)
         * @description One part of a `smart_address` (Адрес) field. The field takes several values, one per part of
         *     the address; each names its part by `enum_id` or `enum_code` (at least one of them):
         *
         *     | enum_id | enum_code | part |
         *     |---|---|---|
         *     | 1 | `address_line_1` | first address line (Первая строка адреса) |
         *     | 2 | `address_line_2` | second address line (Вторая строка адреса) |
         *     | 3 | `city` | city (Город) |
         *     | 4 | `state` | region (Регион) |
         *     | 5 | `zip` | postal code (Почтовый индекс) |
         *     | 6 | `country` | country (Страна) |
         * @example {
         *       "value": "Москва",
         *       "enum_code": "city"
         *     }
         */
        SmartAddressFieldValue: {
            /**
             * @description This part of the address.
             * @example Николоямская улица 28/60
             */
            value: string;
            enum_id: components["schemas"]["SmartAddressPartId"];
            enum_code?: components["schemas"]["SmartAddressPartCode"];
        } | {
            /**
             * @description This part of the address.
             * @example Москва
             */
            value: string;
            enum_id?: components["schemas"]["SmartAddressPartId"];
            enum_code: components["schemas"]["SmartAddressPartCode"];
        };
        /**
         * Phone or email (multitext)
         * @description One value of a `multitext` (Мультитекст) field: the contacts' and companies' phone (Телефон) and
         *     email (Email) fields. The field takes several values; each carries its kind by `enum_id` (the
         *     account's ID of that kind) or `enum_code` (at least one of them).
         *
         *     Codes for a phone: `WORK` work (рабочий), `WORKDD` direct work line (рабочий прямой), `MOB`
         *     mobile (мобильный), `FAX` fax (факс), `HOME` home (домашний), `OTHER` other (другой).
         *     Codes for an email: `WORK` work (рабочий), `PRIV` personal (личный), `OTHER` other (другой).
         *
         *     The documentation's list of field types omits `multitext`, but its availability table, this
         *     example and its own field example (the phone field, code `PHONE`, `type: multitext`) use it.
         * @example {
         *       "value": "+74991234567",
         *       "enum_code": "HOME"
         *     }
         */
        MultitextFieldValue: {
            /**
             * @description The phone number or email address.
             * @example +79121234567
             */
            value: string;
            /**
             * @description The ID of the value's kind in this account (`enums[].id` of the field).
             * @example 48224
             */
            enum_id: number;
            /**
             * @description The kind: for a phone `WORK`, `WORKDD`, `MOB`, `FAX`, `HOME` or `OTHER`; for an email `WORK`, `PRIV` or `OTHER`.
             * @example WORK
             */
            enum_code?: string;
        } | {
            /**
             * @description The phone number or email address.
             * @example +74991234567
             */
            value: string;
            /**
             * @description The ID of the value's kind in this account (`enums[].id` of the field).
             * @example 48226
             */
            enum_id?: number;
            /**
             * @description The kind: for a phone `WORK`, `WORKDD`, `MOB`, `FAX`, `HOME` or `OTHER`; for an email `WORK`, `PRIV` or `OTHER`.
             * @example HOME
             */
            enum_code: string;
        };
        /**
         * Legal entity
         * @description The details of a legal entity (юридическое лицо), the `value` of a `legal_entity` (Юр. лицо)
         *     field. A request must send `name`, `vat_id` and `kpp` (see `LegalEntityFieldValue`).
         * @example {
         *       "name": "ООО Рога и копыта",
         *       "entity_type": 1,
         *       "vat_id": "123123123",
         *       "tax_registration_reason_code": "213",
         *       "address": "Moscow",
         *       "kpp": "23123123",
         *       "external_uid": "uuid"
         *     }
         */
        LegalEntityValue: {
            /**
             * @description The organisation's name (Название организации).
             * @example ООО Рога и копыта
             */
            name?: string;
            /**
             * @description The kind of entity: `1` private (Частное), `2` legal entity (Юридическое).
             * @example 1
             * @enum {integer}
             */
            entity_type?: 1 | 2;
            /**
             * @description The taxpayer number (ИНН).
             * @example 123123123
             */
            vat_id?: string;
            /**
             * @description The state registration number (ОГРН/ОГРНИП, which the documentation calls ОГРНИП), a string
             *     of digits. The documentation's example sends it as a JSON number (`213`) although it types it
             *     as a string; this description follows the type, and the example here sends `"213"`.
             * @example 213
             */
            tax_registration_reason_code?: string;
            /**
             * @description The organisation's address (Адрес организации).
             * @example Moscow
             */
            address?: string;
            /**
             * @description The tax registration reason code (КПП).
             * @example 23123123
             */
            kpp?: string;
            /**
             * @description The entity's ID in an external system (Идентификатор внешней системы).
             * @example uuid
             */
            external_uid?: string;
        };
        /**
         * Legal entity value
         * @description The value of a `legal_entity` (Юр. лицо) field. A request must send the entity's `name`, `vat_id`
         *     (ИНН) and `kpp` (КПП). As sent, this schema accepts only the keys the documentation lists;
         *     responses may carry more.
         * @example {
         *       "value": {
         *         "name": "ООО Рога и копыта",
         *         "entity_type": 1,
         *         "vat_id": "123123123",
         *         "tax_registration_reason_code": "213",
         *         "address": "Moscow",
         *         "kpp": "23123123",
         *         "external_uid": "uuid"
         *       }
         *     }
         */
        LegalEntityFieldValue: {
            value: WithRequired<components["schemas"]["LegalEntityValue"], "name" | "vat_id" | "kpp">;
        };
        /**
         * Discount
         * @description A discount on an item of an `items` field.
         * @example {
         *       "type": "amount",
         *       "value": 25
         *     }
         */
        ItemsDiscount: {
            /**
             * @description `percentage` (процентная) or `amount` (a sum off the price, количественная).
             * @example amount
             * @enum {string}
             */
            type: "percentage" | "amount";
            /**
             * @description The size of the discount, in percent or in the account's currency.
             * @example 25
             */
            value: number;
        };
        /**
         * Item (invoice line)
         * @description One product line of an `items` (Предметы) field, the `value` of an `items` field value. The
         *     field is found in the invoices list (список счетов), where it holds what the invoice is for.
         * @example {
         *       "sku": "34N4124",
         *       "description": "Описание товара",
         *       "unit_price": 10,
         *       "quantity": 2,
         *       "unit_type": "шт.",
         *       "discount": {
         *         "type": "amount",
         *         "value": 25
         *       },
         *       "vat_rate_id": 3,
         *       "external_uid": "uid"
         *     }
         */
        ItemsValue: {
            /**
             * @description The product's SKU (артикул).
             * @example 34N4124
             */
            sku?: string;
            /**
             * @description The product's description.
             * @example Описание товара
             */
            description?: string;
            /**
             * @description The price of one unit.
             * @example 10
             */
            unit_price?: number;
            /**
             * @description How many units the invoice contains.
             * @example 2
             */
            quantity?: number;
            /**
             * @description The unit of measure (единица измерения).
             * @example шт.
             */
            unit_type?: string;
            discount?: components["schemas"]["ItemsDiscount"];
            /**
             * @description The VAT rate (налог): `0` no VAT (без НДС), `1` 10%, `2` 10/110, `3` 18%, `4` 18/118, `5` 0%.
             *     The documentation's example sends `18`, the rate itself rather than its ID; the API takes the
             *     IDs above, so the example here sends `3` (18%).
             * @example 3
             * @enum {integer}
             */
            vat_rate_id?: 0 | 1 | 2 | 3 | 4 | 5;
            /**
             * @description The product's ID in an external system (Идентификатор внешней системы).
             * @example uid
             */
            external_uid?: string;
        };
        /**
         * Items value
         * @description One product line of an `items` (Предметы) field, as sent. This schema accepts only the keys the
         *     documentation lists; responses may carry more.
         * @example {
         *       "value": {
         *         "sku": "34N4124",
         *         "description": "Описание товара",
         *         "unit_price": 10,
         *         "quantity": 2,
         *         "unit_type": "шт.",
         *         "discount": {
         *           "type": "amount",
         *           "value": 25
         *         },
         *         "vat_rate_id": 3,
         *         "external_uid": "uid"
         *       }
         *     }
         */
        ItemsFieldValue: {
            value: components["schemas"]["ItemsValue"];
        };
        /**
         * A value, as sent
         * @description One element of `values` in a request. Its shape depends on the field's type, which the request
         *     does not repeat: the API reads the value according to the type of the field named by `field_id`
         *     or `field_code`.
         */
        CustomFieldValueItemWrite: components["schemas"]["TextFieldValue"] | components["schemas"]["NumericFieldValue"] | components["schemas"]["CheckboxFieldValue"] | components["schemas"]["UrlFieldValue"] | components["schemas"]["DateFieldValue"] | components["schemas"]["EnumFieldValue"] | components["schemas"]["SmartAddressFieldValue"] | components["schemas"]["MultitextFieldValue"] | components["schemas"]["LegalEntityFieldValue"] | components["schemas"]["ItemsFieldValue"];
        /**
         * @description The field's values, one object each; `null` empties the field.
         * @example [
         *       {
         *         "value": "Значение поля"
         *       }
         *     ]
         */
        CustomFieldValueItemsWrite: components["schemas"]["CustomFieldValueItemWrite"][] | null;
        /**
         * Field value, as sent
         * @description The values of one custom field in a request (an element of `custom_fields_values`). The field is
         *     named by its ID (`field_id`) or by its code (`field_code`); `values` holds one object per value,
         *     shaped by the field's type (see the "Custom field values" section).
         *
         *     `values: null` empties the field. The documentation does not describe it; the official amoCRM
         *     PHP library sends it (`NullCustomFieldValueCollection`) to clear a field's value.
         * @example {
         *       "field_id": 3,
         *       "values": [
         *         {
         *           "value": "Значение поля"
         *         }
         *       ]
         *     }
         */
        CustomFieldValueWrite: {
            /**
             * @description The ID of the field to fill.
             * @example 3
             */
            field_id: number;
            /**
             * @description The code of the field to fill (for example `PHONE`, `EMAIL`).
             * @example PHONE
             */
            field_code?: string;
            values: components["schemas"]["CustomFieldValueItemsWrite"];
        } | {
            /**
             * @description The ID of the field to fill.
             * @example 31
             */
            field_id?: number;
            /**
             * @description The code of the field to fill (for example `PHONE`, `EMAIL`).
             * @example PHONE
             */
            field_code: string;
            values: components["schemas"]["CustomFieldValueItemsWrite"];
        };
        /** @description What every custom field value in a response carries besides `field_type` and `values`. */
        CustomFieldValueReadBase: {
            /**
             * @description The field's ID.
             * @example 3
             */
            field_id: number;
            /**
             * @description The field's name.
             * @example Телефон
             */
            field_name: string;
            /**
             * @description The field's code (`PHONE`, `EMAIL`, …); null for a field without one.
             * @example PHONE
             */
            field_code?: string | null;
        };
        /**
         * text
         * @description The values of a `text` (Текст) field, as the API returns them.
         */
        TextCustomFieldValueRead: components["schemas"]["CustomFieldValueReadBase"] & {
            /**
             * @description The field's type.
             * @example text
             * @constant
             */
            field_type: "text";
            /** @description The field's values. */
            values: components["schemas"]["TextFieldValue"][];
        };
        /**
         * numeric
         * @description The values of a `numeric` (Число) field, as the API returns them. The number comes back as a string (`"1.5"`).
         */
        NumericCustomFieldValueRead: components["schemas"]["CustomFieldValueReadBase"] & {
            /**
             * @description The field's type.
             * @example numeric
             * @constant
             */
            field_type: "numeric";
            /** @description The field's values. */
            values: components["schemas"]["TextFieldValue"][];
        };
        /**
         * checkbox
         * @description The values of a `checkbox` (Флаг) field, as the API returns them.
         */
        CheckboxCustomFieldValueRead: components["schemas"]["CustomFieldValueReadBase"] & {
            /**
             * @description The field's type.
             * @example checkbox
             * @constant
             */
            field_type: "checkbox";
            /** @description The field's values. */
            values: components["schemas"]["CheckboxFieldValue"][];
        };
        /**
         * select
         * @description The values of a `select` (Список) field, as the API returns them. One value: the chosen option.
         */
        SelectCustomFieldValueRead: components["schemas"]["CustomFieldValueReadBase"] & {
            /**
             * @description The field's type.
             * @example select
             * @constant
             */
            field_type: "select";
            /** @description The field's values. */
            values: components["schemas"]["EnumFieldValue"][];
        };
        /**
         * multiselect
         * @description The values of a `multiselect` (Мультисписок) field, as the API returns them. One value per chosen option.
         */
        MultiselectCustomFieldValueRead: components["schemas"]["CustomFieldValueReadBase"] & {
            /**
             * @description The field's type.
             * @example multiselect
             * @constant
             */
            field_type: "multiselect";
            /** @description The field's values. */
            values: components["schemas"]["EnumFieldValue"][];
        };
        /**
         * multitext
         * @description The values of a `multitext` (Мультитекст) field, as the API returns them. The phone and email fields of contacts and companies; each value carries its kind (`enum_code`, such as `WORK` or `MOB`).
         */
        MultitextCustomFieldValueRead: components["schemas"]["CustomFieldValueReadBase"] & {
            /**
             * @description The field's type.
             * @example multitext
             * @constant
             */
            field_type: "multitext";
            /** @description The field's values. */
            values: components["schemas"]["MultitextFieldValue"][];
        };
        /**
         * date
         * @description The values of a `date` (Дата) field, as the API returns them.
         */
        DateCustomFieldValueRead: components["schemas"]["CustomFieldValueReadBase"] & {
            /**
             * @description The field's type.
             * @example date
             * @constant
             */
            field_type: "date";
            /** @description The field's values. */
            values: components["schemas"]["DateFieldValue"][];
        };
        /**
         * url
         * @description The values of a `url` (Ссылка) field, as the API returns them.
         */
        UrlCustomFieldValueRead: components["schemas"]["CustomFieldValueReadBase"] & {
            /**
             * @description The field's type.
             * @example url
             * @constant
             */
            field_type: "url";
            /** @description The field's values. */
            values: components["schemas"]["UrlFieldValue"][];
        };
        /**
         * date_time
         * @description The values of a `date_time` (Дата и время) field, as the API returns them.
         */
        DateTimeCustomFieldValueRead: components["schemas"]["CustomFieldValueReadBase"] & {
            /**
             * @description The field's type.
             * @example date_time
             * @constant
             */
            field_type: "date_time";
            /** @description The field's values. */
            values: components["schemas"]["DateFieldValue"][];
        };
        /**
         * textarea
         * @description The values of a `textarea` (Текстовая область) field, as the API returns them.
         */
        TextareaCustomFieldValueRead: components["schemas"]["CustomFieldValueReadBase"] & {
            /**
             * @description The field's type.
             * @example textarea
             * @constant
             */
            field_type: "textarea";
            /** @description The field's values. */
            values: components["schemas"]["TextFieldValue"][];
        };
        /**
         * radiobutton
         * @description The values of a `radiobutton` (Переключатель) field, as the API returns them.
         */
        RadiobuttonCustomFieldValueRead: components["schemas"]["CustomFieldValueReadBase"] & {
            /**
             * @description The field's type.
             * @example radiobutton
             * @constant
             */
            field_type: "radiobutton";
            /** @description The field's values. */
            values: components["schemas"]["EnumFieldValue"][];
        };
        /**
         * streetaddress
         * @description The values of a `streetaddress` (Короткий адрес) field, as the API returns them.
         */
        StreetaddressCustomFieldValueRead: components["schemas"]["CustomFieldValueReadBase"] & {
            /**
             * @description The field's type.
             * @example streetaddress
             * @constant
             */
            field_type: "streetaddress";
            /** @description The field's values. */
            values: components["schemas"]["TextFieldValue"][];
        };
        /**
         * smart_address
         * @description The values of a `smart_address` (Адрес) field, as the API returns them. One value per part of the address (`enum_code` `address_line_1`, `city`, …).
         */
        SmartAddressCustomFieldValueRead: components["schemas"]["CustomFieldValueReadBase"] & {
            /**
             * @description The field's type.
             * @example smart_address
             * @constant
             */
            field_type: "smart_address";
            /** @description The field's values. */
            values: components["schemas"]["SmartAddressFieldValue"][];
        };
        /**
         * birthday
         * @description The values of a `birthday` (День рождения) field, as the API returns them.
         */
        BirthdayCustomFieldValueRead: components["schemas"]["CustomFieldValueReadBase"] & {
            /**
             * @description The field's type.
             * @example birthday
             * @constant
             */
            field_type: "birthday";
            /** @description The field's values. */
            values: components["schemas"]["DateFieldValue"][];
        };
        /**
         * legal_entity
         * @description The values of a `legal_entity` (Юр. лицо) field, as the API returns them.
         */
        LegalEntityCustomFieldValueRead: components["schemas"]["CustomFieldValueReadBase"] & {
            /**
             * @description The field's type.
             * @example legal_entity
             * @constant
             */
            field_type: "legal_entity";
            /** @description The field's values. */
            values: {
                value: components["schemas"]["LegalEntityValue"];
            }[];
        };
        /**
         * price
         * @description The values of a `price` (Цена) field, as the API returns them. The price comes back as a string (`"100"`).
         */
        PriceCustomFieldValueRead: components["schemas"]["CustomFieldValueReadBase"] & {
            /**
             * @description The field's type.
             * @example price
             * @constant
             */
            field_type: "price";
            /** @description The field's values. */
            values: components["schemas"]["TextFieldValue"][];
        };
        /**
         * category
         * @description The values of a `category` (Категория) field, as the API returns them.
         */
        CategoryCustomFieldValueRead: components["schemas"]["CustomFieldValueReadBase"] & {
            /**
             * @description The field's type.
             * @example category
             * @constant
             */
            field_type: "category";
            /** @description The field's values. */
            values: components["schemas"]["EnumFieldValue"][];
        };
        /**
         * items
         * @description The values of an `items` (Предметы) field, as the API returns them. One value per product line.
         */
        ItemsCustomFieldValueRead: components["schemas"]["CustomFieldValueReadBase"] & {
            /**
             * @description The field's type.
             * @example items
             * @constant
             */
            field_type: "items";
            /** @description The field's values. */
            values: {
                value: components["schemas"]["ItemsValue"];
            }[];
        };
        /**
         * A field of a documented type
         * @description The values of one custom field whose type the documentation describes, as the API returns them:
         *     one variant per type, chosen by `field_type`. In TypeScript this is a discriminated union, so
         *     checking `field_type` narrows `values` (after `field_type === 'checkbox'`, `values[0].value` is a
         *     boolean).
         */
        KnownCustomFieldValueRead: components["schemas"]["TextCustomFieldValueRead"] | components["schemas"]["NumericCustomFieldValueRead"] | components["schemas"]["CheckboxCustomFieldValueRead"] | components["schemas"]["SelectCustomFieldValueRead"] | components["schemas"]["MultiselectCustomFieldValueRead"] | components["schemas"]["MultitextCustomFieldValueRead"] | components["schemas"]["DateCustomFieldValueRead"] | components["schemas"]["UrlCustomFieldValueRead"] | components["schemas"]["DateTimeCustomFieldValueRead"] | components["schemas"]["TextareaCustomFieldValueRead"] | components["schemas"]["RadiobuttonCustomFieldValueRead"] | components["schemas"]["StreetaddressCustomFieldValueRead"] | components["schemas"]["SmartAddressCustomFieldValueRead"] | components["schemas"]["BirthdayCustomFieldValueRead"] | components["schemas"]["LegalEntityCustomFieldValueRead"] | components["schemas"]["PriceCustomFieldValueRead"] | components["schemas"]["CategoryCustomFieldValueRead"] | components["schemas"]["ItemsCustomFieldValueRead"];
        /**
         * other type
         * @description The values of a field whose type the documentation does not describe (for example the UTM
         *     fields of leads, `tracking_data`, or a type added later): any `field_type` other than the
         *     documented ones, with values of any shape.
         */
        UnknownCustomFieldValueRead: components["schemas"]["CustomFieldValueReadBase"] & {
            /**
             * @description The field's type, one the documentation does not list.
             * @example tracking_data
             */
            field_type: string;
            /** @description The field's values; their shape depends on the type. */
            values: {
                [key: string]: unknown;
            }[];
        };
        /**
         * Field value, as returned
         * @description The values of one custom field in a response (an element of `custom_fields_values`), chosen by
         *     `field_type`: one of the documented types (`KnownCustomFieldValueRead`) or, for any other type,
         *     `UnknownCustomFieldValueRead`.
         *
         *     **TypeScript.** `field_type === 'checkbox'` alone does not narrow this union to the checkbox
         *     variant, because the fallback's `field_type` is a plain `string` (TypeScript has no "any string
         *     but these"). Narrow to `KnownCustomFieldValueRead` first (a type guard that checks `field_type`
         *     against the documented types), then on `field_type`; or use `KnownCustomFieldValueRead` where
         *     unknown types cannot occur.
         */
        CustomFieldValueRead: components["schemas"]["KnownCustomFieldValueRead"] | components["schemas"]["UnknownCustomFieldValueRead"];
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
