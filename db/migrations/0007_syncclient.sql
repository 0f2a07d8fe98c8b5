-- Every site keeps the whole licence status list (licences, prints, voids, revocations), so that a town
-- centre offline for a day still refuses to hand over a licence revoked centrally and verifies any
-- scanned licence. Applications stay private to the sites concerned, so a licence row must be able to
-- name an application this database does not hold: the licences table loses its foreign key to
-- applications (the row still names it; the register of the issuing site holds it).
--
-- SQLite cannot drop a constraint, and foreign keys are on during a migration step. The rebuild
-- defers the checks: dropping the old table leaves its prints and spoiled sheets without a parent
-- for a moment, and putting the same rows back into the new table resolves them before commit.
PRAGMA defer_foreign_keys = ON;

CREATE TEMP TABLE licences_copy AS SELECT * FROM licences;

CREATE TABLE licences_new (
    id                TEXT PRIMARY KEY,
    serial            TEXT NOT NULL UNIQUE,
    seal_id           TEXT NOT NULL REFERENCES seals (id),
    year              INTEGER NOT NULL,
    number            INTEGER NOT NULL CHECK (number > 0),
    site_id           TEXT NOT NULL REFERENCES sites (id),
    application_id    TEXT NOT NULL,
    template          TEXT NOT NULL,
    template_version  INTEGER NOT NULL,
    item_name         TEXT NOT NULL,
    holder_name       TEXT NOT NULL,
    holder_identifier TEXT NOT NULL,
    issued_on         TEXT NOT NULL,
    valid_until       TEXT NOT NULL DEFAULT '',
    fields            TEXT NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('issued', 'void', 'revoked')),
    status_reason     TEXT NOT NULL DEFAULT '',
    status_by         TEXT NOT NULL DEFAULT '',
    status_second     TEXT NOT NULL DEFAULT '',
    status_at         TEXT NOT NULL DEFAULT '',
    issued_by         TEXT NOT NULL REFERENCES users (id),
    version           INTEGER NOT NULL,
    UNIQUE (seal_id, year, number)
);

DROP TABLE licences;
ALTER TABLE licences_new RENAME TO licences;
INSERT INTO licences SELECT * FROM temp.licences_copy;
DROP TABLE temp.licences_copy;
CREATE INDEX licences_application ON licences (application_id);

-- When a licence was handed over to its holder (送达) and by whom.
ALTER TABLE applications ADD COLUMN delivered_on TEXT NOT NULL DEFAULT '';
ALTER TABLE applications ADD COLUMN delivered_by TEXT NOT NULL DEFAULT '';
