-- The print centre prints the sealed notices (受理、不予受理、补正、决定、延期 …) as it prints licences, and
-- keeps the same account of each physical print: printer, person, copies and whether the job succeeded.
-- A notice's document number is given when it is issued and never changes; the print number counts the
-- prints of one notice without gaps, failed ones included. application_id rides along so that a print is
-- owned and shared like the notice it belongs to.
CREATE TABLE notice_prints (
    id             TEXT PRIMARY KEY,
    notice_id      TEXT NOT NULL REFERENCES notices (id),
    application_id TEXT NOT NULL REFERENCES applications (id),
    print_number   INTEGER NOT NULL CHECK (print_number > 0),
    printer        TEXT NOT NULL,
    copies         INTEGER NOT NULL CHECK (copies > 0),
    window_id      TEXT NOT NULL DEFAULT '',
    succeeded      INTEGER NOT NULL CHECK (succeeded IN (0, 1)),
    printed_by     TEXT NOT NULL REFERENCES users (id),
    printed_at     TEXT NOT NULL,
    version        INTEGER NOT NULL,
    UNIQUE (notice_id, print_number)
);
CREATE INDEX notice_prints_notice ON notice_prints (notice_id);
