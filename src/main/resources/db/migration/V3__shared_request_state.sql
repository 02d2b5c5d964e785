-- ImageShare schema, version 3: request state that every node of one database must share
-- (docs/adr/0010-shared-request-state-in-postgresql.md). Portable SQL, as in V1.
--
-- Both tables are caches of short-lived state, not data: `export` leaves them out, and a node on
-- the embedded SQLite database keeps this state in memory instead (it is the only node).

-- SignatureNonce / Nonce replay memory: one row per (scope, access key, nonce) seen, until it may be
-- forgotten. The key is a hash (hex, 128 bits) so that rows stay small whatever clients send.
CREATE TABLE request_nonce (
    digest      TEXT    NOT NULL PRIMARY KEY,
    expires_at  BIGINT  NOT NULL
);

-- The sweep that deletes forgotten nonces reads this, oldest first.
CREATE INDEX request_nonce_by_expiry ON request_nonce (expires_at);

-- Rate-limit token buckets, in the layout Bucket4j's PostgreSQL proxy manager reads and writes:
-- `state` is Bucket4j's serialised bucket, `expires_at` when a full bucket may be dropped (ms).
CREATE TABLE rate_bucket (
    id          TEXT    NOT NULL PRIMARY KEY,
    state       BYTEA,
    expires_at  BIGINT
);

CREATE INDEX rate_bucket_by_expiry ON rate_bucket (expires_at);
