-- ImageShare schema, version 2: client tokens, so that a retried write is applied once
-- (decisions §6, docs/adr/0008-client-token-idempotency.md). Portable SQL, as in V1.

-- One row per (account, token): the fingerprint of the request that first used the token, that
-- request's outcome (what a retry is answered with, e.g. the ID of a created image; '' when the
-- answer carries nothing) and until when the token holds. Rows are written in the same
-- transaction as the change they guard, so a token is recorded exactly when its change is.
CREATE TABLE client_token (
    account_cloud  TEXT    NOT NULL,
    account_id     TEXT    NOT NULL,
    -- Case-sensitive, up to 64 ASCII characters (checked by the dialect).
    token          TEXT    NOT NULL,
    -- Hex SHA-256 of the request's action and parameters.
    fingerprint    TEXT    NOT NULL,
    outcome        TEXT    NOT NULL,
    created_at     BIGINT  NOT NULL,
    expires_at     BIGINT  NOT NULL,
    PRIMARY KEY (account_cloud, account_id, token),
    FOREIGN KEY (account_cloud, account_id) REFERENCES account (cloud, id)
);

-- Expired rows, oldest first, for the sweep that deletes tokens no one retried.
CREATE INDEX client_token_by_expiry ON client_token (expires_at);
