-- Front-desk intake: what the counter records about an application before and at acceptance, the
-- sealed notices with their document numbers, and the lookups of the dishonesty list.

ALTER TABLE sites ADD COLUMN agency_name TEXT NOT NULL DEFAULT '';
ALTER TABLE sites ADD COLUMN document_prefix TEXT NOT NULL DEFAULT '';

ALTER TABLE applications ADD COLUMN agent_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE applications ADD COLUMN materials TEXT NOT NULL DEFAULT '[]';
ALTER TABLE applications ADD COLUMN clock_start_on TEXT NOT NULL DEFAULT '';
ALTER TABLE applications ADD COLUMN statutory_due_date TEXT NOT NULL DEFAULT '';
ALTER TABLE applications ADD COLUMN supplement_deadline TEXT NOT NULL DEFAULT '';
ALTER TABLE applications ADD COLUMN rejection_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE applications ADD COLUMN dishonesty_note TEXT NOT NULL DEFAULT '';

CREATE TABLE notices (
    id              TEXT PRIMARY KEY,
    application_id  TEXT NOT NULL REFERENCES applications (id),
    kind            TEXT NOT NULL,
    request_id      TEXT UNIQUE,
    site_id         TEXT NOT NULL REFERENCES sites (id),
    year            INTEGER NOT NULL,
    number          INTEGER NOT NULL CHECK (number > 0),
    document_number TEXT NOT NULL UNIQUE,
    issued_on       TEXT NOT NULL,
    issued_by       TEXT NOT NULL REFERENCES users (id),
    fields          TEXT NOT NULL,
    version         INTEGER NOT NULL,
    UNIQUE (site_id, kind, year, number)
);
CREATE INDEX notices_application ON notices (application_id);

CREATE TABLE dishonesty_lookups (
    id          TEXT PRIMARY KEY,
    identifier  TEXT NOT NULL,
    hits        INTEGER NOT NULL,
    looked_up_by TEXT NOT NULL REFERENCES users (id),
    looked_up_at TEXT NOT NULL,
    version     INTEGER NOT NULL
);
