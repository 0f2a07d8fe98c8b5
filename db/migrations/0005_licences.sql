-- The seal-issuing print module: each seal's signing keys, the licence serial register, every physical
-- print of a licence and the spoiled sheets of security paper. A licence serial runs per seal and year
-- without gaps; a seal belongs to one site and only that site issues under it, so two sites never collide.

ALTER TABLE seals ADD COLUMN key_id TEXT NOT NULL DEFAULT '';
ALTER TABLE seals ADD COLUMN key_registered_at TEXT NOT NULL DEFAULT '';

-- Every key a seal ever signed with stays here, so that licences signed before a new key still verify.
CREATE TABLE seal_keys (
    id            TEXT PRIMARY KEY,              -- the key id: hex of the first 8 bytes of SHA-256(public key)
    seal_id       TEXT NOT NULL REFERENCES seals (id),
    public_key    TEXT NOT NULL UNIQUE,          -- Ed25519, hex
    registered_at TEXT NOT NULL,
    registered_by TEXT NOT NULL REFERENCES users (id),
    version       INTEGER NOT NULL
);
CREATE INDEX seal_keys_seal ON seal_keys (seal_id);

CREATE TABLE licences (
    id                TEXT PRIMARY KEY,
    serial            TEXT NOT NULL UNIQUE,      -- <seal serial code>-YYYY-NNNNNN
    seal_id           TEXT NOT NULL REFERENCES seals (id),
    year              INTEGER NOT NULL,
    number            INTEGER NOT NULL CHECK (number > 0),
    site_id           TEXT NOT NULL REFERENCES sites (id),
    application_id    TEXT NOT NULL REFERENCES applications (id),
    template          TEXT NOT NULL,
    template_version  INTEGER NOT NULL,
    item_name         TEXT NOT NULL,
    holder_name       TEXT NOT NULL,
    holder_identifier TEXT NOT NULL,
    issued_on         TEXT NOT NULL,
    valid_until       TEXT NOT NULL DEFAULT '',
    fields            TEXT NOT NULL,             -- the licence's own fields as the template prints them
    status            TEXT NOT NULL CHECK (status IN ('issued', 'void', 'revoked')),
    status_reason     TEXT NOT NULL DEFAULT '',
    status_by         TEXT NOT NULL DEFAULT '',
    status_second     TEXT NOT NULL DEFAULT '',
    status_at         TEXT NOT NULL DEFAULT '',
    issued_by         TEXT NOT NULL REFERENCES users (id),
    version           INTEGER NOT NULL,
    UNIQUE (seal_id, year, number)
);
CREATE INDEX licences_application ON licences (application_id);

-- One row per physical print: the print number is what the QR code carries, so an older sheet of a
-- reprinted licence reads "superseded".
CREATE TABLE licence_prints (
    id            TEXT PRIMARY KEY,
    licence_id    TEXT NOT NULL REFERENCES licences (id),
    print_number  INTEGER NOT NULL CHECK (print_number > 0),
    kind          TEXT NOT NULL CHECK (kind IN ('print', 'reprint')),
    printer       TEXT NOT NULL,
    copies        INTEGER NOT NULL CHECK (copies > 0),
    stock_number  TEXT NOT NULL DEFAULT '',
    window_id     TEXT NOT NULL DEFAULT '',
    succeeded     INTEGER NOT NULL CHECK (succeeded IN (0, 1)),
    printed_by    TEXT NOT NULL REFERENCES users (id),
    second_person TEXT NOT NULL DEFAULT '',
    reason        TEXT NOT NULL DEFAULT '',
    printed_at    TEXT NOT NULL,
    record_hash   TEXT NOT NULL,
    code          TEXT NOT NULL,
    version       INTEGER NOT NULL,
    UNIQUE (licence_id, print_number)
);
CREATE UNIQUE INDEX licence_prints_stock ON licence_prints (stock_number) WHERE stock_number <> '';

CREATE TABLE spoiled_sheets (
    id           TEXT PRIMARY KEY,
    stock_number TEXT NOT NULL UNIQUE,
    site_id      TEXT NOT NULL REFERENCES sites (id),
    window_id    TEXT NOT NULL DEFAULT '',
    licence_id   TEXT REFERENCES licences (id),
    reason       TEXT NOT NULL,
    recorded_by  TEXT NOT NULL REFERENCES users (id),
    recorded_at  TEXT NOT NULL,
    version      INTEGER NOT NULL
);
