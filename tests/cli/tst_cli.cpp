#include "db/database.h"
#include "services/accountservice.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace OneSeal;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    bool finished = false;
};

QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

/// Moves the modification time far back, so that a write during the test shows.
bool setOldTime(const QString& path, const QDateTime& time)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.setFileTime(time, QFileDevice::FileModificationTime);
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void validateResidentId_data();
    void validateResidentId();
    void validateCreditCode_data();
    void validateCreditCode();
    void dueDate_data();
    void dueDate();
    void dueDateUsesTheDatabaseCalendar();

    void demoAuditVerifyPrintsOkAndTheCount();
    void journalListPrintsOneLinePerEvent();
    void readingCommandsLeaveTheFileAlone();
    void replayGivesTheSameTables();
    void tamperedDatabaseFailsVerify();
    void initCreatesAVerifiableDatabase();
    void initWithoutPasswordPrintsAStrongOne();
    void failedInitCanBeRetried();
    void catalogueCsvRoundTripIsUnchanged();
    void badCatalogueRowIsNamed();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();

private:
    Run run(const QStringList& arguments, const QString& workingDir = {});
    int demoEvents() const { return m_demoEvents; }

    QTemporaryDir m_dir;
    QString m_demo;
    int m_demoEvents = 0;
};

Run TestCli::run(const QStringList& arguments, const QString& workingDir)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Scripts run on a C locale and get English; a zh_CN desktop would get Chinese.
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workingDir.isEmpty() ? m_dir.path() : workingDir);
    process.start(QStringLiteral(ONESEAL_CTL), arguments);
    Run result;
    result.finished = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    if (!result.finished)
        qWarning("onesealctl %s did not finish normally", qPrintable(arguments.join(u' ')));
    return result;
}

void TestCli::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("oneseal.*.info=false"));
    QVERIFY(QFileInfo(QStringLiteral(ONESEAL_CTL)).isExecutable());
    m_demo = m_dir.filePath(QStringLiteral("demo.oneseal"));
    const Run demo = run({QStringLiteral("demo-db"), QStringLiteral("--db"), m_demo});
    QVERIFY2(demo.finished && demo.exitCode == 0, qPrintable(demo.err));
    static const QRegularExpression events(QStringLiteral("\\((\\d+) events\\)"));
    const auto match = events.match(demo.out);
    QVERIFY2(match.hasMatch(), qPrintable(demo.out));
    m_demoEvents = match.captured(1).toInt();
    QVERIFY(m_demoEvents > 100);
    QVERIFY(demo.out.contains(QStringLiteral("Demo#2026")));
}

void TestCli::validateResidentId_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("says");
    const QStringList valid{QStringLiteral("valid")};
    QTest::newRow("GB 11643 example") << QStringLiteral("11010519491231002X") << 0 << valid;
    QTest::newRow("born 1880") << QStringLiteral("440524188001010014") << 0 << valid;
    QTest::newRow("check character X") << QStringLiteral("34052419800101001X") << 0 << valid;
    QTest::newRow("lower-case x") << QStringLiteral("11010519491231002x") << 0 << valid;
    QTest::newRow("wrong check character")
        << QStringLiteral("110105194912310021") << 1
        << QStringList{QStringLiteral("check character is 1"), QStringLiteral("call for X")};
    QTest::newRow("17 characters") << QStringLiteral("11010519491231002") << 1
                                   << QStringList{QStringLiteral("18 characters"), QStringLiteral("has 17")};
    QTest::newRow("a letter inside") << QStringLiteral("11010A19491231002X") << 1
                                     << QStringList{QStringLiteral("character 6"), QStringLiteral("\"A\"")};
    QTest::newRow("letters only") << QStringLiteral("ABCDEFGHIJKLMNOPQR") << 1
                                  << QStringList{QStringLiteral("character 1")};
    QTest::newRow("13th month") << QStringLiteral("110105194913310028") << 1
                                << QStringList{QStringLiteral("19491331"), QStringLiteral("birth date")};
}

