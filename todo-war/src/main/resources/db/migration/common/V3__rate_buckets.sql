-- Token buckets of the rate limits (Bucket4j's JDBC layout): one row per limited key (an account's adds), its
-- state serialised by Bucket4j. Shared by every replica, so a limit holds across them.
CREATE TABLE rate_bucket (
    id    BIGINT PRIMARY KEY,
    state BYTEA
);
