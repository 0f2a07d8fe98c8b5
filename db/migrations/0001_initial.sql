-- OneSeal schema, version 1.
-- Business tables are projections of the journal: only the services' apply code writes them, and
-- replaying the journal into an empty database rebuilds them exactly. Ids are UUIDs so that rows
-- made at different sites never collide; "version" counts the events applied to a row.

CREATE TABLE local_device (
    id          TEXT PRIMARY KEY,
    created_at  TEXT NOT NULL
);

CREATE TABLE journal (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    id              TEXT NOT NULL UNIQUE,
    device_id       TEXT NOT NULL,
    device_seq      INTEGER NOT NULL CHECK (device_seq > 0),
    site_id         TEXT NOT NULL,
    user_id         TEXT NOT NULL,
    type            TEXT NOT NULL,
    subject_type    TEXT NOT NULL,
    subject_id      TEXT NOT NULL,
    subject_version INTEGER NOT NULL,
    payload         TEXT NOT NULL,
    device_time     TEXT NOT NULL,
    prev_hash       TEXT NOT NULL,
    hash            TEXT NOT NULL UNIQUE,
    UNIQUE (device_id, device_seq)
);
CREATE INDEX journal_subject ON journal (subject_type, subject_id);

CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
BEGIN
    SELECT RAISE(ABORT, 'the journal is append-only');
END;
CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
BEGIN
    SELECT RAISE(ABORT, 'the journal is append-only');
END;

CREATE TABLE sites (
    id          TEXT PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('central', 'town')),
    case_prefix TEXT NOT NULL,
    address     TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1,
    version     INTEGER NOT NULL
);

CREATE TABLE windows (
    id            TEXT PRIMARY KEY,
    site_id       TEXT NOT NULL REFERENCES sites (id),
    code          TEXT NOT NULL,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('commerce', 'planning', 'general')),
    ticket_letter TEXT NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1,
    version       INTEGER NOT NULL,
    UNIQUE (site_id, code)
);

CREATE TABLE sections (
    id      TEXT PRIMARY KEY,
    code    TEXT NOT NULL UNIQUE,
    name    TEXT NOT NULL,
    active  INTEGER NOT NULL DEFAULT 1,
    version INTEGER NOT NULL
);

CREATE TABLE departments (
    id      TEXT PRIMARY KEY,
    code    TEXT NOT NULL UNIQUE,
    name    TEXT NOT NULL,
    kind    TEXT NOT NULL CHECK (kind IN ('supervision', 'enforcement')),
    active  INTEGER NOT NULL DEFAULT 1,
    version INTEGER NOT NULL
);

CREATE TABLE users (
    id                   TEXT PRIMARY KEY,
    username             TEXT NOT NULL UNIQUE,
    display_name         TEXT NOT NULL,
    password_hash        TEXT NOT NULL,
    must_change_password INTEGER NOT NULL DEFAULT 0,
    site_id              TEXT REFERENCES sites (id),
    section_id           TEXT REFERENCES sections (id),
    department_id        TEXT REFERENCES departments (id),
    window_id            TEXT REFERENCES windows (id),
    active               INTEGER NOT NULL DEFAULT 1,
    failed_attempts      INTEGER NOT NULL DEFAULT 0,
    locked_until         TEXT NOT NULL DEFAULT '',
    last_sign_in         TEXT NOT NULL DEFAULT '',
    version              INTEGER NOT NULL
);

CREATE TABLE user_roles (
    user_id TEXT NOT NULL REFERENCES users (id),
    role    TEXT NOT NULL,
    PRIMARY KEY (user_id, role)
);

CREATE TABLE seals (
    id            TEXT PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('approval', 'service')),
    owner_site_id TEXT NOT NULL REFERENCES sites (id),
    owner_name    TEXT NOT NULL,
    ring_text     TEXT NOT NULL,
    centre_symbol TEXT NOT NULL DEFAULT 'star',
    bottom_text   TEXT NOT NULL,
    serial_code   TEXT NOT NULL,
    valid_from    TEXT NOT NULL,
    valid_to      TEXT NOT NULL DEFAULT '',
    public_key    TEXT NOT NULL DEFAULT '',
    custodians    TEXT NOT NULL DEFAULT '[]',
    active        INTEGER NOT NULL DEFAULT 1,
    version       INTEGER NOT NULL
);