void TestCli::validateResidentId()
{
    QFETCH(QString, value);
    QFETCH(int, exitCode);
    QFETCH(QStringList, says);
    const Run r = run({QStringLiteral("validate"), QStringLiteral("id"), value});
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, exitCode);
    for (const QString& words : says)
        QVERIFY2(r.out.contains(words), qPrintable(r.out + r.err));
    if (exitCode == 0)
        QCOMPARE(r.out, QStringLiteral("valid\n"));
    else
        QVERIFY(r.out.startsWith(QStringLiteral("Resident ID")));
}

void TestCli::validateCreditCode_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("says");
    QTest::newRow("GB 32100 example") << QStringLiteral("91350100M000100Y43") << 0
                                      << QStringList{QStringLiteral("valid")};
    QTest::newRow("typed in lower case") << QStringLiteral("91350100m000100y43") << 0
                                         << QStringList{QStringLiteral("valid")};
    QTest::newRow("Z is not in the character set")
        << QStringLiteral("91350100M000100Y4Z") << 1
        << QStringList{QStringLiteral("character 18 \"Z\""), QStringLiteral("not allowed")};
    QTest::newRow("wrong check character")
        << QStringLiteral("91350100M000100Y44") << 1
        << QStringList{QStringLiteral("check character is 4"), QStringLiteral("call for 3")};
    QTest::newRow("letter in the area code")
        << QStringLiteral("9135A100M000100Y43") << 1 << QStringList{QStringLiteral("area code")};
    QTest::newRow("too short") << QStringLiteral("91350100M000100Y4") << 1
                               << QStringList{QStringLiteral("18 characters")};
}

void TestCli::validateCreditCode()
{
    QFETCH(QString, value);
    QFETCH(int, exitCode);
    QFETCH(QStringList, says);
    const Run r = run({QStringLiteral("validate"), QStringLiteral("uscc"), value});
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, exitCode);
    for (const QString& words : says)
        QVERIFY2(r.out.contains(words), qPrintable(r.out + r.err));
}

void TestCli::dueDate_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("due");
    QTest::newRow("Spring Festival 2025") << QStringLiteral("2025-01-24") << 5 << QStringLiteral("2025-02-07");
    QTest::newRow("May Day 2025") << QStringLiteral("2025-04-25") << 5 << QStringLiteral("2025-05-06");
    QTest::newRow("National Day 2025") << QStringLiteral("2025-09-26") << 20 << QStringLiteral("2025-10-30");
    QTest::newRow("across the year end") << QStringLiteral("2025-12-31") << 20 << QStringLiteral("2026-01-29");
    QTest::newRow("Spring Festival 2026") << QStringLiteral("2026-02-13") << 3 << QStringLiteral("2026-02-25");
    QTest::newRow("Mid-Autumn and National Day 2026")
        << QStringLiteral("2026-09-18") << 10 << QStringLiteral("2026-10-09");
    QTest::newRow("into 2027, which has no calendar") << QStringLiteral("2026-12-01") << 40 << QString();
}

void TestCli::dueDate()
{
    QFETCH(QString, start);
    QFETCH(int, days);
    QFETCH(QString, due);
    const Run r = run({QStringLiteral("due-date"), QStringLiteral("--start"), start, QStringLiteral("--days"),
                       QString::number(days)});
    QVERIFY(r.finished);
    if (due.isEmpty()) {
        // Never a guessed date: the count stops at the year no calendar covers.
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("2027")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        return;
    }
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, due + u'\n');
}

void TestCli::dueDateUsesTheDatabaseCalendar()
{
    const Run r = run({QStringLiteral("due-date"), QStringLiteral("--start"), QStringLiteral("2025-12-31"),
                       QStringLiteral("--days"), QStringLiteral("20"), QStringLiteral("--db"), m_demo});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("2026-01-29\n"));
    // A database without any calendar says so instead of counting Mondays to Fridays.
    const QString empty = m_dir.filePath(QStringLiteral("no-calendar.oneseal"));
    QVERIFY(Database::open(empty).ok());
    const Run none = run({QStringLiteral("due-date"), QStringLiteral("--start"), QStringLiteral("2025-12-31"),
                          QStringLiteral("--days"), QStringLiteral("20"), QStringLiteral("--db"), empty});
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains(QStringLiteral("2025")), qPrintable(none.err));
}

