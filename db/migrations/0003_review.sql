-- Back-office review: who holds a case, which step it is in, the opinions, the suspensions that stop
-- its clock, the one extension, the decision and its corrections. The print centre lists the cases
-- with print_queued_on set.

ALTER TABLE applications ADD COLUMN holder_id TEXT NOT NULL DEFAULT '';
ALTER TABLE applications ADD COLUMN claimed_on TEXT NOT NULL DEFAULT '';
ALTER TABLE applications ADD COLUMN review_step TEXT NOT NULL DEFAULT '';
ALTER TABLE applications ADD COLUMN step_started_on TEXT NOT NULL DEFAULT '';
ALTER TABLE applications ADD COLUMN decision TEXT NOT NULL DEFAULT '';
ALTER TABLE applications ADD COLUMN decision_reasons TEXT NOT NULL DEFAULT '';
ALTER TABLE applications ADD COLUMN extension_days INTEGER NOT NULL DEFAULT 0;
ALTER TABLE applications ADD COLUMN extension_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE applications ADD COLUMN extended_by TEXT NOT NULL DEFAULT '';
ALTER TABLE applications ADD COLUMN extended_on TEXT NOT NULL DEFAULT '';
ALTER TABLE applications ADD COLUMN print_queued_on TEXT NOT NULL DEFAULT '';
CREATE INDEX applications_holder ON applications (holder_id);
CREATE INDEX applications_print_queue ON applications (print_queued_on);

CREATE TABLE review_opinions (
    id                 TEXT PRIMARY KEY,
    application_id     TEXT NOT NULL REFERENCES applications (id),
    opinion            TEXT NOT NULL,
    recommendation     TEXT NOT NULL CHECK (recommendation IN ('grant', 'refuse')),
    on_site            INTEGER NOT NULL DEFAULT 0,
    reviewer_id        TEXT NOT NULL REFERENCES users (id),
    second_reviewer_id TEXT NOT NULL DEFAULT '',
    recorded_on        TEXT NOT NULL,
    version            INTEGER NOT NULL
);
CREATE INDEX review_opinions_application ON review_opinions (application_id);

CREATE TABLE case_suspensions (
    id             TEXT PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES applications (id),
    kind           TEXT NOT NULL CHECK (kind IN ('special_procedure', 'supplement')),
    procedure      TEXT NOT NULL DEFAULT '',
    reason         TEXT NOT NULL,
    expected_days  INTEGER NOT NULL DEFAULT 0,
    started_on     TEXT NOT NULL,
    started_by     TEXT NOT NULL REFERENCES users (id),
    ended_on       TEXT NOT NULL DEFAULT '',
    ended_by       TEXT NOT NULL DEFAULT '',
    notice_id      TEXT NOT NULL DEFAULT '',
    version        INTEGER NOT NULL
);
CREATE INDEX case_suspensions_application ON case_suspensions (application_id);

CREATE TABLE decision_corrections (
    id                TEXT PRIMARY KEY,
    application_id    TEXT NOT NULL REFERENCES applications (id),
    corrected_by      TEXT NOT NULL REFERENCES users (id),
    corrected_on      TEXT NOT NULL,
    reason            TEXT NOT NULL,
    previous_decision TEXT NOT NULL,
    previous_reasons  TEXT NOT NULL,
    decision          TEXT NOT NULL,
    decision_reasons  TEXT NOT NULL,
    version           INTEGER NOT NULL
);
CREATE INDEX decision_corrections_application ON decision_corrections (application_id);