CREATE TABLE calendar_years (
    year    INTEGER PRIMARY KEY,
    papers  TEXT NOT NULL,
    version INTEGER NOT NULL
);

CREATE TABLE calendar_days (
    date    TEXT PRIMARY KEY,
    year    INTEGER NOT NULL REFERENCES calendar_years (year),
    off_day INTEGER NOT NULL,
    name    TEXT NOT NULL
);

CREATE TABLE items (
    id                  TEXT PRIMARY KEY,
    national_code       TEXT NOT NULL,
    implementation_code TEXT NOT NULL UNIQUE,
    name                TEXT NOT NULL,
    pinyin_initials     TEXT NOT NULL DEFAULT '',
    item_type           TEXT NOT NULL,
    agency              TEXT NOT NULL,
    legal_basis         TEXT NOT NULL,
    conditions          TEXT NOT NULL,
    review_standard     TEXT NOT NULL DEFAULT '',
    materials           TEXT NOT NULL,
    statutory_days      INTEGER NOT NULL CHECK (statutory_days >= 0),
    promised_days       INTEGER NOT NULL CHECK (promised_days >= 0),
    special_procedures  TEXT NOT NULL,
    fees                TEXT NOT NULL,
    window_kind         TEXT NOT NULL CHECK (window_kind IN ('commerce', 'planning', 'general')),
    section_id          TEXT NOT NULL REFERENCES sections (id),
    department_id       TEXT NOT NULL REFERENCES departments (id),
    result_template     TEXT NOT NULL,
    result_name         TEXT NOT NULL,
    on_the_spot         INTEGER NOT NULL DEFAULT 0,
    level               TEXT NOT NULL CHECK (level IN ('county', 'town')),
    active              INTEGER NOT NULL DEFAULT 1,
    version             INTEGER NOT NULL
);
CREATE INDEX items_section ON items (section_id);

CREATE TABLE applicants (
    id         TEXT PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),
    identifier TEXT NOT NULL,
    name       TEXT NOT NULL,
    phone      TEXT NOT NULL DEFAULT '',
    address    TEXT NOT NULL DEFAULT '',
    version    INTEGER NOT NULL,
    UNIQUE (kind, identifier)
);

CREATE TABLE applications (
    id               TEXT PRIMARY KEY,
    case_number      TEXT NOT NULL UNIQUE,
    site_id          TEXT NOT NULL REFERENCES sites (id),
    holding_site_id  TEXT NOT NULL REFERENCES sites (id),
    item_id          TEXT NOT NULL REFERENCES items (id),
    applicant_id     TEXT NOT NULL REFERENCES applicants (id),
    agent_name       TEXT NOT NULL DEFAULT '',
    agent_identifier TEXT NOT NULL DEFAULT '',
    state            TEXT NOT NULL,
    received_on      TEXT NOT NULL,
    accepted_on      TEXT NOT NULL DEFAULT '',
    due_date         TEXT NOT NULL DEFAULT '',
    accepted_by      TEXT REFERENCES users (id),
    decided_by       TEXT REFERENCES users (id),
    decided_on       TEXT NOT NULL DEFAULT '',
    version          INTEGER NOT NULL
);
CREATE INDEX applications_state ON applications (state);

CREATE TABLE dishonesty_entries (
    id            TEXT PRIMARY KEY,
    identifier    TEXT NOT NULL,
    subject_name  TEXT NOT NULL,
    measure       TEXT NOT NULL,
    legal_basis   TEXT NOT NULL,
    department_id TEXT NOT NULL REFERENCES departments (id),
    valid_from    TEXT NOT NULL,
    valid_to      TEXT NOT NULL DEFAULT '',
    version       INTEGER NOT NULL
);
CREATE INDEX dishonesty_identifier ON dishonesty_entries (identifier);

CREATE TABLE settings (
    key     TEXT PRIMARY KEY,
    value   TEXT NOT NULL,
    version INTEGER NOT NULL
);
