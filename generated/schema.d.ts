export interface paths {
    "/oauth2/access_token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get an access token (exchange a code or refresh)
         * @description Issues an OAuth 2.0 token pair (получение токена): a short-lived `access_token` (24 hours,
         *     `expires_in`) and a `refresh_token`. One call, two grants, chosen by `grant_type`:
         *
         *     - `authorization_code`: exchanges the one-time `code` the user's authorisation returned to
         *       `redirect_uri` (the code lives 20 minutes).
         *     - `refresh_token`: exchanges the current refresh token for a new pair. **A refresh token is
         *       single-use:** the answer revokes it, so the new refresh token must be stored before the new
         *       access token is used; sending a spent refresh token again fails with "Token has been revoked".
         *
         *     The call goes to the account's own host, like every other, but carries no bearer token: the
         *     integration authenticates with `client_id` and `client_secret` in the body.
         *     **Who may call it:** any integration, with its own `client_id` and `client_secret`.
         */
        post: operations["createAccessToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/tasks": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
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
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
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
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
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
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
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
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
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
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
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
    "/api/v4/leads/custom_fields": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List lead fields
         * @description Returns the lead fields (поля сделок), a page at a time (список полей сущности). The documentation lists no query parameters; the links of its example page with `page` and `limit`. When there is nothing to list, the answer is **204 with an empty body**. **Who may call it:** all users of the account.
         */
        get: operations["listLeadsCustomFields"];
        put?: never;
        /**
         * Create lead fields
         * @description Creates lead fields (поля сделок) in a batch (создание дополнительных полей). `type` and `name` are required for each. Send a `request_id` with an item to find it in the answer. **Who may call it:** account administrators only.
         */
        post: operations["createLeadsCustomFields"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit lead fields
         * @description Changes lead fields (поля сделок) in a batch (редактирование дополнительных полей): an array of items, each naming its field by `id` and carrying only what changes. To change one field, `PATCH` its own path with the field model alone. The documentation lists 201 as the success code, copied from create; an edit answers **200**, which is what this description takes. **Who may call it:** account administrators only.
         */
        patch: operations["updateLeadsCustomFields"];
        trace?: never;
    };
    "/api/v4/leads/custom_fields/{id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The field's ID.
                 * @example 4439091
                 */
                id: components["parameters"]["CustomFieldId"];
            };
            cookie?: never;
        };
        /**
         * Get a lead field by ID
         * @description Returns one lead field (поля сделок) by its ID (получение поля сущности по его ID). **Who may call it:** all users of the account.
         */
        get: operations["getLeadsCustomField"];
        put?: never;
        post?: never;
        /**
         * Delete a lead field
         * @description Deletes one lead field (поля сделок; удаление дополнительного поля). **Its values are deleted with it.** **Who may call it:** account administrators only.
         */
        delete: operations["deleteLeadsCustomField"];
        options?: never;
        head?: never;
        /**
         * Edit a lead field
         * @description Changes one lead field (поля сделок): the body is the field model itself, not an array, and carries only what changes. **Who may call it:** account administrators only.
         */
        patch: operations["updateLeadsCustomField"];
        trace?: never;
    };
    "/api/v4/contacts/custom_fields": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List contact fields
         * @description Returns the contact fields (поля контактов), a page at a time (список полей сущности). The documentation lists no query parameters; the links of its example page with `page` and `limit`. When there is nothing to list, the answer is **204 with an empty body**. **Who may call it:** all users of the account.
         */
        get: operations["listContactsCustomFields"];
        put?: never;
        /**
         * Create contact fields
         * @description Creates contact fields (поля контактов) in a batch (создание дополнительных полей). `type` and `name` are required for each. Send a `request_id` with an item to find it in the answer. **Who may call it:** account administrators only.
         */
        post: operations["createContactsCustomFields"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit contact fields
         * @description Changes contact fields (поля контактов) in a batch (редактирование дополнительных полей): an array of items, each naming its field by `id` and carrying only what changes. To change one field, `PATCH` its own path with the field model alone. The documentation lists 201 as the success code, copied from create; an edit answers **200**, which is what this description takes. **Who may call it:** account administrators only.
         */
        patch: operations["updateContactsCustomFields"];
        trace?: never;
    };
    "/api/v4/contacts/custom_fields/{id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The field's ID.
                 * @example 4439091
                 */
                id: components["parameters"]["CustomFieldId"];
            };
            cookie?: never;
        };
        /**
         * Get a contact field by ID
         * @description Returns one contact field (поля контактов) by its ID (получение поля сущности по его ID). **Who may call it:** all users of the account.
         */
        get: operations["getContactsCustomField"];
        put?: never;
        post?: never;
        /**
         * Delete a contact field
         * @description Deletes one contact field (поля контактов; удаление дополнительного поля). **Its values are deleted with it.** **Who may call it:** account administrators only.
         */
        delete: operations["deleteContactsCustomField"];
        options?: never;
        head?: never;
        /**
         * Edit a contact field
         * @description Changes one contact field (поля контактов): the body is the field model itself, not an array, and carries only what changes. **Who may call it:** account administrators only.
         */
        patch: operations["updateContactsCustomField"];
        trace?: never;
    };
    "/api/v4/companies/custom_fields": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List company fields
         * @description Returns the company fields (поля компаний), a page at a time (список полей сущности). The documentation lists no query parameters; the links of its example page with `page` and `limit`. When there is nothing to list, the answer is **204 with an empty body**. **Who may call it:** all users of the account.
         */
        get: operations["listCompaniesCustomFields"];
        put?: never;
        /**
         * Create company fields
         * @description Creates company fields (поля компаний) in a batch (создание дополнительных полей). `type` and `name` are required for each. Send a `request_id` with an item to find it in the answer. **Who may call it:** account administrators only.
         */
        post: operations["createCompaniesCustomFields"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit company fields
         * @description Changes company fields (поля компаний) in a batch (редактирование дополнительных полей): an array of items, each naming its field by `id` and carrying only what changes. To change one field, `PATCH` its own path with the field model alone. The documentation lists 201 as the success code, copied from create; an edit answers **200**, which is what this description takes. **Who may call it:** account administrators only.
         */
        patch: operations["updateCompaniesCustomFields"];
        trace?: never;
    };
    "/api/v4/companies/custom_fields/{id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The field's ID.
                 * @example 4439091
                 */
                id: components["parameters"]["CustomFieldId"];
            };
            cookie?: never;
        };
        /**
         * Get a company field by ID
         * @description Returns one company field (поля компаний) by its ID (получение поля сущности по его ID). **Who may call it:** all users of the account.
         */
        get: operations["getCompaniesCustomField"];
        put?: never;
        post?: never;
        /**
         * Delete a company field
         * @description Deletes one company field (поля компаний; удаление дополнительного поля). **Its values are deleted with it.** **Who may call it:** account administrators only.
         */
        delete: operations["deleteCompaniesCustomField"];
        options?: never;
        head?: never;
        /**
         * Edit a company field
         * @description Changes one company field (поля компаний): the body is the field model itself, not an array, and carries only what changes. **Who may call it:** account administrators only.
         */
        patch: operations["updateCompaniesCustomField"];
        trace?: never;
    };
    "/api/v4/customers/custom_fields": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List customer fields
         * @description Returns the customer fields (поля покупателей), a page at a time (список полей сущности). The documentation lists no query parameters; the links of its example page with `page` and `limit`. When there is nothing to list, the answer is **204 with an empty body**. **Who may call it:** all users of the account.
         */
        get: operations["listCustomersCustomFields"];
        put?: never;
        /**
         * Create customer fields
         * @description Creates customer fields (поля покупателей) in a batch (создание дополнительных полей). `type` and `name` are required for each. Send a `request_id` with an item to find it in the answer. **Who may call it:** account administrators only.
         */
        post: operations["createCustomersCustomFields"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit customer fields
         * @description Changes customer fields (поля покупателей) in a batch (редактирование дополнительных полей): an array of items, each naming its field by `id` and carrying only what changes. To change one field, `PATCH` its own path with the field model alone. The documentation lists 201 as the success code, copied from create; an edit answers **200**, which is what this description takes. **Who may call it:** account administrators only.
         */
        patch: operations["updateCustomersCustomFields"];
        trace?: never;
    };
    "/api/v4/customers/custom_fields/{id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The field's ID.
                 * @example 4439091
                 */
                id: components["parameters"]["CustomFieldId"];
            };
            cookie?: never;
        };
        /**
         * Get a customer field by ID
         * @description Returns one customer field (поля покупателей) by its ID (получение поля сущности по его ID). **Who may call it:** all users of the account.
         */
        get: operations["getCustomersCustomField"];
        put?: never;
        post?: never;
        /**
         * Delete a customer field
         * @description Deletes one customer field (поля покупателей; удаление дополнительного поля). **Its values are deleted with it.** **Who may call it:** account administrators only.
         */
        delete: operations["deleteCustomersCustomField"];
        options?: never;
        head?: never;
        /**
         * Edit a customer field
         * @description Changes one customer field (поля покупателей): the body is the field model itself, not an array, and carries only what changes. **Who may call it:** account administrators only.
         */
        patch: operations["updateCustomersCustomField"];
        trace?: never;
    };
    "/api/v4/customers/segments/custom_fields": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List fields of customer segments
         * @description Returns the fields of customer segments (поля сегментов покупателей), a page at a time (список полей сущности). The documentation lists no query parameters; the links of its example page with `page` and `limit`. When there is nothing to list, the answer is **204 with an empty body**. **Who may call it:** all users of the account.
         */
        get: operations["listCustomersSegmentsCustomFields"];
        put?: never;
        /**
         * Create fields of customer segments
         * @description Creates fields of customer segments (поля сегментов покупателей) in a batch (создание дополнительных полей). `type` and `name` are required for each. Send a `request_id` with an item to find it in the answer. **Who may call it:** account administrators only.
         */
        post: operations["createCustomersSegmentsCustomFields"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit fields of customer segments
         * @description Changes fields of customer segments (поля сегментов покупателей) in a batch (редактирование дополнительных полей): an array of items, each naming its field by `id` and carrying only what changes. To change one field, `PATCH` its own path with the field model alone. The documentation lists 201 as the success code, copied from create; an edit answers **200**, which is what this description takes. **Who may call it:** account administrators only.
         */
        patch: operations["updateCustomersSegmentsCustomFields"];
        trace?: never;
    };
    "/api/v4/customers/segments/custom_fields/{id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The field's ID.
                 * @example 4439091
                 */
                id: components["parameters"]["CustomFieldId"];
            };
            cookie?: never;
        };
        /**
         * Get a field of customer segments by ID
         * @description Returns one field of customer segments (поля сегментов покупателей) by its ID (получение поля сущности по его ID). **Who may call it:** all users of the account.
         */
        get: operations["getCustomersSegmentsCustomField"];
        put?: never;
        post?: never;
        /**
         * Delete a field of customer segments
         * @description Deletes one field of customer segments (поля сегментов покупателей; удаление дополнительного поля). **Its values are deleted with it.** **Who may call it:** account administrators only.
         */
        delete: operations["deleteCustomersSegmentsCustomField"];
        options?: never;
        head?: never;
        /**
         * Edit a field of customer segments
         * @description Changes one field of customer segments (поля сегментов покупателей): the body is the field model itself, not an array, and carries only what changes. **Who may call it:** account administrators only.
         */
        patch: operations["updateCustomersSegmentsCustomField"];
        trace?: never;
    };
    "/api/v4/catalogs/{catalog_id}/custom_fields": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the catalog (list, список).
                 * @example 1095
                 */
                catalog_id: components["parameters"]["CatalogId"];
            };
            cookie?: never;
        };
        /**
         * List fields of a catalog
         * @description Returns the fields of a catalog (поля списка), a page at a time (список полей сущности). The documentation lists no query parameters; the links of its example page with `page` and `limit`. When there is nothing to list, the answer is **204 with an empty body**. **Who may call it:** all users of the account.
         */
        get: operations["listCatalogCustomFields"];
        put?: never;
        /**
         * Create fields of a catalog
         * @description Creates fields of a catalog (поля списка) in a batch (создание дополнительных полей). `type` and `name` are required for each. Send a `request_id` with an item to find it in the answer. **Who may call it:** account administrators only.
         */
        post: operations["createCatalogCustomFields"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit fields of a catalog
         * @description Changes fields of a catalog (поля списка) in a batch (редактирование дополнительных полей): an array of items, each naming its field by `id` and carrying only what changes. To change one field, `PATCH` its own path with the field model alone. The documentation lists 201 as the success code, copied from create; an edit answers **200**, which is what this description takes. **Who may call it:** account administrators only.
         */
        patch: operations["updateCatalogCustomFields"];
        trace?: never;
    };
    "/api/v4/catalogs/{catalog_id}/custom_fields/{id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the catalog (list, список).
                 * @example 1095
                 */
                catalog_id: components["parameters"]["CatalogId"];
                /**
                 * @description The field's ID.
                 * @example 4439091
                 */
                id: components["parameters"]["CustomFieldId"];
            };
            cookie?: never;
        };
        /**
         * Get a field of a catalog by ID
         * @description Returns one field of a catalog (поля списка) by its ID (получение поля сущности по его ID). **Who may call it:** all users of the account.
         */
        get: operations["getCatalogCustomField"];
        put?: never;
        post?: never;
        /**
         * Delete a field of a catalog
         * @description Deletes one field of a catalog (поля списка; удаление дополнительного поля). **Its values are deleted with it.** **Who may call it:** account administrators only.
         */
        delete: operations["deleteCatalogCustomField"];
        options?: never;
        head?: never;
        /**
         * Edit a field of a catalog
         * @description Changes one field of a catalog (поля списка): the body is the field model itself, not an array, and carries only what changes. **Who may call it:** account administrators only.
         */
        patch: operations["updateCatalogCustomField"];
        trace?: never;
    };
    "/api/v4/leads/custom_fields/groups": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List the field groups of leads
         * @description Returns the field groups of leads (сделки; список групп полей сущности). The documentation's examples for this call and for "get a group by ID" look swapped (one group here, a collection there); this description puts each where it belongs. **Who may call it:** all users of the account.
         */
        get: operations["listLeadsCustomFieldGroups"];
        put?: never;
        /**
         * Create field groups of leads
         * @description Adds field groups to leads (сделки) in a batch (создание групп полей). `name` and `sort` are required for each. **Who may call it:** account administrators only.
         */
        post: operations["createLeadsCustomFieldGroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/leads/custom_fields/groups/{id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The group's ID, a string such as `leads_29741591099841` (or `default` for the main group).
                 * @example leads_29741591099841
                 */
                id: components["parameters"]["CustomFieldGroupId"];
            };
            cookie?: never;
        };
        /**
         * Get a field group of leads by ID
         * @description Returns one field group of leads (сделки; получение группы полей по ID). **Who may call it:** all users of the account.
         */
        get: operations["getLeadsCustomFieldGroup"];
        put?: never;
        post?: never;
        /**
         * Delete a field group of leads
         * @description Deletes a field group of leads (сделки; удаление группы полей). Predefined groups (`is_predefined: true`) cannot be deleted. **Who may call it:** account administrators only.
         */
        delete: operations["deleteLeadsCustomFieldGroup"];
        options?: never;
        head?: never;
        /**
         * Edit a field group of leads
         * @description Changes a field group of leads (сделки; редактирование группы полей). Send at least one of `name` and `sort`. **Who may call it:** account administrators only.
         */
        patch: operations["updateLeadsCustomFieldGroup"];
        trace?: never;
    };
    "/api/v4/contacts/custom_fields/groups": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List the field groups of contacts
         * @description Returns the field groups of contacts (контакты; список групп полей сущности). The documentation's examples for this call and for "get a group by ID" look swapped (one group here, a collection there); this description puts each where it belongs. **Who may call it:** all users of the account.
         */
        get: operations["listContactsCustomFieldGroups"];
        put?: never;
        /**
         * Create field groups of contacts
         * @description Adds field groups to contacts (контакты) in a batch (создание групп полей). `name` and `sort` are required for each. **Who may call it:** account administrators only.
         */
        post: operations["createContactsCustomFieldGroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/contacts/custom_fields/groups/{id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The group's ID, a string such as `leads_29741591099841` (or `default` for the main group).
                 * @example leads_29741591099841
                 */
                id: components["parameters"]["CustomFieldGroupId"];
            };
            cookie?: never;
        };
        /**
         * Get a field group of contacts by ID
         * @description Returns one field group of contacts (контакты; получение группы полей по ID). **Who may call it:** all users of the account.
         */
        get: operations["getContactsCustomFieldGroup"];
        put?: never;
        post?: never;
        /**
         * Delete a field group of contacts
         * @description Deletes a field group of contacts (контакты; удаление группы полей). Predefined groups (`is_predefined: true`) cannot be deleted. **Who may call it:** account administrators only.
         */
        delete: operations["deleteContactsCustomFieldGroup"];
        options?: never;
        head?: never;
        /**
         * Edit a field group of contacts
         * @description Changes a field group of contacts (контакты; редактирование группы полей). Send at least one of `name` and `sort`. **Who may call it:** account administrators only.
         */
        patch: operations["updateContactsCustomFieldGroup"];
        trace?: never;
    };
    "/api/v4/companies/custom_fields/groups": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List the field groups of companies
         * @description Returns the field groups of companies (компании; список групп полей сущности). The documentation's examples for this call and for "get a group by ID" look swapped (one group here, a collection there); this description puts each where it belongs. **Who may call it:** all users of the account.
         */
        get: operations["listCompaniesCustomFieldGroups"];
        put?: never;
        /**
         * Create field groups of companies
         * @description Adds field groups to companies (компании) in a batch (создание групп полей). `name` and `sort` are required for each. **Who may call it:** account administrators only.
         */
        post: operations["createCompaniesCustomFieldGroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/companies/custom_fields/groups/{id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The group's ID, a string such as `leads_29741591099841` (or `default` for the main group).
                 * @example leads_29741591099841
                 */
                id: components["parameters"]["CustomFieldGroupId"];
            };
            cookie?: never;
        };
        /**
         * Get a field group of companies by ID
         * @description Returns one field group of companies (компании; получение группы полей по ID). **Who may call it:** all users of the account.
         */
        get: operations["getCompaniesCustomFieldGroup"];
        put?: never;
        post?: never;
        /**
         * Delete a field group of companies
         * @description Deletes a field group of companies (компании; удаление группы полей). Predefined groups (`is_predefined: true`) cannot be deleted. **Who may call it:** account administrators only.
         */
        delete: operations["deleteCompaniesCustomFieldGroup"];
        options?: never;
        head?: never;
        /**
         * Edit a field group of companies
         * @description Changes a field group of companies (компании; редактирование группы полей). Send at least one of `name` and `sort`. **Who may call it:** account administrators only.
         */
        patch: operations["updateCompaniesCustomFieldGroup"];
        trace?: never;
    };
    "/api/v4/customers/custom_fields/groups": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List the field groups of customers
         * @description Returns the field groups of customers (покупатели; список групп полей сущности). The documentation's examples for this call and for "get a group by ID" look swapped (one group here, a collection there); this description puts each where it belongs. **Who may call it:** all users of the account.
         */
        get: operations["listCustomersCustomFieldGroups"];
        put?: never;
        /**
         * Create field groups of customers
         * @description Adds field groups to customers (покупатели) in a batch (создание групп полей). `name` and `sort` are required for each. **Who may call it:** account administrators only.
         */
        post: operations["createCustomersCustomFieldGroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/customers/custom_fields/groups/{id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The group's ID, a string such as `leads_29741591099841` (or `default` for the main group).
                 * @example leads_29741591099841
                 */
                id: components["parameters"]["CustomFieldGroupId"];
            };
            cookie?: never;
        };
        /**
         * Get a field group of customers by ID
         * @description Returns one field group of customers (покупатели; получение группы полей по ID). **Who may call it:** all users of the account.
         */
        get: operations["getCustomersCustomFieldGroup"];
        put?: never;
        post?: never;
        /**
         * Delete a field group of customers
         * @description Deletes a field group of customers (покупатели; удаление группы полей). Predefined groups (`is_predefined: true`) cannot be deleted. **Who may call it:** account administrators only.
         */
        delete: operations["deleteCustomersCustomFieldGroup"];
        options?: never;
        head?: never;
        /**
         * Edit a field group of customers
         * @description Changes a field group of customers (покупатели; редактирование группы полей). Send at least one of `name` and `sort`. **Who may call it:** account administrators only.
         */
        patch: operations["updateCustomersCustomFieldGroup"];
        trace?: never;
    };
    "/api/v4/events": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List events
         * @description Returns the account's events (список событий), a page at a time, filtered: what happened to
         *     leads, contacts, companies, customers, tasks and catalog elements. At most 100 per page. When
         *     nothing matches, the answer is **204 with an empty body** (error-codes.md: "2002 — По вашему
         *     запросу ничего не найдено", sent with HTTP 204).
         *     **Who may call it:** all users of the account; what is returned depends on the user's rights to the entities.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/events/types": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List event types
         * @description Returns every event type available in the account (получение типов событий), with its code,
         *     numeric ID and name in the requested language.
         *     **Who may call it:** all users of the account.
         */
        get: operations["listEventTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/events/{id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The event's ID (a string).
                 * @example 01pz58t6p04ymgsgfbmfyfy1mf
                 */
                id: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        /**
         * Get an event by ID
         * @description Returns one event by its ID (получение события по ID).
         *     **Who may call it:** all users of the account; what is returned depends on the user's rights to the entity.
         */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/leads/notes": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List lead notes
         * @description Returns the notes of leads (список примечаний по типу сущности), a page at a time, filtered and sorted. When nothing matches, the answer is **204 with an empty body** (error-codes.md: "2002 — По вашему запросу ничего не найдено", sent with HTTP 204). **Who may call it:** all users of the account; what is returned depends on the user's rights to the entity.
         */
        get: operations["listLeadsNotes"];
        put?: never;
        /**
         * Add notes to leads
         * @description Adds notes to leads in a batch (добавление примечаний); each names its lead in `entity_id` and carries its `note_type` and `params`. **Who may call it:** all users of the account; whether it succeeds depends on the user's rights to the entity.
         */
        post: operations["createLeadsNotes"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit lead notes
         * @description Changes notes of leads in a batch (редактирование примечаний): an array of notes, each by `id` with its `note_type` and `params`. The documentation's success text ("Списки были успешно изменены") is copied from the catalogs page; the answer is the changed notes. **Who may call it:** all users of the account; whether it succeeds depends on the user's rights to the entity.
         */
        patch: operations["updateLeadsNotes"];
        trace?: never;
    };
    "/api/v4/leads/{entity_id}/notes": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /**
         * List the notes of a lead
         * @description Returns the notes of one lead (список примечаний по ID сущности), a page at a time. When nothing matches, the answer is **204 with an empty body** (error-codes.md: "2002 — По вашему запросу ничего не найдено", sent with HTTP 204). **Who may call it:** all users of the account; what is returned depends on the user's rights to the entity.
         */
        get: operations["listLeadNotes"];
        put?: never;
        /**
         * Add notes to a lead
         * @description Adds notes to one lead in a batch; the lead is the path's, so no `entity_id` is sent. **Who may call it:** all users of the account; whether it succeeds depends on the user's rights to the entity.
         */
        post: operations["createLeadNotes"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit notes of a lead
         * @description Changes notes of one lead in a batch, each by `id`. **Who may call it:** all users of the account; whether it succeeds depends on the user's rights to the entity.
         */
        patch: operations["updateLeadNotes"];
        trace?: never;
    };
    "/api/v4/leads/notes/{id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The note's ID.
                 * @example 42709325
                 */
                id: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        /**
         * Get a lead note by ID
         * @description Returns one note of a lead by its ID alone (получение примечания по ID). The documentation describes no edit on this path; edit a note through `/api/v4/leads/{entity_id}/notes/{id}`. **Who may call it:** all users of the account; what is returned depends on the user's rights to the entity.
         */
        get: operations["getLeadNoteById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/leads/{entity_id}/notes/{id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
                /**
                 * @description The note's ID.
                 * @example 42709325
                 */
                id: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        /**
         * Get a note of a lead
         * @description Returns one note of a lead by the lead's ID and the note's (получение примечания по ID). **Who may call it:** all users of the account; what is returned depends on the user's rights to the entity.
         */
        get: operations["getLeadNote"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a note of a lead
         * @description Changes one note: the body is the note model itself (its `note_type` and `params`), not an array. **Who may call it:** all users of the account; whether it succeeds depends on the user's rights to the entity.
         */
        patch: operations["updateLeadNote"];
        trace?: never;
    };
    "/api/v4/contacts/notes": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List contact notes
         * @description Returns the notes of contacts (список примечаний по типу сущности), a page at a time, filtered and sorted. When nothing matches, the answer is **204 with an empty body** (error-codes.md: "2002 — По вашему запросу ничего не найдено", sent with HTTP 204). **Who may call it:** all users of the account; what is returned depends on the user's rights to the entity.
         */
        get: operations["listContactsNotes"];
        put?: never;
        /**
         * Add notes to contacts
         * @description Adds notes to contacts in a batch (добавление примечаний); each names its contact in `entity_id` and carries its `note_type` and `params`. **Who may call it:** all users of the account; whether it succeeds depends on the user's rights to the entity.
         */
        post: operations["createContactsNotes"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit contact notes
         * @description Changes notes of contacts in a batch (редактирование примечаний): an array of notes, each by `id` with its `note_type` and `params`. The documentation's success text ("Списки были успешно изменены") is copied from the catalogs page; the answer is the changed notes. **Who may call it:** all users of the account; whether it succeeds depends on the user's rights to the entity.
         */
        patch: operations["updateContactsNotes"];
        trace?: never;
    };
    "/api/v4/contacts/{entity_id}/notes": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /**
         * List the notes of a contact
         * @description Returns the notes of one contact (список примечаний по ID сущности), a page at a time. When nothing matches, the answer is **204 with an empty body** (error-codes.md: "2002 — По вашему запросу ничего не найдено", sent with HTTP 204). **Who may call it:** all users of the account; what is returned depends on the user's rights to the entity.
         */
        get: operations["listContactNotes"];
        put?: never;
        /**
         * Add notes to a contact
         * @description Adds notes to one contact in a batch; the contact is the path's, so no `entity_id` is sent. **Who may call it:** all users of the account; whether it succeeds depends on the user's rights to the entity.
         */
        post: operations["createContactNotes"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit notes of a contact
         * @description Changes notes of one contact in a batch, each by `id`. **Who may call it:** all users of the account; whether it succeeds depends on the user's rights to the entity.
         */
        patch: operations["updateContactNotes"];
        trace?: never;
    };
    "/api/v4/contacts/notes/{id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The note's ID.
                 * @example 42709325
                 */
                id: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        /**
         * Get a contact note by ID
         * @description Returns one note of a contact by its ID alone (получение примечания по ID). The documentation describes no edit on this path; edit a note through `/api/v4/contacts/{entity_id}/notes/{id}`. **Who may call it:** all users of the account; what is returned depends on the user's rights to the entity.
         */
        get: operations["getContactNoteById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/contacts/{entity_id}/notes/{id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
                /**
                 * @description The note's ID.
                 * @example 42709325
                 */
                id: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        /**
         * Get a note of a contact
         * @description Returns one note of a contact by the contact's ID and the note's (получение примечания по ID). **Who may call it:** all users of the account; what is returned depends on the user's rights to the entity.
         */
        get: operations["getContactNote"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a note of a contact
         * @description Changes one note: the body is the note model itself (its `note_type` and `params`), not an array. **Who may call it:** all users of the account; whether it succeeds depends on the user's rights to the entity.
         */
        patch: operations["updateContactNote"];
        trace?: never;
    };
    "/api/v4/companies/notes": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List company notes
         * @description Returns the notes of companies (список примечаний по типу сущности), a page at a time, filtered and sorted. When nothing matches, the answer is **204 with an empty body** (error-codes.md: "2002 — По вашему запросу ничего не найдено", sent with HTTP 204). **Who may call it:** all users of the account; what is returned depends on the user's rights to the entity.
         */
        get: operations["listCompaniesNotes"];
        put?: never;
        /**
         * Add notes to companies
         * @description Adds notes to companies in a batch (добавление примечаний); each names its company in `entity_id` and carries its `note_type` and `params`. **Who may call it:** all users of the account; whether it succeeds depends on the user's rights to the entity.
         */
        post: operations["createCompaniesNotes"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit company notes
         * @description Changes notes of companies in a batch (редактирование примечаний): an array of notes, each by `id` with its `note_type` and `params`. The documentation's success text ("Списки были успешно изменены") is copied from the catalogs page; the answer is the changed notes. **Who may call it:** all users of the account; whether it succeeds depends on the user's rights to the entity.
         */
        patch: operations["updateCompaniesNotes"];
        trace?: never;
    };
    "/api/v4/companies/{entity_id}/notes": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /**
         * List the notes of a company
         * @description Returns the notes of one company (список примечаний по ID сущности), a page at a time. When nothing matches, the answer is **204 with an empty body** (error-codes.md: "2002 — По вашему запросу ничего не найдено", sent with HTTP 204). **Who may call it:** all users of the account; what is returned depends on the user's rights to the entity.
         */
        get: operations["listCompanyNotes"];
        put?: never;
        /**
         * Add notes to a company
         * @description Adds notes to one company in a batch; the company is the path's, so no `entity_id` is sent. **Who may call it:** all users of the account; whether it succeeds depends on the user's rights to the entity.
         */
        post: operations["createCompanyNotes"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit notes of a company
         * @description Changes notes of one company in a batch, each by `id`. **Who may call it:** all users of the account; whether it succeeds depends on the user's rights to the entity.
         */
        patch: operations["updateCompanyNotes"];
        trace?: never;
    };
    "/api/v4/companies/notes/{id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The note's ID.
                 * @example 42709325
                 */
                id: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        /**
         * Get a company note by ID
         * @description Returns one note of a company by its ID alone (получение примечания по ID). The documentation describes no edit on this path; edit a note through `/api/v4/companies/{entity_id}/notes/{id}`. **Who may call it:** all users of the account; what is returned depends on the user's rights to the entity.
         */
        get: operations["getCompanyNoteById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/companies/{entity_id}/notes/{id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
                /**
                 * @description The note's ID.
                 * @example 42709325
                 */
                id: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        /**
         * Get a note of a company
         * @description Returns one note of a company by the company's ID and the note's (получение примечания по ID). **Who may call it:** all users of the account; what is returned depends on the user's rights to the entity.
         */
        get: operations["getCompanyNote"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a note of a company
         * @description Changes one note: the body is the note model itself (its `note_type` and `params`), not an array. **Who may call it:** all users of the account; whether it succeeds depends on the user's rights to the entity.
         */
        patch: operations["updateCompanyNote"];
        trace?: never;
    };
    "/api/v4/customers/notes": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List customer notes
         * @description Returns the notes of customers (список примечаний по типу сущности), a page at a time, filtered and sorted. When nothing matches, the answer is **204 with an empty body** (error-codes.md: "2002 — По вашему запросу ничего не найдено", sent with HTTP 204). **Who may call it:** all users of the account; what is returned depends on the user's rights to the entity.
         */
        get: operations["listCustomersNotes"];
        put?: never;
        /**
         * Add notes to customers
         * @description Adds notes to customers in a batch (добавление примечаний); each names its customer in `entity_id` and carries its `note_type` and `params`. **Who may call it:** all users of the account; whether it succeeds depends on the user's rights to the entity.
         */
        post: operations["createCustomersNotes"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit customer notes
         * @description Changes notes of customers in a batch (редактирование примечаний): an array of notes, each by `id` with its `note_type` and `params`. The documentation's success text ("Списки были успешно изменены") is copied from the catalogs page; the answer is the changed notes. **Who may call it:** all users of the account; whether it succeeds depends on the user's rights to the entity.
         */
        patch: operations["updateCustomersNotes"];
        trace?: never;
    };
    "/api/v4/customers/{entity_id}/notes": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /**
         * List the notes of a customer
         * @description Returns the notes of one customer (список примечаний по ID сущности), a page at a time. When nothing matches, the answer is **204 with an empty body** (error-codes.md: "2002 — По вашему запросу ничего не найдено", sent with HTTP 204). **Who may call it:** all users of the account; what is returned depends on the user's rights to the entity.
         */
        get: operations["listCustomerNotes"];
        put?: never;
        /**
         * Add notes to a customer
         * @description Adds notes to one customer in a batch; the customer is the path's, so no `entity_id` is sent. **Who may call it:** all users of the account; whether it succeeds depends on the user's rights to the entity.
         */
        post: operations["createCustomerNotes"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit notes of a customer
         * @description Changes notes of one customer in a batch, each by `id`. **Who may call it:** all users of the account; whether it succeeds depends on the user's rights to the entity.
         */
        patch: operations["updateCustomerNotes"];
        trace?: never;
    };
    "/api/v4/customers/notes/{id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The note's ID.
                 * @example 42709325
                 */
                id: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        /**
         * Get a customer note by ID
         * @description Returns one note of a customer by its ID alone (получение примечания по ID). The documentation describes no edit on this path; edit a note through `/api/v4/customers/{entity_id}/notes/{id}`. **Who may call it:** all users of the account; what is returned depends on the user's rights to the entity.
         */
        get: operations["getCustomerNoteById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/customers/{entity_id}/notes/{id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
                /**
                 * @description The note's ID.
                 * @example 42709325
                 */
                id: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        /**
         * Get a note of a customer
         * @description Returns one note of a customer by the customer's ID and the note's (получение примечания по ID). **Who may call it:** all users of the account; what is returned depends on the user's rights to the entity.
         */
        get: operations["getCustomerNote"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a note of a customer
         * @description Changes one note: the body is the note model itself (its `note_type` and `params`), not an array. **Who may call it:** all users of the account; whether it succeeds depends on the user's rights to the entity.
         */
        patch: operations["updateCustomerNote"];
        trace?: never;
    };
    "/api/v4/leads/{entity_id}/links": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /**
         * List the links of a lead
         * @description Returns the entities linked to one lead (список связанных сущностей): `contacts`, `companies`, `catalog_elements`. The page documents no paging parameters; its example's `_links.self` carries `page=1&limit=50`, so `page` and `limit` are described as the other lists have them. **Who may call it:** all users, within their rights.
         */
        get: operations["listLeadLinks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/leads/{entity_id}/link": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link entities to a lead
         * @description Links entities to one lead (привязка сущностей): `contacts`, `companies`, `catalog_elements`. A contact is made the main one with `metadata.is_main` (read back as `metadata.main_contact`); a catalog element needs its `metadata.catalog_id`. **Who may call it:** all users, within their rights.
         */
        post: operations["linkLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/leads/{entity_id}/unlink": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unlink entities from a lead
         * @description Removes links of one lead (отвязка сущностей); a catalog element is named with its `metadata.catalog_id`. Answers **204** with no body. **Who may call it:** all users, within their rights.
         */
        post: operations["unlinkLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/leads/links": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List the links of several leads
         * @description Returns the links of the leads named by `filter[entity_id][]` (массовый список связанных сущностей), each with its main entity. The filter by main entity is required. **Who may call it:** all users, within their rights.
         */
        get: operations["listLeadsLinks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/leads/link": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link entities to several leads
         * @description Links entities to several leads at once (массовая привязка сущностей); each item names its lead in `entity_id`. Linkable: `contacts`, `companies`, `catalog_elements`. **Who may call it:** all users, within their rights.
         */
        post: operations["linkLeads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/leads/unlink": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unlink entities from several leads
         * @description Removes links of several leads at once (массовая отвязка сущностей); each item names its lead in `entity_id`. Answers **204** with no body. **Who may call it:** all users, within their rights.
         */
        post: operations["unlinkLeads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/contacts/{entity_id}/links": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /**
         * List the links of a contact
         * @description Returns the entities linked to one contact (список связанных сущностей): `leads`, `companies`, `customers`, `catalog_elements`. The page documents no paging parameters; its example's `_links.self` carries `page=1&limit=50`, so `page` and `limit` are described as the other lists have them. **Who may call it:** all users, within their rights.
         */
        get: operations["listContactLinks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/contacts/{entity_id}/link": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link entities to a contact
         * @description Links entities to one contact (привязка сущностей): `leads`, `companies`, `customers`, `catalog_elements`. The page lists companies, customers and catalog elements for contacts; leads are allowed here too, since a lead links its contacts and that link is the same relation. A contact is made the main one with `metadata.is_main` (read back as `metadata.main_contact`); a catalog element needs its `metadata.catalog_id`. **Who may call it:** all users, within their rights.
         */
        post: operations["linkContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/contacts/{entity_id}/unlink": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unlink entities from a contact
         * @description Removes links of one contact (отвязка сущностей); a catalog element is named with its `metadata.catalog_id`. Answers **204** with no body. **Who may call it:** all users, within their rights.
         */
        post: operations["unlinkContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/contacts/links": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List the links of several contacts
         * @description Returns the links of the contacts named by `filter[entity_id][]` (массовый список связанных сущностей), each with its main entity. The filter by main entity is required. **Who may call it:** all users, within their rights.
         */
        get: operations["listContactsLinks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/contacts/link": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link entities to several contacts
         * @description Links entities to several contacts at once (массовая привязка сущностей); each item names its contact in `entity_id`. Linkable: `leads`, `companies`, `customers`, `catalog_elements`. The page lists companies, customers and catalog elements for contacts; leads are allowed here too, since a lead links its contacts and that link is the same relation. **Who may call it:** all users, within their rights.
         */
        post: operations["linkContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/contacts/unlink": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unlink entities from several contacts
         * @description Removes links of several contacts at once (массовая отвязка сущностей); each item names its contact in `entity_id`. Answers **204** with no body. **Who may call it:** all users, within their rights.
         */
        post: operations["unlinkContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/companies/{entity_id}/links": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /**
         * List the links of a company
         * @description Returns the entities linked to one company (список связанных сущностей): `contacts`, `leads`, `customers`, `catalog_elements`. The page documents no paging parameters; its example's `_links.self` carries `page=1&limit=50`, so `page` and `limit` are described as the other lists have them. **Who may call it:** all users, within their rights.
         */
        get: operations["listCompanyLinks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/companies/{entity_id}/link": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link entities to a company
         * @description Links entities to one company (привязка сущностей): `contacts`, `leads`, `customers`, `catalog_elements`. A contact is made the main one with `metadata.is_main` (read back as `metadata.main_contact`); a catalog element needs its `metadata.catalog_id`. **Who may call it:** all users, within their rights.
         */
        post: operations["linkCompany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/companies/{entity_id}/unlink": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unlink entities from a company
         * @description Removes links of one company (отвязка сущностей); a catalog element is named with its `metadata.catalog_id`. Answers **204** with no body. **Who may call it:** all users, within their rights.
         */
        post: operations["unlinkCompany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/companies/links": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List the links of several companies
         * @description Returns the links of the companies named by `filter[entity_id][]` (массовый список связанных сущностей), each with its main entity. The filter by main entity is required. **Who may call it:** all users, within their rights.
         */
        get: operations["listCompaniesLinks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/companies/link": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link entities to several companies
         * @description Links entities to several companies at once (массовая привязка сущностей); each item names its company in `entity_id`. Linkable: `contacts`, `leads`, `customers`, `catalog_elements`. **Who may call it:** all users, within their rights.
         */
        post: operations["linkCompanies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/companies/unlink": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unlink entities from several companies
         * @description Removes links of several companies at once (массовая отвязка сущностей); each item names its company in `entity_id`. Answers **204** with no body. **Who may call it:** all users, within their rights.
         */
        post: operations["unlinkCompanies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/customers/{entity_id}/links": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /**
         * List the links of a customer
         * @description Returns the entities linked to one customer (список связанных сущностей): `contacts`, `companies`, `catalog_elements`. The page documents no paging parameters; its example's `_links.self` carries `page=1&limit=50`, so `page` and `limit` are described as the other lists have them. **Who may call it:** all users, within their rights.
         */
        get: operations["listCustomerLinks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/customers/{entity_id}/link": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link entities to a customer
         * @description Links entities to one customer (привязка сущностей): `contacts`, `companies`, `catalog_elements`. A contact is made the main one with `metadata.is_main` (read back as `metadata.main_contact`); a catalog element needs its `metadata.catalog_id`. **Who may call it:** all users, within their rights.
         */
        post: operations["linkCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/customers/{entity_id}/unlink": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unlink entities from a customer
         * @description Removes links of one customer (отвязка сущностей); a catalog element is named with its `metadata.catalog_id`. Answers **204** with no body. **Who may call it:** all users, within their rights.
         */
        post: operations["unlinkCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/customers/links": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List the links of several customers
         * @description Returns the links of the customers named by `filter[entity_id][]` (массовый список связанных сущностей), each with its main entity. The filter by main entity is required. **Who may call it:** all users, within their rights.
         */
        get: operations["listCustomersLinks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/customers/link": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link entities to several customers
         * @description Links entities to several customers at once (массовая привязка сущностей); each item names its customer in `entity_id`. Linkable: `contacts`, `companies`, `catalog_elements`. **Who may call it:** all users, within their rights.
         */
        post: operations["linkCustomers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/customers/unlink": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unlink entities from several customers
         * @description Removes links of several customers at once (массовая отвязка сущностей); each item names its customer in `entity_id`. Answers **204** with no body. **Who may call it:** all users, within their rights.
         */
        post: operations["unlinkCustomers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/leads/tags": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List lead tags
         * @description Returns the tags of leads in the account (список тегов для сущности), a page at a time. When nothing matches, the answer is **204 with an empty body**. Tags are attached and detached through the entity's own edit (`PATCH /api/v4/{entity}` or `/api/v4/{entity}/{id}`): `_embedded.tags` there **replaces** the whole set (tags not sent are detached; `null` detaches all), while `tags_to_add` and `tags_to_delete`, where the entity documents them, add and remove incrementally. **Who may call it:** all users, within their rights.
         */
        get: operations["listLeadsTags"];
        put?: never;
        /**
         * Create lead tags
         * @description Creates tags of leads in a batch (добавление тегов для конкретного типа сущности); for a name that already exists, the answer carries the existing tag's ID. A lead tag may carry a `color` from the palette. **Who may call it:** all users, within their rights.
         */
        post: operations["createLeadsTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/contacts/tags": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List contact tags
         * @description Returns the tags of contacts in the account (список тегов для сущности), a page at a time. When nothing matches, the answer is **204 with an empty body**. Tags are attached and detached through the entity's own edit (`PATCH /api/v4/{entity}` or `/api/v4/{entity}/{id}`): `_embedded.tags` there **replaces** the whole set (tags not sent are detached; `null` detaches all), while `tags_to_add` and `tags_to_delete`, where the entity documents them, add and remove incrementally. **Who may call it:** all users, within their rights.
         */
        get: operations["listContactsTags"];
        put?: never;
        /**
         * Create contact tags
         * @description Creates tags of contacts in a batch (добавление тегов для конкретного типа сущности); for a name that already exists, the answer carries the existing tag's ID. Only lead tags have a colour. **Who may call it:** all users, within their rights.
         */
        post: operations["createContactsTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/companies/tags": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List company tags
         * @description Returns the tags of companies in the account (список тегов для сущности), a page at a time. When nothing matches, the answer is **204 with an empty body**. Tags are attached and detached through the entity's own edit (`PATCH /api/v4/{entity}` or `/api/v4/{entity}/{id}`): `_embedded.tags` there **replaces** the whole set (tags not sent are detached; `null` detaches all), while `tags_to_add` and `tags_to_delete`, where the entity documents them, add and remove incrementally. **Who may call it:** all users, within their rights.
         */
        get: operations["listCompaniesTags"];
        put?: never;
        /**
         * Create company tags
         * @description Creates tags of companies in a batch (добавление тегов для конкретного типа сущности); for a name that already exists, the answer carries the existing tag's ID. Only lead tags have a colour. **Who may call it:** all users, within their rights.
         */
        post: operations["createCompaniesTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/customers/tags": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List customer tags
         * @description Returns the tags of customers in the account (список тегов для сущности), a page at a time. When nothing matches, the answer is **204 with an empty body**. Tags are attached and detached through the entity's own edit (`PATCH /api/v4/{entity}` or `/api/v4/{entity}/{id}`): `_embedded.tags` there **replaces** the whole set (tags not sent are detached; `null` detaches all), while `tags_to_add` and `tags_to_delete`, where the entity documents them, add and remove incrementally. **Who may call it:** all users, within their rights.
         */
        get: operations["listCustomersTags"];
        put?: never;
        /**
         * Create customer tags
         * @description Creates tags of customers in a batch (добавление тегов для конкретного типа сущности); for a name that already exists, the answer carries the existing tag's ID. Only lead tags have a colour. **Who may call it:** all users, within their rights.
         */
        post: operations["createCustomersTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/leads/{entity_id}/files": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /**
         * List the files of a lead
         * @description Returns the files attached to one lead (получение файлов, связанных с сущностью), newest link first, a page at a time through a cursor: pass the last `id` received as `before_id`. When the lead has no files, the answer is **204 with an empty body**; 404 when it does not exist. The documentation's example links point at an internal `/ajax/v4/…` path on another account's host; the example here uses the public path. **Who may call it:** users within their rights; the integration needs the "files" scope (oauth/scopes.md: "Доступ к файлам").
         */
        get: operations["listLeadFiles"];
        /**
         * Attach files to a lead
         * @description Attaches drive files to one lead by their UUIDs (привязка файлов к сущности). Answers **202** with no body. **Who may call it:** users within their rights; the integration needs the "files" scope (oauth/scopes.md: "Доступ к файлам").
         */
        put: operations["linkLeadFiles"];
        post?: never;
        /**
         * Detach files from a lead
         * @description Detaches files from one lead (отвязка файлов от сущности): a `DELETE` with a JSON body listing the file UUIDs. Answers **202** with no body. **Who may call it:** users within their rights; the integration needs the "files" scope (oauth/scopes.md: "Доступ к файлам").
         */
        delete: operations["unlinkLeadFiles"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/contacts/{entity_id}/files": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /**
         * List the files of a contact
         * @description Returns the files attached to one contact (получение файлов, связанных с сущностью), newest link first, a page at a time through a cursor: pass the last `id` received as `before_id`. When the contact has no files, the answer is **204 with an empty body**; 404 when it does not exist. The documentation's example links point at an internal `/ajax/v4/…` path on another account's host; the example here uses the public path. **Who may call it:** users within their rights; the integration needs the "files" scope (oauth/scopes.md: "Доступ к файлам").
         */
        get: operations["listContactFiles"];
        /**
         * Attach files to a contact
         * @description Attaches drive files to one contact by their UUIDs (привязка файлов к сущности). Answers **202** with no body. **Who may call it:** users within their rights; the integration needs the "files" scope (oauth/scopes.md: "Доступ к файлам").
         */
        put: operations["linkContactFiles"];
        post?: never;
        /**
         * Detach files from a contact
         * @description Detaches files from one contact (отвязка файлов от сущности): a `DELETE` with a JSON body listing the file UUIDs. Answers **202** with no body. **Who may call it:** users within their rights; the integration needs the "files" scope (oauth/scopes.md: "Доступ к файлам").
         */
        delete: operations["unlinkContactFiles"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/companies/{entity_id}/files": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /**
         * List the files of a company
         * @description Returns the files attached to one company (получение файлов, связанных с сущностью), newest link first, a page at a time through a cursor: pass the last `id` received as `before_id`. When the company has no files, the answer is **204 with an empty body**; 404 when it does not exist. The documentation's example links point at an internal `/ajax/v4/…` path on another account's host; the example here uses the public path. **Who may call it:** users within their rights; the integration needs the "files" scope (oauth/scopes.md: "Доступ к файлам").
         */
        get: operations["listCompanyFiles"];
        /**
         * Attach files to a company
         * @description Attaches drive files to one company by their UUIDs (привязка файлов к сущности). Answers **202** with no body. **Who may call it:** users within their rights; the integration needs the "files" scope (oauth/scopes.md: "Доступ к файлам").
         */
        put: operations["linkCompanyFiles"];
        post?: never;
        /**
         * Detach files from a company
         * @description Detaches files from one company (отвязка файлов от сущности): a `DELETE` with a JSON body listing the file UUIDs. Answers **202** with no body. **Who may call it:** users within their rights; the integration needs the "files" scope (oauth/scopes.md: "Доступ к файлам").
         */
        delete: operations["unlinkCompanyFiles"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/customers/{entity_id}/files": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /**
         * List the files of a customer
         * @description Returns the files attached to one customer (получение файлов, связанных с сущностью), newest link first, a page at a time through a cursor: pass the last `id` received as `before_id`. When the customer has no files, the answer is **204 with an empty body**; 404 when it does not exist. The documentation's example links point at an internal `/ajax/v4/…` path on another account's host; the example here uses the public path. **Who may call it:** users within their rights; the integration needs the "files" scope (oauth/scopes.md: "Доступ к файлам").
         */
        get: operations["listCustomerFiles"];
        /**
         * Attach files to a customer
         * @description Attaches drive files to one customer by their UUIDs (привязка файлов к сущности). Answers **202** with no body. **Who may call it:** users within their rights; the integration needs the "files" scope (oauth/scopes.md: "Доступ к файлам").
         */
        put: operations["linkCustomerFiles"];
        post?: never;
        /**
         * Detach files from a customer
         * @description Detaches files from one customer (отвязка файлов от сущности): a `DELETE` with a JSON body listing the file UUIDs. Answers **202** with no body. **Who may call it:** users within their rights; the integration needs the "files" scope (oauth/scopes.md: "Доступ к файлам").
         */
        delete: operations["unlinkCustomerFiles"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/leads/{id}/subscriptions": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the lead or customer whose subscribers to list.
                 * @example 667999637
                 */
                id: components["parameters"]["SubscribedEntityId"];
            };
            cookie?: never;
        };
        /**
         * List the subscribers of a lead
         * @description Returns the users and groups subscribed to one lead (список подписчиков сущности), a page at a time. When there are none, the answer is **204 with an empty body**; 404 when the lead does not exist. **Who may call it:** all users of the account; what is returned depends on the user's rights to the entity.
         */
        get: operations["listLeadSubscriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/customers/{id}/subscriptions": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the lead or customer whose subscribers to list.
                 * @example 667999637
                 */
                id: components["parameters"]["SubscribedEntityId"];
            };
            cookie?: never;
        };
        /**
         * List the subscribers of a customer
         * @description Returns the users and groups subscribed to one customer (список подписчиков сущности), a page at a time. When there are none, the answer is **204 with an empty body**; 404 when the customer does not exist. **Who may call it:** all users of the account; what is returned depends on the user's rights to the entity.
         */
        get: operations["listCustomerSubscriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/files/{file_uuid}/links": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The file's UUID (Files API).
                 * @example 5ef222cd-bce4-4df8-8466-3dee7d16e70d
                 */
                file_uuid: components["parameters"]["FileUuid"];
            };
            cookie?: never;
        };
        /**
         * List the entities of a file
         * @description Returns the entities a file is attached to (получение сущностей, связанных с файлом), in a
         *     legacy shape (`main_user_id`, `date_create`, `date_update`). The answer is one object, not a
         *     HAL collection. **Who may call it:** users within their rights; the integration needs the
         *     "files" scope (oauth/scopes.md).
         */
        get: operations["listFileLinks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/talks/{id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The talk's ID (its `talk_id`).
                 * @example 117
                 */
                id: components["parameters"]["TalkId"];
            };
            cookie?: never;
        };
        /**
         * Get a talk by ID
         * @description Returns one talk (беседа) by its ID.
         *     **Who may call it:** all users of the account; what is returned depends on the user's rights to the talk's contact.
         */
        get: operations["getTalk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/talks/{id}/close": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The talk's ID (its `talk_id`).
                 * @example 117
                 */
                id: components["parameters"]["TalkId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a talk
         * @description Closes a talk, or first runs the NPS bot (закрытие беседы). The NPS bot runs only when it is
         *     enabled in the account's settings, the account's plan includes it, and `force_close` is not
         *     sent. Answers **202** with no body; **422** when the talk is closed already or being closed.
         *     **Who may call it:** users with rights to the talk's contact.
         */
        post: operations["closeTalk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/leads": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List leads
         * @description Returns the account's leads (список: сделки), a page at a time (`limit` at most 250), searched by `query`, filtered and sorted.
         *     **Who may call it:** all users, within their rights.
         *
         *     Properties that need `with`: `source_id`, `is_price_modified_by_robot` and, in `_embedded`, `contacts`, `loss_reason`, `catalog_elements` and `source`; `with=only_deleted` lists the deleted leads still in the trash instead. Sortable by `created_at`, `updated_at` and `id` (`order[updated_at]=asc`).
         *
         *     **Filters** (filters-api.md): ID, name, the creating, changing and responsible users, the creation, change and closest-task dates, the price (`filter[price][from|to]`), the pipelines, the statuses (`filter[statuses][0][pipeline_id]` and `[status_id]`) and the closing date, and custom field values.
         *     The API filtering is **a paid option** of the account (Альфа-фильтрация, switched on in "Settings → Billing"); `GET /api/v4/account?with=is_api_filter_enabled` tells whether it is on.
         *
         *     When nothing matches, or past the last page, the answer is **204 with an empty body** (error-codes.md, code 2002).
         *     The page lists 200, 401 and 402; 403, 429, 500 and 504 are the answers every call can get (error-codes.md).
         */
        get: operations["listLeads"];
        put?: never;
        /**
         * Create leads
         * @description Creates leads in a batch (добавление: сделки); nothing is required. Existing contacts and a company are linked by ID in `_embedded`; to create them with the lead, use the complex add (`POST /api/v4/leads/complex`).
         *     Send a `request_id` with an item to find it in the answer. **Who may call it:** all users, within their rights.
         *
         *     The page lists 200, 400 and 401; 402, 403, 429, 500 and 504 are the answers every call can get (error-codes.md).
         */
        post: operations["createLeads"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit leads
         * @description Changes leads in a batch (редактирование: сделки): an array of items, each naming its lead by `id` and carrying only what changes.
         *     To change one lead, `PATCH /api/v4/leads/{id}` with the lead model alone. Tags: `tags_to_add` and `tags_to_delete` add and remove single tags and keep the others; `_embedded.tags` **replaces the whole list** (null removes every tag).
         *     The answer returns `id` and `updated_at` of each. **Who may call it:** all users, within their rights.
         *
         *     The page lists 200, 400 and 401; 402, 403, 429, 500 and 504 are the answers every call can get (error-codes.md).
         */
        patch: operations["updateLeads"];
        trace?: never;
    };
    "/api/v4/leads/{id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The lead's ID.
                 * @example 3912171
                 */
                id: components["parameters"]["LeadId"];
            };
            cookie?: never;
        };
        /**
         * Get a lead by ID
         * @description Returns one lead (получение сделки по ID). **Who may call it:** all users, within their rights.
         *
         *     **A lead that does not exist answers 204 with an empty body**, not 404. Properties that need `with`: `source_id`, `is_price_modified_by_robot` and, in `_embedded`, `contacts`, `loss_reason`, `catalog_elements` and `source`; `with=only_deleted` lists the deleted leads still in the trash instead.
         *
         *     The page lists 200, 204 and 401; 402, 403, 429, 500 and 504 are the answers every call can get (error-codes.md).
         */
        get: operations["getLead"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a lead
         * @description Changes one lead: the body is the lead model itself, not an array, and carries only what changes.
         *     The page describes this call only in a sentence of the batch edit ("также вы можете добавить ID … в метод"); the body is the batch edit's item, the answer one item of the batch answer.
         *     Tags: `tags_to_add` and `tags_to_delete` add and remove single tags and keep the others; `_embedded.tags` **replaces the whole list** (null removes every tag). **Who may call it:** all users, within their rights.
         *
         *     400 and 401 as for the batch edit; 402, 403, 429, 500 and 504 are the answers every call can get (error-codes.md).
         */
        patch: operations["updateLead"];
        trace?: never;
    };
    "/api/v4/leads/complex": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add leads with their contact and company
         * @description Adds leads, each with its contact and company, in one call (комплексное добавление сделок с
         *     контактом и компанией): **at most 50 leads** per request, at most 1 contact and 1 company per lead,
         *     at most 40 custom field values per lead, contact and company. A new contact and company created
         *     together are linked to each other. A lead with `_embedded.metadata` (`category` `forms` or `sip`)
         *     goes to Incoming leads, whatever `status_id` says.
         *
         *     **Duplicate control** (duplication-control.md): when it is on for the integration, each lead,
         *     contact and company is checked against the entities already in the account (not against the other
         *     items of the request) and may be merged into a duplicate: `merged: true`, `id` is the existing
         *     lead's, and `request_id` is an array listing every item sent that was merged into it. So a retry
         *     of this call is not safe unless duplicate control is on.
         *
         *     **The answer is a bare JSON array**, one item per lead in the order sent, not a HAL collection.
         *     The page names `application/hal+json` as its content type, as for every other call; the body is
         *     not HAL, so this description declares `application/json` first and accepts `application/hal+json`
         *     with the same schema. **Who may call it:** all users, within their rights.
         *
         *     The page lists 200, 400 and 401; 402, 403, 429, 500 and 504 are the answers every call can get
         *     (error-codes.md).
         */
        post: operations["createLeadsComplex"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/contacts": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List contacts
         * @description Returns the account's contacts (список: контакты), a page at a time (`limit` at most 250), searched by `query`, filtered and sorted.
         *     **Who may call it:** all users, within their rights.
         *
         *     Properties that need `with`: `_embedded.leads`, `_embedded.customers` and `_embedded.catalog_elements`. Sortable by `updated_at` and `id` (`order[updated_at]=asc`).
         *
         *     **Filters** (filters-api.md): ID, name, the creating, changing and responsible users, the creation, change and closest-task dates, and custom field values.
         *     The API filtering is **a paid option** of the account (Альфа-фильтрация, switched on in "Settings → Billing"); `GET /api/v4/account?with=is_api_filter_enabled` tells whether it is on.
         *
         *     When nothing matches, or past the last page, the answer is **204 with an empty body** (error-codes.md, code 2002).
         *     The page lists 200, 401 and 402; 403, 429, 500 and 504 are the answers every call can get (error-codes.md).
         */
        get: operations["listContacts"];
        put?: never;
        /**
         * Create contacts
         * @description Creates contacts in a batch (добавление: контакты); nothing is required. `_embedded` carries tags only.
         *     Send a `request_id` with an item to find it in the answer. **Who may call it:** all users, within their rights.
         *
         *     The page lists 200, 400 and 401; 402, 403, 429, 500 and 504 are the answers every call can get (error-codes.md).
         */
        post: operations["createContacts"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit contacts
         * @description Changes contacts in a batch (редактирование: контакты): an array of items, each naming its contact by `id` and carrying only what changes.
         *     To change one contact, `PATCH /api/v4/contacts/{id}` with the contact model alone. Tags: `tags_to_add` and `tags_to_delete` add and remove single tags and keep the others; `_embedded.tags` **replaces the whole list** (null removes every tag).
         *     The answer returns `id` and `updated_at` of each. **Who may call it:** all users, within their rights.
         *
         *     The page lists 200, 400 and 401; 402, 403, 429, 500 and 504 are the answers every call can get (error-codes.md).
         */
        patch: operations["updateContacts"];
        trace?: never;
    };
    "/api/v4/contacts/{id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The contact's ID.
                 * @example 3
                 */
                id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        /**
         * Get a contact by ID
         * @description Returns one contact (получение контакта по ID). **Who may call it:** all users, within their rights.
         *
         *     **A contact that does not exist answers 204 with an empty body**, not 404. Properties that need `with`: `_embedded.leads`, `_embedded.customers` and `_embedded.catalog_elements`.
         *
         *     The page lists 200, 204 and 401; 402, 403, 429, 500 and 504 are the answers every call can get (error-codes.md).
         */
        get: operations["getContact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a contact
         * @description Changes one contact: the body is the contact model itself, not an array, and carries only what changes.
         *     The page describes this call only in a sentence of the batch edit ("также вы можете добавить ID … в метод"); the body is the batch edit's item, the answer one item of the batch answer.
         *     Tags: `tags_to_add` and `tags_to_delete` add and remove single tags and keep the others; `_embedded.tags` **replaces the whole list** (null removes every tag). **Who may call it:** all users, within their rights.
         *
         *     400 and 401 as for the batch edit; 402, 403, 429, 500 and 504 are the answers every call can get (error-codes.md).
         */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/api/v4/contacts/chats": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List the chats of contacts
         * @description Returns the links between chats and contacts (получение списка чатов контакта): the chats of the
         *     contacts given, or the contacts of the chats given. For a chat in Incoming leads, the contact of
         *     that Incoming lead is returned. Only chats of the channels the integration has access to are
         *     returned, so internal chats between users never are.
         *     **Who may call it:** account administrators only, from an integration whose UUID is set in the
         *     channel's settings. No session cookies may be sent, or the call fails.
         *
         *     When nothing matches, the answer is **204 with an empty body** (error-codes.md, code 2002). 402,
         *     403, 429, 500 and 504 are the answers every call can get (error-codes.md).
         */
        get: operations["listContactChats"];
        put?: never;
        /**
         * Link chats to contacts
         * @description Links chats to contacts in a batch (привязка чатов к контактам). A chat is linked to at most one
         *     contact; a contact may have several chats. The integration may link only chats of the channels it
         *     has access to. **Who may call it:** account administrators only, from an integration whose UUID is
         *     set in the channel's settings. No session cookies may be sent, or the call fails.
         *
         *     The page lists 200 and 401; 400, 402, 403, 429, 500 and 504 are the answers every call can get
         *     (error-codes.md).
         */
        post: operations["createContactChats"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/companies": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List companies
         * @description Returns the account's companies (список: компании), a page at a time (`limit` at most 250), searched by `query`, filtered and sorted.
         *     **Who may call it:** all users, within their rights.
         *
         *     Properties that need `with`: `_embedded.contacts`, `_embedded.leads`, `_embedded.customers` and `_embedded.catalog_elements`. Sortable by `updated_at` and `id` (`order[updated_at]=asc`).
         *
         *     **Filters** (filters-api.md): ID, name, the creating, changing and responsible users, the creation, change and closest-task dates, and custom field values.
         *     The API filtering is **a paid option** of the account (Альфа-фильтрация, switched on in "Settings → Billing"); `GET /api/v4/account?with=is_api_filter_enabled` tells whether it is on.
         *
         *     When nothing matches, or past the last page, the answer is **204 with an empty body** (error-codes.md, code 2002).
         *     The page lists 200, 401 and 402; 403, 429, 500 and 504 are the answers every call can get (error-codes.md).
         */
        get: operations["listCompanies"];
        put?: never;
        /**
         * Create companies
         * @description Creates companies in a batch (добавление: компании); nothing is required. `_embedded` carries tags only.
         *     Send a `request_id` with an item to find it in the answer. **Who may call it:** all users, within their rights.
         *
         *     The page lists 200, 400 and 401; 402, 403, 429, 500 and 504 are the answers every call can get (error-codes.md).
         */
        post: operations["createCompanies"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit companies
         * @description Changes companies in a batch (редактирование: компании): an array of items, each naming its company by `id` and carrying only what changes.
         *     To change one company, `PATCH /api/v4/companies/{id}` with the company model alone. Tags: `tags_to_add` and `tags_to_delete` add and remove single tags and keep the others; `_embedded.tags` **replaces the whole list** (null removes every tag).
         *     The answer returns `id` and `updated_at` of each. **Who may call it:** all users, within their rights.
         *
         *     The page lists 200, 400 and 401; 402, 403, 429, 500 and 504 are the answers every call can get (error-codes.md).
         */
        patch: operations["updateCompanies"];
        trace?: never;
    };
    "/api/v4/companies/{id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The company's ID.
                 * @example 1
                 */
                id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        /**
         * Get a company by ID
         * @description Returns one company (получение компании по ID). **Who may call it:** all users, within their rights.
         *
         *     **A company that does not exist answers 204 with an empty body**, not 404. Properties that need `with`: `_embedded.contacts`, `_embedded.leads`, `_embedded.customers` and `_embedded.catalog_elements`.
         *
         *     The page lists 200, 204 and 401; 402, 403, 429, 500 and 504 are the answers every call can get (error-codes.md).
         */
        get: operations["getCompany"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a company
         * @description Changes one company: the body is the company model itself, not an array, and carries only what changes.
         *     The page describes this call only in a sentence of the batch edit ("также вы можете добавить ID … в метод"); the body is the batch edit's item, the answer one item of the batch answer.
         *     Tags: `tags_to_add` and `tags_to_delete` add and remove single tags and keep the others; `_embedded.tags` **replaces the whole list** (null removes every tag). **Who may call it:** all users, within their rights.
         *
         *     400 and 401 as for the batch edit; 402, 403, 429, 500 and 504 are the answers every call can get (error-codes.md).
         */
        patch: operations["updateCompany"];
        trace?: never;
    };
    "/api/v4/account": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Get the account
         * @description Returns the account's parameters (параметры аккаунта): its ID, name, subdomain, the current user
         *     and its settings; `with` adds the task types, user groups, chat settings, entity names, date and
         *     time settings, the Files API host (`drive_url`), whether API filtering is on and the invoice settings.
         *     **Who may call it:** all users of the account.
         *
         *     Use `with=task_types` for the task types a task's `task_type_id` takes, `with=amojo_id` for the
         *     account's ID in the chats service and `with=drive_url` for the host of the Files API.
         *
         *     The page lists 200 and 401; 402, 403, 429, 500 and 504 are the answers every call can get
         *     (error-codes.md).
         */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/users": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Returns the account's users (список пользователей) with their rights, a page at a time; `with`
         *     adds their role, group, UUID, chats ID, rank and phone number.
         *     **Who may call it:** account administrators only. External integrations cannot call the user
         *     methods (oauth/scopes.md).
         *
         *     A page past the last one answers **204 with an empty body** (error-codes.md, code 2002). 402, 429,
         *     500 and 504 are the answers every call can get (error-codes.md).
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Add users
         * @description Adds users to the account in a batch (добавление пользователей): at most 10 per request. The
         *     call is unavailable once the account has more than 100 users. `name`, `email` and `password`
         *     are required; see `UserCreate` for how `role_id`, `is_free` and the rights override each other.
         *     **Who may call it:** account administrators only.
         *
         *     402, 429, 500 and 504 are the answers every call can get (error-codes.md).
         */
        post: operations["createUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/users/{id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The user's ID.
                 * @example 185848
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * Get a user by ID
         * @description Returns one user of the account with their rights (получение пользователя по ID).
         *     **Who may call it:** account administrators only.
         *
         *     The page lists 200, 401 and 403 (nothing for an unknown ID); 402, 429, 500 and 504 are the
         *     answers every call can get (error-codes.md).
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/roles": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List roles
         * @description Returns the account's user roles (список ролей пользователей), a page at a time; `with=users`
         *     adds the IDs of the users who have each. **Who may call it:** account administrators only.
         *
         *     When there is nothing to list, the answer is **204 with an empty body** (error-codes.md, code
         *     2002). 402, 429, 500 and 504 are the answers every call can get (error-codes.md).
         */
        get: operations["listRoles"];
        put?: never;
        /**
         * Create roles
         * @description Creates roles (добавление ролей). The page says the call works in a batch (пакетно) but its
         *     example sends one object, not an array; both forms are declared, the array being the batch form
         *     every other create of the API takes. The answer is a collection either way.
         *     **Who may call it:** account administrators only.
         *
         *     402, 429, 500 and 504 are the answers every call can get (error-codes.md).
         */
        post: operations["createRoles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/roles/{id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The role's ID.
                 * @example 107995
                 */
                id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        /**
         * Get a role by ID
         * @description Returns one role (получение роли по ID); `with=users` adds the IDs of its users.
         *     **Who may call it:** account administrators only.
         *
         *     The page lists 200, 401 and 403 (nothing for an unknown ID); 402, 429, 500 and 504 are the
         *     answers every call can get (error-codes.md).
         */
        get: operations["getRole"];
        put?: never;
        post?: never;
        /**
         * Delete a role
         * @description Deletes a role (удаление роли). **Who may call it:** account administrators only.
         *
         *     402, 429, 500 and 504 are the answers every call can get (error-codes.md).
         */
        delete: operations["deleteRole"];
        options?: never;
        head?: never;
        /**
         * Edit a role
         * @description Changes a role (редактирование роли): nothing is required, but the body cannot be empty. Only the
         *     rights sent change. `rights.status_rights` null or `[]` removes the role's status rights; the
         *     statuses of Incoming leads then keep rights with every action denied. The answer is **202**, not
         *     200. **Who may call it:** account administrators only.
         *
         *     402, 429, 500 and 504 are the answers every call can get (error-codes.md).
         */
        patch: operations["updateRole"];
        trace?: never;
    };
    "/api/v4/leads/pipelines": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List lead pipelines
         * @description Returns the account's lead pipelines (список воронок сделок), each with its statuses. The list is
         *     not paged: an account has at most 50 pipelines. **Who may call it:** all users of the account.
         *
         *     The page lists 200 and 401; 402, 403, 429, 500 and 504 are the answers every call can get
         *     (error-codes.md).
         */
        get: operations["listPipelines"];
        put?: never;
        /**
         * Create lead pipelines
         * @description Adds pipelines in a batch (добавление воронок). `name`, `sort`, `is_main` and `is_unsorted_on`
         *     are required for each. Statuses may be sent in `_embedded.statuses`, including names for the
         *     system statuses 142 and 143; the system statuses are created in any case. An account has at most
         *     50 pipelines, a pipeline at most 100 statuses (system ones included).
         *     **Who may call it:** account administrators only.
         *
         *     402, 429, 500 and 504 are the answers every call can get (error-codes.md).
         */
        post: operations["createPipelines"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/leads/pipelines/{id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The pipeline's ID.
                 * @example 3177727
                 */
                id: components["parameters"]["PipelineId"];
            };
            cookie?: never;
        };
        /**
         * Get a lead pipeline by ID
         * @description Returns one pipeline with its statuses (получение воронки сделок по ID).
         *     **Who may call it:** all users of the account.
         *
         *     The page lists 200 and 401 only (nothing for an unknown ID); 402, 403, 429, 500 and 504 are the
         *     answers every call can get (error-codes.md).
         */
        get: operations["getPipeline"];
        put?: never;
        post?: never;
        /**
         * Delete a lead pipeline
         * @description Deletes a pipeline (удаление воронки). The account's last pipeline, and a pipeline that holds
         *     leads, cannot be deleted. **Who may call it:** account administrators only.
         *
         *     402, 429, 500 and 504 are the answers every call can get (error-codes.md).
         */
        delete: operations["deletePipeline"];
        options?: never;
        head?: never;
        /**
         * Edit a lead pipeline
         * @description Changes a pipeline's name, position, main flag or Incoming leads switch (редактирование воронки):
         *     at least one of them. Its statuses are edited through the status calls.
         *     **Who may call it:** account administrators only.
         *
         *     402, 429, 500 and 504 are the answers every call can get (error-codes.md).
         */
        patch: operations["updatePipeline"];
        trace?: never;
    };
    "/api/v4/leads/pipelines/{pipeline_id}/statuses": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the pipeline the statuses belong to.
                 * @example 3177727
                 */
                pipeline_id: components["parameters"]["StatusPipelineId"];
            };
            cookie?: never;
        };
        /**
         * List the statuses of a lead pipeline
         * @description Returns the statuses (этапы) of one pipeline (список статусов воронки сделок), in their order,
         *     system statuses included; `with=descriptions` adds their descriptions. Not paged: a pipeline has
         *     at most 100 statuses. **Who may call it:** all users of the account.
         *
         *     The page lists 200 and 401; 402, 403, 429, 500 and 504 are the answers every call can get
         *     (error-codes.md).
         */
        get: operations["listPipelineStatuses"];
        put?: never;
        /**
         * Add statuses to a lead pipeline
         * @description Adds statuses to a pipeline in a batch (добавление статусов в воронку). `name` and `sort` are
         *     required for each. Each may carry descriptions: at most 3, one per level (`newbie`,
         *     `candidate`, `master`; a level at most once), each up to 1000 characters, emoji allowed.
         *     A pipeline has at most 100 statuses, system ones included.
         *     **Who may call it:** account administrators only.
         *
         *     402, 429, 500 and 504 are the answers every call can get (error-codes.md).
         */
        post: operations["createPipelineStatuses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/leads/pipelines/{pipeline_id}/statuses/{id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the pipeline the statuses belong to.
                 * @example 3177727
                 */
                pipeline_id: components["parameters"]["StatusPipelineId"];
                /**
                 * @description The status's ID (`142` and `143` are the system closed statuses of every pipeline).
                 * @example 32392159
                 */
                id: components["parameters"]["PipelineStatusId"];
            };
            cookie?: never;
        };
        /**
         * Get a status of a lead pipeline by ID
         * @description Returns one status of a pipeline (получение статуса воронки сделок по ID); `with=descriptions`
         *     adds its descriptions. **Who may call it:** all users of the account.
         *
         *     The page lists 200 and 401 only (nothing for an unknown ID); 402, 403, 429, 500 and 504 are the
         *     answers every call can get (error-codes.md).
         */
        get: operations["getPipelineStatus"];
        put?: never;
        post?: never;
        /**
         * Delete a status of a lead pipeline
         * @description Deletes a status (удаление статуса воронки). Its leads move to the pipeline's first status.
         *     **Who may call it:** account administrators only.
         *
         *     402, 429, 500 and 504 are the answers every call can get (error-codes.md).
         */
        delete: operations["deletePipelineStatus"];
        options?: never;
        head?: never;
        /**
         * Edit a status of a lead pipeline
         * @description Changes a status (редактирование статуса воронки): at least one of its name, position, colour and
         *     descriptions. A description without `id` is created; with `id`, `level` and `description` it
         *     is changed; with `id` and `level` but no `description` it is deleted. At most 3 descriptions,
         *     one per level, each up to 1000 characters. **Who may call it:** account administrators only.
         *
         *     402, 429, 500 and 504 are the answers every call can get (error-codes.md).
         */
        patch: operations["updatePipelineStatus"];
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
        /** @description Exchanges an authorization code for the first token pair. */
        OAuthAuthorizationCodeGrant: {
            /**
             * @description The integration's ID.
             * @example 8a5e7e0f-7a4c-4f7d-9b0e-3f6b2a1c9d40
             */
            client_id: string;
            /**
             * Format: password
             * @description The integration's secret key.
             * @example xbkQ9uJQ4pTZ2yL1wE8rS7vN3mC6aF0dG5hK
             */
            client_secret: string;
            /**
             * @description The grant type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            grant_type: "authorization_code";
            /**
             * Format: password
             * @description The one-time authorization code (lives 20 minutes).
             * @example def50200a1b2c3d4e5f6
             */
            code: string;
            /**
             * @description The integration's redirect URI, exactly as registered.
             * @example https://example.com/amocrm/oauth
             */
            redirect_uri: string;
        };
        /** @description Exchanges the current (single-use) refresh token for a new token pair. */
        OAuthRefreshTokenGrant: {
            /**
             * @description The integration's ID.
             * @example 8a5e7e0f-7a4c-4f7d-9b0e-3f6b2a1c9d40
             */
            client_id: string;
            /**
             * Format: password
             * @description The integration's secret key.
             * @example xbkQ9uJQ4pTZ2yL1wE8rS7vN3mC6aF0dG5hK
             */
            client_secret: string;
            /**
             * @description The grant type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            grant_type: "refresh_token";
            /**
             * Format: password
             * @description The refresh token of the last pair issued. It is revoked by this call.
             * @example def502001f2e3d4c5b6a
             */
            refresh_token: string;
            /**
             * @description The integration's redirect URI, exactly as registered.
             * @example https://example.com/amocrm/oauth
             */
            redirect_uri: string;
        };
        /** @description The body of `POST /oauth2/access_token`, one of the two grants, told apart by `grant_type`. */
        OAuthAccessTokenRequest: components["schemas"]["OAuthAuthorizationCodeGrant"] | components["schemas"]["OAuthRefreshTokenGrant"];
        /** @description A token pair issued by `POST /oauth2/access_token`. */
        OAuthTokenPair: {
            /**
             * @description Always `Bearer`.
             * @example Bearer
             */
            token_type: string;
            /**
             * @description Seconds until the access token expires (86400, 24 hours).
             * @example 86400
             */
            expires_in: number;
            /**
             * Format: password
             * @description The access token (a JWT), sent as `Authorization: Bearer <access_token>`.
             * @example eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl
             */
            access_token: string;
            /**
             * Format: password
             * @description The new single-use refresh token. Store it before using the access token.
             * @example def50200aa11bb22cc33
             */
            refresh_token: string;
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
        /** @description An error of the token endpoint. Besides the RFC 7807 fields it carries a `hint`. */
        OAuthProblem: components["schemas"]["Problem"] & {
            /**
             * @description What exactly is wrong with the grant, in English.
             * @example Token has been revoked
             */
            hint?: string;
        };
        /** @description A 429 problem. amoCRM states how long to wait before the next request. */
        RateLimitProblem: components["schemas"]["Problem"] & {
            /**
             * @description Seconds to wait before retrying.
             * @example 1
             */
            retry_after?: number;
        };
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
        WidgetSettingTemplateText: {
            /**
             * @example text
             * @constant
             */
            type: "text";
        } & components["schemas"]["WidgetSettingTemplateBase"] & {
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
        WidgetSettingTemplatePass: {
            /**
             * @example pass
             * @constant
             */
            type: "pass";
        } & components["schemas"]["WidgetSettingTemplateBase"] & {
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
        WidgetSettingTemplateCustom: {
            /**
             * @example custom
             * @constant
             */
            type: "custom";
        } & components["schemas"]["WidgetSettingTemplateBase"] & {
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
        WidgetSettingTemplateUsers: {
            /**
             * @example users
             * @constant
             */
            type: "users";
        } & components["schemas"]["WidgetSettingTemplateBase"] & {
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
        WidgetSettingTemplateUsersLp: {
            /**
             * @example users_lp
             * @constant
             */
            type: "users_lp";
        } & components["schemas"]["WidgetSettingTemplateBase"] & {
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
         * @description The type of a custom field (тип поля). The documentation's response tables type `type` as `int`,
         *     but every example and the live API send one of these strings.
         *
         *     The first eighteen are the documented types; eight more are returned by the live API but not
         *     documented. What each type holds and for which entities it is available is in
         *     [Custom field types](#/custom-field-types), the one place that table is kept.
         * @example text
         * @enum {string}
         */
        CustomFieldType: "text" | "numeric" | "checkbox" | "select" | "multiselect" | "multitext" | "date" | "url" | "date_time" | "textarea" | "radiobutton" | "streetaddress" | "smart_address" | "birthday" | "legal_entity" | "price" | "category" | "items" | "tracking_data" | "linked_entity" | "monetary" | "chained_list" | "file" | "payer" | "supplier" | "org_legal_name";
        /** @description One of the values a `select`, `multiselect`, `radiobutton` or `multitext` field offers (доступное значение поля). */
        CustomFieldEnum: {
            /**
             * @description The value's ID.
             * @example 3778801
             */
            id: number;
            /**
             * @description The value.
             * @example Значение 1
             */
            value: string;
            /**
             * @description The value's position among the field's values.
             * @example 1
             */
            sort?: number;
        };
        /**
         * @description The properties every custom field has, whatever its entity. Each entity's field model
         *     (`LeadCustomField`, `ContactCustomField`, …) adds its own.
         *
         *     The live API returns more properties than the documentation lists, and may add types; clients
         *     should ignore what they do not know.
         */
        CustomFieldBase: {
            /**
             * @description The field's ID.
             * @example 4439091
             */
            id?: number;
            /**
             * @description The field's name.
             * @example Пример текстового поля
             */
            name?: string;
            /**
             * @description The field's code (код поля): an entity's value can be written by `field_code` instead of
             *     `field_id`. Predefined fields have one (`PHONE`, `EMAIL`, `POSITION`); a field created
             *     without a code has null.
             * @example PHONE
             */
            code?: string | null;
            /**
             * @description The field's position (сортировка).
             * @example 504
             */
            sort?: number;
            /**
             * @description The field's type. The documentation's tables type it `int`, but every example and the live
             *     API send a string. Known values are listed in `CustomFieldType`; a type added later arrives
             *     as another string.
             * @example text
             */
            type?: components["schemas"]["CustomFieldType"] | string;
            /**
             * @description The entity the field belongs to: `leads`, `contacts`, `companies`, `customers`, `segments` or `catalogs`.
             * @example leads
             */
            entity_type?: string;
            /**
             * @description The ID of the account.
             * @example 28805383
             */
            account_id?: number;
            /**
             * @description Whether the field can be changed only through the API (not in the interface).
             * @example false
             */
            is_api_only?: boolean;
            /** @description The values the field offers (`select`, `multiselect`, `radiobutton`, `multitext`); null for other types. */
            enums?: components["schemas"]["CustomFieldEnum"][] | null;
            /**
             * @description In the answer to a create or edit call only, the `request_id` sent with the item, or its zero-based position in the batch.
             * @example 0
             */
            request_id?: string;
            /**
             * @description The field's own link. In list and create answers the documentation shows
             *     `https://example.amocrm.ru/api/v4/custom_fields/{id}/` rather than the entity's own path;
             *     the `href` is kept as a plain string.
             */
            _links?: components["schemas"]["HalItemLinks"];
        };
        /** @description A pipeline stage (status) that cannot be entered until the field is filled (обязательное поле для смены этапа). */
        CustomFieldRequiredStatus: {
            /**
             * @description The ID of the stage (status) that requires the field.
             * @example 20540473
             */
            status_id: number;
            /**
             * @description The ID of the pipeline the stage belongs to.
             * @example 16056
             */
            pipeline_id: number;
        };
        /** @description The properties of a field of a lead, contact, company or customer that place it in the entity's card and its pipeline. */
        CustomFieldCardProperties: {
            /**
             * @description The ID of the field group (группа полей) the field is in, such as `leads_16091668441111`; null for the main group.
             * @example leads_16091668441111
             */
            group_id?: string | null;
            /** @description The pipeline stages that require the field to be filled before an entity enters them (обязательные поля для смены этапа). */
            required_statuses?: components["schemas"]["CustomFieldRequiredStatus"][] | null;
        };
        /**
         * @description When to remind about a birthday (`birthday` fields only): `never`, `day` (a day before),
         *     `week` (a week before), `month` (a month before); null for other types. One documentation table
         *     types it `string|null`, another `string|int`; the live API sends these strings or null, which
         *     is what this description takes. Other values the API may add later are not rejected.
         * @example week
         */
        CustomFieldReminder: string | null;
        /**
         * @description A lead field (поле сделки). The documentation says `is_predefined` and `settings` are returned
         *     for contacts and companies, and for catalogs, only; its own lead examples carry them
         *     (`false` and null), so they are described here too.
         */
        LeadCustomField: components["schemas"]["CustomFieldBase"] & components["schemas"]["CustomFieldCardProperties"] & {
            /**
             * @description Always `leads`.
             * @constant
             */
            entity_type?: "leads";
            /**
             * @description Whether the field is predefined by amoCRM. `false` for the fields an account adds.
             * @example false
             */
            is_predefined?: boolean;
            remind?: components["schemas"]["CustomFieldReminder"];
            /** @description Field settings are a catalog feature; the documentation's lead examples show null. */
            settings?: {
                [key: string]: unknown;
            } | unknown[] | null;
        };
        /**
         * @description Fields of leads (сделки): a page of the list, or the fields a create or edit call wrote (each with its
         *     `request_id`, in the order sent).
         */
        LeadCustomFieldCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                custom_fields: components["schemas"]["LeadCustomField"][];
            };
        };
        /**
         * @description When to remind about a birthday (`birthday` fields only): `never`, `day` (a day before), `week` (a week before), `month` (a month before).
         * @example week
         * @enum {string|null}
         */
        CustomFieldReminderWrite: "never" | "day" | "week" | "month" | null;
        /**
         * @description One value of a `select`, `multiselect` or `radiobutton` field, as a create or edit call sends it.
         *
         *     The documentation's request tables type `sort` as `string`; everywhere else (its examples, the
         *     response tables, the live API) it is an integer, which is what this description takes.
         *     The tables list no `id`: on an edit, send the `id` of an existing value to keep it (and its
         *     stored selections); a value sent without `id` is created, and on the live API an edit that sends
         *     `enums` replaces the whole list.
         */
        CustomFieldEnumWrite: {
            /**
             * @description The ID of an existing value to keep or change (edit calls). Omit it for a new value.
             * @example 3778801
             */
            id?: number;
            /**
             * @description The value.
             * @example Значение 1
             */
            value: string;
            /**
             * @description The value's position among the field's values.
             * @example 1
             */
            sort?: number;
        };
        /** @description The field properties a create or edit call may send for any entity. Each entity's create and edit models add their own. */
        CustomFieldWritableFields: {
            /**
             * @description The field's name.
             * @example multi select
             */
            name?: string;
            /**
             * @description The field's code, by which an entity's value can be written without the field's ID.
             * @example SOURCE
             */
            code?: string;
            /**
             * @description The field's position within its group.
             * @example 510
             */
            sort?: number;
            remind?: components["schemas"]["CustomFieldReminderWrite"];
            /** @description The values a `select`, `multiselect` or `radiobutton` field offers. */
            enums?: components["schemas"]["CustomFieldEnumWrite"][];
            /**
             * @description Returned unchanged in the answer and not stored. Without it the answer gives the item's zero-based position.
             * @example source-field
             */
            request_id?: string;
        };
        /** @description The properties a create or edit call may send for a field of a lead, contact, company or customer. */
        CustomFieldCardWritableFields: {
            /**
             * @description The ID of the field group to put the field in, such as `leads_16091668441111`.
             * @example leads_16091668441111
             */
            group_id?: string;
            /** @description The pipeline stages that cannot be entered until the field is filled; an empty array or null clears them. */
            required_statuses?: components["schemas"]["CustomFieldRequiredStatus"][] | null;
        };
        /** @description A field to create for leads, contacts or companies. `type` and `name` are required. */
        CustomFieldCreate: WithRequired<components["schemas"]["CustomFieldWritableFields"], "name"> & components["schemas"]["CustomFieldCardWritableFields"] & {
            type: components["schemas"]["CustomFieldType"];
            /**
             * @description Whether the field can be changed only through the API.
             * @example false
             */
            is_api_only?: boolean;
        };
        /** @description Changes to one field of leads, contacts or companies inside a batch edit (`PATCH …/custom_fields`). `id` says which field; everything else is optional. */
        CustomFieldBatchUpdate: components["schemas"]["CustomFieldWritableFields"] & components["schemas"]["CustomFieldCardWritableFields"] & {
            /**
             * @description The ID of the field to change.
             * @example 4457223
             */
            id: number;
            /**
             * @description Whether the field can be changed only through the API.
             * @example false
             */
            is_api_only?: boolean;
        };
        /** @description Changes to one field of leads, contacts or companies (`PATCH …/custom_fields/{id}`). Send only what changes; the type cannot be changed. */
        CustomFieldUpdate: components["schemas"]["CustomFieldWritableFields"] & components["schemas"]["CustomFieldCardWritableFields"] & {
            /**
             * @description Whether the field can be changed only through the API.
             * @example false
             */
            is_api_only?: boolean;
        };
        /** @description A contact field (поле контакта). The documentation names contact and company fields as the ones that report `is_predefined` and `is_deletable`. */
        ContactCustomField: components["schemas"]["CustomFieldBase"] & components["schemas"]["CustomFieldCardProperties"] & {
            /**
             * @description Always `contacts`.
             * @constant
             */
            entity_type?: "contacts";
            /**
             * @description Whether the field is predefined by amoCRM, such as Phone (`PHONE`), Email (`EMAIL`) and Position (`POSITION`).
             * @example true
             */
            is_predefined?: boolean;
            /**
             * @description Whether the field can be deleted. Predefined fields cannot.
             * @example false
             */
            is_deletable?: boolean;
            remind?: components["schemas"]["CustomFieldReminder"];
        };
        /**
         * @description Fields of contacts (контакты): a page of the list, or the fields a create or edit call wrote (each with its
         *     `request_id`, in the order sent).
         */
        ContactCustomFieldCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                custom_fields: components["schemas"]["ContactCustomField"][];
            };
        };
        /** @description A company field (поле компании). The documentation names contact and company fields as the ones that report `is_predefined` and `is_deletable`. */
        CompanyCustomField: components["schemas"]["CustomFieldBase"] & components["schemas"]["CustomFieldCardProperties"] & {
            /**
             * @description Always `companies`.
             * @constant
             */
            entity_type?: "companies";
            /**
             * @description Whether the field is predefined by amoCRM, such as Phone (`PHONE`), Email (`EMAIL`), Web (`WEB`) and Address (`ADDRESS`).
             * @example true
             */
            is_predefined?: boolean;
            /**
             * @description Whether the field can be deleted. Predefined fields cannot.
             * @example false
             */
            is_deletable?: boolean;
            remind?: components["schemas"]["CustomFieldReminder"];
        };
        /**
         * @description Fields of companies (компании): a page of the list, or the fields a create or edit call wrote (each with its
         *     `request_id`, in the order sent).
         */
        CompanyCustomFieldCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                custom_fields: components["schemas"]["CompanyCustomField"][];
            };
        };
        /** @description A customer field (поле покупателя). */
        CustomerCustomField: components["schemas"]["CustomFieldBase"] & components["schemas"]["CustomFieldCardProperties"] & {
            /**
             * @description Always `customers`.
             * @constant
             */
            entity_type?: "customers";
        };
        /**
         * @description Fields of customers (покупатели): a page of the list, or the fields a create or edit call wrote (each with its
         *     `request_id`, in the order sent).
         */
        CustomerCustomFieldCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                custom_fields: components["schemas"]["CustomerCustomField"][];
            };
        };
        /** @description A field to create for customers. `type` and `name` are required. */
        CustomerCustomFieldCreate: WithRequired<components["schemas"]["CustomFieldWritableFields"], "name"> & components["schemas"]["CustomFieldCardWritableFields"] & {
            type: components["schemas"]["CustomFieldType"];
        };
        /** @description Changes to one field of customers inside a batch edit (`PATCH …/custom_fields`). `id` says which field; everything else is optional. */
        CustomerCustomFieldBatchUpdate: components["schemas"]["CustomFieldWritableFields"] & components["schemas"]["CustomFieldCardWritableFields"] & {
            /**
             * @description The ID of the field to change.
             * @example 4457223
             */
            id: number;
        };
        /** @description Changes to one field of customers (`PATCH …/custom_fields/{id}`). Send only what changes; the type cannot be changed. */
        CustomerCustomFieldUpdate: components["schemas"]["CustomFieldWritableFields"] & components["schemas"]["CustomFieldCardWritableFields"];
        /** @description A field of customer segments (поле сегмента покупателей). It has the common properties only. */
        CustomerSegmentCustomField: components["schemas"]["CustomFieldBase"] & {
            /**
             * @description Always `segments`.
             * @constant
             */
            entity_type?: "segments";
        };
        /**
         * @description Fields of customer segments (сегменты): a page of the list, or the fields a create or edit call wrote (each with its
         *     `request_id`, in the order sent).
         */
        CustomerSegmentCustomFieldCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                custom_fields: components["schemas"]["CustomerSegmentCustomField"][];
            };
        };
        /** @description A field to create for customer segments. `type` and `name` are required. */
        CustomerSegmentCustomFieldCreate: WithRequired<components["schemas"]["CustomFieldWritableFields"], "name"> & {
            type: components["schemas"]["CustomFieldType"];
        };
        /** @description Changes to one field of customer segments inside a batch edit (`PATCH …/custom_fields`). `id` says which field; everything else is optional. */
        CustomerSegmentCustomFieldBatchUpdate: components["schemas"]["CustomFieldWritableFields"] & {
            /**
             * @description The ID of the field to change.
             * @example 4457223
             */
            id: number;
        };
        /** @description Changes to one field of customer segments (`PATCH …/custom_fields/{id}`). Send only what changes; the type cannot be changed. */
        CustomerSegmentCustomFieldUpdate: components["schemas"]["CustomFieldWritableFields"];
        /** @description One value of a `category` field's tree (вложенное значение). Catalog (list) fields only. */
        CustomFieldNested: {
            /**
             * @description The value's ID.
             * @example 197
             */
            id?: number;
            /**
             * @description The ID of the parent value; null at the top level.
             * @example null
             */
            parent_id?: number | null;
            /**
             * @description The value.
             * @example категория 1
             */
            value?: string;
            /**
             * @description The value's position among its siblings.
             * @example 0
             */
            sort?: number;
        };
        /** @description A field of a catalog (list, список) and its elements (поле списка). */
        CatalogCustomField: components["schemas"]["CustomFieldBase"] & {
            /**
             * @description Always `catalogs`.
             * @constant
             */
            entity_type?: "catalogs";
            /**
             * @description The ID of the catalog the field belongs to.
             * @example 1095
             */
            catalog_id?: number;
            /**
             * @description Whether the field is shown in the catalog's list view.
             * @example true
             */
            is_visible?: boolean;
            /**
             * @description Whether the field can be deleted in the interface.
             * @example true
             */
            is_deletable?: boolean;
            /**
             * @description Whether the field must be filled when a catalog element is created.
             * @example false
             */
            is_required?: boolean;
            /**
             * @description The field's settings (for example a `price` field's currency); null or an empty array
             *     when there are none. Their content is not documented on this page.
             */
            settings?: {
                [key: string]: unknown;
            } | unknown[] | null;
            /** @description The tree of values of a `category` field; null for other types. */
            nested?: components["schemas"]["CustomFieldNested"][] | null;
        };
        /**
         * @description Fields of a catalog (список): a page of the list, or the fields a create or edit call wrote (each with its
         *     `request_id`, in the order sent).
         */
        CatalogCustomFieldCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                custom_fields: components["schemas"]["CatalogCustomField"][];
            };
        };
        /**
         * @description One value of a `category` field's tree, as a create or edit call sends it. To keep an existing
         *     value, send its `id`; a value without `id` is created.
         *
         *     Several levels can be created in one request: give a new value a `request_id` and point its
         *     children at it with `parent_request_id` (their parent has no `id` yet). Both are used only
         *     within the request and are not stored.
         */
        CustomFieldNestedWrite: {
            /**
             * @description The ID of an existing value. Omit it to create a value.
             * @example 197
             */
            id?: number;
            /**
             * @description The ID of an existing parent value; null (or omitted) at the top level.
             * @example 197
             */
            parent_id?: number | null;
            /**
             * @description The value.
             * @example новая подкатегория 1
             */
            value: string;
            /**
             * @description The value's position among its siblings.
             * @example 1
             */
            sort?: number;
            /**
             * @description A temporary ID of this value, unique within the request, so that children created in the same request can name it in `parent_request_id`.
             * @example shoes
             */
            request_id?: string;
            /**
             * @description The `request_id` of a parent created in the same request (a parent that has no `id` yet).
             * @example shoes
             */
            parent_request_id?: string;
        };
        /** @description The properties a create or edit call may send for a catalog (list) field. */
        CatalogCustomFieldWritableFields: {
            /** @description The field's settings. Their content is not documented on this page. */
            settings?: {
                [key: string]: unknown;
            };
            /**
             * @description Whether the field is shown in the catalog's list view.
             * @example true
             */
            is_visible?: boolean;
            /**
             * @description Whether the field must be filled when a catalog element is created.
             * @example false
             */
            is_required?: boolean;
            /** @description The tree of values of a `category` field. See `CustomFieldNestedWrite` for creating several levels at once. */
            nested?: components["schemas"]["CustomFieldNestedWrite"][];
        };
        /** @description A field to create for a catalog (list). `type` and `name` are required. */
        CatalogCustomFieldCreate: WithRequired<components["schemas"]["CustomFieldWritableFields"], "name"> & components["schemas"]["CatalogCustomFieldWritableFields"] & {
            type: components["schemas"]["CustomFieldType"];
        };
        /** @description Changes to one field of a catalog (list) inside a batch edit (`PATCH …/custom_fields`). `id` says which field; everything else is optional. */
        CatalogCustomFieldBatchUpdate: components["schemas"]["CustomFieldWritableFields"] & components["schemas"]["CatalogCustomFieldWritableFields"] & {
            /**
             * @description The ID of the field to change.
             * @example 4457223
             */
            id: number;
        };
        /** @description Changes to one field of a catalog (list) (`PATCH …/custom_fields/{id}`). Send only what changes; the type cannot be changed. */
        CatalogCustomFieldUpdate: components["schemas"]["CustomFieldWritableFields"] & components["schemas"]["CatalogCustomFieldWritableFields"];
        /** @description A field group (группа полей): a tab of the entity's card that holds fields. */
        CustomFieldGroup: {
            /**
             * @description The group's ID, a string: `default` for the main group, the entity and a number for the
             *     groups an account adds (`leads_29741591099841`), other strings for predefined groups
             *     (`statistic`, `4521`).
             * @example leads_29741591099841
             */
            id?: string;
            /**
             * @description The group's name.
             * @example Группа полей
             */
            name?: string;
            /**
             * @description The group's position in the entity's card.
             * @example 3
             */
            sort?: number;
            /**
             * @description The entity the group belongs to: `leads`, `contacts`, `companies` or `customers`.
             * @example leads
             */
            entity_type?: string;
            /**
             * @description Whether the group is predefined. Predefined groups cannot be deleted.
             * @example false
             */
            is_predefined?: boolean;
            /**
             * @description The group's type: `custom_field_group` (a group of fields) or `linked_group` (a group of
             *     linked items, such as products or statistics). A type added later arrives as another string.
             * @example custom_field_group
             */
            type?: string;
            /**
             * @description In the answer to a create call only, the `request_id` sent with the item.
             * @example group-1
             */
            request_id?: string;
            _links?: components["schemas"]["HalItemLinks"];
        };
        /** @description Field groups of an entity, or the groups a create call added. */
        CustomFieldGroupCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                custom_field_groups: components["schemas"]["CustomFieldGroup"][];
            };
        };
        /** @description A field group to create. `name` and `sort` are required. */
        CustomFieldGroupCreate: {
            /**
             * @description The group's name.
             * @example group 1
             */
            name: string;
            /**
             * @description The group's position in the entity's card.
             * @example 4
             */
            sort: number;
            /**
             * @description Returned unchanged in the answer and not stored.
             * @example group-1
             */
            request_id?: string;
        };
        /** @description Changes to a field group. At least one property must be sent. */
        CustomFieldGroupUpdate: {
            /**
             * @description The group's new name.
             * @example group 1
             */
            name?: string;
            /**
             * @description The group's new position in the entity's card.
             * @example 6
             */
            sort?: number;
        };
        /**
         * @description An event type (тип события): one of the documented codes, or `custom_field_{FIELD_ID}_value_changed`
         *     for the changes of one field (when filtering by it, no other type may be sent). The
         *     documentation's value-structure section writes `robot_replie` for `robot_replied`; the table's
         *     spelling is used.
         *
         *     | code | meaning |
         *     |---|---|
         *     | `lead_added` | Новая сделка |
         *     | `lead_deleted` | Сделка удалена |
         *     | `lead_restored` | Сделка восстановлена |
         *     | `lead_status_changed` | Изменение этапа продажи |
         *     | `lead_linked` | Прикрепление сделки |
         *     | `lead_unlinked` | Открепление сделки |
         *     | `contact_added` | Новый контакт |
         *     | `contact_deleted` | Контакт удален |
         *     | `contact_restored` | Контакт восстановлен |
         *     | `contact_linked` | Прикрепление контакта |
         *     | `contact_unlinked` | Открепление контакта |
         *     | `company_added` | Новая компания |
         *     | `company_deleted` | Компания удалена |
         *     | `company_restored` | Компания восстановлена |
         *     | `company_linked` | Прикрепление компании |
         *     | `company_unlinked` | Открепление компании |
         *     | `customer_added` | Новый покупатель |
         *     | `customer_deleted` | Покупатель удален |
         *     | `customer_status_changed` | Изменение этапа покупателя |
         *     | `customer_linked` | Прикрепление покупателя |
         *     | `customer_unlinked` | Открепление покупателя |
         *     | `task_added` | Новая задача |
         *     | `task_deleted` | Задача удалена |
         *     | `task_completed` | Завершение задачи |
         *     | `task_type_changed` | Изменение типа задачи |
         *     | `task_text_changed` | Изменение текста задачи |
         *     | `task_deadline_changed` | Изменение даты исполнения задачи |
         *     | `task_result_added` | Результат по задаче |
         *     | `incoming_call` | Входящий звонок |
         *     | `outgoing_call` | Исходящий звонок |
         *     | `incoming_chat_message` | Входящее сообщение |
         *     | `outgoing_chat_message` | Исходящее сообщение |
         *     | `entity_direct_message` | Сообщение внутреннего чата |
         *     | `incoming_sms` | Входящее SMS |
         *     | `outgoing_sms` | Исходящее SMS |
         *     | `entity_tag_added` | Теги добавлены |
         *     | `entity_tag_deleted` | Теги убраны |
         *     | `entity_linked` | Прикрепление |
         *     | `entity_unlinked` | Открепление |
         *     | `sale_field_changed` | Изменение поля “Бюджет” |
         *     | `name_field_changed` | Изменение поля “Название” |
         *     | `ltv_field_changed` | Сумма покупок |
         *     | `custom_field_value_changed` | Изменение поля |
         *     | `entity_responsible_changed` | Ответственный изменен |
         *     | `robot_replied` | Ответ робота |
         *     | `intent_identified` | Тема вопроса определена |
         *     | `nps_rate_added` | Новая оценка NPS |
         *     | `link_followed` | Переход по ссылке |
         *     | `transaction_added` | Добавлена покупка |
         *     | `common_note_added` | Новое примечание |
         *     | `common_note_deleted` | Примечание удалено |
         *     | `attachment_note_added` | Добавлен новый файл |
         *     | `targeting_in_note_added` | Добавление в ретаргетинг |
         *     | `targeting_out_note_added` | Удаление из ретаргетинга |
         *     | `geo_note_added` | Новое примечание с гео-меткой |
         *     | `service_note_added` | Новое системное примечание |
         *     | `site_visit_note_added` | Заход на сайт |
         *     | `message_to_cashier_note_added` | LifePay: Сообщение кассиру |
         *     | `key_action_completed` | Ключевое действие |
         *     | `entity_merged` | Выполнено объединение |
         *     | `custom_field_{FIELD_ID}_value_changed` | Изменение поля c переданным ID |
         */
        EventTypeCode: ("lead_added" | "lead_deleted" | "lead_restored" | "lead_status_changed" | "lead_linked" | "lead_unlinked" | "contact_added" | "contact_deleted" | "contact_restored" | "contact_linked" | "contact_unlinked" | "company_added" | "company_deleted" | "company_restored" | "company_linked" | "company_unlinked" | "customer_added" | "customer_deleted" | "customer_status_changed" | "customer_linked" | "customer_unlinked" | "task_added" | "task_deleted" | "task_completed" | "task_type_changed" | "task_text_changed" | "task_deadline_changed" | "task_result_added" | "incoming_call" | "outgoing_call" | "incoming_chat_message" | "outgoing_chat_message" | "entity_direct_message" | "incoming_sms" | "outgoing_sms" | "entity_tag_added" | "entity_tag_deleted" | "entity_linked" | "entity_unlinked" | "sale_field_changed" | "name_field_changed" | "ltv_field_changed" | "custom_field_value_changed" | "entity_responsible_changed" | "robot_replied" | "intent_identified" | "nps_rate_added" | "link_followed" | "transaction_added" | "common_note_added" | "common_note_deleted" | "attachment_note_added" | "targeting_in_note_added" | "targeting_out_note_added" | "geo_note_added" | "service_note_added" | "site_visit_note_added" | "message_to_cashier_note_added" | "key_action_completed" | "entity_merged") | string;
        /**
         * @description Filter by the value before or after the change (фильтр по значению до/после). Each key works
         *     with certain event types only:
         *
         *     - `leads_statuses`: stages of leads, for `lead_status_changed`;
         *     - `customers_statuses`: stages of customers, for `customer_status_changed`;
         *     - `responsible_user_id`: users, comma-separated, for `entity_responsible_changed`;
         *     - `custom_field_values`: option (enum) IDs, comma-separated, for `custom_field_{FIELD_ID}_value_changed`
         *       (with exactly one such type in `filter[type]`);
         *     - `value`: an exact value, for `nps_rate_added`, `sale_field_changed`, `name_field_changed`,
         *       `ltv_field_changed` and `custom_field_value_changed`.
         */
        EventsValueFilter: {
            /** @description Stages as `filter[value_after][leads_statuses][0][pipeline_id]=13513&filter[value_after][leads_statuses][0][status_id]=17079863`. */
            leads_statuses?: {
                /**
                 * @description The pipeline.
                 * @example 13513
                 */
                pipeline_id: number;
                /**
                 * @description The stage.
                 * @example 17079863
                 */
                status_id: number;
            }[];
            /** @description Stages as `filter[value_after][customers_statuses][0][status_id]=135751`. */
            customers_statuses?: {
                /**
                 * @description The stage.
                 * @example 135751
                 */
                status_id: number;
            }[];
            /**
             * @description User IDs, comma-separated (`3231,412314`). (The documentation's prose, query and PHP
             *     comment name three different users for one example; the format is what matters.)
             * @example 3231,412314
             */
            responsible_user_id?: string;
            /**
             * @description Option (enum) IDs of the field, comma-separated (`145,157,202`).
             * @example 145,157,202
             */
            custom_field_values?: string;
            /**
             * @description The exact value (`155`).
             * @example 155
             */
            value?: string;
        };
        /** @description Filters of the event list. */
        EventsFilterFields: {
            /** @description An event ID, or several (event IDs are strings). */
            id?: string | string[];
            /** @description Events after a Unix timestamp, or within a `from`/`to` range. */
            created_at?: components["schemas"]["TimestampRange"];
            /** @description Users who caused the events, up to 10 (`filter[created_by][]=956328&filter[created_by][]=504141`). */
            created_by?: number | number[];
            /**
             * @description Entity kinds: `lead`, `contact`, `company`, `customer`, `task`, `catalog_{CATALOG_ID}`
             *     (`filter[entity][]=lead&filter[entity][]=catalog_1075`).
             */
            entity?: string | string[];
            /**
             * @description Entity IDs, up to 10. Only together with `filter[entity]` naming exactly one kind
             *     (`filter[entity]=lead&filter[entity_id][]=648533`).
             */
            entity_id?: number | number[];
            /** @description Event types (`EventTypeCode`), one or several. */
            type?: components["schemas"]["EventTypeCode"] | components["schemas"]["EventTypeCode"][];
            value_before?: components["schemas"]["EventsValueFilter"];
            value_after?: components["schemas"]["EventsValueFilter"];
        };
        /** @description A note was added or deleted: the note (`lead_added`, `common_note_added`, `incoming_call`, `incoming_sms`, `link_followed`, `task_result_added` and the other note events). */
        EventNoteChange: {
            /** @description The changed item. */
            note: {
                /**
                 * @description The note's ID.
                 * @example 7422564
                 */
                id: number;
            };
        };
        /** @description A task's text changed (`task_text_changed`). */
        EventTaskTextChange: {
            /** @description The changed item. */
            task: {
                /**
                 * @description The task's text.
                 * @example задача
                 */
                text: string;
            };
        };
        /** @description A bot intent fired (`robot_replied`, `intent_identified`). */
        EventHelpbotChange: {
            /** @description The changed item. */
            helpbot: {
                /**
                 * @description The intent's ID.
                 * @example 145
                 */
                id: number;
            };
        };
        /** @description A purchase was added (`transaction_added`). */
        EventTransactionChange: {
            /** @description The changed item. */
            transaction: {
                /**
                 * @description The transaction's ID.
                 * @example 33675
                 */
                id: number;
            };
        };
        /** @description An NPS rating was added (`nps_rate_added`). */
        EventNpsChange: {
            /** @description The changed item. */
            nps: {
                /**
                 * @description The rating, 0 to 10.
                 * @example 7
                 */
                rate: number;
            };
        };
        /** @description A chat message (`incoming_chat_message`, `outgoing_chat_message`, `entity_direct_message`). */
        EventMessageChange: {
            /** @description The changed item. */
            message: {
                /**
                 * @description The message's ID.
                 * @example 1508b51c-aab0-428e-9322-611d847ae747
                 */
                id: string;
            };
        };
        /** @description A tag was added or removed (`entity_tag_added`, `entity_tag_deleted`); one object per tag. */
        EventTagChange: {
            /** @description The changed item. */
            tag: {
                /**
                 * @description The tag's name.
                 * @example тег1
                 */
                name: string;
            };
        };
        /** @description A lead changed stage (`lead_status_changed`). */
        EventLeadStatusChange: {
            /** @description The changed item. */
            lead_status: {
                /**
                 * @description The status ID.
                 * @example 5233224
                 */
                id: number;
                /**
                 * @description The pipeline ID.
                 * @example 437642
                 */
                pipeline_id: number;
            };
        };
        /** @description A customer changed stage (`customer_status_changed`). */
        EventCustomerStatusChange: {
            /** @description The changed item. */
            customer_status: {
                /**
                 * @description The status ID.
                 * @example 43832
                 */
                id: number;
            };
        };
        /** @description The responsible user changed (`entity_responsible_changed`). */
        EventResponsibleUserChange: {
            /** @description The changed item. */
            responsible_user: {
                /**
                 * @description The user's ID.
                 * @example 504329
                 */
                id: number;
            };
        };
        /** @description A task's due date changed (`task_deadline_changed`). */
        EventTaskDeadlineChange: {
            /** @description The changed item. */
            task_deadline: {
                /**
                 * @description The due date, a Unix timestamp.
                 * @example 1573595900
                 */
                timestamp: number;
            };
        };
        /** @description A task's type changed (`task_type_changed`). */
        EventTaskTypeChange: {
            /** @description The changed item. */
            task_type: {
                /**
                 * @description The task type ID.
                 * @example 504329
                 */
                id: number;
            };
        };
        /** @description An entity was linked (`lead_linked`, `contact_linked`, `entity_linked` and the others). */
        EventLinkChange: {
            /** @description The link. */
            link: {
                /** @description The other entity of the link. */
                entity: {
                    /**
                     * @description The entity's kind (`lead`, `contact`, `company`, `customer`, …).
                     * @example lead
                     */
                    type: string;
                    /**
                     * @description The entity's ID.
                     * @example 6232965
                     */
                    id: number;
                };
            };
        };
        /** @description An entity was unlinked (`lead_unlinked`, `contact_unlinked`, `entity_unlinked` and the others). */
        EventUnlinkChange: {
            /** @description The link. */
            unlink: {
                /** @description The other entity of the link. */
                entity: {
                    /**
                     * @description The entity's kind (`lead`, `contact`, `company`, `customer`, …).
                     * @example lead
                     */
                    type: string;
                    /**
                     * @description The entity's ID.
                     * @example 6232965
                     */
                    id: number;
                };
            };
        };
        /**
         * @description A custom field value changed (`custom_field_value_changed`, `custom_field_{FIELD_ID}_value_changed`);
         *     one object per value. `field_type` is a **number** here (8 in the documentation's example, a
         *     `multitext` email), unlike the string types of the custom fields API; the documentation gives
         *     no table of these numbers.
         */
        EventCustomFieldValueChange: {
            /** @description The value. */
            custom_field_value: {
                /**
                 * @description The field's ID.
                 * @example 53728
                 */
                field_id: number;
                /**
                 * @description The field's type, as a number.
                 * @example 8
                 */
                field_type: number;
                /**
                 * @description The value's option (enum) ID; null for a field without options.
                 * @example 2352876
                 */
                enum_id: number | null;
                /**
                 * @description The value as text.
                 * @example example@test.com
                 */
                text: string;
            };
        };
        /**
         * @description A change of an event type whose structure the documentation does not give (`sale_field_changed`,
         *     `name_field_changed`, `ltv_field_changed`, `key_action_completed`, …): an object with any keys
         *     but the documented ones (those are the other variants of `EventValue`).
         */
        EventOtherChange: {
            note?: never;
            task?: never;
            helpbot?: never;
            transaction?: never;
            nps?: never;
            message?: never;
            tag?: never;
            lead_status?: never;
            customer_status?: never;
            responsible_user?: never;
            task_deadline?: never;
            task_type?: never;
            link?: never;
            unlink?: never;
            custom_field_value?: never;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description One element of an event's `value_after` / `value_before`: an object with a single key naming
         *     what changed (`note`, `lead_status`, `tag`, …), as documented per event type, or, for the types
         *     the documentation leaves open, any object. Empty arrays are common (deletions, restorations,
         *     merges, task added/deleted/completed). The variants overlap only through the open fallback, so
         *     this is an `anyOf`; in TypeScript narrow with `'lead_status' in value`.
         */
        EventValue: components["schemas"]["EventNoteChange"] | components["schemas"]["EventTaskTextChange"] | components["schemas"]["EventHelpbotChange"] | components["schemas"]["EventTransactionChange"] | components["schemas"]["EventNpsChange"] | components["schemas"]["EventMessageChange"] | components["schemas"]["EventTagChange"] | components["schemas"]["EventLeadStatusChange"] | components["schemas"]["EventCustomerStatusChange"] | components["schemas"]["EventResponsibleUserChange"] | components["schemas"]["EventTaskDeadlineChange"] | components["schemas"]["EventTaskTypeChange"] | components["schemas"]["EventLinkChange"] | components["schemas"]["EventUnlinkChange"] | components["schemas"]["EventCustomFieldValueChange"] | components["schemas"]["EventOtherChange"];
        /**
         * @description An event (событие): something that happened in the account, such as a lead added, a stage
         *     changed or a call logged. Its `id` is a string. Chat-message events (`incoming_chat_message`,
         *     `outgoing_chat_message`) of a talk linked to a lead or customer come back with that
         *     `entity_type` and `linked_talk_contact_id`, even when filtered by `contact`; with the lead or
         *     customer deleted, as the contact (a known quirk the documentation describes).
         */
        Event: {
            /**
             * @description The event's ID.
             * @example 01pz58t6p04ymgsgfbmfyfy1mf
             */
            id: string;
            type: components["schemas"]["EventTypeCode"];
            /**
             * @description The ID of the event's entity.
             * @example 26060763
             */
            entity_id: number;
            /**
             * @description The event's entity (`lead`, `contact`, `company`, `customer`, `task`, `catalog_{CATALOG_ID}`, …).
             * @example lead
             */
            entity_type: string;
            /**
             * @description The user who caused the event.
             * @example 939801
             */
            created_by: number;
            /**
             * @description When the event happened, a Unix timestamp.
             * @example 1888888888
             */
            created_at: number;
            /** @description What the event changed to; its shape depends on the type (see `EventValue`). */
            value_after: components["schemas"]["EventValue"][];
            /** @description What it was before; empty for additions. */
            value_before: components["schemas"]["EventValue"][];
            /**
             * @description The account the event is in.
             * @example 17079858
             */
            account_id: number;
            /**
             * @description For a chat-message event shown on a lead or customer, the contact of the linked talk.
             * @example 11069775
             */
            linked_talk_contact_id?: number;
            _links?: components["schemas"]["HalItemLinks"];
            /** @description The event's entity. */
            _embedded?: {
                /** @description The entity, with its name when `with` asks for it (`lead_name`, `contact_name`, …). */
                entity?: {
                    /**
                     * @description The entity's ID.
                     * @example 26060763
                     */
                    id: number;
                    /**
                     * @description The entity's name (with the matching `with` value).
                     * @example Сделка №1
                     */
                    name?: string;
                    _links?: components["schemas"]["HalItemLinks"];
                };
            };
        };
        /** @description A page of events. */
        EventCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                events: components["schemas"]["Event"][];
            };
        };
        /** @description An event type available in the account, with its localised name. */
        EventTypeInfo: {
            /**
             * @description The event type's code (`EventTypeCode`).
             * @example lead_added
             */
            key: string;
            /**
             * @description The event type's numeric ID.
             * @example 1
             */
            type: number;
            /**
             * @description The type's name in the requested language.
             * @example Новая сделка
             */
            lang: string;
        };
        /** @description The event types of the account. */
        EventTypeInfoCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                events_types: components["schemas"]["EventTypeInfo"][];
            };
        };
        /** @description A note type, or several (`filter[note_type][]=common&filter[note_type][]=call_in`). */
        NoteTypeFilter: string | string[];
        /** @description Filters of the notes of an entity kind. */
        NotesFilterFields: {
            /** @description A note ID, or several. */
            id?: components["schemas"]["IdOrIds"];
            /** @description The IDs of the entities whose notes to return (`filter[entity_id][]=…`). */
            entity_id?: number[];
            note_type?: components["schemas"]["NoteTypeFilter"];
            /** @description Changed after a Unix timestamp, or within a `from`/`to` range. */
            updated_at?: components["schemas"]["TimestampRange"];
        };
        /** @description Sort order of a note list, by one field (`order[updated_at]=asc`). */
        NotesOrderFields: {
            updated_at?: components["schemas"]["SortDirection"];
            id?: components["schemas"]["SortDirection"];
        };
        /** @description What every note carries besides its type and params (свойства примечания). */
        NoteBase: {
            /**
             * @description The note's ID.
             * @example 42709325
             */
            id: number;
            /**
             * @description The ID of the entity the note belongs to (родительская сущность).
             * @example 26050861
             */
            entity_id: number;
            /**
             * @description The user who created the note.
             * @example 940088
             */
            created_by: number;
            /**
             * @description The user who changed the note last.
             * @example 940088
             */
            updated_by: number;
            /**
             * @description When the note was created, a Unix timestamp.
             * @example 1540407495
             */
            created_at: number;
            /**
             * @description When the note was changed last, a Unix timestamp.
             * @example 1540408317
             */
            updated_at: number;
            /**
             * @description The user responsible for the note.
             * @example 939801
             */
            responsible_user_id: number;
            /**
             * @description The group of the responsible user.
             * @example 0
             */
            group_id: number;
            /**
             * @description The account the note is in.
             * @example 17079858
             */
            account_id: number;
            _links?: components["schemas"]["HalItemLinks"];
        };
        /** @description The params of a `common` note. */
        CommonNoteParams: {
            /**
             * @description The note's text.
             * @example Текст примечания
             */
            text: string;
        };
        /** @description A text note (текстовое примечание). As returned. */
        CommonNote: components["schemas"]["NoteBase"] & {
            /**
             * @description The note's type.
             * @example common
             * @constant
             * @enum {string}
             */
            note_type: "common";
            params: components["schemas"]["CommonNoteParams"];
        };
        /**
         * @description The params of a `call_in` or `call_out` note (a call log). To show the call in the "Analytics"
         *     section for a user, send `created_by` and `responsible_user_id` equal to that user (должны быть
         *     одинаковыми).
         */
        CallNoteParams: {
            /**
             * @description The call's unique ID in the telephony service.
             * @example 8f52d38a-5fb3-406d-93a3-a4832dc28f8b
             */
            uniq?: string;
            /**
             * @description The call's length in seconds.
             * @example 60
             */
            duration?: number;
            /**
             * @description The telephony service the call came through.
             * @example onlinePBX
             */
            source?: string;
            /**
             * @description A link to the call's recording.
             * @example https://example.com
             */
            link?: string;
            /**
             * @description The other party's phone number.
             * @example +79999999999
             */
            phone?: string;
            /**
             * @description Who took or made the call: a user ID, or a name for someone who is not a user. The
             *     documentation's examples send a name (`"Василий"`) for `call_in` and an ID (`504141`) for
             *     `call_out`; both forms are allowed for either.
             * @example 504141
             */
            call_responsible?: string | number;
        };
        /** @description An incoming call (входящий звонок). As returned. */
        CallInNote: components["schemas"]["NoteBase"] & {
            /**
             * @description The note's type.
             * @example call_in
             * @constant
             * @enum {string}
             */
            note_type: "call_in";
            params: components["schemas"]["CallNoteParams"];
        };
        /** @description An outgoing call (исходящий звонок). As returned. */
        CallOutNote: components["schemas"]["NoteBase"] & {
            /**
             * @description The note's type.
             * @example call_out
             * @constant
             * @enum {string}
             */
            note_type: "call_out";
            params: components["schemas"]["CallNoteParams"];
        };
        /** @description The params of a `service_message` or `extended_service_message` note. */
        ServiceMessageNoteParams: {
            /**
             * @description The name of the service that adds the message.
             * @example Сервис для примера
             */
            service?: string;
            /**
             * @description The message.
             * @example Текст для примечания
             */
            text?: string;
        };
        /** @description A system message added by an integration (системное сообщение). As returned. */
        ServiceMessageNote: components["schemas"]["NoteBase"] & {
            /**
             * @description The note's type.
             * @example service_message
             * @constant
             * @enum {string}
             */
            note_type: "service_message";
            params: components["schemas"]["ServiceMessageNoteParams"];
        };
        /** @description An extended system message: more text, collapsed in the interface (расширенное системное сообщение). As returned. */
        ExtendedServiceMessageNote: components["schemas"]["NoteBase"] & {
            /**
             * @description The note's type.
             * @example extended_service_message
             * @constant
             * @enum {string}
             */
            note_type: "extended_service_message";
            params: components["schemas"]["ServiceMessageNoteParams"];
        };
        /** @description The params of a `message_cashier` note (a message to the cashier, LifePay). */
        MessageCashierNoteParams: {
            /**
             * @description The message's status.
             * @example created
             * @enum {string}
             */
            status?: "created" | "shown" | "canceled";
            /**
             * @description The message.
             * @example Текст для примечания
             */
            text?: string;
        };
        /** @description A message to the cashier (сообщение кассиру). As returned. */
        MessageCashierNote: components["schemas"]["NoteBase"] & {
            /**
             * @description The note's type.
             * @example message_cashier
             * @constant
             * @enum {string}
             */
            note_type: "message_cashier";
            params: components["schemas"]["MessageCashierNoteParams"];
        };
        /**
         * @description The params of a `geolocation` note. The coordinates are strings. (The documentation's create
         *     example sends `latitude: "91.423146"`, which no place has; the example here uses a real one.)
         */
        GeolocationNoteParams: {
            /**
             * @description The note's text.
             * @example Геолокация
             */
            text?: string;
            /**
             * @description The address.
             * @example ул. Пушкина, дом Колотушкина
             */
            address?: string;
            /**
             * @description The longitude (долгота), as a string.
             * @example 53.714816
             */
            longitude?: string;
            /**
             * @description The latitude (широта), as a string.
             * @example 41.423146
             */
            latitude?: string;
        };
        /** @description A text note with coordinates, added by the mobile app (примечание с гео-координатами). As returned. */
        GeolocationNote: components["schemas"]["NoteBase"] & {
            /**
             * @description The note's type.
             * @example geolocation
             * @constant
             * @enum {string}
             */
            note_type: "geolocation";
            params: components["schemas"]["GeolocationNoteParams"];
        };
        /** @description The params of an `sms_in` or `sms_out` note. */
        SmsNoteParams: {
            /**
             * @description The message.
             * @example Новое входящие сообщение
             */
            text?: string;
            /**
             * @description The other party's phone number.
             * @example +79999999999
             */
            phone?: string;
        };
        /** @description An incoming SMS (входящее SMS). As returned. */
        SmsInNote: components["schemas"]["NoteBase"] & {
            /**
             * @description The note's type.
             * @example sms_in
             * @constant
             * @enum {string}
             */
            note_type: "sms_in";
            params: components["schemas"]["SmsNoteParams"];
        };
        /** @description An outgoing SMS (исходящее SMS). As returned. */
        SmsOutNote: components["schemas"]["NoteBase"] & {
            /**
             * @description The note's type.
             * @example sms_out
             * @constant
             * @enum {string}
             */
            note_type: "sms_out";
            params: components["schemas"]["SmsNoteParams"];
        };
        /**
         * @description The params of an `attachment` note: a file of the account's drive (Files API). To create one,
         *     send `file_uuid`, optionally `version_uuid` (the latest version otherwise) and `file_name`, the
         *     name shown in the note. Answers also carry `is_drive_attachment`, `text` and `original_name`,
         *     which the documentation's request table does not list.
         */
        AttachmentNoteParams: {
            /**
             * @description The file's UUID.
             * @example 9905db7c-3a29-4d30-8953-bac68c05e8e8
             */
            file_uuid?: string;
            /**
             * @description The file version; when omitted, the latest one.
             * @example 5e316440-4122-4cad-b121-9709882b4cc1
             */
            version_uuid?: string;
            /**
             * @description The name the note shows.
             * @example изображение.png
             */
            file_name?: string;
            /**
             * @description Whether the file lives on the account's drive (returned only).
             * @example true
             */
            is_drive_attachment?: boolean;
            /**
             * @description The note's text, the file's name (returned only).
             * @example Снимок экрана.jpg
             */
            text?: string;
            /**
             * @description The file's original name (returned only).
             * @example Снимок экрана.jpg
             */
            original_name?: string;
        };
        /** @description A note with a file (примечание с файлом). As returned. */
        AttachmentNote: components["schemas"]["NoteBase"] & {
            /**
             * @description The note's type.
             * @example attachment
             * @constant
             * @enum {string}
             */
            note_type: "attachment";
            params: components["schemas"]["AttachmentNoteParams"];
        };
        /**
         * @description A note of one of the documented types, chosen by `note_type`. In TypeScript this is a
         *     discriminated union: checking `note_type` narrows `params`.
         */
        KnownNote: components["schemas"]["CommonNote"] | components["schemas"]["CallInNote"] | components["schemas"]["CallOutNote"] | components["schemas"]["ServiceMessageNote"] | components["schemas"]["ExtendedServiceMessageNote"] | components["schemas"]["MessageCashierNote"] | components["schemas"]["GeolocationNote"] | components["schemas"]["SmsInNote"] | components["schemas"]["SmsOutNote"] | components["schemas"]["AttachmentNote"];
        /**
         * @description The note types that can be created and edited (типы примечаний): `common` text note, `call_in` /
         *     `call_out` incoming / outgoing call, `service_message` system message (added by integrations),
         *     `extended_service_message` (longer, collapsed in the interface), `message_cashier` message to the
         *     cashier, `geolocation` text with coordinates (added by the mobile app), `sms_in` / `sms_out`,
         *     `attachment` a file. Responses may carry other, system types as well (see `Note`).
         * @example common
         * @enum {string}
         */
        NoteType: "common" | "call_in" | "call_out" | "service_message" | "extended_service_message" | "message_cashier" | "geolocation" | "sms_in" | "sms_out" | "attachment";
        /**
         * @description A note of a type the documentation does not list: responses and events show system notes
         *     beyond the ten editable types (targeting, site visits, key actions, invoices paid, …). Any
         *     `note_type` other than the documented ones, with params of any shape.
         */
        UnknownNote: components["schemas"]["NoteBase"] & {
            /**
             * @description The note's type, one the documentation does not list.
             * @example key_action_completed
             */
            note_type: string;
            /** @description The note's params; their shape depends on the type. */
            params: {
                [key: string]: unknown;
            };
        };
        /**
         * @description A note (примечание) as returned: one of the documented types (`KnownNote`) or, for a system
         *     type the documentation does not list, `UnknownNote`. The two are told apart only by
         *     `note_type`, so this is an `anyOf`.
         *
         *     **TypeScript.** The fallback's `note_type` is a plain `string`, so `note_type === 'call_in'`
         *     alone does not narrow the whole union; narrow to `KnownNote` first (`isKnownNote`-style guard
         *     checking `note_type` against `NoteType`), then on `note_type`.
         */
        Note: components["schemas"]["KnownNote"] | components["schemas"]["UnknownNote"];
        /** @description A page of notes. */
        NoteCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                notes: components["schemas"]["Note"][];
            };
        };
        /** @description A text note (текстовое примечание). As sent: its type, params and the note fields of the call. */
        CommonNoteWrite: {
            /**
             * @description The note's type.
             * @example common
             * @constant
             * @enum {string}
             */
            note_type: "common";
            params: components["schemas"]["CommonNoteParams"];
            /**
             * @description The note to change (batch edits only; required there).
             * @example 76610421
             */
            id?: number;
            /**
             * @description The note's entity (required when adding through `/api/v4/{entity}/notes`; not sent on `/api/v4/{entity}/{entity_id}/notes`).
             * @example 167353
             */
            entity_id?: number;
            /**
             * @description The user on whose behalf the note is added. For a call, the timeline shows this user as the caller or the one called, depending on its direction.
             * @example 32321
             */
            created_by?: number;
            /**
             * @description The user responsible for the note.
             * @example 8238874
             */
            responsible_user_id?: number;
            /**
             * @description Comes back unchanged in the answer and is not stored.
             * @example call-1
             */
            request_id?: string;
            /**
             * @description Whether the note fires Digital Pipeline triggers (invoice paid, call made and others run by a new note). Omitted or `true`, they fire; `false`, they do not.
             * @example false
             */
            is_need_to_trigger_digital_pipeline?: boolean;
        };
        /** @description An incoming call (входящий звонок). As sent: its type, params and the note fields of the call. */
        CallInNoteWrite: {
            /**
             * @description The note's type.
             * @example call_in
             * @constant
             * @enum {string}
             */
            note_type: "call_in";
            params: components["schemas"]["CallNoteParams"];
            /**
             * @description The note to change (batch edits only; required there).
             * @example 76610421
             */
            id?: number;
            /**
             * @description The note's entity (required when adding through `/api/v4/{entity}/notes`; not sent on `/api/v4/{entity}/{entity_id}/notes`).
             * @example 167353
             */
            entity_id?: number;
            /**
             * @description The user on whose behalf the note is added. For a call, the timeline shows this user as the caller or the one called, depending on its direction.
             * @example 32321
             */
            created_by?: number;
            /**
             * @description The user responsible for the note.
             * @example 8238874
             */
            responsible_user_id?: number;
            /**
             * @description Comes back unchanged in the answer and is not stored.
             * @example call-1
             */
            request_id?: string;
            /**
             * @description Whether the note fires Digital Pipeline triggers (invoice paid, call made and others run by a new note). Omitted or `true`, they fire; `false`, they do not.
             * @example false
             */
            is_need_to_trigger_digital_pipeline?: boolean;
        };
        /** @description An outgoing call (исходящий звонок). As sent: its type, params and the note fields of the call. */
        CallOutNoteWrite: {
            /**
             * @description The note's type.
             * @example call_out
             * @constant
             * @enum {string}
             */
            note_type: "call_out";
            params: components["schemas"]["CallNoteParams"];
            /**
             * @description The note to change (batch edits only; required there).
             * @example 76610421
             */
            id?: number;
            /**
             * @description The note's entity (required when adding through `/api/v4/{entity}/notes`; not sent on `/api/v4/{entity}/{entity_id}/notes`).
             * @example 167353
             */
            entity_id?: number;
            /**
             * @description The user on whose behalf the note is added. For a call, the timeline shows this user as the caller or the one called, depending on its direction.
             * @example 32321
             */
            created_by?: number;
            /**
             * @description The user responsible for the note.
             * @example 8238874
             */
            responsible_user_id?: number;
            /**
             * @description Comes back unchanged in the answer and is not stored.
             * @example call-1
             */
            request_id?: string;
            /**
             * @description Whether the note fires Digital Pipeline triggers (invoice paid, call made and others run by a new note). Omitted or `true`, they fire; `false`, they do not.
             * @example false
             */
            is_need_to_trigger_digital_pipeline?: boolean;
        };
        /** @description A system message added by an integration (системное сообщение). As sent: its type, params and the note fields of the call. */
        ServiceMessageNoteWrite: {
            /**
             * @description The note's type.
             * @example service_message
             * @constant
             * @enum {string}
             */
            note_type: "service_message";
            params: components["schemas"]["ServiceMessageNoteParams"];
            /**
             * @description The note to change (batch edits only; required there).
             * @example 76610421
             */
            id?: number;
            /**
             * @description The note's entity (required when adding through `/api/v4/{entity}/notes`; not sent on `/api/v4/{entity}/{entity_id}/notes`).
             * @example 167353
             */
            entity_id?: number;
            /**
             * @description The user on whose behalf the note is added. For a call, the timeline shows this user as the caller or the one called, depending on its direction.
             * @example 32321
             */
            created_by?: number;
            /**
             * @description The user responsible for the note.
             * @example 8238874
             */
            responsible_user_id?: number;
            /**
             * @description Comes back unchanged in the answer and is not stored.
             * @example call-1
             */
            request_id?: string;
            /**
             * @description Whether the note fires Digital Pipeline triggers (invoice paid, call made and others run by a new note). Omitted or `true`, they fire; `false`, they do not.
             * @example false
             */
            is_need_to_trigger_digital_pipeline?: boolean;
        };
        /** @description An extended system message, with more text, collapsed in the interface (расширенное системное сообщение). As sent: its type, params and the note fields of the call. */
        ExtendedServiceMessageNoteWrite: {
            /**
             * @description The note's type.
             * @example extended_service_message
             * @constant
             * @enum {string}
             */
            note_type: "extended_service_message";
            params: components["schemas"]["ServiceMessageNoteParams"];
            /**
             * @description The note to change (batch edits only; required there).
             * @example 76610421
             */
            id?: number;
            /**
             * @description The note's entity (required when adding through `/api/v4/{entity}/notes`; not sent on `/api/v4/{entity}/{entity_id}/notes`).
             * @example 167353
             */
            entity_id?: number;
            /**
             * @description The user on whose behalf the note is added. For a call, the timeline shows this user as the caller or the one called, depending on its direction.
             * @example 32321
             */
            created_by?: number;
            /**
             * @description The user responsible for the note.
             * @example 8238874
             */
            responsible_user_id?: number;
            /**
             * @description Comes back unchanged in the answer and is not stored.
             * @example call-1
             */
            request_id?: string;
            /**
             * @description Whether the note fires Digital Pipeline triggers (invoice paid, call made and others run by a new note). Omitted or `true`, they fire; `false`, they do not.
             * @example false
             */
            is_need_to_trigger_digital_pipeline?: boolean;
        };
        /** @description A message to the cashier (сообщение кассиру). As sent: its type, params and the note fields of the call. */
        MessageCashierNoteWrite: {
            /**
             * @description The note's type.
             * @example message_cashier
             * @constant
             * @enum {string}
             */
            note_type: "message_cashier";
            params: components["schemas"]["MessageCashierNoteParams"];
            /**
             * @description The note to change (batch edits only; required there).
             * @example 76610421
             */
            id?: number;
            /**
             * @description The note's entity (required when adding through `/api/v4/{entity}/notes`; not sent on `/api/v4/{entity}/{entity_id}/notes`).
             * @example 167353
             */
            entity_id?: number;
            /**
             * @description The user on whose behalf the note is added. For a call, the timeline shows this user as the caller or the one called, depending on its direction.
             * @example 32321
             */
            created_by?: number;
            /**
             * @description The user responsible for the note.
             * @example 8238874
             */
            responsible_user_id?: number;
            /**
             * @description Comes back unchanged in the answer and is not stored.
             * @example call-1
             */
            request_id?: string;
            /**
             * @description Whether the note fires Digital Pipeline triggers (invoice paid, call made and others run by a new note). Omitted or `true`, they fire; `false`, they do not.
             * @example false
             */
            is_need_to_trigger_digital_pipeline?: boolean;
        };
        /** @description A text note with coordinates, added by the mobile app (примечание с гео-координатами). As sent: its type, params and the note fields of the call. */
        GeolocationNoteWrite: {
            /**
             * @description The note's type.
             * @example geolocation
             * @constant
             * @enum {string}
             */
            note_type: "geolocation";
            params: components["schemas"]["GeolocationNoteParams"];
            /**
             * @description The note to change (batch edits only; required there).
             * @example 76610421
             */
            id?: number;
            /**
             * @description The note's entity (required when adding through `/api/v4/{entity}/notes`; not sent on `/api/v4/{entity}/{entity_id}/notes`).
             * @example 167353
             */
            entity_id?: number;
            /**
             * @description The user on whose behalf the note is added. For a call, the timeline shows this user as the caller or the one called, depending on its direction.
             * @example 32321
             */
            created_by?: number;
            /**
             * @description The user responsible for the note.
             * @example 8238874
             */
            responsible_user_id?: number;
            /**
             * @description Comes back unchanged in the answer and is not stored.
             * @example call-1
             */
            request_id?: string;
            /**
             * @description Whether the note fires Digital Pipeline triggers (invoice paid, call made and others run by a new note). Omitted or `true`, they fire; `false`, they do not.
             * @example false
             */
            is_need_to_trigger_digital_pipeline?: boolean;
        };
        /** @description An incoming SMS (входящее SMS). As sent: its type, params and the note fields of the call. */
        SmsInNoteWrite: {
            /**
             * @description The note's type.
             * @example sms_in
             * @constant
             * @enum {string}
             */
            note_type: "sms_in";
            params: components["schemas"]["SmsNoteParams"];
            /**
             * @description The note to change (batch edits only; required there).
             * @example 76610421
             */
            id?: number;
            /**
             * @description The note's entity (required when adding through `/api/v4/{entity}/notes`; not sent on `/api/v4/{entity}/{entity_id}/notes`).
             * @example 167353
             */
            entity_id?: number;
            /**
             * @description The user on whose behalf the note is added. For a call, the timeline shows this user as the caller or the one called, depending on its direction.
             * @example 32321
             */
            created_by?: number;
            /**
             * @description The user responsible for the note.
             * @example 8238874
             */
            responsible_user_id?: number;
            /**
             * @description Comes back unchanged in the answer and is not stored.
             * @example call-1
             */
            request_id?: string;
            /**
             * @description Whether the note fires Digital Pipeline triggers (invoice paid, call made and others run by a new note). Omitted or `true`, they fire; `false`, they do not.
             * @example false
             */
            is_need_to_trigger_digital_pipeline?: boolean;
        };
        /** @description An outgoing SMS (исходящее SMS). As sent: its type, params and the note fields of the call. */
        SmsOutNoteWrite: {
            /**
             * @description The note's type.
             * @example sms_out
             * @constant
             * @enum {string}
             */
            note_type: "sms_out";
            params: components["schemas"]["SmsNoteParams"];
            /**
             * @description The note to change (batch edits only; required there).
             * @example 76610421
             */
            id?: number;
            /**
             * @description The note's entity (required when adding through `/api/v4/{entity}/notes`; not sent on `/api/v4/{entity}/{entity_id}/notes`).
             * @example 167353
             */
            entity_id?: number;
            /**
             * @description The user on whose behalf the note is added. For a call, the timeline shows this user as the caller or the one called, depending on its direction.
             * @example 32321
             */
            created_by?: number;
            /**
             * @description The user responsible for the note.
             * @example 8238874
             */
            responsible_user_id?: number;
            /**
             * @description Comes back unchanged in the answer and is not stored.
             * @example call-1
             */
            request_id?: string;
            /**
             * @description Whether the note fires Digital Pipeline triggers (invoice paid, call made and others run by a new note). Omitted or `true`, they fire; `false`, they do not.
             * @example false
             */
            is_need_to_trigger_digital_pipeline?: boolean;
        };
        /** @description A note with a file (примечание с файлом). As sent: its type, params and the note fields of the call. */
        AttachmentNoteWrite: {
            /**
             * @description The note's type.
             * @example attachment
             * @constant
             * @enum {string}
             */
            note_type: "attachment";
            params: components["schemas"]["AttachmentNoteParams"];
            /**
             * @description The note to change (batch edits only; required there).
             * @example 76610421
             */
            id?: number;
            /**
             * @description The note's entity (required when adding through `/api/v4/{entity}/notes`; not sent on `/api/v4/{entity}/{entity_id}/notes`).
             * @example 167353
             */
            entity_id?: number;
            /**
             * @description The user on whose behalf the note is added. For a call, the timeline shows this user as the caller or the one called, depending on its direction.
             * @example 32321
             */
            created_by?: number;
            /**
             * @description The user responsible for the note.
             * @example 8238874
             */
            responsible_user_id?: number;
            /**
             * @description Comes back unchanged in the answer and is not stored.
             * @example call-1
             */
            request_id?: string;
            /**
             * @description Whether the note fires Digital Pipeline triggers (invoice paid, call made and others run by a new note). Omitted or `true`, they fire; `false`, they do not.
             * @example false
             */
            is_need_to_trigger_digital_pipeline?: boolean;
        };
        /**
         * @description A note as sent when adding or editing one: one of the ten documented types, chosen by
         *     `note_type`, with the params of that type (типы примечаний, для которых обязателен массив
         *     params) and the note fields the call takes.
         */
        NoteWrite: components["schemas"]["CommonNoteWrite"] | components["schemas"]["CallInNoteWrite"] | components["schemas"]["CallOutNoteWrite"] | components["schemas"]["ServiceMessageNoteWrite"] | components["schemas"]["ExtendedServiceMessageNoteWrite"] | components["schemas"]["MessageCashierNoteWrite"] | components["schemas"]["GeolocationNoteWrite"] | components["schemas"]["SmsInNoteWrite"] | components["schemas"]["SmsOutNoteWrite"] | components["schemas"]["AttachmentNoteWrite"];
        /**
         * @description A note to add through `/api/v4/{entity}/notes` (добавление примечаний): its type and params, and
         *     the entity it belongs to in `entity_id`, required on this path.
         */
        NoteCreate: {
            /**
             * @description The ID of the entity the note is added to.
             * @example 167353
             */
            entity_id: number;
        } & components["schemas"]["NoteWrite"];
        /** @description A note as the create call returns it. */
        NoteCreated: {
            /**
             * @description The new note's ID.
             * @example 76787983
             */
            id: number;
            /**
             * @description The entity the note was added to.
             * @example 167353
             */
            entity_id: number;
            /**
             * @description The `request_id` sent, or the item's position in the request.
             * @example 0
             */
            request_id: string;
            _links?: components["schemas"]["HalItemLinks"];
        };
        /** @description The notes added, in the order sent. */
        NoteCreatedCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                notes: components["schemas"]["NoteCreated"][];
            };
        };
        /** @description One note of a batch edit (редактирование примечаний), by its `id`, with its type and params. */
        NoteBatchUpdate: {
            /**
             * @description The ID of the note to change.
             * @example 76610421
             */
            id: number;
        } & components["schemas"]["NoteWrite"];
        /** @description A note as an edit returns it. */
        NoteUpdated: {
            /**
             * @description The note's ID.
             * @example 76610421
             */
            id: number;
            /**
             * @description The note's entity.
             * @example 167353
             */
            entity_id: number;
            /**
             * @description When the note was changed, a Unix timestamp.
             * @example 1588841241
             */
            updated_at: number;
            _links?: components["schemas"]["HalItemLinks"];
        };
        /** @description The notes changed, in the order sent. */
        NoteUpdatedCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                notes: components["schemas"]["NoteUpdated"][];
            };
        };
        /** @description Filters of one entity's notes. */
        EntityNotesFilterFields: {
            /** @description A note ID, or several. */
            id?: components["schemas"]["IdOrIds"];
            note_type?: components["schemas"]["NoteTypeFilter"];
            /** @description Changed after a Unix timestamp, or within a `from`/`to` range. */
            updated_at?: components["schemas"]["TimestampRange"];
        };
        /**
         * @description A note to add through `/api/v4/{entity}/{entity_id}/notes`: the entity is the path's, so
         *     `entity_id` is not sent.
         */
        EntityNoteCreate: components["schemas"]["NoteWrite"];
        /** @description One note edited on its own path (`/api/v4/{entity}/{entity_id}/notes/{id}`), as a single object with its type and params. */
        NoteUpdate: components["schemas"]["NoteWrite"];
        /**
         * @description The kind of a linked entity (тип связанной сущности). Which kinds an entity can link to depends
         *     on its own kind (see the operation): leads link contacts, companies and catalog elements;
         *     contacts link companies, customers, catalog elements (and leads, from the lead's side);
         *     companies link contacts, leads, customers and catalog elements; customers link contacts,
         *     companies and catalog elements.
         * @example contacts
         * @enum {string}
         */
        LinkedEntityType: "leads" | "contacts" | "companies" | "customers" | "catalog_elements";
        /**
         * @description Filters of one entity's links. `to_entity_id` and `to_entity_type` are sent together
         *     (передается вместе с фильтром).
         */
        EntityLinksFilterFields: {
            /**
             * @description The linked entity's ID; send with `to_entity_type`.
             * @example 457282
             */
            to_entity_id?: number;
            to_entity_type?: components["schemas"]["LinkedEntityType"];
            /**
             * @description The catalog of linked catalog elements.
             * @example 4521
             */
            to_catalog_id?: number;
        };
        /**
         * @description The kind of the main entity of a link (тип главной сущности).
         * @example leads
         * @enum {string}
         */
        LinkSourceEntityType: "leads" | "contacts" | "companies" | "customers";
        /**
         * @description What the link carries (метаданные связанной сущности), as returned; `null` where the link has
         *     none (a company). A contact's link says whether it is the main contact; a catalog element's link
         *     its catalog, quantity and price field. The documentation names this key `main_contact` when
         *     reading and `is_main` when writing; both are as documented.
         */
        EntityLinkMetadata: {
            /**
             * @description Whether the linked contact is the main one (является ли привязанный контакт главным).
             * @example true
             */
            main_contact?: boolean;
            /**
             * @description How many of the catalog element are attached (integer or fractional).
             * @example 1
             */
            quantity?: number;
            /**
             * @description The catalog of the linked element.
             * @example 4521
             */
            catalog_id?: number;
            /**
             * @description The ID of the price field set for the linked element in this entity.
             * @example null
             */
            price_id?: number | null;
        } | null;
        /**
         * @description A link from a main entity to another entity (связь). The list of one entity's links returns
         *     only the linked side; the mass list and the link calls also return the main entity
         *     (`entity_id`, `entity_type`).
         */
        EntityLink: {
            /**
             * @description The main entity's ID (mass list and link answers only).
             * @example 14158851
             */
            entity_id?: number;
            entity_type?: components["schemas"]["LinkSourceEntityType"];
            /**
             * @description The linked entity's ID (ID связанной сущности).
             * @example 457282
             */
            to_entity_id: number;
            to_entity_type: components["schemas"]["LinkedEntityType"];
            metadata: components["schemas"]["EntityLinkMetadata"];
        };
        /** @description Links of one or several entities. */
        EntityLinkCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                links: components["schemas"]["EntityLink"][];
            };
        };
        /**
         * @description What the new link carries (метаданные). For a contact: `is_main` (read back as
         *     `main_contact`). For a catalog element: `catalog_id` (required by meaning: the element's
         *     catalog), `quantity` and `price_id`.
         */
        EntityLinkCreateMetadata: {
            /**
             * @description The catalog of the element being linked.
             * @example 1026
             */
            catalog_id?: number;
            /**
             * @description How many of the catalog element to attach (integer or fractional).
             * @example 1
             */
            quantity?: number;
            /**
             * @description Make the linked contact the main one.
             * @example true
             */
            is_main?: boolean;
            /**
             * @description The user on whose behalf the link is made (ID пользователя, от имени которого осуществляется прикрепление).
             * @example 0
             */
            updated_by?: number;
            /**
             * @description The price field to set for the linked element in this entity.
             * @example null
             */
            price_id?: number | null;
        } | null;
        /** @description One entity to link to the main entity of the path (привязка). */
        EntityLinkCreate: {
            /**
             * @description The ID of the entity to link.
             * @example 457282
             */
            to_entity_id: number;
            to_entity_type: components["schemas"]["LinkedEntityType"];
            metadata?: components["schemas"]["EntityLinkCreateMetadata"];
        };
        /** @description What identifies the link to remove beyond the entity (a catalog element's catalog), and on whose behalf. */
        EntityUnlinkMetadata: {
            /**
             * @description The catalog of the element being unlinked.
             * @example 1026
             */
            catalog_id?: number;
            /**
             * @description The user on whose behalf the link is removed (ID пользователя, от имени которого осуществляется открепление).
             * @example 0
             */
            updated_by?: number;
        } | null;
        /** @description One entity to unlink from the main entity of the path (отвязка). */
        EntityUnlink: {
            /**
             * @description The ID of the linked entity.
             * @example 457282
             */
            to_entity_id: number;
            to_entity_type: components["schemas"]["LinkedEntityType"];
            metadata?: components["schemas"]["EntityUnlinkMetadata"];
        };
        /**
         * @description Filters of the mass list of links. `entity_id` is required (обязательный параметр);
         *     `to_entity_id` and `to_entity_type` are sent together.
         */
        EntitiesLinksFilterFields: {
            /** @description The main entities' IDs (`filter[entity_id][]=…`). */
            entity_id: number[];
            /**
             * @description The linked entity's ID; send with `to_entity_type`.
             * @example 457282
             */
            to_entity_id?: number;
            to_entity_type?: components["schemas"]["LinkedEntityType"];
            /**
             * @description The catalog of linked catalog elements.
             * @example 4521
             */
            to_catalog_id?: number;
        };
        /** @description One link to make, naming its main entity (массовая привязка). */
        EntityLinkBatchCreate: {
            /**
             * @description The main entity's ID (ID главной сущности).
             * @example 14158851
             */
            entity_id: number;
            /**
             * @description The ID of the entity to link.
             * @example 457282
             */
            to_entity_id: number;
            to_entity_type: components["schemas"]["LinkedEntityType"];
            metadata?: components["schemas"]["EntityLinkCreateMetadata"];
        };
        /** @description One link to remove, naming its main entity (массовая отвязка). */
        EntityBatchUnlink: {
            /**
             * @description The main entity's ID (ID главной сущности).
             * @example 14158851
             */
            entity_id: number;
            /**
             * @description The ID of the linked entity.
             * @example 457282
             */
            to_entity_id: number;
            to_entity_type: components["schemas"]["LinkedEntityType"];
            metadata?: components["schemas"]["EntityUnlinkMetadata"];
        };
        /** @description Filters of a tag list. */
        TagsFilterFields: {
            /**
             * @description The exact name of a tag; one name only (можно передать только одно название).
             * @example Заявка с сайта
             */
            name?: string;
            /** @description A tag ID, or several. */
            id?: components["schemas"]["IdOrIds"];
        };
        /**
         * @description The colour of a lead tag (цвет тега), one of the documented palette, as a hex code without `#`;
         *     `null` for none. Only lead tags have a colour (since the Spring 2022 update); tags of other
         *     entities have none.
         */
        TagColor: ("EBEBEB" | "D0D0D0" | "F2DDF7" | "D1A4DC" | "FF8F92" | "FFC8C8" | "C7DB8C" | "DDEBB5" | "8699DA" | "AABDFF" | "FFCE5A" | "FFE193" | "90CDB0" | "C6F4DE" | "A9A5D7" | "D8D5FF" | "86C0FC" | "832161" | "6A0F49" | "0C7C59" | "10599D" | "9D2B32" | "247BA0") | null;
        /**
         * @description A tag (тег). The tag list is kept per entity kind: a tag with the same name has different IDs
         *     for leads and for contacts.
         */
        Tag: {
            /**
             * @description The tag's ID.
             * @example 2707
             */
            id: number;
            /**
             * @description The tag's name.
             * @example Заявка с сайта
             */
            name: string;
            color?: components["schemas"]["TagColor"];
        };
        /** @description A page of tags. */
        TagCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                tags: components["schemas"]["Tag"][];
            };
        };
        /**
         * @description A tag to create. Only `name` is needed; lead tags may also take a `color`. If a tag with this
         *     name already exists, the answer carries its ID (если тег с переданным названием уже существует,
         *     то в ответе вернется его ID).
         */
        TagCreate: {
            /**
             * @description The tag's name.
             * @example Tag 1
             */
            name: string;
            color?: components["schemas"]["TagColor"];
            /**
             * @description Comes back unchanged in the answer and is not stored.
             * @example my_request_id
             */
            request_id?: string;
        };
        /** @description A tag created (or found by its name) by a create call. */
        TagCreated: {
            /**
             * @description The tag's ID; if a tag with that name already existed, its ID.
             * @example 263807
             */
            id: number;
            /**
             * @description The tag's name.
             * @example Tag 1
             */
            name: string;
            color?: components["schemas"]["TagColor"];
            /**
             * @description The `request_id` sent with the item, or its position in the request if none was sent.
             * @example 0
             */
            request_id: string;
        };
        /** @description The tags created, in the order sent. */
        TagCreatedCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                tags: components["schemas"]["TagCreated"][];
            };
        };
        /** @description A file attached to an entity (связь сущность-файл). */
        EntityFile: {
            /**
             * @description The file's UUID (Files API).
             * @example 50ca4b6b-0b88-4ece-9f89-d48961579ae0
             */
            file_uuid: string;
            /**
             * @description The ID of the entity–file link; pass it as `before_id` to get the next page.
             * @example 2140857
             */
            id: number;
        };
        /**
         * @description A page of an entity's files, newest link first. The page is a cursor: ask for the next one with
         *     `before_id` set to the last `id` received.
         */
        EntityFileCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                files: components["schemas"]["EntityFile"][];
            };
        };
        /** @description A file to attach to or detach from the entity, by its UUID. */
        EntityFileRef: {
            /**
             * @description The file's UUID (Files API).
             * @example 50ca4b6b-0b88-4ece-9f89-d48961579ae0
             */
            file_uuid: string;
        };
        /** @description A subscriber of an entity (подписчик): a user or a group of users who follow its changes. */
        Subscriber: {
            /**
             * @description The user's or group's ID.
             * @example 964291
             */
            subscriber_id: number;
            /**
             * @description Whether the subscriber is a user or a group.
             * @example user
             * @enum {string}
             */
            type: "user" | "group";
        };
        /** @description A page of subscribers. */
        SubscriberCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                subscriptions: components["schemas"]["Subscriber"][];
            };
        };
        /**
         * @description An entity a file is attached to, in the legacy shape this call returns (`main_user_id`,
         *     `date_create`, `date_update` instead of the v4 names `responsible_user_id`, `created_at`,
         *     `updated_at`). The documentation lists only `entities[0]` as an object; the keys are those of
         *     its example, a lead. Other kinds may carry other keys.
         */
        FileLinkedEntity: {
            /**
             * @description The entity's ID.
             * @example 22859207
             */
            id: number;
            /**
             * @description The entity's kind (`leads`, …).
             * @example leads
             */
            entity_type: string;
            /**
             * @description The entity's name.
             * @example Сделка #22859207
             */
            name?: string;
            /**
             * @description The user who created it (0 for the system).
             * @example 0
             */
            created_by?: number;
            /**
             * @description The responsible user (legacy name of `responsible_user_id`).
             * @example 7758337
             */
            main_user_id?: number;
            /**
             * @description When it was created, a Unix timestamp (legacy name of `created_at`).
             * @example 1669372247
             */
            date_create?: number;
            /**
             * @description When it was changed, a Unix timestamp (legacy name of `updated_at`).
             * @example 1672060100
             */
            date_update?: number;
            /**
             * @description The user who changed it last.
             * @example 7758337
             */
            updated_by?: number | null;
            /**
             * @description A lead's budget.
             * @example 20
             */
            price?: number;
            /**
             * @description A lead's pipeline.
             * @example 3858604
             */
            pipeline_id?: number;
            /**
             * @description A lead's stage.
             * @example 37066879
             */
            status_id?: number;
            /**
             * @description The due date of the entity's nearest task, a Unix timestamp; null for none.
             * @example null
             */
            closest_task_at?: number | null;
        } & {
            [key: string]: unknown;
        };
        /** @description A file and the entities it is attached to. */
        FileLinks: {
            /**
             * @description The file's UUID.
             * @example 5ef222cd-bce4-4df8-8466-3dee7d16e70d
             */
            file_uuid: string;
            /** @description The entities the file is attached to. */
            entities: components["schemas"]["FileLinkedEntity"][];
        };
        /** @description An entity of a talk, by ID. */
        TalkEmbeddedRef: {
            /**
             * @description The entity's ID.
             * @example 3372695
             */
            id: number;
            _links?: components["schemas"]["HalItemLinks"];
        };
        /**
         * @description A talk (беседа): one conversation with a contact in a chat, possibly about a lead or customer.
         *     It is identified by `talk_id`, not `id`.
         */
        Talk: {
            /**
             * @description The talk's ID.
             * @example 117
             */
            talk_id: number;
            /**
             * @description When the talk started, a Unix timestamp.
             * @example 1631018291
             */
            created_at: number;
            /**
             * @description When the talk changed last, a Unix timestamp.
             * @example 1631035929
             */
            updated_at: number;
            /**
             * @description The client's rating of the talk, set by the NPS bot.
             * @example 0
             */
            rate: number;
            /**
             * @description The contact the talk belongs to.
             * @example 3372695
             */
            contact_id: number;
            /**
             * @description The chat the talk belongs to.
             * @example 88278e98-2b8d-4ae2-a5f0-bfab511cd621
             */
            chat_id: string;
            /**
             * @description The entity the talk is about; null for none.
             * @example 667999637
             */
            entity_id: number | null;
            /** @description The kind of that entity (`lead`, `customer`); null for none. */
            entity_type: ("lead" | "customer") | null;
            /**
             * @description Whether the talk is open (in work, not closed).
             * @example true
             */
            is_in_work: boolean;
            /**
             * @description Whether the talk has been read.
             * @example true
             */
            is_read: boolean;
            /**
             * @description The source the talk came from (`telegram`, `viber`, …).
             * @example telegram
             */
            origin: string;
            /**
             * @description When the talk was missed (not answered within the time the account's settings allow), a Unix timestamp; null if not missed.
             * @example null
             */
            missed_at: number | null;
            /**
             * @description The account.
             * @example 17029541
             */
            account_id: number;
            _links?: components["schemas"]["HalItemLinks"];
            /** @description The talk's contact, and the lead or customer it is about (at most one of each). */
            _embedded?: {
                /** @description The contact (at most one). */
                contacts?: components["schemas"]["TalkEmbeddedRef"][];
                /** @description The lead (at most one). */
                leads?: components["schemas"]["TalkEmbeddedRef"][];
                /** @description The customer (at most one). */
                customers?: components["schemas"]["TalkEmbeddedRef"][];
            };
        };
        /** @description How to close the talk. */
        TalkClose: {
            /**
             * @description Close the talk without running the NPS bot (принудительно закрыть беседу). Omitted or
             *     false: the NPS bot runs first, where it is enabled in the account's settings and included
             *     in its plan.
             * @example true
             */
            force_close?: boolean;
        };
        /** @description One value (`filter[name]=Сделка`) or several (`filter[name][]=A&filter[name][]=B`, or indexed `filter[name][0]=A`). */
        StringOrStrings: string | string[];
        /**
         * @description A range of Unix timestamps, from and to (inclusive), sent PHP-style:
         *     `filter[updated_at][from]=1575296400&filter[updated_at][to]=1589540009` (filters-api.md,
         *     "Диапазонный": fields holding a timestamp are filtered by timestamps). Either bound may be left out.
         */
        UnixTimestampRange: {
            /**
             * @description The lower bound, a Unix timestamp.
             * @example 1575296400
             */
            from?: number;
            /**
             * @description The upper bound, a Unix timestamp.
             * @example 1589540009
             */
            to?: number;
        };
        /**
         * @description A range of numbers, from and to (inclusive), sent PHP-style: `filter[price][from]=1000&filter[price][to]=5000`
         *     (filters-api.md, "Диапазонный"). Either bound may be left out.
         */
        NumberRange: {
            /**
             * @description The lower bound.
             * @example 1000
             */
            from?: number;
            /**
             * @description The upper bound.
             * @example 5000
             */
            to?: number;
        };
        /**
         * @description Entities by the values of their custom fields (filters-api.md, "Фильтр по дополнительным полям"),
         *     keyed by field ID: `filter[custom_fields_values][{field_id}][]={value}`. What a field takes
         *     depends on its type:
         *     - `numeric`, `text`, `url`, `textarea`, `streetaddress`: the value, or several;
         *     - `select`, `multiselect`, `radiobutton`: the `enum_id` of an option, or several;
         *     - `checkbox`: `1` or `0`;
         *     - `date`, `date_time`, `numeric`: a range, `[from]` / `[to]` (timestamps for the dates).
         *     Several fields in one filter must all match.
         * @example {
         *       "1286575": [
         *         2957741,
         *         2957743
         *       ],
         *       "1286577": {
         *         "from": 1608905348,
         *         "to": 1609905348
         *       }
         *     }
         */
        CustomFieldsValuesFilter: {
            [key: string]: (string | number) | (string | number)[] | components["schemas"]["NumberRange"];
        };
        /**
         * @description The entity filter (filters-api.md) that the lead, contact and company lists share; each list adds
         *     its own fields and closes the object. Serialised PHP-style:
         *     `filter[id][]=1&filter[name]=Иван&filter[updated_at][from]=1575296400`. Where a filter takes one
         *     value or several, send `filter[x]=v`, `filter[x][]=v` or indexed `filter[x][0]=v`.
         *
         *     **A paid option.** Filtering by anything but what the account's plan includes is the
         *     "API filtering" add-on (Альфа-фильтрация), switched on in "Settings → Billing" (Настройки →
         *     Счета и оплата); `GET /api/v4/account?with=is_api_filter_enabled` tells whether an account has
         *     it. What the API does with these keys without it the documentation does not say.
         */
        EntitiesFilterFields: {
            /** @description The entity's ID, or several. */
            id?: components["schemas"]["IdOrIds"];
            /** @description The entity's name, or several. */
            name?: components["schemas"]["StringOrStrings"];
            /** @description The ID of the user who created the entity, or several. */
            created_by?: components["schemas"]["IdOrIds"];
            /** @description The ID of the user who changed the entity last, or several. */
            updated_by?: components["schemas"]["IdOrIds"];
            /** @description The ID of the responsible user, or several. */
            responsible_user_id?: components["schemas"]["IdOrIds"];
            /** @description When the entity was created, a range. */
            created_at?: components["schemas"]["UnixTimestampRange"];
            /** @description When the entity was last changed, a range. */
            updated_at?: components["schemas"]["UnixTimestampRange"];
            /** @description When the entity's closest open task is due, a range. */
            closest_task_at?: components["schemas"]["UnixTimestampRange"];
            custom_fields_values?: components["schemas"]["CustomFieldsValuesFilter"];
        };
        /**
         * @description Leads in any of these statuses (filters-api.md, "Фильтр по статусам"; leads only): an array whose
         *     every item names a pipeline and one of its statuses, both required, sent indexed:
         *     `filter[statuses][0][pipeline_id]=3383152&filter[statuses][0][status_id]=33929752`.
         */
        EntityStatusesFilter: {
            /**
             * @description The pipeline's ID.
             * @example 3383152
             */
            pipeline_id: number;
            /**
             * @description The ID of a status of that pipeline.
             * @example 33929752
             */
            status_id: number;
        }[];
        /**
         * @description The filter of the lead list (filters-api.md, "Фильтрация списка сделок"): the entity filter plus
         *     the price, the pipelines, the statuses and the closing date. **A paid option** of the account
         *     (see `EntitiesFilterFields`).
         */
        LeadsFilterFields: components["schemas"]["EntitiesFilterFields"] & {
            /** @description The lead's price (бюджет), a range. */
            price?: components["schemas"]["NumberRange"];
            statuses?: components["schemas"]["EntityStatusesFilter"];
            /** @description The pipeline's ID, or several. */
            pipeline_id?: components["schemas"]["IdOrIds"];
            /** @description When the lead was closed, a range. */
            closed_at?: components["schemas"]["UnixTimestampRange"];
        };
        /** @description The sort order of the leads list (`order[updated_at]=asc`). Sortable fields: created_at, updated_at, id. */
        LeadsOrderFields: {
            created_at?: components["schemas"]["SortDirection"];
            updated_at?: components["schemas"]["SortDirection"];
            id?: components["schemas"]["SortDirection"];
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
        /** @description A tag attached to an entity (`_embedded.tags[]` of a lead, contact or company). */
        EmbeddedTag: {
            /**
             * @description The tag's ID.
             * @example 100667
             */
            id: number;
            /**
             * @description The tag's name.
             * @example тест
             */
            name: string;
            /**
             * @description The tag's colour. Only lead tags have one; for contacts and companies it is always null.
             * @example null
             */
            color?: string | null;
        };
        /** @description A linked entity inside `_embedded` (a lead's company, a contact's leads, customers or company…), by ID, with its link. */
        EmbeddedEntityRef: {
            /**
             * @description The linked entity's ID.
             * @example 10971463
             */
            id: number;
            _links?: components["schemas"]["HalItemLinks"];
        };
        /** @description A contact linked to a lead. */
        LeadEmbeddedContact: {
            /**
             * @description The contact's ID.
             * @example 10971465
             */
            id: number;
            /**
             * @description Whether this is the lead's main contact.
             * @example true
             */
            is_main?: boolean;
            _links?: components["schemas"]["HalItemLinks"];
        };
        /**
         * @description A catalog (list) element linked to an entity (`_embedded.catalog_elements[]`, with
         *     `with=catalog_elements`). The documentation's tables put `quantity`, `catalog_id` and `price_id`
         *     on the element; its example (and the live API) nests them in `metadata`. Both places are declared,
         *     `metadata` being where they are found.
         */
        EmbeddedCatalogElement: {
            /**
             * @description The element's ID.
             * @example 525439
             */
            id: number;
            /** @description The link's data (мета-данные элемента). */
            metadata?: {
                /**
                 * @description How many of the element the entity holds (an integer or a fraction).
                 * @example 1
                 */
                quantity?: number;
                /**
                 * @description The ID of the catalog the element is in.
                 * @example 4521
                 */
                catalog_id?: number;
                /**
                 * @description The ID of the price field used for the element in this entity.
                 * @example 1286579
                 */
                price_id?: number;
            };
            /**
             * @description How many of the element the entity holds, where the API puts it on the element itself.
             * @example 1
             */
            quantity?: number;
            /**
             * @description The ID of the catalog, where the API puts it on the element itself.
             * @example 4521
             */
            catalog_id?: number;
            /**
             * @description The ID of the price field, where the API puts it on the element itself.
             * @example 1286579
             */
            price_id?: number;
            _links?: components["schemas"]["HalItemLinks"];
        };
        /** @description A loss reason (причина отказа) of a lead, as `with=loss_reason` embeds it. */
        LeadLossReason: {
            /**
             * @description The loss reason's ID.
             * @example 4203748
             */
            id: number;
            /**
             * @description The loss reason's name.
             * @example Пропала потребность
             */
            name: string;
            /**
             * @description Its position among the loss reasons.
             * @example 100000
             */
            sort?: number;
            /** @description When it was created. */
            created_at?: components["schemas"]["UnixTimestamp"];
            /** @description When it was last changed. */
            updated_at?: components["schemas"]["UnixTimestamp"];
            _links?: components["schemas"]["HalItemLinks"];
        };
        /** @description Needs `with=source`. The lead's source (источник, sources-api.md). */
        LeadSource: {
            /**
             * @description The source's ID.
             * @example 1876532
             */
            id: number;
            /**
             * @description The source's name.
             * @example API
             */
            name: string;
        };
        /** @description The entities embedded in a lead. */
        LeadEmbedded: {
            /** @description The lead's tags. */
            tags?: components["schemas"]["EmbeddedTag"][];
            /** @description The lead's company (at most one). */
            companies?: components["schemas"]["EmbeddedEntityRef"][];
            /** @description Needs `with=contacts`. The lead's contacts; `is_main` marks the main one. */
            contacts?: components["schemas"]["LeadEmbeddedContact"][];
            /** @description Needs `with=catalog_elements`. The catalog elements linked to the lead. */
            catalog_elements?: components["schemas"]["EmbeddedCatalogElement"][];
            /**
             * @description Needs `with=loss_reason`. The lead's loss reason. The table types it an object, the example
             *     returns an array of one; both are accepted, the array being what the example (taken from the
             *     live API) shows.
             */
            loss_reason?: components["schemas"]["LeadLossReason"][] | components["schemas"]["LeadLossReason"];
            source?: components["schemas"]["LeadSource"];
        };
        /**
         * @description A lead (сделка). Every property is in an ordinary answer except those marked "needs `with`";
         *     only `id`, `updated_at`, `updated_by` and `is_deleted` are marked required, because a list with
         *     `with=only_deleted` answers deleted leads with just these.
         *
         *     `_embedded` always holds `tags` and `companies` (a lead has at most one company: the table says
         *     the array always has one element, its examples show `[]` for a lead without one, which is what
         *     this description takes).
         */
        Lead: {
            /**
             * @description The lead's ID.
             * @example 3912171
             */
            id: number;
            /**
             * @description The lead's name.
             * @example Example
             */
            name?: string;
            /**
             * @description The lead's price (бюджет).
             * @example 12
             */
            price?: number;
            /**
             * @description The ID of the responsible user.
             * @example 504141
             */
            responsible_user_id?: number;
            /**
             * @description The ID of the responsible user's group.
             * @example 0
             */
            group_id?: number;
            /**
             * @description The ID of the lead's status (142 won, 143 lost).
             * @example 143
             */
            status_id?: number;
            /**
             * @description The ID of the lead's pipeline.
             * @example 3104455
             */
            pipeline_id?: number;
            /**
             * @description The ID of the loss reason (причина отказа), if any.
             * @example 4203748
             */
            loss_reason_id?: number | null;
            /**
             * @description Needs `with=source_id`. The ID of the lead's source.
             * @example null
             */
            source_id?: number | null;
            /**
             * @description The ID of the user who created the lead (0 for a robot or the system).
             * @example 504141
             */
            created_by?: number;
            /**
             * @description The ID of the user who changed the lead last (0 for a robot or the system).
             * @example 504141
             */
            updated_by: number;
            /** @description When the lead was created. */
            created_at?: components["schemas"]["UnixTimestamp"];
            /** @description When the lead was last changed. */
            updated_at: components["schemas"]["UnixTimestamp"];
            /**
             * @description When the lead was closed, a Unix timestamp; null while it is open.
             * @example 1590683337
             */
            closed_at?: number | null;
            /**
             * @description When the lead's closest open task is due, a Unix timestamp; null without tasks.
             * @example null
             */
            closest_task_at?: number | null;
            /**
             * @description Whether the lead is deleted (in the trash).
             * @example false
             */
            is_deleted: boolean;
            custom_fields_values?: components["schemas"]["CustomFieldsValuesRead"];
            /**
             * @description The lead's score (скоринг).
             * @example null
             */
            score?: number | null;
            /**
             * @description The ID of the account.
             * @example 28805383
             */
            account_id?: number;
            /**
             * @description The time spent on the lead (стоимость труда), in seconds. The documentation lists it; its examples do not return it.
             * @example 3600
             */
            labor_cost?: number;
            /**
             * @description Needs `with=is_price_modified_by_robot`. Whether a robot changed the price last.
             * @example false
             */
            is_price_modified_by_robot?: boolean;
            _links?: components["schemas"]["HalItemLinks"];
            _embedded?: components["schemas"]["LeadEmbedded"];
        };
        /** @description A page of leads. */
        LeadCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                leads: components["schemas"]["Lead"][];
            };
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
        /**
         * @description A tag in a create or edit request (`tags_to_add[]`, `tags_to_delete[]`, `_embedded.tags[]`),
         *     named by its `id` or by its `name` ("важно передать или id или name"). A name the account does not
         *     know yet creates the tag. The documentation types `tags_to_add[0][id]` and `[name]` as `array`; its
         *     own examples send an integer and a string, which is what this description takes.
         */
        TagReference: {
            /**
             * @description The tag's ID.
             * @example 217261
             */
            id: number;
            /**
             * @description The tag's name.
             * @example Первый тег
             */
            name?: string;
        } | {
            /**
             * @description The tag's ID.
             * @example 217261
             */
            id?: number;
            /**
             * @description The tag's name.
             * @example Первый тег
             */
            name: string;
        };
        /**
         * @description The lead properties a create or edit may send; none is required. Create, complex add and edit
         *     add their own `_embedded`, and the edits `id` and `tags_to_delete`.
         */
        LeadWritableFields: {
            /**
             * @description The lead's name.
             * @example Сделка для примера 1
             */
            name?: string;
            /**
             * @description The lead's price (бюджет).
             * @example 20000
             */
            price?: number;
            /**
             * @description The ID of the lead's status; by default the first status of the main pipeline.
             * @example 33929752
             */
            status_id?: number;
            /**
             * @description The ID of the lead's pipeline.
             * @example 3383152
             */
            pipeline_id?: number;
            /**
             * @description The ID of the user creating the lead; `0` makes it created by a robot.
             * @example 0
             */
            created_by?: number;
            /**
             * @description The ID of the user changing the lead; `0` makes it changed by a robot.
             * @example 0
             */
            updated_by?: number;
            /** @description When the lead was closed. */
            closed_at?: components["schemas"]["UnixTimestamp"];
            /** @description When the lead was created. */
            created_at?: components["schemas"]["UnixTimestamp"];
            /** @description When the lead was changed. */
            updated_at?: components["schemas"]["UnixTimestamp"];
            /**
             * @description The ID of the loss reason.
             * @example 7323
             */
            loss_reason_id?: number;
            /**
             * @description The ID of the responsible user.
             * @example 2004184
             */
            responsible_user_id?: number;
            custom_fields_values?: components["schemas"]["CustomFieldsValuesWrite"];
            /** @description Tags to add to the lead's tags, each by `id` or `name`; the other tags stay. */
            tags_to_add?: components["schemas"]["TagReference"][];
            /**
             * @description Returned unchanged in the answer and not stored; use it to match answers to the items sent.
             * @example qweasd
             */
            request_id?: string;
        };
        /**
         * @description The lead's source (sources-api.md), by its external ID. With an `external_id` and no
         *     `pipeline_id`, the lead goes to the source's pipeline. The leads page types `external_id` int;
         *     sources-api.md defines it as a string of up to 36 characters, which is what this description takes.
         */
        LeadSourceWrite: {
            /**
             * @description The source's external ID (sources-api.md).
             * @example 65bd500b-fd52-4599-ab58-943ce3dd058c
             */
            external_id?: string;
            /**
             * @description The source's type; for leads added by integrations only `widget` is supported.
             * @example widget
             * @enum {string}
             */
            type?: "widget";
        };
        /**
         * @description What a lead create may embed. `tags` sets the lead's tags (each by `id` or `name`: the table lists
         *     only `id` but says "укажите id или name"). `contacts` and `companies` link existing ones by ID.
         */
        LeadCreateEmbedded: {
            /** @description The lead's tags. */
            tags?: components["schemas"]["TagReference"][] | null;
            /** @description Existing contacts to link, by ID. */
            contacts?: {
                /**
                 * @description The contact's ID.
                 * @example 10971465
                 */
                id: number;
                /**
                 * @description Whether the contact is the lead's main contact. The create table types it `string`; it is the same flag as the `is_main` a lead returns, a boolean.
                 * @example true
                 */
                is_main?: boolean;
            }[];
            /** @description An existing company to link, by ID (a lead has at most one). */
            companies?: {
                /**
                 * @description The company's ID.
                 * @example 10971463
                 */
                id: number;
            }[];
            source?: components["schemas"]["LeadSourceWrite"];
        };
        /**
         * @description A lead to create (`POST /api/v4/leads`); nothing is required. `_embedded` may link existing
         *     contacts and a company by ID, set tags and name the source. To create the contact and company with
         *     the lead, use the complex add (`POST /api/v4/leads/complex`).
         */
        LeadCreate: components["schemas"]["LeadWritableFields"] & {
            _embedded?: components["schemas"]["LeadCreateEmbedded"];
        };
        /** @description An entity a batch create made (a lead, contact or company), as the create call answers it. */
        EntityCreated: {
            /**
             * @description The new entity's ID.
             * @example 10185151
             */
            id: number;
            /**
             * @description The `request_id` sent with the item, or its zero-based position in the batch when none was sent.
             * @example 0
             */
            request_id?: string;
            _links?: components["schemas"]["HalItemLinks"];
        };
        /** @description The leads created, in the order sent. */
        LeadCreatedCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                leads: components["schemas"]["EntityCreated"][];
            };
        };
        /**
         * @description The `_embedded` of a create or edit request that carries tags only. `_embedded.tags` **replaces the
         *     whole list** of the entity's tags (null or `[]` removes them all); to add or remove single tags
         *     without touching the others, send `tags_to_add` / `tags_to_delete` instead.
         */
        TagsEmbeddedWrite: {
            /** @description The entity's tags after the call, each by `id` or `name`; null removes every tag. */
            tags?: components["schemas"]["TagReference"][] | null;
        };
        /**
         * @description Changes to one lead (`PATCH /api/v4/leads/{id}`): send only what changes. Tags: `tags_to_add`
         *     and `tags_to_delete` add and remove single tags and leave the others; `_embedded.tags` replaces the
         *     whole list (null removes every tag). An edit can embed nothing but tags.
         */
        LeadUpdate: components["schemas"]["LeadWritableFields"] & {
            /**
             * @description The lead's ID (the path names the lead already).
             * @example 54886
             */
            id?: number;
            /** @description Tags to remove from the lead, each by `id` or `name`; the other tags stay. */
            tags_to_delete?: components["schemas"]["TagReference"][];
            _embedded?: components["schemas"]["TagsEmbeddedWrite"];
        };
        /** @description Changes to one lead inside a batch edit (`PATCH /api/v4/leads`), the same as a single edit; `id` says which lead. */
        LeadBatchUpdate: components["schemas"]["LeadUpdate"] & {
            /**
             * @description The ID of the lead to change.
             * @example 54886
             */
            id: number;
        };
        /**
         * @description An entity an edit changed (a lead, contact or company), as the edit calls answer it: `id` and
         *     `updated_at`. The contact and company examples also return `name`, which their tables do not list.
         */
        EntityUpdated: {
            /**
             * @description The entity's ID.
             * @example 54886
             */
            id: number;
            /**
             * @description The entity's name (contacts and companies).
             * @example Иван Иванов
             */
            name?: string;
            /** @description When the entity was changed. */
            updated_at?: components["schemas"]["UnixTimestamp"];
            /**
             * @description The `request_id` sent with the item, or its zero-based position in the batch.
             * @example 0
             */
            request_id?: string;
            _links?: components["schemas"]["HalItemLinks"];
        };
        /** @description The leads changed, in the order sent. */
        LeadUpdatedCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                leads: components["schemas"]["EntityUpdated"][];
            };
        };
        /** @description The contact properties a create or edit may send; none is required. The edits add `id` and `tags_to_delete`. */
        ContactWritableFields: {
            /**
             * @description The contact's name.
             * @example Иван Иванов
             */
            name?: string;
            /**
             * @description The contact's first name.
             * @example Петр
             */
            first_name?: string;
            /**
             * @description The contact's last name.
             * @example Смирнов
             */
            last_name?: string;
            /**
             * @description The ID of the responsible user.
             * @example 504141
             */
            responsible_user_id?: number;
            /**
             * @description The ID of the user creating the contact.
             * @example 47272
             */
            created_by?: number;
            /**
             * @description The ID of the user changing the contact.
             * @example 47272
             */
            updated_by?: number;
            /** @description When the contact was created. */
            created_at?: components["schemas"]["UnixTimestamp"];
            /** @description When the contact was changed. */
            updated_at?: components["schemas"]["UnixTimestamp"];
            custom_fields_values?: components["schemas"]["CustomFieldsValuesWrite"];
            /** @description Tags to add to the contact's tags, each by `id` or `name`; the other tags stay. */
            tags_to_add?: components["schemas"]["TagReference"][];
            _embedded?: components["schemas"]["TagsEmbeddedWrite"];
            /**
             * @description Returned unchanged in the answer and not stored; use it to match answers to the items sent.
             * @example 0
             */
            request_id?: string;
        };
        /** @description The contact of a lead in a complex add (contacts-api.md / companies-api.md, "Параметры запроса"), at most 40 custom field values; `id` alone links an existing contact. */
        LeadComplexContact: components["schemas"]["ContactWritableFields"] & {
            /**
             * @description The ID of an existing contact to link instead of creating one.
             * @example 19663157
             */
            id?: number;
            /** @description The contact's custom field values, at most 40. */
            custom_fields_values?: components["schemas"]["CustomFieldsValuesWrite"];
        };
        /** @description The company properties a create or edit may send; none is required. The edits add `id` and `tags_to_delete`. */
        CompanyWritableFields: {
            /**
             * @description The company's name.
             * @example АО Рога и Копыта
             */
            name?: string;
            /**
             * @description The ID of the responsible user.
             * @example 504141
             */
            responsible_user_id?: number;
            /**
             * @description The ID of the user creating the company.
             * @example 47272
             */
            created_by?: number;
            /**
             * @description The ID of the user changing the company.
             * @example 47272
             */
            updated_by?: number;
            /** @description When the company was created. */
            created_at?: components["schemas"]["UnixTimestamp"];
            /** @description When the company was changed. */
            updated_at?: components["schemas"]["UnixTimestamp"];
            custom_fields_values?: components["schemas"]["CustomFieldsValuesWrite"];
            /** @description Tags to add to the company's tags, each by `id` or `name`; the other tags stay. */
            tags_to_add?: components["schemas"]["TagReference"][];
            _embedded?: components["schemas"]["TagsEmbeddedWrite"];
            /**
             * @description Returned unchanged in the answer and not stored; use it to match answers to the items sent.
             * @example 0
             */
            request_id?: string;
        };
        /** @description The company of a lead in a complex add (contacts-api.md / companies-api.md, "Параметры запроса"), at most 40 custom field values; `id` alone links an existing company. */
        LeadComplexCompany: components["schemas"]["CompanyWritableFields"] & {
            /**
             * @description The ID of an existing company to link instead of creating one.
             * @example 19663157
             */
            id?: number;
            /** @description The company's custom field values, at most 40. */
            custom_fields_values?: components["schemas"]["CustomFieldsValuesWrite"];
        };
        /** @description A web form submission (category `forms`). */
        LeadComplexFormsMetadata: {
            /**
             * @description The Incoming lead's category.
             * @example forms
             * @constant
             * @enum {string}
             */
            category: "forms";
            /**
             * @description The form's ID on the integration's side. unsorted-api.md types it string; the complex-add example sends a number; both are accepted.
             * @example 123
             */
            form_id?: string | number;
            /**
             * @description The form's name.
             * @example Форма на сайте
             */
            form_name?: string;
            /**
             * @description The page the form is on.
             * @example https://example.com
             */
            form_page?: string;
            /**
             * @description The IP address the submission came from.
             * @example 8.8.8.8
             */
            ip?: string;
            /** @description When the form was sent. */
            form_sent_at?: components["schemas"]["UnixTimestamp"];
            /**
             * @description Where the visitor came to the form's page from.
             * @example https://example.com/form.html
             */
            referer?: string;
        };
        /** @description A call (category `sip`). */
        LeadComplexSipMetadata: {
            /**
             * @description The Incoming lead's category.
             * @example sip
             * @constant
             * @enum {string}
             */
            category: "sip";
            /**
             * @description Who called. unsorted-api.md types it string while its examples send numbers; both are accepted.
             * @example +79123456789
             */
            phone?: string | number;
            /**
             * @description Who was called, a user ID, a phone number or a name.
             * @example 504141
             */
            call_responsible?: string | number | null;
            /** @description When the call was made. */
            called_at?: components["schemas"]["UnixTimestamp"];
            /**
             * @description How long the call lasted, in seconds.
             * @example 60
             */
            duration?: number;
            /**
             * @description A link to the call's recording.
             * @example https://example.com/calls/record.mp3
             */
            link?: string;
            /**
             * @description The code of the telephony service.
             * @example telephony_widget
             */
            service_code?: string;
            /**
             * @description Send `true` to add an incoming-call event to the card (write only).
             * @example true
             */
            is_call_event_needed?: boolean;
            /**
             * @description The call's unique ID.
             * @example a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d
             */
            uniq?: string;
        };
        /**
         * @description The data of the Incoming lead (неразобранное) the complex add creates: as for an Incoming lead of
         *     the same category (unsorted-api.md, "Описание объектов metadata") plus `category`, `forms` or
         *     `sip`. The table types `_embedded[metadata]` as an array; its description and example make it an
         *     object, which is what this description takes.
         */
        LeadComplexMetadata: components["schemas"]["LeadComplexFormsMetadata"] | components["schemas"]["LeadComplexSipMetadata"];
        /** @description What a complex add embeds in a lead. New contacts and companies created together are linked to each other. */
        LeadComplexEmbedded: {
            /** @description The lead's tags, each by `id` or `name`. */
            tags?: components["schemas"]["TagReference"][] | null;
            /** @description The lead's contact (at most one), an existing one by `id` or a new one as a full contact model. */
            contacts?: components["schemas"]["LeadComplexContact"][];
            /** @description The lead's company (at most one), an existing one by `id` or a new one as a full company model. */
            companies?: components["schemas"]["LeadComplexCompany"][];
            metadata?: components["schemas"]["LeadComplexMetadata"];
            source?: components["schemas"]["LeadSourceWrite"];
        };
        /**
         * @description A lead to add with its contact and company (`POST /api/v4/leads/complex`); nothing is required.
         *     At most 1 contact and 1 company per lead, at most 40 custom field values per entity (lead, contact,
         *     company). With `_embedded.metadata`, the lead goes to Incoming leads (Неразобранное) and a
         *     `status_id` other than the Incoming status is ignored.
         */
        LeadComplexCreate: components["schemas"]["LeadWritableFields"] & {
            /** @description The lead's custom field values, at most 40 (more can be set by an edit afterwards, or through `POST /api/v4/leads`, which does no duplicate control). */
            custom_fields_values?: components["schemas"]["CustomFieldsValuesWrite"];
            _embedded?: components["schemas"]["LeadComplexEmbedded"];
        };
        /**
         * @description One lead of a complex add: the lead's ID and those of its contact and company, created or found.
         *     With duplicate control (duplication-control.md) on for the integration, a lead may be merged into an
         *     existing one (`merged: true`); then `id` is that lead's, and `request_id` lists the `request_id` of
         *     every item sent that was a duplicate of it (one element when nothing was merged).
         */
        LeadComplexResult: {
            /**
             * @description The lead's ID.
             * @example 15198335
             */
            id: number;
            /**
             * @description The contact's ID; null without a contact.
             * @example 19663157
             */
            contact_id: number | null;
            /**
             * @description The company's ID; null without a company.
             * @example 19663155
             */
            company_id: number | null;
            /** @description The `request_id` of the item sent, or of every item merged into this lead. */
            request_id: string[];
            /**
             * @description Whether a duplicate was found and the lead merged into it.
             * @example false
             */
            merged: boolean;
        };
        /** @description The filter of the contact list (filters-api.md, "Фильтрация списка контактов"), the entity filter. **A paid option** of the account (see `EntitiesFilterFields`). */
        ContactsFilterFields: components["schemas"]["EntitiesFilterFields"];
        /** @description The sort order of the contacts list (`order[updated_at]=asc`). Sortable fields: updated_at, id. */
        ContactsOrderFields: {
            updated_at?: components["schemas"]["SortDirection"];
            id?: components["schemas"]["SortDirection"];
        };
        /**
         * @description A contact (контакт). `_embedded` always holds `tags` and `companies` (a contact has at most one
         *     company: the table says the array always has one object, its examples show `[]` for a contact
         *     without one, which is what this description takes); `leads`, `customers` and `catalog_elements`
         *     need `with`. The examples do not return `is_deleted`, so it is optional.
         */
        Contact: {
            /**
             * @description The contact's ID.
             * @example 3
             */
            id: number;
            /**
             * @description The contact's full name.
             * @example Иван Иванов
             */
            name: string;
            /**
             * @description The contact's first name (may be empty).
             * @example Иван
             */
            first_name: string;
            /**
             * @description The contact's last name (may be empty).
             * @example Иванов
             */
            last_name: string;
            /**
             * @description The ID of the responsible user.
             * @example 504141
             */
            responsible_user_id: number;
            /**
             * @description The ID of the responsible user's group.
             * @example 0
             */
            group_id: number;
            /**
             * @description The ID of the user who created the contact.
             * @example 504141
             */
            created_by: number;
            /**
             * @description The ID of the user who changed the contact last.
             * @example 504141
             */
            updated_by: number;
            /** @description When the contact was created. */
            created_at: components["schemas"]["UnixTimestamp"];
            /** @description When the contact was last changed. */
            updated_at: components["schemas"]["UnixTimestamp"];
            /**
             * @description Whether the contact is deleted.
             * @example false
             */
            is_deleted?: boolean;
            /**
             * @description When the contact's closest open task is due, a Unix timestamp; null without tasks.
             * @example null
             */
            closest_task_at: number | null;
            custom_fields_values: components["schemas"]["CustomFieldsValuesRead"];
            /**
             * @description The ID of the account.
             * @example 28805383
             */
            account_id: number;
            _links?: components["schemas"]["HalItemLinks"];
            /** @description The entities embedded in a contact. */
            _embedded?: {
                /** @description The contact's tags (their `color` is always null). */
                tags?: components["schemas"]["EmbeddedTag"][];
                /** @description The contact's company (at most one). */
                companies?: components["schemas"]["EmbeddedEntityRef"][];
                /** @description Needs `with=leads`. The contact's leads. */
                leads?: components["schemas"]["EmbeddedEntityRef"][];
                /** @description Needs `with=customers`. The contact's customers. */
                customers?: components["schemas"]["EmbeddedEntityRef"][];
                /** @description Needs `with=catalog_elements`. The catalog elements linked to the contact. */
                catalog_elements?: components["schemas"]["EmbeddedCatalogElement"][];
            };
        };
        /** @description A page of contacts. */
        ContactCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                contacts: components["schemas"]["Contact"][];
            };
        };
        /** @description A contact to create; nothing is required. `_embedded` may carry tags only. */
        ContactCreate: components["schemas"]["ContactWritableFields"];
        /** @description The contacts created, in the order sent. */
        ContactCreatedCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                contacts: components["schemas"]["EntityCreated"][];
            };
        };
        /**
         * @description Changes to one contact (`PATCH /api/v4/contacts/{id}`): send only what changes. Tags: `tags_to_add`
         *     and `tags_to_delete` add and remove single tags and leave the others; `_embedded.tags` replaces
         *     the whole list (null removes every tag).
         */
        ContactUpdate: components["schemas"]["ContactWritableFields"] & {
            /**
             * @description The contact's ID (the path names the contact already).
             * @example 3
             */
            id?: number;
            /** @description Tags to remove from the contact, each by `id` or `name`; the other tags stay. */
            tags_to_delete?: components["schemas"]["TagReference"][];
        };
        /** @description Changes to one contact inside a batch edit (`PATCH /api/v4/contacts`), the same as a single edit; `id` says which contact. */
        ContactBatchUpdate: components["schemas"]["ContactUpdate"] & {
            /**
             * @description The ID of the contact to change.
             * @example 3
             */
            id: number;
        };
        /** @description The contacts changed, in the order sent. */
        ContactUpdatedCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                contacts: components["schemas"]["EntityUpdated"][];
            };
        };
        /** @description A link between a chat and a contact (привязка чата к контакту). A chat is linked to at most one contact; a contact may have several chats. */
        ContactChatLink: {
            /**
             * @description The link's ID; it may change when the chat is linked to another contact.
             * @example 26219
             */
            id: number;
            /**
             * @description The contact's ID.
             * @example 3102959
             */
            contact_id: number;
            /**
             * @description The chat's UUID in the chats service.
             * @example 6cbab3d5-c4c1-46ff-b710-ad59ad10805f
             */
            chat_id: string;
            /**
             * @description In a link answer, the `request_id` sent, or the item's zero-based position.
             * @example 0
             */
            request_id?: string;
        };
        /** @description Contact–chat links (not paged). */
        ContactChatLinkCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                chats: components["schemas"]["ContactChatLink"][];
            };
        };
        /**
         * @description A chat to link to a contact. The table types `chat_id` string and `contact_id` int but says they
         *     take "an array of strings / of numbers"; the example, and a batch that is itself the array, send one
         *     chat and one contact per item, which is what this description takes.
         */
        ContactChatLinkCreate: {
            /**
             * @description The chat's UUID in the chats service.
             * @example 6cbab3d5-c4c1-46ff-b710-ad59ad10805f
             */
            chat_id: string;
            /**
             * @description The contact's ID.
             * @example 3102959
             */
            contact_id: number;
            /**
             * @description Returned unchanged in the answer and not stored.
             * @example 0
             */
            request_id?: string;
        };
        /** @description The filter of the company list (filters-api.md, "Фильтрация списка компаний"), the entity filter. **A paid option** of the account (see `EntitiesFilterFields`). */
        CompaniesFilterFields: components["schemas"]["EntitiesFilterFields"];
        /** @description The sort order of the companies list (`order[updated_at]=asc`). Sortable fields: updated_at, id. */
        CompaniesOrderFields: {
            updated_at?: components["schemas"]["SortDirection"];
            id?: components["schemas"]["SortDirection"];
        };
        /**
         * @description A company (компания). `_embedded` always holds `tags`; `contacts`, `leads`, `customers` and
         *     `catalog_elements` need `with`. The examples do not return `is_deleted`, so it is optional.
         */
        Company: {
            /**
             * @description The company's ID.
             * @example 1
             */
            id: number;
            /**
             * @description The company's name.
             * @example АО Рога и копыта
             */
            name: string;
            /**
             * @description The ID of the responsible user.
             * @example 504141
             */
            responsible_user_id: number;
            /**
             * @description The ID of the responsible user's group.
             * @example 0
             */
            group_id: number;
            /**
             * @description The ID of the user who created the company.
             * @example 504141
             */
            created_by: number;
            /**
             * @description The ID of the user who changed the company last.
             * @example 504141
             */
            updated_by: number;
            /** @description When the company was created. */
            created_at: components["schemas"]["UnixTimestamp"];
            /** @description When the company was last changed. */
            updated_at: components["schemas"]["UnixTimestamp"];
            /**
             * @description When the company's closest open task is due, a Unix timestamp; null without tasks.
             * @example null
             */
            closest_task_at: number | null;
            custom_fields_values: components["schemas"]["CustomFieldsValuesRead"];
            /**
             * @description Whether the company is deleted.
             * @example false
             */
            is_deleted?: boolean;
            /**
             * @description The ID of the account.
             * @example 28805383
             */
            account_id: number;
            _links?: components["schemas"]["HalItemLinks"];
            /** @description The entities embedded in a company. */
            _embedded?: {
                /** @description The company's tags (their `color` is always null). */
                tags?: components["schemas"]["EmbeddedTag"][];
                /** @description Needs `with=contacts`. The company's contacts. */
                contacts?: components["schemas"]["EmbeddedEntityRef"][];
                /** @description Needs `with=leads`. The company's leads. */
                leads?: components["schemas"]["EmbeddedEntityRef"][];
                /** @description Needs `with=customers`. The company's customers. */
                customers?: components["schemas"]["EmbeddedEntityRef"][];
                /** @description Needs `with=catalog_elements`. The catalog elements linked to the company. */
                catalog_elements?: components["schemas"]["EmbeddedCatalogElement"][];
            };
        };
        /** @description A page of companies. */
        CompanyCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                companies: components["schemas"]["Company"][];
            };
        };
        /** @description A company to create; nothing is required. `_embedded` may carry tags only. */
        CompanyCreate: components["schemas"]["CompanyWritableFields"];
        /** @description The companies created, in the order sent. */
        CompanyCreatedCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                companies: components["schemas"]["EntityCreated"][];
            };
        };
        /**
         * @description Changes to one company (`PATCH /api/v4/companies/{id}`): send only what changes. Tags: `tags_to_add`
         *     and `tags_to_delete` add and remove single tags and leave the others; `_embedded.tags` replaces
         *     the whole list (null removes every tag).
         */
        CompanyUpdate: components["schemas"]["CompanyWritableFields"] & {
            /**
             * @description The company's ID (the path names the company already).
             * @example 11090825
             */
            id?: number;
            /** @description Tags to remove from the company, each by `id` or `name`; the other tags stay. */
            tags_to_delete?: components["schemas"]["TagReference"][];
        };
        /** @description Changes to one company inside a batch edit (`PATCH /api/v4/companies`), the same as a single edit; `id` says which company. */
        CompanyBatchUpdate: components["schemas"]["CompanyUpdate"] & {
            /**
             * @description The ID of the company to change.
             * @example 11090825
             */
            id: number;
        };
        /** @description The companies changed, in the order sent. */
        CompanyUpdatedCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                companies: components["schemas"]["EntityUpdated"][];
            };
        };
        /** @description A word in its grammatical cases. Only `default` exists in every language; Russian adds the cases. */
        AccountWordForms: {
            /**
             * @description The word (nominative).
             * @example клиент
             */
            default: string;
            /**
             * @description Dative (дательный).
             * @example клиенту
             */
            dative?: string;
            /**
             * @description Genitive (родительный).
             * @example клиента
             */
            genitive?: string;
            /**
             * @description Accusative (винительный).
             * @example клиента
             */
            accusative?: string;
            /**
             * @description Instrumental (творительный).
             * @example клиентом
             */
            instrumental?: string;
            /**
             * @description Prepositional (предложный).
             * @example клиенте
             */
            prepositional?: string;
        };
        /** @description An entity's name in one language, singular and plural, with its grammatical gender. */
        AccountEntityName: {
            /**
             * @description The grammatical gender (`m`, `f`, …).
             * @example m
             */
            gender?: string;
            singular_form?: components["schemas"]["AccountWordForms"];
            plural_form?: components["schemas"]["AccountWordForms"];
        };
        /**
         * @description Needs `with=entity_names`. What the account calls its entities (e.g. leads renamed to "клиенты"),
         *     keyed by entity (`leads`, …), then by language.
         */
        AccountEntityNames: {
            [key: string]: {
                [key: string]: components["schemas"]["AccountEntityName"];
            };
        };
        /** @description Needs `with=invoices_settings`. The settings of invoices and purchases (счета-покупки). */
        AccountInvoicesSettings: {
            /**
             * @description The language of invoices and of the PayWall.
             * @example ru
             */
            lang?: string;
            /**
             * @description The ID of the invoices catalog (список счетов-покупок).
             * @example 1095
             */
            invoices_catalog_id?: number;
        };
        /**
         * @description Needs `with=amojo_rights`. What the account's users may do in the chats (настройки чатов). The
         *     documentation types both flags `object`; its example, and the meaning ("доступны ли"), are booleans.
         */
        AccountAmojoRights: {
            /**
             * @description Whether internal (direct) chats between users are available.
             * @example true
             */
            can_direct?: boolean;
            /**
             * @description Whether users may create group chats.
             * @example true
             */
            can_create_groups?: boolean;
        };
        /** @description A user group of the account (группа пользователей). `0` is the default group ("Отдел продаж"). */
        AccountUsersGroup: {
            /**
             * @description The group's ID.
             * @example 0
             */
            id: number;
            /**
             * @description The group's name.
             * @example Отдел продаж
             */
            name: string;
            /**
             * @description The group's UUID. Returned in the documentation's example (null); not described there.
             * @example null
             */
            uuid?: string | null;
        };
        /**
         * @description A task type of the account (тип задачи), the values of a task's `task_type_id`. The name is the
         *     account's own and may be changed: the account example names type `1` "Связаться" (code `FOLLOW_UP`)
         *     where tasks-api.md calls it "Звонок"; tell the predefined types apart by `code`, not by name.
         */
        AccountTaskType: {
            /**
             * @description The task type's ID.
             * @example 1
             */
            id: number;
            /**
             * @description The task type's name.
             * @example Связаться
             */
            name: string;
            /**
             * @description The task type's colour; null for the predefined types.
             * @example null
             */
            color?: string | null;
            /**
             * @description The ID of the task type's icon; null for the predefined types.
             * @example null
             */
            icon_id?: number | null;
            /**
             * @description The code of a predefined type (`FOLLOW_UP`, `MEETING`); an account's own types have none.
             * @example FOLLOW_UP
             */
            code?: string | null;
        };
        /**
         * @description Needs `with=datetime_settings`. The account's date and time formats (PHP `date()` patterns) and
         *     time zone. The documentation lists the object but not its keys; they are taken from its example,
         *     `date_formant` (sic) included.
         */
        AccountDatetimeSettings: {
            /**
             * @description Date and time.
             * @example d.m.Y H:i
             */
            date_pattern?: string;
            /**
             * @description Short date.
             * @example d.m.Y
             */
            short_date_pattern?: string;
            /**
             * @description Short time.
             * @example H:i
             */
            short_time_pattern?: string;
            /**
             * @description Date (the key is spelt so by the API).
             * @example d.m.Y
             */
            date_formant?: string;
            /**
             * @description Time.
             * @example H:i:s
             */
            time_format?: string;
            /**
             * @description The account's time zone (IANA name).
             * @example Europe/Moscow
             */
            timezone?: string;
            /**
             * @description The time zone's offset from UTC.
             * @example +03:00
             */
            timezone_offset?: string;
        };
        /**
         * @description The account (аккаунт): its ID, name, subdomain, settings and, on request (`with`), its task types,
         *     user groups, chat settings and more. The properties marked "needs `with`" are present only when
         *     asked for.
         *
         *     The documentation's example also returns `uuid`, which its table does not list, and
         *     `is_api_filter_enabled` without the `with` value that adds it; both are declared, optional.
         */
        Account: {
            /**
             * @description The account's ID.
             * @example 1231414
             */
            id: number;
            /**
             * @description The account's name.
             * @example example
             */
            name: string;
            /**
             * @description The account's subdomain (`example` in `https://example.amocrm.ru`).
             * @example example
             */
            subdomain: string;
            /**
             * @description The ID of the user the token belongs to (текущий пользователь).
             * @example 581651
             */
            current_user_id: number;
            /**
             * @description The country set in the account's settings.
             * @example RU
             */
            country: string;
            /**
             * @description The customers mode (режим покупателей): `unavailable` (not available), `disabled` (switched
             *     off), `segments` (segmentation), `dynamic` (deprecated), `periodicity` (periodic purchases).
             * @example segments
             * @enum {string}
             */
            customers_mode: "unavailable" | "disabled" | "segments" | "dynamic" | "periodicity";
            /**
             * @description Whether the Incoming leads (Неразобранное) feature is on.
             * @example true
             */
            is_unsorted_on: boolean;
            /**
             * @description Whether loss reasons (причины отказа) are on.
             * @example true
             */
            is_loss_reason_enabled: boolean;
            /**
             * @description Whether typical questions (Типовые вопросы) are on; professional plan only.
             * @example false
             */
            is_helpbot_enabled: boolean;
            /**
             * @description Whether this is a technical (developer) account.
             * @example false
             */
            is_technical_account: boolean;
            /**
             * @description How contact names are shown. `1` first name, last name; `2` last name, first name.
             * @example 1
             * @enum {integer}
             */
            contact_name_display_order: 1 | 2;
            /**
             * @description Needs `with=amojo_id`. The account's ID in the chats service (amoJo).
             * @example f3c6340d-410e-4ad1-9f7e-c5e663599909
             */
            amojo_id?: string;
            /**
             * @description The account's UUID. Returned in the documentation's example; not described there.
             * @example 824f3a59-6154-4edf-ba90-0b5593715d07
             */
            uuid?: string;
            /**
             * @description Needs `with=version`. The current amoCRM version.
             * @example 16
             */
            version?: number;
            /**
             * Format: uri
             * @description Needs `with=drive_url`. The host of the account's Files API (files/files-api.md).
             * @example https://drive-b.amocrm.ru
             */
            drive_url?: string;
            /**
             * @description Needs `with=is_api_filter_enabled`. Whether the paid API filtering (Альфа-фильтрация, filters-api.md) is on.
             * @example true
             */
            is_api_filter_enabled?: boolean;
            entity_names?: components["schemas"]["AccountEntityNames"];
            invoices_settings?: components["schemas"]["AccountInvoicesSettings"];
            _links?: components["schemas"]["HalItemLinks"];
            /** @description The parts added by `with`. */
            _embedded?: {
                amojo_rights?: components["schemas"]["AccountAmojoRights"];
                /** @description Needs `with=users_groups`. The account's user groups. */
                users_groups?: components["schemas"]["AccountUsersGroup"][];
                /** @description Needs `with=task_types`. The task types available in the account. */
                task_types?: components["schemas"]["AccountTaskType"][];
                datetime_settings?: components["schemas"]["AccountDatetimeSettings"];
            };
        };
        /**
         * @description A right to one action (users-api.md, "Общие обозначения прав"): `A` access (allowed on every
         *     entity), `G` group (where the responsible user is in the user's group), `M` main (where the
         *     user is the responsible user), `D` denied. The right to add (`add`) takes only `A` or `D`
         *     ("права на создание ... могут иметь только одно из двух значений"), although the documentation's
         *     own list example returns `G` for it; a response is therefore read with all four.
         * @example A
         * @enum {string}
         */
        UserRightValue: "A" | "G" | "M" | "D";
        /**
         * @description The rights to the leads, contacts or companies (keys are actions, values rights:
         *     `rights[leads][view]=A`). The rights depend on each other (users-api.md, "Зависимости прав"):
         *     restricting `view` restricts `edit`, `delete` and `export` with it, since a user cannot edit,
         *     delete or export what they cannot see. The documentation gives the full table of allowed
         *     combinations only as a picture; a combination it does not allow is refused (400). Customers
         *     inherit the rights to leads.
         */
        UserEntityRights: {
            view?: components["schemas"]["UserRightValue"];
            edit?: components["schemas"]["UserRightValue"];
            add?: components["schemas"]["UserRightValue"];
            delete?: components["schemas"]["UserRightValue"];
            export?: components["schemas"]["UserRightValue"];
        };
        /** @description The rights to tasks (keys are actions, values rights). */
        UserTaskRights: {
            edit?: components["schemas"]["UserRightValue"];
            delete?: components["schemas"]["UserRightValue"];
        };
        /**
         * @description A right in a status, `A` (allowed) or `D` (denied); status rights take no other values.
         * @example D
         * @enum {string}
         */
        UserStatusRightValue: "A" | "D";
        /**
         * @description The rights to the leads in one status (права на статус). They are applied after the general
         *     rights and narrow or widen them; viewing may be widened again for a user who follows the lead's
         *     chat. Status rights take only `A` or `D`; the statuses of Incoming leads have no `export`.
         */
        UserStatusRight: {
            /**
             * @description The entity type; only leads are supported.
             * @example leads
             * @enum {string}
             */
            entity_type: "leads";
            /**
             * @description The ID of the pipeline of the status.
             * @example 3166396
             */
            pipeline_id: number;
            /**
             * @description The ID of the status.
             * @example 32311027
             */
            status_id: number;
            /** @description The rights in this status. */
            rights: {
                view?: components["schemas"]["UserStatusRightValue"];
                edit?: components["schemas"]["UserStatusRightValue"];
                delete?: components["schemas"]["UserStatusRightValue"];
                export?: components["schemas"]["UserStatusRightValue"];
            };
        };
        /**
         * @description A set of rights (права), as a role holds them and as the first part of a user's rights.
         *     Rights are worked out in this order: the general rights, then the status rights, then viewing
         *     may be widened for a follower of a lead's chat.
         */
        RoleRights: {
            /** @description The rights to leads. */
            leads?: components["schemas"]["UserEntityRights"];
            /** @description The rights to contacts. */
            contacts?: components["schemas"]["UserEntityRights"];
            /** @description The rights to companies. */
            companies?: components["schemas"]["UserEntityRights"];
            tasks?: components["schemas"]["UserTaskRights"];
            /**
             * @description Access to the mail.
             * @example false
             */
            mail_access?: boolean;
            /**
             * @description Access to the catalogs (lists).
             * @example false
             */
            catalog_access?: boolean;
            /**
             * @description The rights per lead status. The documentation types it array; a user of its list example has
             *     null. On write, null or `[]` removes the status rights: the statuses of Incoming leads keep
             *     rights, every action denied.
             */
            status_rights?: components["schemas"]["UserStatusRight"][] | null;
        };
        /** @description A user's rights (права пользователя): the rights of a role plus the user's own flags, group and role. */
        UserRights: components["schemas"]["RoleRights"] & {
            /**
             * @description Whether the user is an account administrator (a flag, not a role).
             * @example false
             */
            is_admin?: boolean;
            /**
             * @description Whether the user is a free user (бесплатный пользователь; a flag, not a role).
             * @example false
             */
            is_free?: boolean;
            /**
             * @description Whether the user is active.
             * @example true
             */
            is_active?: boolean;
            /**
             * @description The ID of the user's group.
             * @example null
             */
            group_id?: number | null;
            /**
             * @description The ID of the user's role.
             * @example null
             */
            role_id?: number | null;
        };
        /**
         * @description A user of the account (пользователь). The properties `with` adds (`uuid`, `amojo_id`,
         *     `user_rank`, `phone_number`) are declared at the top level, where `with` puts such values in
         *     the other entities (the documentation shows none of them).
         */
        User: {
            /**
             * @description The user's ID.
             * @example 185848
             */
            id: number;
            /**
             * @description The user's full name.
             * @example Алексей Поимцев
             */
            name: string;
            /**
             * @description The user's email.
             * @example test@example.com
             */
            email: string;
            /**
             * @description The user's language.
             * @example ru
             * @enum {string}
             */
            lang: "ru" | "en" | "es";
            rights: components["schemas"]["UserRights"];
            /**
             * @description Needs `with=uuid`. The user's UUID; not used by third-party integrations.
             * @example null
             */
            uuid?: string | null;
            /**
             * @description Needs `with=amojo_id`. The user's ID in the chats service.
             * @example 4e7f5e9c-1dd3-4ab8-9a74-1a2b3c4d5e6f
             */
            amojo_id?: string | null;
            /**
             * @description Needs `with=user_rank`. The user's rank (which status descriptions they see).
             * @example newbie
             */
            user_rank?: ("newbie" | "candidate" | "master") | null;
            /**
             * @description Needs `with=phone_number`. The user's phone number.
             * @example +79123456789
             */
            phone_number?: string | null;
            /**
             * @description In a create answer, the `request_id` sent, or the item's position. The documentation's example
             *     answers a one-user batch with `"1"` where other batches count from `"0"`.
             * @example 0
             */
            request_id?: string;
            _links?: components["schemas"]["HalItemLinks"];
            _embedded?: {
                /** @description Needs `with=role`. The user's role (none for a user without one). */
                roles?: {
                    /**
                     * @description The role's ID.
                     * @example 3141
                     */
                    id: number;
                    /**
                     * @description The role's name.
                     * @example Менеджер
                     */
                    name: string;
                    _links?: components["schemas"]["HalItemLinks"];
                }[];
                /** @description Needs `with=group`. The user's group. */
                groups?: {
                    /**
                     * @description The group's ID.
                     * @example 267688
                     */
                    id: number;
                    /**
                     * @description The group's name.
                     * @example Менеджеры
                     */
                    name: string;
                }[];
            };
        };
        /** @description A page of users; also the answer of a create. */
        UserCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                users: components["schemas"]["User"][];
            };
        };
        /**
         * @description The rights of a user to add. By default every access is denied; `leads`, `contacts`, `companies`
         *     and `tasks` are required unless `role_id` or `is_free: true` is sent (the documentation's own
         *     example sends only `leads` and `contacts`, so the schema does not enforce it).
         */
        UserRightsWrite: components["schemas"]["RoleRights"] & {
            /**
             * @description Whether the user is a free user (default false).
             * @example false
             */
            is_free?: boolean;
            /**
             * @description Whether the user is an account administrator (a flag, not a role).
             * @example false
             */
            is_admin?: boolean;
            /**
             * @description The ID of the user's role (default null). A valid role overrides the rights sent.
             * @example null
             */
            role_id?: number | null;
            /**
             * @description The ID of the user's group; null (the default) is the default group "Отдел продаж".
             * @example null
             */
            group_id?: number | null;
        };
        /**
         * @description A user to add. `name`, `email` and `password` are required. The rights depend on one another:
         *     - a valid `rights.role_id` makes the API ignore `leads`, `contacts`, `companies`, `tasks`,
         *       `status_rights`, `mail_access` and `catalog_access`;
         *     - `rights.is_free: true` makes it ignore those and `role_id` and `group_id` too;
         *     - otherwise `leads`, `contacts`, `companies` and `tasks` are required, and must respect the
         *       dependencies between rights (see `UserEntityRights`);
         *     - `group_id: null` puts the user in the default group ("Отдел продаж");
         *     - `status_rights: null` gives the statuses of Incoming leads with no access.
         *     "Administrator" and "free user" are not roles but the flags `is_admin` and `is_free`.
         */
        UserCreate: {
            /**
             * @description The full name. At most 50 characters, no links, not only spaces, no special characters but `.@-_`.
             * @example Иван Иванов
             */
            name: string;
            /**
             * @description The user's email.
             * @example user_add-test@team.amocrm.com
             */
            email: string;
            /**
             * Format: password
             * @description At least 6 characters, with a digit, a lower-case and an upper-case letter.
             * @example aBcde1@345
             */
            password: string;
            /**
             * @description The user's language; by default the account's (ru or en).
             * @example ru
             * @enum {string}
             */
            lang?: "ru" | "en" | "es";
            rights?: components["schemas"]["UserRightsWrite"];
            /**
             * @description Returned unchanged in the answer and not stored.
             * @example new-user
             */
            request_id?: string;
        };
        /**
         * @description A role (роль): a named set of rights users can be given. The documentation's role table repeats
         *     the user-only keys of the rights (`is_admin`, `is_free`, `is_active`, `group_id`, `role_id`); no
         *     role example has them, and they describe a user, so a role's rights are `RoleRights`.
         */
        Role: {
            /**
             * @description The role's ID.
             * @example 107995
             */
            id: number;
            /**
             * @description The role's name.
             * @example Моя супер роль
             */
            name: string;
            rights: components["schemas"]["RoleRights"];
            _links?: components["schemas"]["HalItemLinks"];
            _embedded?: {
                /** @description Needs `with=users`. The IDs of the users who have the role. */
                users?: number[];
            };
        };
        /** @description A page of roles; also the answer of a create. */
        RoleCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                roles: components["schemas"]["Role"][];
            };
        };
        /** @description The rights of a role to create or change. Every access not sent is denied on create; on an edit, only what is sent changes. */
        RoleRightsWrite: components["schemas"]["RoleRights"];
        /** @description A role to create. */
        RoleCreate: {
            /**
             * @description The role's name.
             * @example role 3
             */
            name: string;
            rights?: components["schemas"]["RoleRightsWrite"];
            /**
             * @description Returned unchanged in the answer and not stored.
             * @example new-role
             */
            request_id?: string;
        };
        /** @description Changes to a role. Nothing is required, but the body cannot be empty. */
        RoleUpdate: {
            /**
             * @description The role's name.
             * @example role 3 modified
             */
            name?: string;
            rights?: components["schemas"]["RoleRightsWrite"];
        };
        /**
         * @description The users a status description is shown to, by rank (a user's `user_rank`).
         * @example newbie
         * @enum {string}
         */
        PipelineStatusDescriptionLevel: "newbie" | "candidate" | "master";
        /**
         * @description A description of a status (описание статуса) for the users of one level. Unlike every other date
         *     of the API, its dates are strings `YYYY-MM-DD HH:MM:SS`, not Unix timestamps.
         */
        PipelineStatusDescription: {
            /**
             * @description The description's ID.
             * @example 489
             */
            id: number;
            /**
             * @description The ID of the account.
             * @example 12345678
             */
            account_id?: number;
            /**
             * @description When the description was created, `YYYY-MM-DD HH:MM:SS`.
             * @example 2023-05-05 09:38:00
             */
            created_at?: string;
            /**
             * @description When the description was last changed, `YYYY-MM-DD HH:MM:SS`.
             * @example 2023-05-05 09:38:00
             */
            updated_at?: string;
            /**
             * @description The ID of the user who created it; `0` the API.
             * @example 12345
             */
            created_by?: number;
            /**
             * @description The ID of the user who changed it last; `0` the API. The documentation types it int; its examples return null for a description never changed.
             * @example 12345
             */
            updated_by?: number | null;
            /**
             * @description The ID of the status's pipeline.
             * @example 3177727
             */
            pipeline_id?: number;
            /**
             * @description The ID of the status.
             * @example 32392159
             */
            status_id?: number;
            level: components["schemas"]["PipelineStatusDescriptionLevel"];
            /**
             * @description The text (up to 1000 characters; emoji allowed).
             * @example Описание статуса "Первичный контакт" для новичка
             */
            description: string;
        };
        /**
         * @description A status (этап) of a lead pipeline. `type` is `1` for Incoming leads (Неразобранное) and `0` for
         *     every other status: the documentation's table knows no other value, and its examples give the
         *     system statuses `142` (won) and `143` (lost) `type: 0` too, so they are told apart by their IDs.
         *     System statuses have `is_editable: false`.
         */
        PipelineStatus: {
            /**
             * @description The status's ID.
             * @example 32392159
             */
            id: number;
            /**
             * @description The status's name.
             * @example Первичный контакт
             */
            name: string;
            /**
             * @description The status's position in the pipeline.
             * @example 20
             */
            sort: number;
            /**
             * @description Whether the status may be edited.
             * @example true
             */
            is_editable: boolean;
            /**
             * @description The ID of the pipeline.
             * @example 3177727
             */
            pipeline_id: number;
            /**
             * @description The status's colour, `#rrggbb`. The system statuses keep colours that are not among the ones a status may be given.
             * @example #99ccff
             */
            color: string;
            /**
             * @description `1` Incoming leads (неразобранное), `0` any other status.
             * @example 0
             * @enum {integer}
             */
            type: 0 | 1;
            /**
             * @description The ID of the account.
             * @example 12345678
             */
            account_id: number;
            /**
             * @description In create and edit answers, the `request_id` sent, or the item's zero-based position.
             * @example 0
             */
            request_id?: string;
            /** @description Needs `with=descriptions` (always present in create and edit answers). The status's descriptions, at most one per level. */
            descriptions?: components["schemas"]["PipelineStatusDescription"][];
            _links?: components["schemas"]["HalItemLinks"];
        };
        /**
         * @description A lead pipeline (воронка сделок) with its statuses. Every pipeline has three system statuses:
         *     Incoming leads (Неразобранное, `type: 1`), Closed – won (Успешно реализовано, ID `142`) and
         *     Closed – lost (Закрыто и не реализовано, ID `143`). An account has at most 50 pipelines, a
         *     pipeline at most 100 statuses, system ones included (leads_pipelines.md, "Общая информация").
         */
        Pipeline: {
            /**
             * @description The pipeline's ID.
             * @example 3177727
             */
            id: number;
            /**
             * @description The pipeline's name.
             * @example Воронка
             */
            name: string;
            /**
             * @description The pipeline's position among the pipelines.
             * @example 1
             */
            sort: number;
            /**
             * @description Whether this is the main pipeline (главная воронка), where leads go by default.
             * @example true
             */
            is_main: boolean;
            /**
             * @description Whether Incoming leads (Неразобранное) are on in the pipeline.
             * @example true
             */
            is_unsorted_on: boolean;
            /**
             * @description Whether the pipeline is archived. Absent from the documentation's create answer.
             * @example false
             */
            is_archive?: boolean;
            /**
             * @description The ID of the account.
             * @example 12345678
             */
            account_id: number;
            /**
             * @description In create and edit answers, the `request_id` sent, or the item's zero-based position.
             * @example 123
             */
            request_id?: string;
            _links?: components["schemas"]["HalItemLinks"];
            _embedded?: {
                /** @description The pipeline's statuses, in their order. */
                statuses?: components["schemas"]["PipelineStatus"][];
            };
        };
        /** @description The account's pipelines (not paged). */
        PipelineCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                pipelines: components["schemas"]["Pipeline"][];
            };
        };
        /**
         * @description A colour a status may be given (leads_pipelines.md, "Доступные цвета статусов").
         * @example #fffeb2
         * @enum {string}
         */
        PipelineStatusColor: "#fffeb2" | "#fffd7f" | "#fff000" | "#ffeab2" | "#ffdc7f" | "#ffce5a" | "#ffdbdb" | "#ffc8c8" | "#ff8f92" | "#d6eaff" | "#c1e0ff" | "#98cbff" | "#ebffb1" | "#deff81" | "#87f2c0" | "#f9deff" | "#f3beff" | "#ccc8f9" | "#eb93ff" | "#f2f3f4" | "#e6e8ea";
        /** @description A status of a pipeline being created; or, with `id` 142 or 143, the name of a system status. */
        PipelineCreateStatus: {
            /**
             * @description Only to name a system status, `142` (won) or `143` (lost).
             * @example 142
             * @enum {integer}
             */
            id?: 142 | 143;
            /**
             * @description The status's name.
             * @example Первичный контакт
             */
            name: string;
            /**
             * @description The status's position in the pipeline.
             * @example 10
             */
            sort?: number;
            color?: components["schemas"]["PipelineStatusColor"];
        };
        /** @description A pipeline to create. `name`, `sort`, `is_main` and `is_unsorted_on` are required. */
        PipelineCreate: {
            /**
             * @description The pipeline's name.
             * @example Воронка доп продаж
             */
            name: string;
            /**
             * @description The pipeline's position among the pipelines.
             * @example 20
             */
            sort: number;
            /**
             * @description Whether the pipeline becomes the main one.
             * @example false
             */
            is_main: boolean;
            /**
             * @description Whether Incoming leads are on in the pipeline.
             * @example true
             */
            is_unsorted_on: boolean;
            /**
             * @description Returned unchanged in the answer and not stored.
             * @example 123
             */
            request_id?: string;
            _embedded?: {
                /** @description The pipeline's statuses. Name the system statuses `142` and `143` by their `id` to give them names of your own. */
                statuses?: components["schemas"]["PipelineCreateStatus"][];
            };
        };
        /**
         * @description Changes to a pipeline: at least one property. (The documentation's table calls `name` "the role's
         *     name", copied from the roles page; it is the pipeline's name.)
         */
        PipelineUpdate: {
            /**
             * @description The pipeline's name.
             * @example Новое название для воронки
             */
            name?: string;
            /**
             * @description The pipeline's position among the pipelines.
             * @example 100
             */
            sort?: number;
            /**
             * @description Whether the pipeline is the main one.
             * @example false
             */
            is_main?: boolean;
            /**
             * @description Whether Incoming leads are on in the pipeline.
             * @example false
             */
            is_unsorted_on?: boolean;
        };
        /** @description The statuses of a pipeline (not paged); also the answer of a create. */
        PipelineStatusCollection: components["schemas"]["HalCollection"] & {
            _embedded: {
                statuses: components["schemas"]["PipelineStatus"][];
            };
        };
        /**
         * @description A status to add to a pipeline. `name` and `sort` are required. At most 3 descriptions, one per
         *     level (`newbie`, `candidate`, `master`), each up to 1000 characters.
         */
        PipelineStatusCreate: {
            /**
             * @description The status's name.
             * @example Новый этап
             */
            name: string;
            /**
             * @description The status's position in the pipeline.
             * @example 100
             */
            sort: number;
            color?: components["schemas"]["PipelineStatusColor"];
            /**
             * @description Returned unchanged in the answer and not stored.
             * @example new-stage
             */
            request_id?: string;
            /** @description The status's descriptions, at most one per level. */
            descriptions?: {
                level: components["schemas"]["PipelineStatusDescriptionLevel"];
                /**
                 * @description The text (up to 1000 characters; emoji allowed).
                 * @example Описание статуса "Новый этап" для новичка
                 */
                description: string;
            }[];
        };
        /**
         * @description Changes to a status: at least one property. In `descriptions`, an item without `id` creates a
         *     description; with `id`, `level` and `description` changes it; with `id` and `level` but no
         *     `description` deletes it. At most 3, one per level, each up to 1000 characters.
         */
        PipelineStatusUpdate: {
            /**
             * @description The status's name.
             * @example Новое название для статуса
             */
            name?: string;
            /**
             * @description The status's position in the pipeline.
             * @example 20
             */
            sort?: number;
            color?: components["schemas"]["PipelineStatusColor"];
            /** @description Descriptions to create, change or delete. */
            descriptions?: {
                /**
                 * @description The description to change or delete; leave out to create one.
                 * @example 497
                 */
                id?: number;
                level: components["schemas"]["PipelineStatusDescriptionLevel"];
                /**
                 * @description The new text; leave out (with `id`) to delete the description.
                 * @example Новое описание статуса для кандидата
                 */
                description?: string;
            }[];
        };
    };
    responses: {
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
                /** @example <html><head><title>403 Forbidden</title></head><body><center><h1>403 Forbidden</h1></center><hr><center>nginx</center></body></html> */
                "text/html": string;
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
        /** @description The request cannot be processed (запрос не может быть обработан): the body says why. */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "title": "Unprocessable Entity",
                 *       "type": "https://httpstatus.es/422",
                 *       "status": 422,
                 *       "detail": "Запрос не может быть обработан"
                 *     }
                 */
                "application/problem+json": components["schemas"]["ValidationProblem"];
            };
        };
        /** @description Deleted. The answer has no body. */
        Deleted: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /**
         * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
         *     Only for access granted by an account administrator; a user who does not exist or is a free
         *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
         *     it, the call runs with the rights of the user who granted access.
         * @example 504141
         */
        XContextUserId: number;
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
        /**
         * @description The field's ID.
         * @example 4439091
         */
        CustomFieldId: number;
        /**
         * @description The ID of the catalog (list, список).
         * @example 1095
         */
        CatalogId: number;
        /**
         * @description The group's ID, a string such as `leads_29741591099841` (or `default` for the main group).
         * @example leads_29741591099841
         */
        CustomFieldGroupId: string;
        /**
         * @description Extra data, comma-separated (`with=lead_name,contact_name`): the name of the event's entity
         *     besides its ID, for leads, contacts, companies, customers and catalog elements, and the
         *     catalog's name for a catalog element.
         * @example [
         *       "lead_name",
         *       "contact_name"
         *     ]
         */
        EventsWith: ("contact_name" | "lead_name" | "company_name" | "catalog_element_name" | "customer_name" | "catalog_name")[];
        /**
         * @description How many events one page holds (at most 100, unlike the 250 of other lists).
         * @example 100
         */
        EventsLimit: number;
        /**
         * @description Filters, serialised PHP-style, e.g. `filter[type]=lead_status_changed&filter[value_after][leads_statuses][0][pipeline_id]=13513&filter[value_after][leads_statuses][0][status_id]=17079863`.
         *     The documentation describes `filter[value_after]` as "filter by the value before", copied from
         *     `filter[value_before]`; it filters by the value after.
         */
        EventsFilter: components["schemas"]["EventsFilterFields"];
        /**
         * @description The language of the names; without it, the language of the user making the call.
         * @example en
         */
        EventTypesLanguage: "en" | "es" | "ru" | "pt";
        /**
         * @description The event's ID (a string).
         * @example 01pz58t6p04ymgsgfbmfyfy1mf
         */
        EventId: string;
        /**
         * @description Extra data, comma-separated. The documentation's `with` table for this call is the leads
         *     table (`catalog_elements`, `loss_reason`, `only_deleted`, …), which does not apply to events;
         *     this description takes the event list's values, which do.
         * @example [
         *       "lead_name"
         *     ]
         */
        EventWith: ("contact_name" | "lead_name" | "company_name" | "catalog_element_name" | "customer_name" | "catalog_name")[];
        /**
         * @description Filters, serialised PHP-style, e.g. `filter[id][]=42709325&filter[id][]=42709842` or `filter[note_type]=common&filter[updated_at][from]=1540407495`.
         * @example {
         *       "id": [
         *         42709325,
         *         42709842
         *       ]
         *     }
         */
        NotesFilter: components["schemas"]["NotesFilterFields"];
        /**
         * @description Sort order, serialised PHP-style: `order[updated_at]=asc`. Sortable fields: `updated_at`, `id`.
         * @example {
         *       "updated_at": "asc"
         *     }
         */
        NotesOrder: components["schemas"]["NotesOrderFields"];
        /**
         * @description The ID of the main entity (ID основной сущности) of the path's kind.
         * @example 7593303
         */
        EntityId: number;
        /**
         * @description Filters, serialised PHP-style, e.g. `filter[note_type]=common&filter[updated_at][from]=1540407495`.
         * @example {
         *       "note_type": "common"
         *     }
         */
        EntityNotesFilter: components["schemas"]["EntityNotesFilterFields"];
        /**
         * @description The note's ID.
         * @example 42709325
         */
        NoteId: number;
        /**
         * @description Filters, serialised PHP-style, e.g. `filter[to_entity_type]=contacts&filter[to_entity_id]=11069775`.
         * @example {
         *       "to_entity_type": "contacts",
         *       "to_entity_id": 11069775
         *     }
         */
        EntityLinksFilter: components["schemas"]["EntityLinksFilterFields"];
        /**
         * @description Filters, serialised PHP-style; `filter[entity_id][]` is required, e.g. `filter[entity_id][]=7593303&filter[entity_id][]=7593305`.
         * @example {
         *       "entity_id": [
         *         7593303,
         *         7593305
         *       ]
         *     }
         */
        EntitiesLinksFilter: components["schemas"]["EntitiesLinksFilterFields"];
        /**
         * @description Filters, serialised PHP-style, e.g. `filter[id][]=2707&filter[id][]=2709` or `filter[name]=Заявка с сайта`.
         * @example {
         *       "id": [
         *         2707,
         *         2709
         *       ]
         *     }
         */
        TagsFilter: components["schemas"]["TagsFilterFields"];
        /**
         * @description Full-text search over tag names (полнотекстовый поиск по названию тега).
         * @example Заявка
         */
        TagsQuery: string;
        /**
         * @description How many links one page holds. The documentation states no maximum or default; its example link carries `limit=50`.
         * @example 50
         */
        EntityFilesLimit: number;
        /**
         * @description Return the links whose ID is smaller than this (вернутся связи с ID меньше заданного): the `id` of the last link of the previous page.
         * @example 2128681
         */
        EntityFilesBeforeId: number;
        /**
         * @description The ID of the lead or customer whose subscribers to list.
         * @example 667999637
         */
        SubscribedEntityId: number;
        /**
         * @description The file's UUID (Files API).
         * @example 5ef222cd-bce4-4df8-8466-3dee7d16e70d
         */
        FileUuid: string;
        /**
         * @description The talk's ID (its `talk_id`).
         * @example 117
         */
        TalkId: number;
        /**
         * @description What to add to the answer, comma-separated (`with=contacts,loss_reason`):
         *     - `catalog_elements`: the linked catalog elements (`_embedded.catalog_elements`);
         *     - `is_price_modified_by_robot`: whether a robot changed the price last (`is_price_modified_by_robot`);
         *     - `loss_reason`: the loss reason in full (`_embedded.loss_reason`);
         *     - `contacts`: the linked contacts (`_embedded.contacts`, with `is_main`);
         *     - `only_deleted`: instead of the leads, the deleted leads still in the trash (корзина), each with
         *       only `id`, `updated_at`, `updated_by` and `is_deleted: true`. The page offers it on the get-by-ID
         *       call too, where it plausibly only changes which lead is found;
         *     - `source_id`: the lead's source ID (`source_id`);
         *     - `source`: the lead's source, ID and name (`_embedded.source`).
         * @example [
         *       "contacts",
         *       "loss_reason"
         *     ]
         */
        LeadsWith: ("catalog_elements" | "is_price_modified_by_robot" | "loss_reason" | "contacts" | "only_deleted" | "source_id" | "source")[];
        /**
         * @description A search (поисковый запрос) over the filled-in fields of the entities: a string or a number
         *     (`query=+79123`, `query=Иван`). filters-api.md announces that the parameter will soon be deprecated
         *     ("в ближайшее время параметр будет признан устаревшим").
         * @example Иван
         */
        EntitySearchQuery: string | number;
        /**
         * @description Filters, serialised PHP-style: `filter[pipeline_id][]=15314&filter[price][from]=1000`,
         *     `filter[statuses][0][pipeline_id]=3383152&filter[statuses][0][status_id]=33929752`,
         *     `filter[custom_fields_values][1286575][]=2957741`. **The API filtering is a paid option** of the
         *     account (Альфа-фильтрация; `GET /api/v4/account?with=is_api_filter_enabled` tells).
         */
        LeadsFilter: components["schemas"]["LeadsFilterFields"];
        /**
         * @description Sort order, serialised PHP-style: `/api/v4/leads?order[updated_at]=asc`. Sortable fields: created_at, updated_at, id; directions `asc`, `desc`.
         * @example {
         *       "updated_at": "asc"
         *     }
         */
        LeadsOrder: components["schemas"]["LeadsOrderFields"];
        /**
         * @description The lead's ID.
         * @example 3912171
         */
        LeadId: number;
        /**
         * @description What to add to the answer, comma-separated (`with=leads,customers`): `catalog_elements` (the
         *     linked catalog elements, `_embedded.catalog_elements`), `leads` (the linked leads,
         *     `_embedded.leads`), `customers` (the linked customers, `_embedded.customers`).
         * @example [
         *       "leads",
         *       "customers"
         *     ]
         */
        ContactsWith: ("catalog_elements" | "leads" | "customers")[];
        /**
         * @description Filters, serialised PHP-style: `filter[responsible_user_id][]=504141&filter[updated_at][from]=1575296400`.
         *     **The API filtering is a paid option** of the account (Альфа-фильтрация;
         *     `GET /api/v4/account?with=is_api_filter_enabled` tells).
         */
        ContactsFilter: components["schemas"]["ContactsFilterFields"];
        /**
         * @description Sort order, serialised PHP-style: `/api/v4/contacts?order[updated_at]=asc`. Sortable fields: updated_at, id; directions `asc`, `desc`.
         * @example {
         *       "updated_at": "asc"
         *     }
         */
        ContactsOrder: components["schemas"]["ContactsOrderFields"];
        /**
         * @description The contact's ID.
         * @example 3
         */
        ContactId: number;
        /**
         * @description The chats to find the contacts of, by UUID; several are sent PHP-style, `chat_id[]=…&chat_id[]=…` (the typed client does so).
         * @example [
         *       "6cbab3d5-c4c1-46ff-b710-ad59ad10805f"
         *     ]
         */
        ContactChatsChatId: string[];
        /** @description The contacts to find the chats of, by ID; several are sent PHP-style, `contact_id[]=…&contact_id[]=…` (the typed client does so). */
        ContactChatsContactId: number[];
        /**
         * @description What to add to the answer, comma-separated (`with=contacts,leads`): `catalog_elements` (the
         *     linked catalog elements, `_embedded.catalog_elements`), `leads` (the linked leads,
         *     `_embedded.leads`), `customers` (the linked customers, `_embedded.customers`), `contacts` (the
         *     linked contacts, `_embedded.contacts`).
         * @example [
         *       "contacts",
         *       "leads"
         *     ]
         */
        CompaniesWith: ("catalog_elements" | "leads" | "customers" | "contacts")[];
        /**
         * @description Filters, serialised PHP-style: `filter[id][]=7767077&filter[created_at][from]=1575296400`.
         *     **The API filtering is a paid option** of the account (Альфа-фильтрация;
         *     `GET /api/v4/account?with=is_api_filter_enabled` tells).
         */
        CompaniesFilter: components["schemas"]["CompaniesFilterFields"];
        /**
         * @description Sort order, serialised PHP-style: `/api/v4/companies?order[updated_at]=asc`. Sortable fields: updated_at, id; directions `asc`, `desc`.
         * @example {
         *       "updated_at": "asc"
         *     }
         */
        CompaniesOrder: components["schemas"]["CompaniesOrderFields"];
        /**
         * @description The company's ID.
         * @example 1
         */
        CompanyId: number;
        /**
         * @description What to add to the answer, comma-separated (`with=amojo_id,task_types`). Each value adds the
         *     property of the same name: `amojo_id` (the account's ID in the chats service amoJo), `amojo_rights`
         *     (`_embedded.amojo_rights`: whether users may use direct and create group chats), `users_groups`
         *     (`_embedded.users_groups`), `task_types` (`_embedded.task_types`), `version` (the amoCRM version),
         *     `entity_names` (entity names with their translations and number forms), `datetime_settings`
         *     (`_embedded.datetime_settings`), `drive_url` (the host of the account's Files API),
         *     `is_api_filter_enabled` (whether the paid API filtering, Альфа-фильтрация, is on) and
         *     `invoices_settings` (invoice settings).
         * @example [
         *       "amojo_id",
         *       "amojo_rights",
         *       "users_groups",
         *       "task_types",
         *       "version",
         *       "entity_names",
         *       "datetime_settings",
         *       "drive_url",
         *       "is_api_filter_enabled"
         *     ]
         */
        AccountWith: ("amojo_id" | "amojo_rights" | "users_groups" | "task_types" | "version" | "entity_names" | "datetime_settings" | "drive_url" | "is_api_filter_enabled" | "invoices_settings")[];
        /**
         * @description What to add to the answer, comma-separated (`with=role,group`): `role` (`_embedded.roles`, the
         *     user's role), `group` (`_embedded.groups`, the user's group), `uuid` (the user's UUID, may be null;
         *     not used by third-party integrations), `amojo_id` (the user's ID in the chats service, may be null),
         *     `user_rank` (`newbie`, `candidate` or `master`) and `phone_number` (the user's phone number).
         * @example [
         *       "role",
         *       "group"
         *     ]
         */
        UsersWith: ("role" | "group" | "uuid" | "amojo_id" | "user_rank" | "phone_number")[];
        /**
         * @description The user's ID.
         * @example 185848
         */
        UserId: number;
        /**
         * @description What to add to the answer, comma-separated. `users` adds the IDs of the users who have the role (`_embedded.users`).
         * @example [
         *       "users"
         *     ]
         */
        RolesWith: "users"[];
        /**
         * @description The role's ID.
         * @example 107995
         */
        RoleId: number;
        /**
         * @description The pipeline's ID.
         * @example 3177727
         */
        PipelineId: number;
        /**
         * @description The ID of the pipeline the statuses belong to.
         * @example 3177727
         */
        StatusPipelineId: number;
        /**
         * @description What to add to the answer, comma-separated. `descriptions` adds each status's descriptions (`descriptions`).
         * @example [
         *       "descriptions"
         *     ]
         */
        PipelineStatusesWith: "descriptions"[];
        /**
         * @description The status's ID (`142` and `143` are the system closed statuses of every pipeline).
         * @example 32392159
         */
        PipelineStatusId: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createAccessToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OAuthAccessTokenRequest"];
            };
        };
        responses: {
            /** @description A new token pair. The refresh token sent, if any, is now revoked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthTokenPair"];
                };
            };
            /**
             * @description The grant is invalid: the code or refresh token is expired, already used or revoked, or a
             *     parameter is missing. `hint` says which.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["OAuthProblem"];
                };
            };
            /** @description The integration is unknown or `client_secret` is wrong (client authentication failed). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["OAuthProblem"];
                };
            };
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
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
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
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
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
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
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
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
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
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
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
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
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
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
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
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
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
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
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
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
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
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
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
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
    listLeadsCustomFields: {
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
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of fields. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["LeadCustomFieldCollection"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createLeadsCustomFields: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomFieldCreate"][];
            };
        };
        responses: {
            /** @description The fields were created, in the order sent. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["LeadCustomFieldCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateLeadsCustomFields: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomFieldBatchUpdate"][];
            };
        };
        responses: {
            /** @description The fields were changed, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["LeadCustomFieldCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getLeadsCustomField: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The field's ID.
                 * @example 4439091
                 */
                id: components["parameters"]["CustomFieldId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The field. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["LeadCustomField"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteLeadsCustomField: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The field's ID.
                 * @example 4439091
                 */
                id: components["parameters"]["CustomFieldId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["Deleted"];
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
    updateLeadsCustomField: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The field's ID.
                 * @example 4439091
                 */
                id: components["parameters"]["CustomFieldId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomFieldUpdate"];
            };
        };
        responses: {
            /** @description The field was changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["LeadCustomField"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listContactsCustomFields: {
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
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of fields. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["ContactCustomFieldCollection"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createContactsCustomFields: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomFieldCreate"][];
            };
        };
        responses: {
            /** @description The fields were created, in the order sent. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["ContactCustomFieldCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateContactsCustomFields: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomFieldBatchUpdate"][];
            };
        };
        responses: {
            /** @description The fields were changed, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["ContactCustomFieldCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getContactsCustomField: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The field's ID.
                 * @example 4439091
                 */
                id: components["parameters"]["CustomFieldId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The field. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["ContactCustomField"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteContactsCustomField: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The field's ID.
                 * @example 4439091
                 */
                id: components["parameters"]["CustomFieldId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["Deleted"];
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
    updateContactsCustomField: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The field's ID.
                 * @example 4439091
                 */
                id: components["parameters"]["CustomFieldId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomFieldUpdate"];
            };
        };
        responses: {
            /** @description The field was changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["ContactCustomField"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCompaniesCustomFields: {
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
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of fields. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CompanyCustomFieldCollection"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCompaniesCustomFields: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomFieldCreate"][];
            };
        };
        responses: {
            /** @description The fields were created, in the order sent. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CompanyCustomFieldCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateCompaniesCustomFields: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomFieldBatchUpdate"][];
            };
        };
        responses: {
            /** @description The fields were changed, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CompanyCustomFieldCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCompaniesCustomField: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The field's ID.
                 * @example 4439091
                 */
                id: components["parameters"]["CustomFieldId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The field. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CompanyCustomField"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteCompaniesCustomField: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The field's ID.
                 * @example 4439091
                 */
                id: components["parameters"]["CustomFieldId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["Deleted"];
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
    updateCompaniesCustomField: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The field's ID.
                 * @example 4439091
                 */
                id: components["parameters"]["CustomFieldId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomFieldUpdate"];
            };
        };
        responses: {
            /** @description The field was changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CompanyCustomField"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCustomersCustomFields: {
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
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of fields. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CustomerCustomFieldCollection"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCustomersCustomFields: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerCustomFieldCreate"][];
            };
        };
        responses: {
            /** @description The fields were created, in the order sent. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CustomerCustomFieldCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateCustomersCustomFields: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerCustomFieldBatchUpdate"][];
            };
        };
        responses: {
            /** @description The fields were changed, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CustomerCustomFieldCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCustomersCustomField: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The field's ID.
                 * @example 4439091
                 */
                id: components["parameters"]["CustomFieldId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The field. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CustomerCustomField"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteCustomersCustomField: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The field's ID.
                 * @example 4439091
                 */
                id: components["parameters"]["CustomFieldId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["Deleted"];
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
    updateCustomersCustomField: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The field's ID.
                 * @example 4439091
                 */
                id: components["parameters"]["CustomFieldId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerCustomFieldUpdate"];
            };
        };
        responses: {
            /** @description The field was changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CustomerCustomField"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCustomersSegmentsCustomFields: {
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
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of fields. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CustomerSegmentCustomFieldCollection"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCustomersSegmentsCustomFields: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerSegmentCustomFieldCreate"][];
            };
        };
        responses: {
            /** @description The fields were created, in the order sent. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CustomerSegmentCustomFieldCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateCustomersSegmentsCustomFields: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerSegmentCustomFieldBatchUpdate"][];
            };
        };
        responses: {
            /** @description The fields were changed, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CustomerSegmentCustomFieldCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCustomersSegmentsCustomField: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The field's ID.
                 * @example 4439091
                 */
                id: components["parameters"]["CustomFieldId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The field. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CustomerSegmentCustomField"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteCustomersSegmentsCustomField: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The field's ID.
                 * @example 4439091
                 */
                id: components["parameters"]["CustomFieldId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["Deleted"];
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
    updateCustomersSegmentsCustomField: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The field's ID.
                 * @example 4439091
                 */
                id: components["parameters"]["CustomFieldId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerSegmentCustomFieldUpdate"];
            };
        };
        responses: {
            /** @description The field was changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CustomerSegmentCustomField"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCatalogCustomFields: {
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
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the catalog (list, список).
                 * @example 1095
                 */
                catalog_id: components["parameters"]["CatalogId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of fields. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CatalogCustomFieldCollection"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCatalogCustomFields: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the catalog (list, список).
                 * @example 1095
                 */
                catalog_id: components["parameters"]["CatalogId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogCustomFieldCreate"][];
            };
        };
        responses: {
            /** @description The fields were created, in the order sent. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CatalogCustomFieldCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateCatalogCustomFields: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the catalog (list, список).
                 * @example 1095
                 */
                catalog_id: components["parameters"]["CatalogId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogCustomFieldBatchUpdate"][];
            };
        };
        responses: {
            /** @description The fields were changed, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CatalogCustomFieldCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCatalogCustomField: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the catalog (list, список).
                 * @example 1095
                 */
                catalog_id: components["parameters"]["CatalogId"];
                /**
                 * @description The field's ID.
                 * @example 4439091
                 */
                id: components["parameters"]["CustomFieldId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The field. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CatalogCustomField"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteCatalogCustomField: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the catalog (list, список).
                 * @example 1095
                 */
                catalog_id: components["parameters"]["CatalogId"];
                /**
                 * @description The field's ID.
                 * @example 4439091
                 */
                id: components["parameters"]["CustomFieldId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["Deleted"];
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
    updateCatalogCustomField: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the catalog (list, список).
                 * @example 1095
                 */
                catalog_id: components["parameters"]["CatalogId"];
                /**
                 * @description The field's ID.
                 * @example 4439091
                 */
                id: components["parameters"]["CustomFieldId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogCustomFieldUpdate"];
            };
        };
        responses: {
            /** @description The field was changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CatalogCustomField"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listLeadsCustomFieldGroups: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CustomFieldGroupCollection"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createLeadsCustomFieldGroups: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomFieldGroupCreate"][];
            };
        };
        responses: {
            /** @description The groups were created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CustomFieldGroupCollection"];
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
    getLeadsCustomFieldGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The group's ID, a string such as `leads_29741591099841` (or `default` for the main group).
                 * @example leads_29741591099841
                 */
                id: components["parameters"]["CustomFieldGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CustomFieldGroup"];
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
    deleteLeadsCustomFieldGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The group's ID, a string such as `leads_29741591099841` (or `default` for the main group).
                 * @example leads_29741591099841
                 */
                id: components["parameters"]["CustomFieldGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["Deleted"];
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
    updateLeadsCustomFieldGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The group's ID, a string such as `leads_29741591099841` (or `default` for the main group).
                 * @example leads_29741591099841
                 */
                id: components["parameters"]["CustomFieldGroupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomFieldGroupUpdate"];
            };
        };
        responses: {
            /** @description The group was changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CustomFieldGroup"];
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
    listContactsCustomFieldGroups: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CustomFieldGroupCollection"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createContactsCustomFieldGroups: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomFieldGroupCreate"][];
            };
        };
        responses: {
            /** @description The groups were created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CustomFieldGroupCollection"];
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
    getContactsCustomFieldGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The group's ID, a string such as `leads_29741591099841` (or `default` for the main group).
                 * @example leads_29741591099841
                 */
                id: components["parameters"]["CustomFieldGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CustomFieldGroup"];
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
    deleteContactsCustomFieldGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The group's ID, a string such as `leads_29741591099841` (or `default` for the main group).
                 * @example leads_29741591099841
                 */
                id: components["parameters"]["CustomFieldGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["Deleted"];
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
    updateContactsCustomFieldGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The group's ID, a string such as `leads_29741591099841` (or `default` for the main group).
                 * @example leads_29741591099841
                 */
                id: components["parameters"]["CustomFieldGroupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomFieldGroupUpdate"];
            };
        };
        responses: {
            /** @description The group was changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CustomFieldGroup"];
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
    listCompaniesCustomFieldGroups: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CustomFieldGroupCollection"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCompaniesCustomFieldGroups: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomFieldGroupCreate"][];
            };
        };
        responses: {
            /** @description The groups were created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CustomFieldGroupCollection"];
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
    getCompaniesCustomFieldGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The group's ID, a string such as `leads_29741591099841` (or `default` for the main group).
                 * @example leads_29741591099841
                 */
                id: components["parameters"]["CustomFieldGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CustomFieldGroup"];
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
    deleteCompaniesCustomFieldGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The group's ID, a string such as `leads_29741591099841` (or `default` for the main group).
                 * @example leads_29741591099841
                 */
                id: components["parameters"]["CustomFieldGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["Deleted"];
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
    updateCompaniesCustomFieldGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The group's ID, a string such as `leads_29741591099841` (or `default` for the main group).
                 * @example leads_29741591099841
                 */
                id: components["parameters"]["CustomFieldGroupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomFieldGroupUpdate"];
            };
        };
        responses: {
            /** @description The group was changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CustomFieldGroup"];
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
    listCustomersCustomFieldGroups: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CustomFieldGroupCollection"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCustomersCustomFieldGroups: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomFieldGroupCreate"][];
            };
        };
        responses: {
            /** @description The groups were created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CustomFieldGroupCollection"];
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
    getCustomersCustomFieldGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The group's ID, a string such as `leads_29741591099841` (or `default` for the main group).
                 * @example leads_29741591099841
                 */
                id: components["parameters"]["CustomFieldGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CustomFieldGroup"];
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
    deleteCustomersCustomFieldGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The group's ID, a string such as `leads_29741591099841` (or `default` for the main group).
                 * @example leads_29741591099841
                 */
                id: components["parameters"]["CustomFieldGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["Deleted"];
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
    updateCustomersCustomFieldGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The group's ID, a string such as `leads_29741591099841` (or `default` for the main group).
                 * @example leads_29741591099841
                 */
                id: components["parameters"]["CustomFieldGroupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomFieldGroupUpdate"];
            };
        };
        responses: {
            /** @description The group was changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CustomFieldGroup"];
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
    listEvents: {
        parameters: {
            query?: {
                /**
                 * @description Extra data, comma-separated (`with=lead_name,contact_name`): the name of the event's entity
                 *     besides its ID, for leads, contacts, companies, customers and catalog elements, and the
                 *     catalog's name for a catalog element.
                 * @example [
                 *       "lead_name",
                 *       "contact_name"
                 *     ]
                 */
                with?: components["parameters"]["EventsWith"];
                /**
                 * @description The page to return, from 1 (страница выборки).
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description How many events one page holds (at most 100, unlike the 250 of other lists).
                 * @example 100
                 */
                limit?: components["parameters"]["EventsLimit"];
                /**
                 * @description Filters, serialised PHP-style, e.g. `filter[type]=lead_status_changed&filter[value_after][leads_statuses][0][pipeline_id]=13513&filter[value_after][leads_statuses][0][status_id]=17079863`.
                 *     The documentation describes `filter[value_after]` as "filter by the value before", copied from
                 *     `filter[value_before]`; it filters by the value after.
                 */
                filter?: components["parameters"]["EventsFilter"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["EventCollection"];
                };
            };
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listEventTypes: {
        parameters: {
            query?: {
                /**
                 * @description The language of the names; without it, the language of the user making the call.
                 * @example en
                 */
                language_code?: components["parameters"]["EventTypesLanguage"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event types. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["EventTypeInfoCollection"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getEvent: {
        parameters: {
            query?: {
                /**
                 * @description Extra data, comma-separated. The documentation's `with` table for this call is the leads
                 *     table (`catalog_elements`, `loss_reason`, `only_deleted`, …), which does not apply to events;
                 *     this description takes the event list's values, which do.
                 * @example [
                 *       "lead_name"
                 *     ]
                 */
                with?: components["parameters"]["EventWith"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The event's ID (a string).
                 * @example 01pz58t6p04ymgsgfbmfyfy1mf
                 */
                id: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["Event"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listLeadsNotes: {
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
                 * @description Filters, serialised PHP-style, e.g. `filter[id][]=42709325&filter[id][]=42709842` or `filter[note_type]=common&filter[updated_at][from]=1540407495`.
                 * @example {
                 *       "id": [
                 *         42709325,
                 *         42709842
                 *       ]
                 *     }
                 */
                filter?: components["parameters"]["NotesFilter"];
                /**
                 * @description Sort order, serialised PHP-style: `order[updated_at]=asc`. Sortable fields: `updated_at`, `id`.
                 * @example {
                 *       "updated_at": "asc"
                 *     }
                 */
                order?: components["parameters"]["NotesOrder"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of notes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["NoteCollection"];
                };
            };
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createLeadsNotes: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteCreate"][];
            };
        };
        responses: {
            /** @description The notes added, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["NoteCreatedCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateLeadsNotes: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteBatchUpdate"][];
            };
        };
        responses: {
            /** @description The notes changed, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["NoteUpdatedCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listLeadNotes: {
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
                 * @description Filters, serialised PHP-style, e.g. `filter[note_type]=common&filter[updated_at][from]=1540407495`.
                 * @example {
                 *       "note_type": "common"
                 *     }
                 */
                filter?: components["parameters"]["EntityNotesFilter"];
                /**
                 * @description Sort order, serialised PHP-style: `order[updated_at]=asc`. Sortable fields: `updated_at`, `id`.
                 * @example {
                 *       "updated_at": "asc"
                 *     }
                 */
                order?: components["parameters"]["NotesOrder"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of notes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["NoteCollection"];
                };
            };
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createLeadNotes: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityNoteCreate"][];
            };
        };
        responses: {
            /** @description The notes added, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["NoteCreatedCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateLeadNotes: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteBatchUpdate"][];
            };
        };
        responses: {
            /** @description The notes changed, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["NoteUpdatedCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getLeadNoteById: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The note's ID.
                 * @example 42709325
                 */
                id: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The note. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["Note"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getLeadNote: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
                /**
                 * @description The note's ID.
                 * @example 42709325
                 */
                id: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The note. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["Note"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateLeadNote: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
                /**
                 * @description The note's ID.
                 * @example 42709325
                 */
                id: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteUpdate"];
            };
        };
        responses: {
            /** @description The note changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["NoteUpdated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listContactsNotes: {
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
                 * @description Filters, serialised PHP-style, e.g. `filter[id][]=42709325&filter[id][]=42709842` or `filter[note_type]=common&filter[updated_at][from]=1540407495`.
                 * @example {
                 *       "id": [
                 *         42709325,
                 *         42709842
                 *       ]
                 *     }
                 */
                filter?: components["parameters"]["NotesFilter"];
                /**
                 * @description Sort order, serialised PHP-style: `order[updated_at]=asc`. Sortable fields: `updated_at`, `id`.
                 * @example {
                 *       "updated_at": "asc"
                 *     }
                 */
                order?: components["parameters"]["NotesOrder"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of notes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["NoteCollection"];
                };
            };
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createContactsNotes: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteCreate"][];
            };
        };
        responses: {
            /** @description The notes added, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["NoteCreatedCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateContactsNotes: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteBatchUpdate"][];
            };
        };
        responses: {
            /** @description The notes changed, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["NoteUpdatedCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listContactNotes: {
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
                 * @description Filters, serialised PHP-style, e.g. `filter[note_type]=common&filter[updated_at][from]=1540407495`.
                 * @example {
                 *       "note_type": "common"
                 *     }
                 */
                filter?: components["parameters"]["EntityNotesFilter"];
                /**
                 * @description Sort order, serialised PHP-style: `order[updated_at]=asc`. Sortable fields: `updated_at`, `id`.
                 * @example {
                 *       "updated_at": "asc"
                 *     }
                 */
                order?: components["parameters"]["NotesOrder"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of notes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["NoteCollection"];
                };
            };
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createContactNotes: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityNoteCreate"][];
            };
        };
        responses: {
            /** @description The notes added, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["NoteCreatedCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateContactNotes: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteBatchUpdate"][];
            };
        };
        responses: {
            /** @description The notes changed, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["NoteUpdatedCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getContactNoteById: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The note's ID.
                 * @example 42709325
                 */
                id: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The note. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["Note"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getContactNote: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
                /**
                 * @description The note's ID.
                 * @example 42709325
                 */
                id: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The note. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["Note"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateContactNote: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
                /**
                 * @description The note's ID.
                 * @example 42709325
                 */
                id: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteUpdate"];
            };
        };
        responses: {
            /** @description The note changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["NoteUpdated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCompaniesNotes: {
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
                 * @description Filters, serialised PHP-style, e.g. `filter[id][]=42709325&filter[id][]=42709842` or `filter[note_type]=common&filter[updated_at][from]=1540407495`.
                 * @example {
                 *       "id": [
                 *         42709325,
                 *         42709842
                 *       ]
                 *     }
                 */
                filter?: components["parameters"]["NotesFilter"];
                /**
                 * @description Sort order, serialised PHP-style: `order[updated_at]=asc`. Sortable fields: `updated_at`, `id`.
                 * @example {
                 *       "updated_at": "asc"
                 *     }
                 */
                order?: components["parameters"]["NotesOrder"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of notes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["NoteCollection"];
                };
            };
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createCompaniesNotes: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteCreate"][];
            };
        };
        responses: {
            /** @description The notes added, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["NoteCreatedCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateCompaniesNotes: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteBatchUpdate"][];
            };
        };
        responses: {
            /** @description The notes changed, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["NoteUpdatedCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCompanyNotes: {
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
                 * @description Filters, serialised PHP-style, e.g. `filter[note_type]=common&filter[updated_at][from]=1540407495`.
                 * @example {
                 *       "note_type": "common"
                 *     }
                 */
                filter?: components["parameters"]["EntityNotesFilter"];
                /**
                 * @description Sort order, serialised PHP-style: `order[updated_at]=asc`. Sortable fields: `updated_at`, `id`.
                 * @example {
                 *       "updated_at": "asc"
                 *     }
                 */
                order?: components["parameters"]["NotesOrder"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of notes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["NoteCollection"];
                };
            };
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createCompanyNotes: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityNoteCreate"][];
            };
        };
        responses: {
            /** @description The notes added, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["NoteCreatedCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateCompanyNotes: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteBatchUpdate"][];
            };
        };
        responses: {
            /** @description The notes changed, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["NoteUpdatedCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getCompanyNoteById: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The note's ID.
                 * @example 42709325
                 */
                id: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The note. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["Note"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getCompanyNote: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
                /**
                 * @description The note's ID.
                 * @example 42709325
                 */
                id: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The note. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["Note"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateCompanyNote: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
                /**
                 * @description The note's ID.
                 * @example 42709325
                 */
                id: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteUpdate"];
            };
        };
        responses: {
            /** @description The note changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["NoteUpdated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCustomersNotes: {
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
                 * @description Filters, serialised PHP-style, e.g. `filter[id][]=42709325&filter[id][]=42709842` or `filter[note_type]=common&filter[updated_at][from]=1540407495`.
                 * @example {
                 *       "id": [
                 *         42709325,
                 *         42709842
                 *       ]
                 *     }
                 */
                filter?: components["parameters"]["NotesFilter"];
                /**
                 * @description Sort order, serialised PHP-style: `order[updated_at]=asc`. Sortable fields: `updated_at`, `id`.
                 * @example {
                 *       "updated_at": "asc"
                 *     }
                 */
                order?: components["parameters"]["NotesOrder"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of notes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["NoteCollection"];
                };
            };
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createCustomersNotes: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteCreate"][];
            };
        };
        responses: {
            /** @description The notes added, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["NoteCreatedCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateCustomersNotes: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteBatchUpdate"][];
            };
        };
        responses: {
            /** @description The notes changed, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["NoteUpdatedCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCustomerNotes: {
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
                 * @description Filters, serialised PHP-style, e.g. `filter[note_type]=common&filter[updated_at][from]=1540407495`.
                 * @example {
                 *       "note_type": "common"
                 *     }
                 */
                filter?: components["parameters"]["EntityNotesFilter"];
                /**
                 * @description Sort order, serialised PHP-style: `order[updated_at]=asc`. Sortable fields: `updated_at`, `id`.
                 * @example {
                 *       "updated_at": "asc"
                 *     }
                 */
                order?: components["parameters"]["NotesOrder"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of notes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["NoteCollection"];
                };
            };
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createCustomerNotes: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityNoteCreate"][];
            };
        };
        responses: {
            /** @description The notes added, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["NoteCreatedCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateCustomerNotes: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteBatchUpdate"][];
            };
        };
        responses: {
            /** @description The notes changed, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["NoteUpdatedCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getCustomerNoteById: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The note's ID.
                 * @example 42709325
                 */
                id: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The note. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["Note"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getCustomerNote: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
                /**
                 * @description The note's ID.
                 * @example 42709325
                 */
                id: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The note. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["Note"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateCustomerNote: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
                /**
                 * @description The note's ID.
                 * @example 42709325
                 */
                id: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteUpdate"];
            };
        };
        responses: {
            /** @description The note changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["NoteUpdated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listLeadLinks: {
        parameters: {
            query?: {
                /**
                 * @description Filters, serialised PHP-style, e.g. `filter[to_entity_type]=contacts&filter[to_entity_id]=11069775`.
                 * @example {
                 *       "to_entity_type": "contacts",
                 *       "to_entity_id": 11069775
                 *     }
                 */
                filter?: components["parameters"]["EntityLinksFilter"];
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
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["EntityLinkCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    linkLead: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": (components["schemas"]["EntityLinkCreate"] & {
                    /**
                     * @example contacts
                     * @enum {string}
                     */
                    to_entity_type?: "contacts" | "companies" | "catalog_elements";
                })[];
            };
        };
        responses: {
            /** @description The links made, with their main entity. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["EntityLinkCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    unlinkLead: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": (components["schemas"]["EntityUnlink"] & {
                    /**
                     * @example contacts
                     * @enum {string}
                     */
                    to_entity_type?: "contacts" | "companies" | "catalog_elements";
                })[];
            };
        };
        responses: {
            /** @description The links were removed. The answer has no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listLeadsLinks: {
        parameters: {
            query: {
                /**
                 * @description Filters, serialised PHP-style; `filter[entity_id][]` is required, e.g. `filter[entity_id][]=7593303&filter[entity_id][]=7593305`.
                 * @example {
                 *       "entity_id": [
                 *         7593303,
                 *         7593305
                 *       ]
                 *     }
                 */
                filter: components["parameters"]["EntitiesLinksFilter"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["EntityLinkCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    linkLeads: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": (components["schemas"]["EntityLinkBatchCreate"] & {
                    /**
                     * @example contacts
                     * @enum {string}
                     */
                    to_entity_type?: "contacts" | "companies" | "catalog_elements";
                })[];
            };
        };
        responses: {
            /** @description The links made, with their main entities. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["EntityLinkCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    unlinkLeads: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": (components["schemas"]["EntityBatchUnlink"] & {
                    /**
                     * @example contacts
                     * @enum {string}
                     */
                    to_entity_type?: "contacts" | "companies" | "catalog_elements";
                })[];
            };
        };
        responses: {
            /** @description The links were removed. The answer has no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listContactLinks: {
        parameters: {
            query?: {
                /**
                 * @description Filters, serialised PHP-style, e.g. `filter[to_entity_type]=contacts&filter[to_entity_id]=11069775`.
                 * @example {
                 *       "to_entity_type": "contacts",
                 *       "to_entity_id": 11069775
                 *     }
                 */
                filter?: components["parameters"]["EntityLinksFilter"];
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
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["EntityLinkCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    linkContact: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": (components["schemas"]["EntityLinkCreate"] & {
                    /**
                     * @example leads
                     * @enum {string}
                     */
                    to_entity_type?: "leads" | "companies" | "customers" | "catalog_elements";
                })[];
            };
        };
        responses: {
            /** @description The links made, with their main entity. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["EntityLinkCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    unlinkContact: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": (components["schemas"]["EntityUnlink"] & {
                    /**
                     * @example leads
                     * @enum {string}
                     */
                    to_entity_type?: "leads" | "companies" | "customers" | "catalog_elements";
                })[];
            };
        };
        responses: {
            /** @description The links were removed. The answer has no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listContactsLinks: {
        parameters: {
            query: {
                /**
                 * @description Filters, serialised PHP-style; `filter[entity_id][]` is required, e.g. `filter[entity_id][]=7593303&filter[entity_id][]=7593305`.
                 * @example {
                 *       "entity_id": [
                 *         7593303,
                 *         7593305
                 *       ]
                 *     }
                 */
                filter: components["parameters"]["EntitiesLinksFilter"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["EntityLinkCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    linkContacts: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": (components["schemas"]["EntityLinkBatchCreate"] & {
                    /**
                     * @example leads
                     * @enum {string}
                     */
                    to_entity_type?: "leads" | "companies" | "customers" | "catalog_elements";
                })[];
            };
        };
        responses: {
            /** @description The links made, with their main entities. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["EntityLinkCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    unlinkContacts: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": (components["schemas"]["EntityBatchUnlink"] & {
                    /**
                     * @example leads
                     * @enum {string}
                     */
                    to_entity_type?: "leads" | "companies" | "customers" | "catalog_elements";
                })[];
            };
        };
        responses: {
            /** @description The links were removed. The answer has no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCompanyLinks: {
        parameters: {
            query?: {
                /**
                 * @description Filters, serialised PHP-style, e.g. `filter[to_entity_type]=contacts&filter[to_entity_id]=11069775`.
                 * @example {
                 *       "to_entity_type": "contacts",
                 *       "to_entity_id": 11069775
                 *     }
                 */
                filter?: components["parameters"]["EntityLinksFilter"];
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
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["EntityLinkCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    linkCompany: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": (components["schemas"]["EntityLinkCreate"] & {
                    /**
                     * @example contacts
                     * @enum {string}
                     */
                    to_entity_type?: "contacts" | "leads" | "customers" | "catalog_elements";
                })[];
            };
        };
        responses: {
            /** @description The links made, with their main entity. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["EntityLinkCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    unlinkCompany: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": (components["schemas"]["EntityUnlink"] & {
                    /**
                     * @example contacts
                     * @enum {string}
                     */
                    to_entity_type?: "contacts" | "leads" | "customers" | "catalog_elements";
                })[];
            };
        };
        responses: {
            /** @description The links were removed. The answer has no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCompaniesLinks: {
        parameters: {
            query: {
                /**
                 * @description Filters, serialised PHP-style; `filter[entity_id][]` is required, e.g. `filter[entity_id][]=7593303&filter[entity_id][]=7593305`.
                 * @example {
                 *       "entity_id": [
                 *         7593303,
                 *         7593305
                 *       ]
                 *     }
                 */
                filter: components["parameters"]["EntitiesLinksFilter"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["EntityLinkCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    linkCompanies: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": (components["schemas"]["EntityLinkBatchCreate"] & {
                    /**
                     * @example contacts
                     * @enum {string}
                     */
                    to_entity_type?: "contacts" | "leads" | "customers" | "catalog_elements";
                })[];
            };
        };
        responses: {
            /** @description The links made, with their main entities. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["EntityLinkCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    unlinkCompanies: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": (components["schemas"]["EntityBatchUnlink"] & {
                    /**
                     * @example contacts
                     * @enum {string}
                     */
                    to_entity_type?: "contacts" | "leads" | "customers" | "catalog_elements";
                })[];
            };
        };
        responses: {
            /** @description The links were removed. The answer has no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCustomerLinks: {
        parameters: {
            query?: {
                /**
                 * @description Filters, serialised PHP-style, e.g. `filter[to_entity_type]=contacts&filter[to_entity_id]=11069775`.
                 * @example {
                 *       "to_entity_type": "contacts",
                 *       "to_entity_id": 11069775
                 *     }
                 */
                filter?: components["parameters"]["EntityLinksFilter"];
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
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["EntityLinkCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    linkCustomer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": (components["schemas"]["EntityLinkCreate"] & {
                    /**
                     * @example contacts
                     * @enum {string}
                     */
                    to_entity_type?: "contacts" | "companies" | "catalog_elements";
                })[];
            };
        };
        responses: {
            /** @description The links made, with their main entity. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["EntityLinkCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    unlinkCustomer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": (components["schemas"]["EntityUnlink"] & {
                    /**
                     * @example contacts
                     * @enum {string}
                     */
                    to_entity_type?: "contacts" | "companies" | "catalog_elements";
                })[];
            };
        };
        responses: {
            /** @description The links were removed. The answer has no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCustomersLinks: {
        parameters: {
            query: {
                /**
                 * @description Filters, serialised PHP-style; `filter[entity_id][]` is required, e.g. `filter[entity_id][]=7593303&filter[entity_id][]=7593305`.
                 * @example {
                 *       "entity_id": [
                 *         7593303,
                 *         7593305
                 *       ]
                 *     }
                 */
                filter: components["parameters"]["EntitiesLinksFilter"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["EntityLinkCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    linkCustomers: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": (components["schemas"]["EntityLinkBatchCreate"] & {
                    /**
                     * @example contacts
                     * @enum {string}
                     */
                    to_entity_type?: "contacts" | "companies" | "catalog_elements";
                })[];
            };
        };
        responses: {
            /** @description The links made, with their main entities. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["EntityLinkCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    unlinkCustomers: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": (components["schemas"]["EntityBatchUnlink"] & {
                    /**
                     * @example contacts
                     * @enum {string}
                     */
                    to_entity_type?: "contacts" | "companies" | "catalog_elements";
                })[];
            };
        };
        responses: {
            /** @description The links were removed. The answer has no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listLeadsTags: {
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
                 * @description Filters, serialised PHP-style, e.g. `filter[id][]=2707&filter[id][]=2709` or `filter[name]=Заявка с сайта`.
                 * @example {
                 *       "id": [
                 *         2707,
                 *         2709
                 *       ]
                 *     }
                 */
                filter?: components["parameters"]["TagsFilter"];
                /**
                 * @description Full-text search over tag names (полнотекстовый поиск по названию тега).
                 * @example Заявка
                 */
                query?: components["parameters"]["TagsQuery"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tags. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["TagCollection"];
                };
            };
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createLeadsTags: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagCreate"][];
            };
        };
        responses: {
            /** @description The tags, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["TagCreatedCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listContactsTags: {
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
                 * @description Filters, serialised PHP-style, e.g. `filter[id][]=2707&filter[id][]=2709` or `filter[name]=Заявка с сайта`.
                 * @example {
                 *       "id": [
                 *         2707,
                 *         2709
                 *       ]
                 *     }
                 */
                filter?: components["parameters"]["TagsFilter"];
                /**
                 * @description Full-text search over tag names (полнотекстовый поиск по названию тега).
                 * @example Заявка
                 */
                query?: components["parameters"]["TagsQuery"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tags. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["TagCollection"];
                };
            };
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createContactsTags: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagCreate"][];
            };
        };
        responses: {
            /** @description The tags, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["TagCreatedCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCompaniesTags: {
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
                 * @description Filters, serialised PHP-style, e.g. `filter[id][]=2707&filter[id][]=2709` or `filter[name]=Заявка с сайта`.
                 * @example {
                 *       "id": [
                 *         2707,
                 *         2709
                 *       ]
                 *     }
                 */
                filter?: components["parameters"]["TagsFilter"];
                /**
                 * @description Full-text search over tag names (полнотекстовый поиск по названию тега).
                 * @example Заявка
                 */
                query?: components["parameters"]["TagsQuery"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tags. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["TagCollection"];
                };
            };
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createCompaniesTags: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagCreate"][];
            };
        };
        responses: {
            /** @description The tags, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["TagCreatedCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCustomersTags: {
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
                 * @description Filters, serialised PHP-style, e.g. `filter[id][]=2707&filter[id][]=2709` or `filter[name]=Заявка с сайта`.
                 * @example {
                 *       "id": [
                 *         2707,
                 *         2709
                 *       ]
                 *     }
                 */
                filter?: components["parameters"]["TagsFilter"];
                /**
                 * @description Full-text search over tag names (полнотекстовый поиск по названию тега).
                 * @example Заявка
                 */
                query?: components["parameters"]["TagsQuery"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tags. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["TagCollection"];
                };
            };
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createCustomersTags: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagCreate"][];
            };
        };
        responses: {
            /** @description The tags, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["TagCreatedCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listLeadFiles: {
        parameters: {
            query?: {
                /**
                 * @description How many links one page holds. The documentation states no maximum or default; its example link carries `limit=50`.
                 * @example 50
                 */
                limit?: components["parameters"]["EntityFilesLimit"];
                /**
                 * @description Return the links whose ID is smaller than this (вернутся связи с ID меньше заданного): the `id` of the last link of the previous page.
                 * @example 2128681
                 */
                before_id?: components["parameters"]["EntityFilesBeforeId"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The files. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["EntityFileCollection"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    linkLeadFiles: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityFileRef"][];
            };
        };
        responses: {
            /** @description Accepted: the files are being attached. The answer has no body. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    unlinkLeadFiles: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityFileRef"][];
            };
        };
        responses: {
            /** @description Accepted: the files are being detached. The answer has no body. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listContactFiles: {
        parameters: {
            query?: {
                /**
                 * @description How many links one page holds. The documentation states no maximum or default; its example link carries `limit=50`.
                 * @example 50
                 */
                limit?: components["parameters"]["EntityFilesLimit"];
                /**
                 * @description Return the links whose ID is smaller than this (вернутся связи с ID меньше заданного): the `id` of the last link of the previous page.
                 * @example 2128681
                 */
                before_id?: components["parameters"]["EntityFilesBeforeId"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The files. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["EntityFileCollection"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    linkContactFiles: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityFileRef"][];
            };
        };
        responses: {
            /** @description Accepted: the files are being attached. The answer has no body. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    unlinkContactFiles: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityFileRef"][];
            };
        };
        responses: {
            /** @description Accepted: the files are being detached. The answer has no body. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCompanyFiles: {
        parameters: {
            query?: {
                /**
                 * @description How many links one page holds. The documentation states no maximum or default; its example link carries `limit=50`.
                 * @example 50
                 */
                limit?: components["parameters"]["EntityFilesLimit"];
                /**
                 * @description Return the links whose ID is smaller than this (вернутся связи с ID меньше заданного): the `id` of the last link of the previous page.
                 * @example 2128681
                 */
                before_id?: components["parameters"]["EntityFilesBeforeId"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The files. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["EntityFileCollection"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    linkCompanyFiles: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityFileRef"][];
            };
        };
        responses: {
            /** @description Accepted: the files are being attached. The answer has no body. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    unlinkCompanyFiles: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityFileRef"][];
            };
        };
        responses: {
            /** @description Accepted: the files are being detached. The answer has no body. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCustomerFiles: {
        parameters: {
            query?: {
                /**
                 * @description How many links one page holds. The documentation states no maximum or default; its example link carries `limit=50`.
                 * @example 50
                 */
                limit?: components["parameters"]["EntityFilesLimit"];
                /**
                 * @description Return the links whose ID is smaller than this (вернутся связи с ID меньше заданного): the `id` of the last link of the previous page.
                 * @example 2128681
                 */
                before_id?: components["parameters"]["EntityFilesBeforeId"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The files. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["EntityFileCollection"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    linkCustomerFiles: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityFileRef"][];
            };
        };
        responses: {
            /** @description Accepted: the files are being attached. The answer has no body. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    unlinkCustomerFiles: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the main entity (ID основной сущности) of the path's kind.
                 * @example 7593303
                 */
                entity_id: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityFileRef"][];
            };
        };
        responses: {
            /** @description Accepted: the files are being detached. The answer has no body. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listLeadSubscriptions: {
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
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the lead or customer whose subscribers to list.
                 * @example 667999637
                 */
                id: components["parameters"]["SubscribedEntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscribers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["SubscriberCollection"];
                };
            };
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCustomerSubscriptions: {
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
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the lead or customer whose subscribers to list.
                 * @example 667999637
                 */
                id: components["parameters"]["SubscribedEntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscribers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["SubscriberCollection"];
                };
            };
            204: components["responses"]["NoContent"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listFileLinks: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The file's UUID (Files API).
                 * @example 5ef222cd-bce4-4df8-8466-3dee7d16e70d
                 */
                file_uuid: components["parameters"]["FileUuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file and its entities. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["FileLinks"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getTalk: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The talk's ID (its `talk_id`).
                 * @example 117
                 */
                id: components["parameters"]["TalkId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The talk. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["Talk"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    closeTalk: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The talk's ID (its `talk_id`).
                 * @example 117
                 */
                id: components["parameters"]["TalkId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TalkClose"];
            };
        };
        responses: {
            /** @description Accepted; the talk is being closed. The answer has no body. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listLeads: {
        parameters: {
            query?: {
                /**
                 * @description What to add to the answer, comma-separated (`with=contacts,loss_reason`):
                 *     - `catalog_elements`: the linked catalog elements (`_embedded.catalog_elements`);
                 *     - `is_price_modified_by_robot`: whether a robot changed the price last (`is_price_modified_by_robot`);
                 *     - `loss_reason`: the loss reason in full (`_embedded.loss_reason`);
                 *     - `contacts`: the linked contacts (`_embedded.contacts`, with `is_main`);
                 *     - `only_deleted`: instead of the leads, the deleted leads still in the trash (корзина), each with
                 *       only `id`, `updated_at`, `updated_by` and `is_deleted: true`. The page offers it on the get-by-ID
                 *       call too, where it plausibly only changes which lead is found;
                 *     - `source_id`: the lead's source ID (`source_id`);
                 *     - `source`: the lead's source, ID and name (`_embedded.source`).
                 * @example [
                 *       "contacts",
                 *       "loss_reason"
                 *     ]
                 */
                with?: components["parameters"]["LeadsWith"];
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
                 * @description A search (поисковый запрос) over the filled-in fields of the entities: a string or a number
                 *     (`query=+79123`, `query=Иван`). filters-api.md announces that the parameter will soon be deprecated
                 *     ("в ближайшее время параметр будет признан устаревшим").
                 * @example Иван
                 */
                query?: components["parameters"]["EntitySearchQuery"];
                /**
                 * @description Filters, serialised PHP-style: `filter[pipeline_id][]=15314&filter[price][from]=1000`,
                 *     `filter[statuses][0][pipeline_id]=3383152&filter[statuses][0][status_id]=33929752`,
                 *     `filter[custom_fields_values][1286575][]=2957741`. **The API filtering is a paid option** of the
                 *     account (Альфа-фильтрация; `GET /api/v4/account?with=is_api_filter_enabled` tells).
                 */
                filter?: components["parameters"]["LeadsFilter"];
                /**
                 * @description Sort order, serialised PHP-style: `/api/v4/leads?order[updated_at]=asc`. Sortable fields: created_at, updated_at, id; directions `asc`, `desc`.
                 * @example {
                 *       "updated_at": "asc"
                 *     }
                 */
                order?: components["parameters"]["LeadsOrder"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of leads. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["LeadCollection"];
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
    createLeads: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadCreate"][];
            };
        };
        responses: {
            /** @description The leads were created, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["LeadCreatedCollection"];
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
    updateLeads: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadBatchUpdate"][];
            };
        };
        responses: {
            /** @description The leads were changed, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["LeadUpdatedCollection"];
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
    getLead: {
        parameters: {
            query?: {
                /**
                 * @description What to add to the answer, comma-separated (`with=contacts,loss_reason`):
                 *     - `catalog_elements`: the linked catalog elements (`_embedded.catalog_elements`);
                 *     - `is_price_modified_by_robot`: whether a robot changed the price last (`is_price_modified_by_robot`);
                 *     - `loss_reason`: the loss reason in full (`_embedded.loss_reason`);
                 *     - `contacts`: the linked contacts (`_embedded.contacts`, with `is_main`);
                 *     - `only_deleted`: instead of the leads, the deleted leads still in the trash (корзина), each with
                 *       only `id`, `updated_at`, `updated_by` and `is_deleted: true`. The page offers it on the get-by-ID
                 *       call too, where it plausibly only changes which lead is found;
                 *     - `source_id`: the lead's source ID (`source_id`);
                 *     - `source`: the lead's source, ID and name (`_embedded.source`).
                 * @example [
                 *       "contacts",
                 *       "loss_reason"
                 *     ]
                 */
                with?: components["parameters"]["LeadsWith"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The lead's ID.
                 * @example 3912171
                 */
                id: components["parameters"]["LeadId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lead. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["Lead"];
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
    updateLead: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The lead's ID.
                 * @example 3912171
                 */
                id: components["parameters"]["LeadId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadUpdate"];
            };
        };
        responses: {
            /** @description The lead was changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["EntityUpdated"];
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
    createLeadsComplex: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadComplexCreate"][];
            };
        };
        responses: {
            /** @description The leads were added (or merged into duplicates), in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadComplexResult"][];
                    "application/hal+json": components["schemas"]["LeadComplexResult"][];
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
    listContacts: {
        parameters: {
            query?: {
                /**
                 * @description What to add to the answer, comma-separated (`with=leads,customers`): `catalog_elements` (the
                 *     linked catalog elements, `_embedded.catalog_elements`), `leads` (the linked leads,
                 *     `_embedded.leads`), `customers` (the linked customers, `_embedded.customers`).
                 * @example [
                 *       "leads",
                 *       "customers"
                 *     ]
                 */
                with?: components["parameters"]["ContactsWith"];
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
                 * @description A search (поисковый запрос) over the filled-in fields of the entities: a string or a number
                 *     (`query=+79123`, `query=Иван`). filters-api.md announces that the parameter will soon be deprecated
                 *     ("в ближайшее время параметр будет признан устаревшим").
                 * @example Иван
                 */
                query?: components["parameters"]["EntitySearchQuery"];
                /**
                 * @description Filters, serialised PHP-style: `filter[responsible_user_id][]=504141&filter[updated_at][from]=1575296400`.
                 *     **The API filtering is a paid option** of the account (Альфа-фильтрация;
                 *     `GET /api/v4/account?with=is_api_filter_enabled` tells).
                 */
                filter?: components["parameters"]["ContactsFilter"];
                /**
                 * @description Sort order, serialised PHP-style: `/api/v4/contacts?order[updated_at]=asc`. Sortable fields: updated_at, id; directions `asc`, `desc`.
                 * @example {
                 *       "updated_at": "asc"
                 *     }
                 */
                order?: components["parameters"]["ContactsOrder"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of contacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["ContactCollection"];
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
    createContacts: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactCreate"][];
            };
        };
        responses: {
            /** @description The contacts were created, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["ContactCreatedCollection"];
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
    updateContacts: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactBatchUpdate"][];
            };
        };
        responses: {
            /** @description The contacts were changed, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["ContactUpdatedCollection"];
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
    getContact: {
        parameters: {
            query?: {
                /**
                 * @description What to add to the answer, comma-separated (`with=leads,customers`): `catalog_elements` (the
                 *     linked catalog elements, `_embedded.catalog_elements`), `leads` (the linked leads,
                 *     `_embedded.leads`), `customers` (the linked customers, `_embedded.customers`).
                 * @example [
                 *       "leads",
                 *       "customers"
                 *     ]
                 */
                with?: components["parameters"]["ContactsWith"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The contact's ID.
                 * @example 3
                 */
                id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["Contact"];
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
    updateContact: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The contact's ID.
                 * @example 3
                 */
                id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactUpdate"];
            };
        };
        responses: {
            /** @description The contact was changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["EntityUpdated"];
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
    listContactChats: {
        parameters: {
            query?: {
                /**
                 * @description The chats to find the contacts of, by UUID; several are sent PHP-style, `chat_id[]=…&chat_id[]=…` (the typed client does so).
                 * @example [
                 *       "6cbab3d5-c4c1-46ff-b710-ad59ad10805f"
                 *     ]
                 */
                chat_id?: components["parameters"]["ContactChatsChatId"];
                /** @description The contacts to find the chats of, by ID; several are sent PHP-style, `contact_id[]=…&contact_id[]=…` (the typed client does so). */
                contact_id?: components["parameters"]["ContactChatsContactId"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["ContactChatLinkCollection"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createContactChats: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactChatLinkCreate"][];
            };
        };
        responses: {
            /** @description The chats were linked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["ContactChatLinkCollection"];
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
    listCompanies: {
        parameters: {
            query?: {
                /**
                 * @description What to add to the answer, comma-separated (`with=contacts,leads`): `catalog_elements` (the
                 *     linked catalog elements, `_embedded.catalog_elements`), `leads` (the linked leads,
                 *     `_embedded.leads`), `customers` (the linked customers, `_embedded.customers`), `contacts` (the
                 *     linked contacts, `_embedded.contacts`).
                 * @example [
                 *       "contacts",
                 *       "leads"
                 *     ]
                 */
                with?: components["parameters"]["CompaniesWith"];
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
                 * @description A search (поисковый запрос) over the filled-in fields of the entities: a string or a number
                 *     (`query=+79123`, `query=Иван`). filters-api.md announces that the parameter will soon be deprecated
                 *     ("в ближайшее время параметр будет признан устаревшим").
                 * @example Иван
                 */
                query?: components["parameters"]["EntitySearchQuery"];
                /**
                 * @description Filters, serialised PHP-style: `filter[id][]=7767077&filter[created_at][from]=1575296400`.
                 *     **The API filtering is a paid option** of the account (Альфа-фильтрация;
                 *     `GET /api/v4/account?with=is_api_filter_enabled` tells).
                 */
                filter?: components["parameters"]["CompaniesFilter"];
                /**
                 * @description Sort order, serialised PHP-style: `/api/v4/companies?order[updated_at]=asc`. Sortable fields: updated_at, id; directions `asc`, `desc`.
                 * @example {
                 *       "updated_at": "asc"
                 *     }
                 */
                order?: components["parameters"]["CompaniesOrder"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of companies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CompanyCollection"];
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
    createCompanies: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompanyCreate"][];
            };
        };
        responses: {
            /** @description The companies were created, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CompanyCreatedCollection"];
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
    updateCompanies: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompanyBatchUpdate"][];
            };
        };
        responses: {
            /** @description The companies were changed, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["CompanyUpdatedCollection"];
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
    getCompany: {
        parameters: {
            query?: {
                /**
                 * @description What to add to the answer, comma-separated (`with=contacts,leads`): `catalog_elements` (the
                 *     linked catalog elements, `_embedded.catalog_elements`), `leads` (the linked leads,
                 *     `_embedded.leads`), `customers` (the linked customers, `_embedded.customers`), `contacts` (the
                 *     linked contacts, `_embedded.contacts`).
                 * @example [
                 *       "contacts",
                 *       "leads"
                 *     ]
                 */
                with?: components["parameters"]["CompaniesWith"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The company's ID.
                 * @example 1
                 */
                id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The company. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["Company"];
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
    updateCompany: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The company's ID.
                 * @example 1
                 */
                id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompanyUpdate"];
            };
        };
        responses: {
            /** @description The company was changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["EntityUpdated"];
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
    getAccount: {
        parameters: {
            query?: {
                /**
                 * @description What to add to the answer, comma-separated (`with=amojo_id,task_types`). Each value adds the
                 *     property of the same name: `amojo_id` (the account's ID in the chats service amoJo), `amojo_rights`
                 *     (`_embedded.amojo_rights`: whether users may use direct and create group chats), `users_groups`
                 *     (`_embedded.users_groups`), `task_types` (`_embedded.task_types`), `version` (the amoCRM version),
                 *     `entity_names` (entity names with their translations and number forms), `datetime_settings`
                 *     (`_embedded.datetime_settings`), `drive_url` (the host of the account's Files API),
                 *     `is_api_filter_enabled` (whether the paid API filtering, Альфа-фильтрация, is on) and
                 *     `invoices_settings` (invoice settings).
                 * @example [
                 *       "amojo_id",
                 *       "amojo_rights",
                 *       "users_groups",
                 *       "task_types",
                 *       "version",
                 *       "entity_names",
                 *       "datetime_settings",
                 *       "drive_url",
                 *       "is_api_filter_enabled"
                 *     ]
                 */
                with?: components["parameters"]["AccountWith"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["Account"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /**
                 * @description What to add to the answer, comma-separated (`with=role,group`): `role` (`_embedded.roles`, the
                 *     user's role), `group` (`_embedded.groups`, the user's group), `uuid` (the user's UUID, may be null;
                 *     not used by third-party integrations), `amojo_id` (the user's ID in the chats service, may be null),
                 *     `user_rank` (`newbie`, `candidate` or `master`) and `phone_number` (the user's phone number).
                 * @example [
                 *       "role",
                 *       "group"
                 *     ]
                 */
                with?: components["parameters"]["UsersWith"];
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
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["UserCollection"];
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
    createUsers: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserCreate"][];
            };
        };
        responses: {
            /** @description The users were created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["UserCollection"];
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
    getUser: {
        parameters: {
            query?: {
                /**
                 * @description What to add to the answer, comma-separated (`with=role,group`): `role` (`_embedded.roles`, the
                 *     user's role), `group` (`_embedded.groups`, the user's group), `uuid` (the user's UUID, may be null;
                 *     not used by third-party integrations), `amojo_id` (the user's ID in the chats service, may be null),
                 *     `user_rank` (`newbie`, `candidate` or `master`) and `phone_number` (the user's phone number).
                 * @example [
                 *       "role",
                 *       "group"
                 *     ]
                 */
                with?: components["parameters"]["UsersWith"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The user's ID.
                 * @example 185848
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["User"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listRoles: {
        parameters: {
            query?: {
                /**
                 * @description What to add to the answer, comma-separated. `users` adds the IDs of the users who have the role (`_embedded.users`).
                 * @example [
                 *       "users"
                 *     ]
                 */
                with?: components["parameters"]["RolesWith"];
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
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of roles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["RoleCollection"];
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
    createRoles: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleCreate"][] | components["schemas"]["RoleCreate"];
            };
        };
        responses: {
            /** @description The roles were created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["RoleCollection"];
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
    getRole: {
        parameters: {
            query?: {
                /**
                 * @description What to add to the answer, comma-separated. `users` adds the IDs of the users who have the role (`_embedded.users`).
                 * @example [
                 *       "users"
                 *     ]
                 */
                with?: components["parameters"]["RolesWith"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The role's ID.
                 * @example 107995
                 */
                id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The role. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["Role"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteRole: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The role's ID.
                 * @example 107995
                 */
                id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["Deleted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateRole: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The role's ID.
                 * @example 107995
                 */
                id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleUpdate"];
            };
        };
        responses: {
            /** @description The role was changed. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["Role"];
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
    listPipelines: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pipelines. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["PipelineCollection"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createPipelines: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PipelineCreate"][];
            };
        };
        responses: {
            /** @description The pipelines were created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["PipelineCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getPipeline: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The pipeline's ID.
                 * @example 3177727
                 */
                id: components["parameters"]["PipelineId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pipeline. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["Pipeline"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deletePipeline: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The pipeline's ID.
                 * @example 3177727
                 */
                id: components["parameters"]["PipelineId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["Deleted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updatePipeline: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The pipeline's ID.
                 * @example 3177727
                 */
                id: components["parameters"]["PipelineId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PipelineUpdate"];
            };
        };
        responses: {
            /** @description The pipeline was changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["Pipeline"];
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
    listPipelineStatuses: {
        parameters: {
            query?: {
                /**
                 * @description What to add to the answer, comma-separated. `descriptions` adds each status's descriptions (`descriptions`).
                 * @example [
                 *       "descriptions"
                 *     ]
                 */
                with?: components["parameters"]["PipelineStatusesWith"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the pipeline the statuses belong to.
                 * @example 3177727
                 */
                pipeline_id: components["parameters"]["StatusPipelineId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statuses. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["PipelineStatusCollection"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createPipelineStatuses: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the pipeline the statuses belong to.
                 * @example 3177727
                 */
                pipeline_id: components["parameters"]["StatusPipelineId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PipelineStatusCreate"][];
            };
        };
        responses: {
            /** @description The statuses were created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["PipelineStatusCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getPipelineStatus: {
        parameters: {
            query?: {
                /**
                 * @description What to add to the answer, comma-separated. `descriptions` adds each status's descriptions (`descriptions`).
                 * @example [
                 *       "descriptions"
                 *     ]
                 */
                with?: components["parameters"]["PipelineStatusesWith"];
            };
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the pipeline the statuses belong to.
                 * @example 3177727
                 */
                pipeline_id: components["parameters"]["StatusPipelineId"];
                /**
                 * @description The status's ID (`142` and `143` are the system closed statuses of every pipeline).
                 * @example 32392159
                 */
                id: components["parameters"]["PipelineStatusId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["PipelineStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deletePipelineStatus: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the pipeline the statuses belong to.
                 * @example 3177727
                 */
                pipeline_id: components["parameters"]["StatusPipelineId"];
                /**
                 * @description The status's ID (`142` and `143` are the system closed statuses of every pipeline).
                 * @example 32392159
                 */
                id: components["parameters"]["PipelineStatusId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["Deleted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updatePipelineStatus: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Run the call with the rights of this user (ID пользователя, права которого будут использованы).
                 *     Only for access granted by an account administrator; a user who does not exist or is a free
                 *     user of the account makes the authorization fail (oauth/scopes.md, "Данные аккаунта"). Without
                 *     it, the call runs with the rights of the user who granted access.
                 * @example 504141
                 */
                "X-Context-User-ID"?: components["parameters"]["XContextUserId"];
            };
            path: {
                /**
                 * @description The ID of the pipeline the statuses belong to.
                 * @example 3177727
                 */
                pipeline_id: components["parameters"]["StatusPipelineId"];
                /**
                 * @description The status's ID (`142` and `143` are the system closed statuses of every pipeline).
                 * @example 32392159
                 */
                id: components["parameters"]["PipelineStatusId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PipelineStatusUpdate"];
            };
        };
        responses: {
            /** @description The status was changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["PipelineStatus"];
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
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
