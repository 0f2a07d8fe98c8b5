-- Case search. Each application has one row in case_search with the text a clerk searches for and the
-- keys the queue filters and sorts on; triggers keep it in step with applications, applicants and
-- items, so the projector, replay and sync all maintain it without knowing it exists. Two indexes
-- sit on it:
--   case_search_fts    an FTS5 trigram index (external content) over every text field: any query of
--                      three characters or more, matched as a substring;
--   case_search_grams  the bigrams of the applicant's and agent's names, plus each name's last
--                      character alone: a two-character query (张伟) is one key, a one-character
--                      query (张) a key range. Trigrams cannot find these, and names of two
--                      characters are common.
-- The rows are derived data: they carry no version and are not part of the journal's projection.

-- Positions 1..64 let a trigger cut a name into its bigrams without a recursive query (triggers may
-- not use WITH). Names longer than 64 characters are found by their first 64 through short queries
-- and in full through the trigram index.
CREATE TABLE search_positions (n INTEGER PRIMARY KEY);
WITH RECURSIVE p(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM p WHERE n < 64)
INSERT INTO search_positions (n) SELECT n FROM p;

CREATE INDEX applications_applicant ON applications (applicant_id);

CREATE TABLE case_search (
    id             INTEGER PRIMARY KEY,
    application_id TEXT NOT NULL UNIQUE,
    section_id     TEXT NOT NULL,
    item_id        TEXT NOT NULL,
    open           INTEGER NOT NULL, -- accepted or in review: waiting in the section's queue
    case_number    TEXT NOT NULL,
    due_date       TEXT NOT NULL,
    accepted_on    TEXT NOT NULL,
    item_name      TEXT NOT NULL,
    applicant_name TEXT NOT NULL,
    agent_name     TEXT NOT NULL,
    address        TEXT NOT NULL
);
CREATE INDEX case_search_open_due ON case_search (section_id, open, due_date, case_number);
CREATE INDEX case_search_open_number ON case_search (section_id, open, case_number);
CREATE INDEX case_search_number ON case_search (section_id, case_number);
CREATE INDEX case_search_item ON case_search (item_id, open);

CREATE VIRTUAL TABLE case_search_fts USING fts5(
    case_number, item_name, applicant_name, agent_name, address,
    content = 'case_search', content_rowid = 'id', tokenize = 'trigram');

CREATE TABLE case_search_grams (
    gram       TEXT NOT NULL,
    section_id TEXT NOT NULL,
    case_id    INTEGER NOT NULL,
    PRIMARY KEY (gram, section_id, case_id)
) WITHOUT ROWID;

-- case_search -> its two indexes

CREATE TRIGGER case_search_indexed AFTER INSERT ON case_search BEGIN
    INSERT INTO case_search_fts (rowid, case_number, item_name, applicant_name, agent_name, address)
    VALUES (new.id, new.case_number, new.item_name, new.applicant_name, new.agent_name, new.address);
    INSERT OR IGNORE INTO case_search_grams (gram, section_id, case_id)
    SELECT substr(lower(t.s), p.n, 2), new.section_id, new.id
    FROM (SELECT new.applicant_name AS s UNION ALL SELECT new.agent_name) t
    JOIN search_positions p ON p.n <= length(t.s);
END;

CREATE TRIGGER case_search_unindexed AFTER DELETE ON case_search BEGIN
    INSERT INTO case_search_fts (case_search_fts, rowid, case_number, item_name, applicant_name, agent_name, address)
    VALUES ('delete', old.id, old.case_number, old.item_name, old.applicant_name, old.agent_name, old.address);
    DELETE FROM case_search_grams
    WHERE section_id = old.section_id AND case_id = old.id AND gram IN (
        SELECT substr(lower(t.s), p.n, 2)
        FROM (SELECT old.applicant_name AS s UNION ALL SELECT old.agent_name) t
        JOIN search_positions p ON p.n <= length(t.s));
END;

CREATE TRIGGER case_search_text_changed
AFTER UPDATE OF case_number, item_name, applicant_name, agent_name, address ON case_search
WHEN old.case_number IS NOT new.case_number OR old.item_name IS NOT new.item_name
  OR old.applicant_name IS NOT new.applicant_name OR old.agent_name IS NOT new.agent_name
  OR old.address IS NOT new.address
