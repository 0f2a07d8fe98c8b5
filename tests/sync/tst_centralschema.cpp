// The central store's tables, written once for both dialects, must come out as they always were:
// SQLite keeps each CREATE text in sqlite_master (central files made by earlier builds hold it), and
// PostgreSQL's catalogue must show the same columns, types, keys and guards as before. The expected
// texts below were read from stores made by the build before the tables were written once.
#include "db/database.h"
#include "postgrescluster.h"
#include "server/postgrescentralstore.h"
#include "server/sqlitecentralstore.h"

#include <QSqlError>
#include <QSqlRecord>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace OneSeal;

namespace {

/// sqlite_master's type|name|sql of the central_* tables and triggers, in the order they were made.
const QStringList kSqliteSchema = {
    QStringLiteral("table|central_log|CREATE TABLE central_log (\n"
                   "    server_seq  INTEGER PRIMARY KEY,\n"
                   "    event_id    TEXT NOT NULL UNIQUE,\n"
                   "    device_id   TEXT NOT NULL,\n"
                   "    device_seq  INTEGER NOT NULL,\n"
                   "    site_id     TEXT NOT NULL,\n"
                   "    event_hash  TEXT NOT NULL,\n"
                   "    outcome     TEXT NOT NULL CHECK (outcome IN ('accepted', 'rejected')),\n"
                   "    reason_code TEXT NOT NULL DEFAULT '',\n"
                   "    reason      TEXT NOT NULL DEFAULT '',\n"
                   "    audience    TEXT NOT NULL,\n"
                   "    event       TEXT NOT NULL,\n"
                   "    entry_hash  TEXT NOT NULL,\n"
                   "    received_at TEXT NOT NULL,\n"
                   "    UNIQUE (device_id, device_seq)\n"
                   ")"),
    QStringLiteral("trigger|central_log_no_update|CREATE TRIGGER central_log_no_update BEFORE UPDATE ON central_log\n"
                   "BEGIN\n"
                   "    SELECT RAISE(ABORT, 'the central log is append-only');\n"
                   "END"),
    QStringLiteral("trigger|central_log_no_delete|CREATE TRIGGER central_log_no_delete BEFORE DELETE ON central_log\n"
                   "BEGIN\n"
                   "    SELECT RAISE(ABORT, 'the central log is append-only');\n"
                   "END"),
    QStringLiteral("table|central_devices|CREATE TABLE central_devices (\n"
                   "    id          TEXT PRIMARY KEY,\n"
                   "    site_id     TEXT NOT NULL,\n"
                   "    token_hash  TEXT UNIQUE,\n"
                   "    last_seq    INTEGER NOT NULL DEFAULT 0,\n"
                   "    last_hash   TEXT NOT NULL,\n"
                   "    enrolled_at TEXT NOT NULL DEFAULT ''\n"
                   ")"),
    QStringLiteral("table|central_enrol_codes|CREATE TABLE central_enrol_codes (\n"
                   "    code_hash  TEXT PRIMARY KEY,\n"
                   "    site_id    TEXT NOT NULL,\n"
                   "    created_at TEXT NOT NULL,\n"
                   "    expires_at TEXT NOT NULL,\n"
                   "    used_at    TEXT NOT NULL DEFAULT '',\n"
                   "    used_by    TEXT NOT NULL DEFAULT ''\n"
                   ")"),
    QStringLiteral("table|central_identity|CREATE TABLE central_identity (\n"
                   "    id         INTEGER PRIMARY KEY CHECK (id = 1),\n"
                   "    public_key TEXT NOT NULL,\n"
                   "    secret_key TEXT NOT NULL\n"
                   ")"),
};

/// PostgreSQL's catalogue of the central_* tables: table|column|type|nullable|default.
const QStringList kPostgresColumns = {
    QStringLiteral("central_devices|id|text|NO|"),
    QStringLiteral("central_devices|site_id|text|NO|"),
    QStringLiteral("central_devices|token_hash|text|YES|"),
    QStringLiteral("central_devices|last_seq|bigint|NO|0"),
    QStringLiteral("central_devices|last_hash|text|NO|"),
    QStringLiteral("central_devices|enrolled_at|text|NO|''::text"),
    QStringLiteral("central_enrol_codes|code_hash|text|NO|"),
    QStringLiteral("central_enrol_codes|site_id|text|NO|"),
    QStringLiteral("central_enrol_codes|created_at|text|NO|"),
    QStringLiteral("central_enrol_codes|expires_at|text|NO|"),
    QStringLiteral("central_enrol_codes|used_at|text|NO|''::text"),
    QStringLiteral("central_enrol_codes|used_by|text|NO|''::text"),
    QStringLiteral("central_identity|id|integer|NO|"),
    QStringLiteral("central_identity|public_key|text|NO|"),
    QStringLiteral("central_identity|secret_key|text|NO|"),
    QStringLiteral("central_log|server_seq|bigint|NO|"),
    QStringLiteral("central_log|event_id|text|NO|"),
    QStringLiteral("central_log|device_id|text|NO|"),
    QStringLiteral("central_log|device_seq|bigint|NO|"),
    QStringLiteral("central_log|site_id|text|NO|"),
    QStringLiteral("central_log|event_hash|text|NO|"),
    QStringLiteral("central_log|outcome|text|NO|"),
    QStringLiteral("central_log|reason_code|text|NO|''::text"),
    QStringLiteral("central_log|reason|text|NO|''::text"),
    QStringLiteral("central_log|audience|text|NO|"),
    QStringLiteral("central_log|event|text|NO|"),
    QStringLiteral("central_log|entry_hash|text|NO|"),
    QStringLiteral("central_log|received_at|text|NO|"),
};

/// table|constraint|definition, sorted.
const QStringList kPostgresConstraints = {
    QStringLiteral("central_devices|central_devices_pkey|PRIMARY KEY (id)"),
    QStringLiteral("central_devices|central_devices_token_hash_key|UNIQUE (token_hash)"),
    QStringLiteral("central_enrol_codes|central_enrol_codes_pkey|PRIMARY KEY (code_hash)"),
    QStringLiteral("central_identity|central_identity_id_check|CHECK ((id = 1))"),
    QStringLiteral("central_identity|central_identity_pkey|PRIMARY KEY (id)"),
    QStringLiteral("central_log|central_log_device_id_device_seq_key|UNIQUE (device_id, device_seq)"),
    QStringLiteral("central_log|central_log_event_id_key|UNIQUE (event_id)"),
    QStringLiteral(
        "central_log|central_log_outcome_check|CHECK ((outcome = ANY (ARRAY['accepted'::text, 'rejected'::text])))"),
    QStringLiteral("central_log|central_log_pkey|PRIMARY KEY (server_seq)"),
};

const QStringList kPostgresTriggers = {
    QStringLiteral("central_log_append_only|CREATE TRIGGER central_log_append_only BEFORE DELETE OR UPDATE ON "
                   "public.central_log FOR EACH ROW EXECUTE FUNCTION central_log_append_only()"),
    QStringLiteral("central_log_no_truncate|CREATE TRIGGER central_log_no_truncate BEFORE TRUNCATE ON "
                   "public.central_log FOR EACH STATEMENT EXECUTE FUNCTION central_log_append_only()"),
};

/// Every row of @p q as its columns joined with '|'.
QStringList rows(QSqlQuery& q)
{
    QStringList out;
    while (q.next()) {
        QStringList columns;
        for (int i = 0; i < q.record().count(); ++i)
            columns.append(q.value(i).toString());
        out.append(columns.join(u'|'));
    }
    return out;
}

QStringList sqliteSchema(const QString& path)
{
    auto db = Database::open(path, OpenMode::ReadOnly);
    if (!db)
        return {db.error().message};
    auto q = (*db)->query(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE tbl_name LIKE 'central%' "
                                         "AND type IN ('table', 'trigger') ORDER BY rowid"));
    return q ? rows(*q) : QStringList{q.error().message};
}

} // namespace

