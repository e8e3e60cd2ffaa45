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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