BEGIN
    INSERT INTO case_search_fts (case_search_fts, rowid, case_number, item_name, applicant_name, agent_name, address)
    VALUES ('delete', old.id, old.case_number, old.item_name, old.applicant_name, old.agent_name, old.address);
    INSERT INTO case_search_fts (rowid, case_number, item_name, applicant_name, agent_name, address)
    VALUES (new.id, new.case_number, new.item_name, new.applicant_name, new.agent_name, new.address);
END;

CREATE TRIGGER case_search_names_changed
AFTER UPDATE OF applicant_name, agent_name, section_id ON case_search
WHEN old.applicant_name IS NOT new.applicant_name OR old.agent_name IS NOT new.agent_name
  OR old.section_id IS NOT new.section_id
BEGIN
    DELETE FROM case_search_grams
    WHERE section_id = old.section_id AND case_id = old.id AND gram IN (
        SELECT substr(lower(t.s), p.n, 2)
        FROM (SELECT old.applicant_name AS s UNION ALL SELECT old.agent_name) t
        JOIN search_positions p ON p.n <= length(t.s));
    INSERT OR IGNORE INTO case_search_grams (gram, section_id, case_id)
    SELECT substr(lower(t.s), p.n, 2), new.section_id, new.id
    FROM (SELECT new.applicant_name AS s UNION ALL SELECT new.agent_name) t
    JOIN search_positions p ON p.n <= length(t.s);
END;

-- the business tables -> case_search

CREATE TRIGGER applications_searchable AFTER INSERT ON applications BEGIN
    INSERT INTO case_search (application_id, section_id, item_id, open, case_number, due_date, accepted_on,
                             item_name, applicant_name, agent_name, address)
    SELECT new.id, coalesce(i.section_id, ''), new.item_id, new.state IN ('accepted', 'in_review'),
           new.case_number, new.due_date, new.accepted_on, coalesce(i.name, ''), coalesce(p.name, ''),
           new.agent_name, coalesce(p.address, '')
    FROM (SELECT 1) LEFT JOIN items i ON i.id = new.item_id LEFT JOIN applicants p ON p.id = new.applicant_id;
END;

CREATE TRIGGER applications_search_changed
AFTER UPDATE OF state, case_number, due_date, accepted_on, item_id, applicant_id, agent_name ON applications
BEGIN
    UPDATE case_search SET
        open = new.state IN ('accepted', 'in_review'),
        case_number = new.case_number,
        due_date = new.due_date,
        accepted_on = new.accepted_on,
        agent_name = new.agent_name,
        item_id = new.item_id,
        section_id = coalesce((SELECT section_id FROM items WHERE id = new.item_id), ''),
        item_name = coalesce((SELECT name FROM items WHERE id = new.item_id), ''),
        applicant_name = coalesce((SELECT name FROM applicants WHERE id = new.applicant_id), ''),
        address = coalesce((SELECT address FROM applicants WHERE id = new.applicant_id), '')
    WHERE application_id = new.id;
END;

CREATE TRIGGER applications_unsearchable AFTER DELETE ON applications BEGIN
    DELETE FROM case_search WHERE application_id = old.id;
END;

CREATE TRIGGER applicants_search_changed AFTER UPDATE OF name, address ON applicants
WHEN old.name IS NOT new.name OR old.address IS NOT new.address
BEGIN
    UPDATE case_search SET applicant_name = new.name, address = new.address
    WHERE application_id IN (SELECT id FROM applications WHERE applicant_id = new.id);
END;

CREATE TRIGGER items_search_changed AFTER UPDATE OF name, section_id ON items
WHEN old.name IS NOT new.name OR old.section_id IS NOT new.section_id
BEGIN
    UPDATE case_search SET item_name = new.name, section_id = new.section_id WHERE item_id = new.id;
END;

-- The cases already in the file.
INSERT INTO case_search (application_id, section_id, item_id, open, case_number, due_date, accepted_on, item_name,
                         applicant_name, agent_name, address)
SELECT a.id, coalesce(i.section_id, ''), a.item_id, a.state IN ('accepted', 'in_review'), a.case_number, a.due_date,
       a.accepted_on, coalesce(i.name, ''), coalesce(p.name, ''), a.agent_name, coalesce(p.address, '')
FROM applications a LEFT JOIN items i ON i.id = a.item_id LEFT JOIN applicants p ON p.id = a.applicant_id
ORDER BY a.case_number;
