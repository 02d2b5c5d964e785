-- ImageShare schema, version 4: sub-users (Alibaba RAM users, Tencent CAM sub-users) and the
-- identity policies attached to them (docs/authorization.md). Portable SQL, as in V1.
--
-- A sub-user acts inside its account: what it creates is the account's; what it may do is what its
-- policies allow. Its access keys are rows of access_key whose user_name names it.

CREATE TABLE sub_user (
    account_cloud  TEXT    NOT NULL,
    account_id     TEXT    NOT NULL,
    name           TEXT    NOT NULL,
    -- The principal's own number, as the vendors show it in a denial: a RAM user's ID (16 digits),
    -- a CAM sub-account's UIN (12 digits). Chosen at random when the user is created.
    uid            TEXT    NOT NULL,
    created_at     BIGINT  NOT NULL,
    PRIMARY KEY (account_cloud, account_id, name),
    FOREIGN KEY (account_cloud, account_id) REFERENCES account (cloud, id)
);

-- The policy documents in the vendor's own syntax, as given (RAM Version "1", CAM version "2.0");
-- checked when attached, evaluated on every request of the user.
CREATE TABLE user_policy (
    account_cloud  TEXT    NOT NULL,
    account_id     TEXT    NOT NULL,
    user_name      TEXT    NOT NULL,
    policy_name    TEXT    NOT NULL,
    document       TEXT    NOT NULL,
    created_at     BIGINT  NOT NULL,
    PRIMARY KEY (account_cloud, account_id, user_name, policy_name),
    FOREIGN KEY (account_cloud, account_id, user_name) REFERENCES sub_user (account_cloud, account_id, name)
);
