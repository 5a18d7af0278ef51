namespace ChatCoach.Storage.Migrations;

/// <summary>
/// The schema, as the ordered list of steps that build it. The SQL is the dialect SQLite and
/// PostgreSQL share: TEXT for timestamps (ISO-8601 UTC, so they sort) and for decimals (exact).
/// </summary>
public static class Schema
{
    public static IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "scoreboard",
        [
            """
            CREATE TABLE workspaces (
                id TEXT PRIMARY KEY,
                created_at TEXT NOT NULL)
            """,
            """
            CREATE TABLE indicators (
                workspace_id TEXT NOT NULL,
                key TEXT NOT NULL,
                name TEXT NOT NULL,
                unit TEXT NOT NULL,
                better_when TEXT NOT NULL,
                lagging_metric TEXT NOT NULL,
                target TEXT NULL,
                owner TEXT NULL,
                aliases TEXT NOT NULL,
                position INTEGER NOT NULL,
                PRIMARY KEY (workspace_id, key))
            """,
            """
            CREATE TABLE indicator_values (
                workspace_id TEXT NOT NULL,
                indicator_key TEXT NOT NULL,
                period TEXT NOT NULL,
                revision INTEGER NOT NULL,
                kind TEXT NOT NULL,
                value TEXT NULL,
                recorded_by TEXT NOT NULL,
                recorded_at TEXT NOT NULL,
                channel TEXT NOT NULL,
                note TEXT NULL,
                PRIMARY KEY (workspace_id, indicator_key, period, revision))
            """,
            """
            CREATE TABLE board_changes (
                workspace_id TEXT NOT NULL,
                indicator_key TEXT NOT NULL,
                field TEXT NOT NULL,
                old_value TEXT NULL,
                new_value TEXT NULL,
                changed_by TEXT NOT NULL,
                changed_at TEXT NOT NULL,
                channel TEXT NOT NULL)
            """,
            "CREATE INDEX board_changes_by_indicator ON board_changes (workspace_id, indicator_key)",
        ]),
        new(2, "inbox and conversation addresses",
        [
            """
            CREATE TABLE inbox (
                source TEXT NOT NULL,
                delivery_id TEXT NOT NULL,
                payload TEXT NOT NULL,
                received_at TEXT NOT NULL,
                status TEXT NOT NULL,
                attempts INTEGER NOT NULL,
                claimed_by TEXT NULL,
                lease_until TEXT NULL,
                last_error TEXT NULL,
                finished_at TEXT NULL,
                PRIMARY KEY (source, delivery_id))
            """,
            "CREATE INDEX inbox_by_status ON inbox (status, received_at)",
            """
            CREATE TABLE conversation_addresses (
                channel TEXT NOT NULL,
                workspace_id TEXT NOT NULL,
                key TEXT NOT NULL,
                payload TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                unusable_reason TEXT NULL,
                PRIMARY KEY (channel, workspace_id, key))
            """,
        ]),
        new(3, "conversation memory",
        [
            """
            CREATE TABLE conversation_turns (
                workspace_id TEXT NOT NULL,
                conversation_id TEXT NOT NULL,
                turn INTEGER NOT NULL,
                speaker TEXT NOT NULL,
                said TEXT NOT NULL,
                answered TEXT NOT NULL,
                said_at TEXT NOT NULL,
                PRIMARY KEY (workspace_id, conversation_id, turn))
            """,
        ]),
        new(4, "readiness surveys, interviews and answers",
        [
            """
            CREATE TABLE readiness_surveys (
                id BIGINT PRIMARY KEY,
                workspace_id TEXT NOT NULL,
                channel TEXT NOT NULL,
                conversation_id TEXT NOT NULL,
                mode TEXT NOT NULL,
                anonymous INTEGER NOT NULL,
                started_by TEXT NOT NULL,
                started_at TEXT NOT NULL,
                deadline TEXT NOT NULL,
                closed_at TEXT NULL,
                closed_by TEXT NULL,
                reminded_at TEXT NULL)
            """,
            // At most one open survey per workspace: the database decides between two "start"s.
            "CREATE UNIQUE INDEX readiness_one_open_survey ON readiness_surveys (workspace_id) WHERE closed_at IS NULL",
            """
            CREATE TABLE readiness_interviews (
                survey_id BIGINT NOT NULL,
                respondent TEXT NOT NULL,
                position INTEGER NOT NULL,
                status TEXT NOT NULL,
                role TEXT NULL,
                pending_question TEXT NULL,
                pending_score INTEGER NULL,
                pending_text TEXT NULL,
                version INTEGER NOT NULL,
                updated_at TEXT NOT NULL,
                PRIMARY KEY (survey_id, respondent))
            """,
            // Append-only: an answer given again after "back" is a new row (the interview version orders them).
            """
            CREATE TABLE readiness_answers (
                survey_id BIGINT NOT NULL,
                respondent TEXT NOT NULL,
                version INTEGER NOT NULL,
                role TEXT NULL,
                question_id TEXT NOT NULL,
                score INTEGER NULL,
                raw_text TEXT NULL,
                answered_by TEXT NOT NULL,
                answered_at TEXT NOT NULL,
                PRIMARY KEY (survey_id, respondent, version))
            """,
        ]),
        // Version 5: the nudge loop.
        new(5, "nudges: deliveries, snoozes, escalations, scoreboard channel",
        [
            // One row per message the loop sends; the primary key is the exactly-once guarantee.
            """
            CREATE TABLE nudge_deliveries (
                workspace_id TEXT NOT NULL,
                kind TEXT NOT NULL,
                recipient TEXT NOT NULL,
                subject TEXT NOT NULL,
                occasion TEXT NOT NULL,
                status TEXT NOT NULL,
                attempts INTEGER NOT NULL,
                contents TEXT NOT NULL,
                claimed_by TEXT NULL,
                lease_until TEXT NULL,
                retry_at TEXT NULL,
                detail TEXT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                PRIMARY KEY (workspace_id, kind, recipient, subject, occasion))
            """,
            "CREATE INDEX nudge_deliveries_by_created ON nudge_deliveries (workspace_id, created_at)",
            """
            CREATE TABLE nudge_snoozes (
                workspace_id TEXT NOT NULL,
                owner TEXT NOT NULL,
                period TEXT NOT NULL,
                snoozed_until TEXT NOT NULL,
                set_at TEXT NOT NULL,
                PRIMARY KEY (workspace_id, owner, period))
            """,
            """
            CREATE TABLE nudge_escalations (
                workspace_id TEXT NOT NULL,
                indicator_key TEXT NOT NULL,
                period TEXT NOT NULL,
                owner TEXT NOT NULL,
                times_asked INTEGER NOT NULL,
                escalated_at TEXT NOT NULL,
                PRIMARY KEY (workspace_id, indicator_key, period))
            """,
            """
            CREATE TABLE scoreboard_channels (
                workspace_id TEXT PRIMARY KEY,
                channel TEXT NOT NULL,
                conversation_id TEXT NOT NULL,
                set_by TEXT NOT NULL,
                set_at TEXT NOT NULL)
            """,
        ]),
        new(6, "outbox for messages the bot sends on its own",
        [
            // The key is the caller's name for the message: enqueueing it twice keeps one row.
            """
            CREATE TABLE outbox (
                message_key TEXT PRIMARY KEY,
                workspace_id TEXT NOT NULL,
                channel TEXT NOT NULL,
                address_kind TEXT NOT NULL,
                address TEXT NOT NULL,
                reply TEXT NOT NULL,
                status TEXT NOT NULL,
                attempts INTEGER NOT NULL,
                next_attempt_at TEXT NOT NULL,
                claimed_by TEXT NULL,
                lease_until TEXT NULL,
                detail TEXT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL)
            """,
            "CREATE INDEX outbox_due ON outbox (status, next_attempt_at)",
        ]),
        new(7, "indicators managed in chat: why they matter, retirement",
        [
            "ALTER TABLE indicators ADD COLUMN why TEXT NULL",
            // Retired rows stay (their values and history do); NULL means active.
            "ALTER TABLE indicators ADD COLUMN retired_at TEXT NULL",
            "CREATE INDEX board_changes_by_time ON board_changes (workspace_id, changed_at)",
        ]),
        new(8, "lagging metrics' quarterly values",
        [
            """
            CREATE TABLE lagging_values (
                workspace_id TEXT NOT NULL,
                metric_key TEXT NOT NULL,
                metric_name TEXT NOT NULL,
                quarter TEXT NOT NULL,
                revision INTEGER NOT NULL,
                value TEXT NOT NULL,
                unit TEXT NOT NULL,
                recorded_by TEXT NOT NULL,
                recorded_at TEXT NOT NULL,
                channel TEXT NOT NULL,
                note TEXT NULL,
                PRIMARY KEY (workspace_id, metric_key, quarter, revision))
            """,
        ]),
        new(9, "installations to many workspaces, and their OAuth states",
        [
            // The token column holds only Data Protection ciphertext (ADR 0014).
            """
            CREATE TABLE installations (
                channel TEXT NOT NULL,
                team_id TEXT NOT NULL,
                team_name TEXT NOT NULL,
                bot_user_id TEXT NOT NULL,
                app_id TEXT NOT NULL,
                protected_token TEXT NULL,
                scopes TEXT NOT NULL,
                installed_by TEXT NOT NULL,
                installed_at TEXT NOT NULL,
                removed_at TEXT NULL,
                removed_reason TEXT NULL,
                PRIMARY KEY (channel, team_id))
            """,
            """
            CREATE TABLE install_states (
                state_hash TEXT PRIMARY KEY,
                browser_hash TEXT NOT NULL,
                created_at TEXT NOT NULL,
                expires_at TEXT NOT NULL,
                used_at TEXT NULL)
            """,
        ]),
        new(10, "data protection key ring shared by every host",
        [
            """
            CREATE TABLE data_protection_keys (
                name TEXT PRIMARY KEY,
                xml TEXT NOT NULL)
            """,
        ]),
        new(11, "files offered in Teams awaiting the person's consent",
        [
            // One row per offer, deleted when answered (single use) or swept once expired. The
            // bytes are base64 in TEXT, the type both engines share; exports are small. unsent holds
            // the reply's words for where else to get the file, said if the upload fails.
            """
            CREATE TABLE pending_files (
                id TEXT PRIMARY KEY,
                workspace_id TEXT NOT NULL,
                conversation_id TEXT NOT NULL,
                requested_by TEXT NOT NULL,
                file_name TEXT NOT NULL,
                content_type TEXT NOT NULL,
                content TEXT NOT NULL,
                unsent TEXT NOT NULL,
                created_at TEXT NOT NULL,
                expires_at TEXT NOT NULL)
            """,
            "CREATE INDEX pending_files_by_expiry ON pending_files (expires_at)",
        ]),
        // Version 12: what the read caches check (CachedByVersion). Every write to a workspace's
        // indicators or values bumps its scoreboard version, every write to its surveys its survey
        // version, in the writer's own transaction, whoever the writer is (any host, the import, the
        // eraser): a host that cached a read knows with one primary-key lookup whether it still holds.
        new(12, "versions the read caches check",
            [.. VersionColumns(), .. VersionBumps().SelectMany(b => SqliteBumps(b.Table, b.Column))],
            [.. VersionColumns(), PostgresBumpFunction("scoreboard_version"), PostgresBumpFunction("surveys_version"),
                .. VersionBumps().Select(b => PostgresBump(b.Table, b.Column))]),
        // Version 13: an inbox row remembers its turn's replies (a retry re-sends them, never re-runs
        // the turn), whether a send of them may have reached the platform (in_flight), when it is next
        // tried, and since when it has been retried (re-driven rows start a new retry window).
        new(13, "inbox replies, in-flight mark and retry schedule",
        [
            "ALTER TABLE inbox ADD COLUMN replies TEXT NULL",
            "ALTER TABLE inbox ADD COLUMN in_flight INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE inbox ADD COLUMN next_attempt_at TEXT NULL",
            "ALTER TABLE inbox ADD COLUMN retry_since TEXT NULL",
        ]),
        // Version 14 (values API, issue 32): named, scoped tokens kept as SHA-256 hashes of their
        // secrets, and the answers of writes kept under their Idempotency-Key, per token, so a
        // retry reaching another host still gets the first answer.
        new(14, "api tokens and idempotency keys",
        [
            """
            CREATE TABLE api_tokens (
                secret_hash TEXT PRIMARY KEY,
                workspace_id TEXT NOT NULL,
                name TEXT NOT NULL,
                scopes TEXT NOT NULL,
                created_by TEXT NOT NULL,
                created_at TEXT NOT NULL,
                revoked_at TEXT NULL)
            """,
            // A name means one live token; a revoked one's name may be given again.
            "CREATE UNIQUE INDEX api_tokens_one_active_name ON api_tokens (workspace_id, name) WHERE revoked_at IS NULL",
            """
            CREATE TABLE api_idempotency (
                workspace_id TEXT NOT NULL,
                token_name TEXT NOT NULL,
                idempotency_key TEXT NOT NULL,
                request_hash TEXT NOT NULL,
                status INTEGER NOT NULL,
                body TEXT NULL,
                created_at TEXT NOT NULL,
                PRIMARY KEY (workspace_id, token_name, idempotency_key))
            """,
        ]),
        // Version 15 (values API, issue 32): each token's requests per minute, counted in the
        // database so every host spends one budget (decision 0026); old windows are pruned hourly.
        new(15, "api rate windows",
        [
            """
            CREATE TABLE api_rate_windows (
                secret_hash TEXT NOT NULL,
                window_start TEXT NOT NULL,
                requests INTEGER NOT NULL,
                PRIMARY KEY (secret_hash, window_start))
            """,
        ]),
        // Version 16 (reading people, issue 29): what each conversation carries from one turn to the
        // next — the indicator and month last talked about, a write waiting for a yes — one row per
        // conversation, replaced on each change, read only while fresh.
        new(16, "conversation state",
        [
            """
            CREATE TABLE conversation_states (
                workspace_id TEXT NOT NULL,
                conversation_id TEXT NOT NULL,
                document TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                PRIMARY KEY (workspace_id, conversation_id))
            """,
        ]),
        // Version 17 (one outbox, issue 28): nudges, escalations, digests and failure reports are
        // sent by the outbox like every other message; a ledger row names its outbox message, whose
        // outcomes are written back to it. The claim columns stay for rows sent before this version.
        new(17, "nudge deliveries go through the outbox",
        [
            "ALTER TABLE nudge_deliveries ADD COLUMN outbox_key TEXT NULL",
            "CREATE UNIQUE INDEX nudge_deliveries_by_outbox_key ON nudge_deliveries (outbox_key)",
        ]),
        // Version 18 (issue 31, fourth round): a kept reply's pictures are kept beside its JSON as
        // bytes. Inside the JSON, a chart's PNG was 36 KB of base64 encoded, escaped, transcoded and
        // written for every chart answered (decision 0036, "perf4").
        new(18, "kept pictures beside the kept reply",
            ["ALTER TABLE inbox ADD COLUMN reply_pictures BLOB NULL"],
            ["ALTER TABLE inbox ADD COLUMN reply_pictures BYTEA NULL"]),
    ];

    // Methods, not fields: Migrations above is built first, before any static field below it would be.
    private static IEnumerable<string> VersionColumns() =>
        ["ALTER TABLE workspaces ADD COLUMN scoreboard_version BIGINT NOT NULL DEFAULT 0",
            "ALTER TABLE workspaces ADD COLUMN surveys_version BIGINT NOT NULL DEFAULT 0"];

    private static (string Table, string Column)[] VersionBumps() =>
        [("indicators", "scoreboard_version"), ("indicator_values", "scoreboard_version"), ("readiness_surveys", "surveys_version")];

    private static IEnumerable<string> SqliteBumps(string table, string column) =>
        new[] { (Event: "INSERT", Row: "NEW"), (Event: "UPDATE", Row: "NEW"), (Event: "DELETE", Row: "OLD") }.Select(e => $"""
            CREATE TRIGGER {table}_{e.Event.ToLowerInvariant()}_bumps_{column} AFTER {e.Event} ON {table}
            BEGIN UPDATE workspaces SET {column} = {column} + 1 WHERE id = {e.Row}.workspace_id; END
            """);

    private static string PostgresBumpFunction(string column) => $$"""
        CREATE FUNCTION bump_{{column}}() RETURNS trigger LANGUAGE plpgsql AS $bump$
        BEGIN
            UPDATE workspaces SET {{column}} = {{column}} + 1
            WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.workspace_id ELSE NEW.workspace_id END;
            RETURN NULL;
        END
        $bump$
        """;

    private static string PostgresBump(string table, string column) =>
        $"CREATE TRIGGER {table}_bumps_{column} AFTER INSERT OR UPDATE OR DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION bump_{column}()";
}
