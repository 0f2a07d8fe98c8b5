-- Queue tickets (叫号): a ticket per applicant who waits, a letter per window kind, numbered per site
-- per day and letter. The times let the hall add up waiting, counter and back-office time per case.

CREATE TABLE tickets (
    id               TEXT PRIMARY KEY,
    site_id          TEXT NOT NULL REFERENCES sites (id),
    day              TEXT NOT NULL,
    letter           TEXT NOT NULL,
    number           INTEGER NOT NULL CHECK (number > 0),
    ticket_number    TEXT NOT NULL,
    window_kind      TEXT NOT NULL CHECK (window_kind IN ('commerce', 'planning', 'general')),
    state            TEXT NOT NULL CHECK (state IN ('waiting', 'called', 'skipped', 'finished')),
    issued_at        TEXT NOT NULL,
    issued_by        TEXT NOT NULL REFERENCES users (id),
    queued_at        TEXT NOT NULL,
    called_at        TEXT NOT NULL DEFAULT '',
    finished_at      TEXT NOT NULL DEFAULT '',
    window_id        TEXT REFERENCES windows (id),
    called_by        TEXT REFERENCES users (id),
    recalls          INTEGER NOT NULL DEFAULT 0,
    transfers        INTEGER NOT NULL DEFAULT 0,
    waiting_seconds  INTEGER NOT NULL DEFAULT 0,
    counter_seconds  INTEGER NOT NULL DEFAULT 0,
    application_id   TEXT REFERENCES applications (id),
    version          INTEGER NOT NULL,
    UNIQUE (site_id, day, letter, number)
);
CREATE INDEX tickets_queue ON tickets (site_id, day, window_kind, state, issued_at);

ALTER TABLE applications ADD COLUMN ticket_id TEXT REFERENCES tickets (id);