class TestCentralSchema final : public QObject
{
    Q_OBJECT

private slots:
    void sqliteTablesAreAsBefore();
    void postgresTablesAreAsBefore();

private:
    QStringList postgres(const QString& sql);

    QTemporaryDir m_dir;
    PostgresCluster m_postgres;
};

QStringList TestCentralSchema::postgres(const QString& sql)
{
    QSqlQuery q(QSqlDatabase::database(m_postgres.connectionName()));
    if (!q.exec(sql))
        return {q.lastError().text()};
    return rows(q);
}

void TestCentralSchema::sqliteTablesAreAsBefore()
{
    const QString path = m_dir.filePath(QStringLiteral("central.sqlite"));
    {
        auto store = SqliteCentralStore::open(path);
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
    }
    QCOMPARE(sqliteSchema(path), kSqliteSchema);

    // The file made above opens again as it is (the statements see their tables and leave them be),
    // and its log still refuses a change.
    {
        auto again = SqliteCentralStore::open(path);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QVERIFY((*again)->stats());
        auto key = (*again)->database().query(QStringLiteral("SELECT count(*) FROM central_identity"));
        QVERIFY(key && key->next());
        QCOMPARE(key->value(0).toInt(), 1);
        QVERIFY((*again)
                    ->database()
                    .query(QStringLiteral("INSERT INTO central_log VALUES (1, 'e', 'd', 1, 's', 'h', 'accepted', '', "
                                          "'', '', '{}', 'x', '2026-11-29T00:00:00Z')")));
        const auto changed =
            (*again)->database().query(QStringLiteral("UPDATE central_log SET outcome = 'rejected'"));
        QVERIFY(!changed);
        QVERIFY2(changed.error().message.contains(QStringLiteral("append-only")), qPrintable(changed.error().message));
        QVERIFY(!(*again)->database().query(QStringLiteral("DELETE FROM central_log")));
    }
    QCOMPARE(sqliteSchema(path), kSqliteSchema);
}

void TestCentralSchema::postgresTablesAreAsBefore()
{
    QString error;
    QVERIFY2(m_postgres.start(&error), qPrintable(error));
    for (int start = 0; start < 2; ++start) {
        auto store = PostgresCentralStore::open(m_postgres.url(), m_dir.filePath(QStringLiteral("state")));
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        QCOMPARE(postgres(QStringLiteral(
                     "SELECT table_name, column_name, data_type, is_nullable, coalesce(column_default, '') FROM "
                     "information_schema.columns WHERE table_schema = 'public' AND table_name LIKE 'central%' "
                     "ORDER BY table_name, ordinal_position")),
                 kPostgresColumns);
        QCOMPARE(postgres(QStringLiteral("SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM "
                                         "pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2")),
                 kPostgresConstraints);
        QCOMPARE(postgres(QStringLiteral("SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal "
                                         "ORDER BY 1")),
                 kPostgresTriggers);
    }
    QVERIFY(postgres(QStringLiteral("TRUNCATE central_log")).join(u' ').contains(QStringLiteral("append-only")));
}

QTEST_GUILESS_MAIN(TestCentralSchema)
#include "tst_centralschema.moc"