void TestCli::demoAuditVerifyPrintsOkAndTheCount()
{
    const Run r = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_demo});
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("ok %1 events\n").arg(demoEvents()));
    QCOMPARE(r.err, QString());
}

void TestCli::journalListPrintsOneLinePerEvent()
{
    const Run r = run({QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--db"), m_demo});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.endsWith(u'\n'));
    const QStringList lines = r.out.chopped(1).split(u'\n');
    QCOMPARE(lines.size(), demoEvents());
    static const QRegularExpression time(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    static const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-"));
    bool clerkAtTheHall = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringList fields = lines.at(i).split(u'\t');
        QVERIFY2(fields.size() == 6, qPrintable(lines.at(i)));
        QCOMPARE(fields.at(0), QString::number(i + 1));
        QVERIFY2(time.match(fields.at(1)).hasMatch(), qPrintable(fields.at(1)));
        // Sites by code and users by name, as people know them, never as ids.
        QVERIFY2(!uuid.match(fields.at(2)).hasMatch(), qPrintable(lines.at(i)));
        QVERIFY2(!uuid.match(fields.at(3)).hasMatch(), qPrintable(lines.at(i)));
        QVERIFY2(fields.at(4).contains(u'.'), qPrintable(fields.at(4)));
        QVERIFY2(fields.at(5).indexOf(u':') > 0, qPrintable(fields.at(5)));
        clerkAtTheHall = clerkAtTheHall ||
                         (fields.at(2) == u"PZ" && fields.at(3) == u"clerk" && fields.at(4) == u"application.recorded");
    }
    QVERIFY(clerkAtTheHall);
    QCOMPARE(lines.first().section(u'\t', 2), QStringLiteral("-\tsystem\tcalendar.year_imported\tcalendar_year:2024"));
}

void TestCli::readingCommandsLeaveTheFileAlone()
{
    const QDateTime old(QDate(2021, 6, 1), QTime(8, 0), Qt::UTC);
    QVERIFY(setOldTime(m_demo, old));
    const QByteArray before = sha256Of(m_demo);
    const QStringList files = filesIn(m_dir.path());
    QTemporaryDir exports;
    const QList<QStringList> commands{
        {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_demo},
        {QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--db"), m_demo},
        {QStringLiteral("tables-digest"), QStringLiteral("--db"), m_demo},
        {QStringLiteral("calendar"), QStringLiteral("list"), QStringLiteral("--db"), m_demo},
        {QStringLiteral("catalogue"), QStringLiteral("export"), QStringLiteral("--db"), m_demo,
         QStringLiteral("--file"), exports.filePath(QStringLiteral("items.csv"))},
        {QStringLiteral("due-date"), QStringLiteral("--start"), QStringLiteral("2026-03-02"), QStringLiteral("--days"),
         QStringLiteral("10"), QStringLiteral("--db"), m_demo},
    };
    for (const QStringList& command : commands) {
        const Run r = run(command);
        QVERIFY2(r.exitCode == 0, qPrintable(command.join(u' ') + u'\n' + r.err));
        QVERIFY2(sha256Of(m_demo) == before, qPrintable(command.join(u' ')));
        QCOMPARE(QFileInfo(m_demo).lastModified().toUTC(), old);
        // Not even -wal or -shm files next to it: the file may be an auditor's copy on a read-only share.
        QCOMPARE(filesIn(m_dir.path()), files);
    }
}

void TestCli::replayGivesTheSameTables()
{
    const QString replayed = m_dir.filePath(QStringLiteral("replayed.oneseal"));
    const Run r = run({QStringLiteral("journal"), QStringLiteral("replay"), QStringLiteral("--db"), m_demo,
                       QStringLiteral("--into"), replayed});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Replayed %1 events").arg(demoEvents())), qPrintable(r.out));

    const Run original = run({QStringLiteral("tables-digest"), QStringLiteral("--db"), m_demo});
    const Run copy = run({QStringLiteral("tables-digest"), QStringLiteral("--db"), replayed});
    QCOMPARE(original.exitCode, 0);
    QCOMPARE(copy.exitCode, 0);
    static const QRegularExpression digest(QStringLiteral("^[0-9a-f]{64}\n$"));
    QVERIFY2(digest.match(original.out).hasMatch(), qPrintable(original.out));
    QCOMPARE(copy.out, original.out);
    const Run verified = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), replayed});
    QCOMPARE(verified.out, QStringLiteral("ok %1 events\n").arg(demoEvents()));

    // A second replay into the same file is refused and leaves it as it is.
    const QByteArray before = sha256Of(replayed);
    const Run again = run({QStringLiteral("journal"), QStringLiteral("replay"), QStringLiteral("--db"), m_demo,
                           QStringLiteral("--into"), replayed});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("exists already")), qPrintable(again.err));
    QCOMPARE(sha256Of(replayed), before);
}

