-- Token buckets keyed by text, in rate_bucket's layout: the account creations of a client address, and of the
-- whole service ('*'). Shared by every replica.
CREATE TABLE rate_bucket_by_name (
    id    VARCHAR(64) PRIMARY KEY,
    state BYTEA
);
