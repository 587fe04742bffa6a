-- Search (S1) at 100,000 tasks: a trigram index answers "contains" on the folded text without reading the
-- account's tasks. pg_trgm ships with PostgreSQL and is a trusted extension: the database's owner may create it;
-- where the schema's owner is not the database's (our Kubernetes and compose setups), the init script creates it
-- as the superuser first, and IF NOT EXISTS then asks for no privilege.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX task_search_idx ON task USING gin (search_text gin_trgm_ops);