void TestCli::tamperedDatabaseFailsVerify()
{
    const QString tampered = m_dir.filePath(QStringLiteral("tampered.oneseal"));
    QVERIFY(QFile::copy(m_demo, tampered));
    qint64 seq = 0;
    QString id;
    {
        auto db = Database::open(tampered);
        QVERIFY(db.ok());
        auto q = (*db)->query(QStringLiteral("SELECT seq, id FROM journal WHERE type = 'application.recorded' "
                                             "AND payload LIKE '%\"state\":\"rejected\"%' ORDER BY seq LIMIT 1"));
        QVERIFY(q && q->next());
        seq = q->value(0).toLongLong();
        id = q->value(1).toString();
        q->finish();
        QVERIFY((*db)
                    ->execScript(QStringLiteral("DROP TRIGGER journal_no_update; UPDATE journal SET payload = "
                                                "replace(payload, '\"rejected\"', '\"accepted\"') WHERE seq = %1")
                                     .arg(seq))
                    .ok());
    }
    const Run r = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), tampered});
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("broken at event %1 (%2)").arg(seq).arg(id)), qPrintable(r.out));
    QVERIFY(!r.out.startsWith(QStringLiteral("ok")));

    const Run replay = run({QStringLiteral("journal"), QStringLiteral("replay"), QStringLiteral("--db"), tampered,
                            QStringLiteral("--into"), m_dir.filePath(QStringLiteral("from-tampered.oneseal"))});
    QCOMPARE(replay.exitCode, 1);
    QVERIFY2(replay.err.contains(id), qPrintable(replay.err));
}

