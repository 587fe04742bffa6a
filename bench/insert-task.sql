-- pgbench: the same one-row INSERT the API makes for a new task.
INSERT INTO task (title, done, created_at, version) VALUES ('Benchmark row', false, now(), 0);
