-- Manual order (O1): each task has a place in its list, "position", ordered with its id (position, id). A new
-- task's place is its creation time in microseconds (Task#addTo): the end of its list, with no query; a move takes
-- the middle between its new neighbours, so moving one task updates one row (O2). Tasks stored before keep their
-- order: their place is their creation time, the same way (EXTRACT(EPOCH ...) reads alike in PostgreSQL and H2).
ALTER TABLE task ADD COLUMN position BIGINT;
UPDATE task SET position = CAST(EXTRACT(EPOCH FROM created_at) * 1000000 AS BIGINT);
ALTER TABLE task ALTER COLUMN position SET NOT NULL;
-- A row inserted by hand (a script, pgbench) goes last too; the rows of one statement share the instant (then id).
ALTER TABLE task ALTER COLUMN position SET DEFAULT CAST(EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) * 1000000 AS BIGINT);

-- How each list is sorted on the page (O1): by position ("My order"), due date, priority or creation.
ALTER TABLE task_list ADD COLUMN sort_order VARCHAR(8) DEFAULT 'POSITION' NOT NULL;
ALTER TABLE task_list ADD CONSTRAINT task_list_sort_known
    CHECK (sort_order IN ('POSITION', 'DUE', 'PRIORITY', 'CREATED'));

-- A list in its order, and by state: what the page reads by default ("My order"). Created order, due date and
-- priority sort the list's rows (at most 10,000, T9) instead of keeping an index each on every add.
DROP INDEX task_list_created_idx;
DROP INDEX task_list_done_created_idx;
CREATE INDEX task_list_position_idx ON task (list_id, position, id);
CREATE INDEX task_list_done_position_idx ON task (list_id, done, position, id);