void TestCli::initCreatesAVerifiableDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("production.oneseal"));
    const Run r = run({QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--admin"),
                       QStringLiteral("chief.admin"), QStringLiteral("--password"), QStringLiteral("First#2026")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("\"chief.admin\"")));
    // The password was given, so it is not printed.
    QVERIFY(!r.out.contains(QStringLiteral("First#2026")));

    const Run verified = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), path});
    QCOMPARE(verified.exitCode, 0);
    static const QRegularExpression ok(QStringLiteral("^ok (\\d+) events\n$"));
    const auto match = ok.match(verified.out);
    QVERIFY2(match.hasMatch(), qPrintable(verified.out));
    const Run listed = run({QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--db"), path});
    QCOMPARE(listed.out.count(u'\n'), match.captured(1).toInt());
    QVERIFY(listed.out.contains(QStringLiteral("\tuser.created\t")));
    QVERIFY(!listed.out.contains(QStringLiteral("\tsite.saved\t")));

    // init never overwrites a database.
    const QByteArray before = sha256Of(path);
    const Run again = run({QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--password"),
                           QStringLiteral("Other#2026")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("exists already")), qPrintable(again.err));
    QCOMPARE(sha256Of(path), before);
}

void TestCli::initWithoutPasswordPrintsAStrongOne()
{
    const QString path = m_dir.filePath(QStringLiteral("generated.oneseal"));
    const Run r = run({QStringLiteral("init"), QStringLiteral("--db"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    static const QRegularExpression shown(QStringLiteral("Initial password: (\\S+)"));
    const auto match = shown.match(r.out);
    QVERIFY2(match.hasMatch(), qPrintable(r.out));
    QVERIFY(AccountService::checkPasswordPolicy(match.captured(1)).ok());
    QVERIFY(match.captured(1).size() >= 12);
    QVERIFY(r.out.contains(QStringLiteral("\"admin\"")));
}

void TestCli::failedInitCanBeRetried()
{
    // A weak password is refused; the operator types a better one and runs the same command again.
    const QString path = m_dir.filePath(QStringLiteral("retry.oneseal"));
    const Run weak = run(
        {QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--password"), QStringLiteral("admin")});
    QCOMPARE(weak.exitCode, 1);
    QVERIFY2(weak.err.contains(QStringLiteral("8 characters")), qPrintable(weak.err));
    const Run strong = run({QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--password"),
                            QStringLiteral("First#2026")});
    QVERIFY2(strong.exitCode == 0, qPrintable(strong.err));
}

void TestCli::catalogueCsvRoundTripIsUnchanged()
{
    const QString db = m_dir.filePath(QStringLiteral("catalogue.oneseal"));
    QVERIFY(QFile::copy(m_demo, db));
    const QString csv = m_dir.filePath(QStringLiteral("items.csv"));
    const Run exported = run({QStringLiteral("catalogue"), QStringLiteral("export"), QStringLiteral("--db"), db,
                              QStringLiteral("--file"), csv});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    static const QRegularExpression count(QStringLiteral("Exported (\\d+) items"));
    const auto match = count.match(exported.out);
    QVERIFY2(match.hasMatch(), qPrintable(exported.out));
    const int items = match.captured(1).toInt();
    QVERIFY(items >= 30);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(3) == "\xEF\xBB\xBF");
    file.close();

    const QByteArray before = sha256Of(db);
    const Run imported = run({QStringLiteral("catalogue"), QStringLiteral("import"), QStringLiteral("--db"), db,
                              QStringLiteral("--file"), csv});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(QStringLiteral("0 new, 0 changed, %1 unchanged").arg(items)),
             qPrintable(imported.out));
    // Nothing changed, so nothing was written.
    QCOMPARE(sha256Of(db), before);
}

void TestCli::badCatalogueRowIsNamed()
{
    const QString db = m_dir.filePath(QStringLiteral("bad-import.oneseal"));
    QVERIFY(QFile::copy(m_demo, db));
    QFile seed(QStringLiteral(ONESEAL_SOURCE_DIR "/resources/seed/catalogue.json"));
    QVERIFY(seed.open(QIODevice::ReadOnly));
    const QJsonObject item =
        QJsonDocument::fromJson(seed.readAll()).object().value(u"items").toArray().first().toObject();

    // Two rows typed into a spreadsheet: the second gives the statutory limit in words.
    const QStringList header{QStringLiteral("national_code"),
                             QStringLiteral("implementation_code"),
                             QStringLiteral("name"),
                             QStringLiteral("item_type"),
                             QStringLiteral("agency"),
                             QStringLiteral("legal_basis"),
                             QStringLiteral("conditions"),
                             QStringLiteral("materials"),
                             QStringLiteral("statutory_days"),
                             QStringLiteral("promised_days"),
                             QStringLiteral("window_kind"),
                             QStringLiteral("section"),
                             QStringLiteral("department"),
                             QStringLiteral("result_template"),
                             QStringLiteral("result_name"),
                             QStringLiteral("level"),
                             QStringLiteral("pinyin_initials"),
                             QStringLiteral("review_standard"),
                             QStringLiteral("special_procedures"),
                             QStringLiteral("fees"),
                             QStringLiteral("on_the_spot")};
    auto row = [&](const QString& code, const QString& name, const QString& statutory) {
        return QStringList{item.value(u"national_code").toString(),
                           code,
                           name,
                           QStringLiteral("01"),
                           QStringLiteral("彭州市行政审批局"),
                           QStringLiteral("\"《行政许可法》|第十二条|\""),
                           QStringLiteral("材料齐全"),
                           QStringLiteral("申请书|1|1|0|paper||"),
                           statutory,
                           QStringLiteral("5"),
                           QStringLiteral("general"),
                           item.value(u"section").toString(),
                           item.value(u"department").toString(),
                           QStringLiteral("notice"),
                           QStringLiteral("批复"),
                           QStringLiteral("county"),
                           QString(),
                           QString(),
                           QString(),
                           QString(),
                           QStringLiteral("0")}
            .join(u',');
    };
    const QString text =
        header.join(u',') + QStringLiteral("\r\n") +
        row(QStringLiteral("TEST-0001"), QStringLiteral("测试事项一"), QStringLiteral("20")) + QStringLiteral("\r\n") +
        row(QStringLiteral("TEST-0002"), QStringLiteral("测试事项二"), QStringLiteral("二十")) + QStringLiteral("\r\n");
    const QString csv = m_dir.filePath(QStringLiteral("bad.csv"));
    QFile out(csv);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("\xEF\xBB\xBF" + text.toUtf8());
    out.close();

    const QByteArray before = sha256Of(db);
    const Run r = run({QStringLiteral("catalogue"), QStringLiteral("import"), QStringLiteral("--db"), db,
                       QStringLiteral("--file"), csv});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("row 3, field statutory_days")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("二十")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Nothing was imported")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("row 2")));
    QCOMPARE(sha256Of(db), before);
}

void TestCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString db = QStringLiteral("x.oneseal");
    QTest::newRow("nothing") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("validate what") << QStringList{QStringLiteral("validate")};
    QTest::newRow("validate a passport") << QStringList{QStringLiteral("validate"), QStringLiteral("passport"),
                                                        QStringLiteral("E12345678")};
    QTest::newRow("validate id without value") << QStringList{QStringLiteral("validate"), QStringLiteral("id")};
    QTest::newRow("due-date 13th month") << QStringList{QStringLiteral("due-date"), QStringLiteral("--start"),
                                                        QStringLiteral("2025-13-01"), QStringLiteral("--days"),
                                                        QStringLiteral("5")};
    QTest::newRow("due-date days in words")
        << QStringList{QStringLiteral("due-date"), QStringLiteral("--start"), QStringLiteral("2025-01-24"),
                       QStringLiteral("--days"), QStringLiteral("five")};
    QTest::newRow("due-date negative days")
        << QStringList{QStringLiteral("due-date"), QStringLiteral("--start"), QStringLiteral("2025-01-24"),
                       QStringLiteral("--days"), QStringLiteral("-3")};
    QTest::newRow("due-date without days")
        << QStringList{QStringLiteral("due-date"), QStringLiteral("--start"), QStringLiteral("2025-01-24")};
    QTest::newRow("audit without verify") << QStringList{QStringLiteral("audit"), QStringLiteral("--db"), db};
    QTest::newRow("audit verify without db") << QStringList{QStringLiteral("audit"), QStringLiteral("verify")};
    QTest::newRow("journal list without db") << QStringList{QStringLiteral("journal"), QStringLiteral("list")};
    QTest::newRow("journal replay without into")
        << QStringList{QStringLiteral("journal"), QStringLiteral("replay"), QStringLiteral("--db"), db};
    QTest::newRow("journal rewrite") << QStringList{QStringLiteral("journal"), QStringLiteral("rewrite"),
                                                    QStringLiteral("--db"), db};
    QTest::newRow("catalogue import without file")
        << QStringList{QStringLiteral("catalogue"), QStringLiteral("import"), QStringLiteral("--db"), db};
    QTest::newRow("catalogue merge") << QStringList{QStringLiteral("catalogue"), QStringLiteral("merge"),
                                                    QStringLiteral("--db"),      db,
                                                    QStringLiteral("--file"),    QStringLiteral("items.csv")};
    QTest::newRow("calendar import without file")
        << QStringList{QStringLiteral("calendar"), QStringLiteral("import"), QStringLiteral("--db"), db};
    QTest::newRow("init without db") << QStringList{QStringLiteral("init")};
    QTest::newRow("demo-db without db") << QStringList{QStringLiteral("demo-db")};
    QTest::newRow("tables-digest without db") << QStringList{QStringLiteral("tables-digest")};
}

void TestCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir workingDir;
    const Run r = run(arguments, workingDir.path());
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 2);
    // The user is told how to write it; nothing was created on the way.
    QVERIFY2(r.err.contains(QStringLiteral("usage")) || r.out.contains(QStringLiteral("onesealctl")) ||
                 r.err.contains(QStringLiteral("onesealctl")),
             qPrintable(r.out + r.err));
    QVERIFY(filesIn(workingDir.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
