-- Sync to the central store. The device's place in the server's log, the steps the server refused
-- (shown to the user to redo), the server's signed checkpoints that this device witnessed, and the
-- gaps in other devices' chains where this site may not see every event.

CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE sync_conflicts (
    event_id     TEXT PRIMARY KEY REFERENCES journal (id),
    server_seq   INTEGER NOT NULL,
    reason_code  TEXT NOT NULL,
    reason       TEXT NOT NULL,
    noted_at     TEXT NOT NULL,
    resolved     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE sync_checkpoints (
    server_seq  INTEGER PRIMARY KEY,
    head_hash   TEXT NOT NULL,
    signed_at   TEXT NOT NULL,
    public_key  TEXT NOT NULL,
    signature   TEXT NOT NULL
);

-- A device's chain as this database holds it jumps from after_seq to next_seq: the events between
-- went to sites this one does not serve, or were refused by the server. Verification checks the
-- chain on both sides of a recorded gap and nowhere else skips a link.
CREATE TABLE journal_gaps (
    device_id TEXT NOT NULL,
    after_seq INTEGER NOT NULL,
    next_seq  INTEGER NOT NULL CHECK (next_seq > after_seq + 1),
    PRIMARY KEY (device_id, next_seq)
);
CREATE TRIGGER journal_gaps_no_update BEFORE UPDATE ON journal_gaps
BEGIN
    SELECT RAISE(ABORT, 'journal gaps are append-only');
END;
CREATE TRIGGER journal_gaps_no_delete BEFORE DELETE ON journal_gaps
BEGIN
    SELECT RAISE(ABORT, 'journal gaps are append-only');
END;
