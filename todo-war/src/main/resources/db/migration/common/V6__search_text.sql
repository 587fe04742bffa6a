-- Search (S1): each task's title and notes with case and accents folded away, kept by the application as they
-- change (Task#foldForSearch). Filled for existing tasks by the next migration, in Java, which folds as the
-- application does; PostgreSQL indexes it by trigrams after that (db/migration/postgresql).
ALTER TABLE task ADD COLUMN search_text VARCHAR(12000);
