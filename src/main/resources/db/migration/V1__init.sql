-- ImageShare schema, version 1.
--
-- Portable SQL only: this file runs unchanged on SQLite and PostgreSQL (and should on CockroachDB and
-- YugabyteDB). Hence plain types: TEXT, BIGINT, INTEGER, BOOLEAN; no triggers, no procedures.
--   * Times are BIGINT milliseconds since the epoch (UTC).
--   * Clouds and products are stored by their seed names ('aliyun', 'tencent'; 'ecs', 'ens', 'swas', 'cvm').
--   * Account IDs are TEXT: Alibaba UIDs and Tencent UINs are digit strings that may exceed BIGINT
--     and whose leading zeros, if any, matter.

CREATE TABLE account (
    cloud       TEXT    NOT NULL,
    id          TEXT    NOT NULL,
    name        TEXT,
    created_at  BIGINT  NOT NULL,
    PRIMARY KEY (cloud, id)
);

CREATE TABLE access_key (
    id                 TEXT     NOT NULL PRIMARY KEY,
    account_cloud      TEXT     NOT NULL,
    account_id         TEXT     NOT NULL,
    -- NULL for the account's root principal, else the sub-user's name.
    user_name          TEXT,
    -- The encrypted secret, base64: one text type works everywhere (no BLOB/BYTEA split).
    secret_ciphertext  TEXT     NOT NULL,
    enabled            BOOLEAN  NOT NULL,
    created_at         BIGINT   NOT NULL,
    FOREIGN KEY (account_cloud, account_id) REFERENCES account (cloud, id)
);

CREATE INDEX access_key_by_account ON access_key (account_cloud, account_id);

CREATE TABLE image (
    product        TEXT     NOT NULL,
    id             TEXT     NOT NULL,
    -- '' for products without regions (ENS).
    region         TEXT     NOT NULL,
    owner_cloud    TEXT     NOT NULL,
    owner_id       TEXT     NOT NULL,
    name           TEXT,
    description    TEXT,
    status         TEXT     NOT NULL,
    os_type        TEXT,
    platform       TEXT,
    architecture   TEXT,
    size_gib       INTEGER  NOT NULL,
    is_public      BOOLEAN  NOT NULL,
    shared_to_ecs  BOOLEAN  NOT NULL,
    -- Number of image_share rows of this image, kept by the store in the same transaction, so that
    -- counting an image's recipients is one row read however many there are.
    share_count    INTEGER  NOT NULL,
    created_at     BIGINT   NOT NULL,
    PRIMARY KEY (product, id),
    FOREIGN KEY (owner_cloud, owner_id) REFERENCES account (cloud, id)
);

-- An owner's images in a region, newest first: own-image listings, name checks, per-owner counts.
CREATE INDEX image_by_owner ON image (product, owner_cloud, owner_id, region, created_at DESC, id);

-- Public images of a region, newest first (the public part of a listing).
CREATE INDEX image_public_by_region ON image (product, region, is_public, created_at DESC, id);

-- One row per (image, recipient). The recipient's cloud is the product's cloud, so it is not stored.
CREATE TABLE image_share (
    product     TEXT    NOT NULL,
    image_id    TEXT    NOT NULL,
    account_id  TEXT    NOT NULL,
    shared_at   BIGINT  NOT NULL,
    PRIMARY KEY (product, image_id, account_id),
    FOREIGN KEY (product, image_id) REFERENCES image (product, id)
);

-- An image's recipients in listing order (shared time, then account): pages are index range scans
-- that never touch the table.
CREATE INDEX image_share_by_time ON image_share (product, image_id, shared_at, account_id);

-- The images shared with an account (the shared-with-me part of a listing).
CREATE INDEX image_share_by_account ON image_share (product, account_id, image_id);
