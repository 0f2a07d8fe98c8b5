#include "db/journal.h"
#include "services/services.h"
#include "services/setup.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace OneSeal;

namespace {

const QString kSeedCatalogue = QStringLiteral(ONESEAL_SOURCE_DIR "/resources/seed/catalogue.json");
const QString kSeedOrganisation = QStringLiteral(ONESEAL_SOURCE_DIR "/resources/seed/demo-organisation.json");

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString describe(const QList<CatalogueProblem>& problems)
{
    QStringList lines;
    for (const CatalogueProblem& p : problems)
        lines.append(p.describe());
    return lines.join(u'\n');
}

/// A CSV cell quoted by the book (RFC 4180), written here rather than by the code under test.
QString quoted(const QString& cell)
{
    QString text = cell;
    text.replace(u'"', QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

/// The cells of one CSV record, read by a reader of the test's own.
QStringList splitRecord(const QString& record)
{
    QStringList cells{QString()};
    bool inQuotes = false;
    for (qsizetype i = 0; i < record.size(); ++i) {
        const QChar c = record.at(i);
        if (inQuotes && c == u'"' && i + 1 < record.size() && record.at(i + 1) == u'"') {
            cells.last().append(u'"');
            ++i;
        } else if (c == u'"') {
            inQuotes = !inQuotes;
        } else if (c == u',' && !inQuotes) {
            cells.append(QString());
        } else {
            cells.last().append(c);
        }
    }
    return cells;
}

/// The physical line (1-based) on which the record holding @p needle starts.
int lineOf(const QByteArray& csv, const QString& needle)
{
    const QString text = QString::fromUtf8(csv);
    const qsizetype at = text.indexOf(needle);
    if (at < 0)
        return -1;
    const qsizetype recordStart = text.lastIndexOf(u'\n', at);
    return int(text.left(recordStart + 1).count(u'\n')) + 1;
}

} // namespace

class TestCatalogue final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void shippedCatalogueImportsIntoANewDatabase();
    void jsonRoundTripIsUnchanged();
    void csvRoundTripIsUnchanged();
    void csvCarriesTheCatalogueToAnotherDatabase();
    void badCsvRowImportsNothing_data();
    void badCsvRowImportsNothing();
    void everyBadRowIsReportedAtOnce();
    void quotedCellsKeepCommasQuotesAndNewlines();
    void csvWithoutBomAndWithLfParses();
    void jsonSyntaxErrorNamesTheLine();
    void jsonItemProblemsNameTheItem();

private:
    std::unique_ptr<Services> openOrganisationOnly(const QString& path);
    qint64 events(Services& services);
    QList<CatalogueItem> seedItems();

    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Services> m_services;
};

void TestCatalogue::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("oneseal.*.info=false"));
    m_clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 3, 16), QTime(1, 30), Qt::UTC));
    QVERIFY(QFile::exists(kSeedCatalogue));
}

/// A database with the sections and departments of the demo organisation and nothing else: what a
/// bureau has after entering its organisation and before importing its catalogue.
std::unique_ptr<Services> TestCatalogue::openOrganisationOnly(const QString& path)
{
    auto opened = Services::open(path, OpenMode::ReadWrite, m_clock);
    if (!opened)
        return {};
    const QJsonObject organisation = QJsonDocument::fromJson(readFile(kSeedOrganisation)).object();
    for (const QString& kind : {QStringLiteral("section"), QStringLiteral("department")}) {
        for (const QJsonValue& record : organisation.value(kind + u's').toArray()) {
            const auto saved = (*opened)->referenceData().save(Session::system(), kind, QString(), record.toObject());
            if (!saved) {
                qWarning("%s", qPrintable(saved.error().message));
                return {};
            }
        }
    }
    return std::move(opened).value();
}

void TestCatalogue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_services = openOrganisationOnly(m_dir->filePath(QStringLiteral("catalogue.oneseal")));
    QVERIFY(m_services);
}

void TestCatalogue::cleanup()
{
    m_services.reset();
    m_dir.reset();
}

qint64 TestCatalogue::events(Services& services)
{
    return Journal::count(services.database()).value();
}

QList<CatalogueItem> TestCatalogue::seedItems()
{
    return CatalogueCodec::readJson(readFile(kSeedCatalogue)).items;
}

void TestCatalogue::shippedCatalogueImportsIntoANewDatabase()
{
    const int shipped =
        int(QJsonDocument::fromJson(readFile(kSeedCatalogue)).object().value(u"items").toArray().size());
    QVERIFY(shipped >= 30);
    const qint64 before = events(*m_services);
    const CatalogueImportReport report = m_services->catalogue().importFile(Session::system(), kSeedCatalogue);
    QVERIFY2(report.ok(), qPrintable(describe(report.problems)));
    QCOMPARE(report.created, shipped);
    QCOMPARE(report.updated, 0);
    QCOMPARE(report.unchanged, 0);
    QCOMPARE(events(*m_services), before + shipped);

    // What is stored is what the file says, field by field.
    QList<CatalogueItem> expected = seedItems();
    QList<CatalogueItem> stored;
    const QList<StoredItem> storedItems = m_services->catalogue().items().value();
    for (const StoredItem& s : storedItems)
        stored.append(s.item);
    auto byCode = [](const CatalogueItem& a, const CatalogueItem& b) {
        return a.implementationCode < b.implementationCode;
    };
    std::sort(expected.begin(), expected.end(), byCode);
    std::sort(stored.begin(), stored.end(), byCode);
    QCOMPARE(stored.size(), expected.size());
    for (qsizetype i = 0; i < stored.size(); ++i)
        QVERIFY2(stored.at(i) == expected.at(i), qPrintable(expected.at(i).implementationCode));

    // The same file again changes nothing and writes nothing.
    const CatalogueImportReport again = m_services->catalogue().importFile(Session::system(), kSeedCatalogue);
    QVERIFY(again.ok());
    QCOMPARE(again.unchanged, shipped);
    QCOMPARE(again.created + again.updated, 0);
    QCOMPARE(events(*m_services), before + shipped);
}

void TestCatalogue::jsonRoundTripIsUnchanged()
{
    QVERIFY(m_services->catalogue().importFile(Session::system(), kSeedCatalogue).ok());
    const qint64 before = events(*m_services);
    const QString path = m_dir->filePath(QStringLiteral("items.json"));
    QVERIFY(m_services->catalogue().exportFile(path).ok());
    const CatalogueImportReport report = m_services->catalogue().importFile(Session::system(), path);
    QVERIFY2(report.ok(), qPrintable(describe(report.problems)));
    QCOMPARE(report.unchanged, int(seedItems().size()));
    QCOMPARE(report.created + report.updated, 0);
    QCOMPARE(events(*m_services), before);
    // Exporting again gives the same bytes: a diff of two exports shows only real changes.
    QCOMPARE(m_services->catalogue().exportData(CatalogueService::Format::Json).value(), readFile(path));
}

void TestCatalogue::csvRoundTripIsUnchanged()
{
    QVERIFY(m_services->catalogue().importFile(Session::system(), kSeedCatalogue).ok());
    const qint64 before = events(*m_services);
    const QString path = m_dir->filePath(QStringLiteral("items.csv"));
    QVERIFY(m_services->catalogue().exportFile(path).ok());
    const QByteArray csv = readFile(path);
    // Excel opens UTF-8 only with the byte order mark.
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.mid(3).startsWith("national_code,implementation_code,name,"));

    const CatalogueImportReport report = m_services->catalogue().importFile(Session::system(), path);
    QVERIFY2(report.ok(), qPrintable(describe(report.problems)));
    QCOMPARE(report.unchanged, int(seedItems().size()));
    QCOMPARE(report.created + report.updated, 0);
    QCOMPARE(events(*m_services), before);

    const QByteArray json = m_services->catalogue().exportData(CatalogueService::Format::Json).value();
    QCOMPARE(CatalogueCodec::readCsv(csv).items, CatalogueCodec::readJson(json).items);
}

void TestCatalogue::csvCarriesTheCatalogueToAnotherDatabase()
{
    QVERIFY(m_services->catalogue().importFile(Session::system(), kSeedCatalogue).ok());
    const QByteArray csv = m_services->catalogue().exportData(CatalogueService::Format::Csv).value();

    QTemporaryDir otherDir;
    auto other = openOrganisationOnly(otherDir.filePath(QStringLiteral("other.oneseal")));
    QVERIFY(other);
    const CatalogueImportReport report =
        other->catalogue().importData(Session::system(), csv, CatalogueService::Format::Csv);
    QVERIFY2(report.ok(), qPrintable(describe(report.problems)));
    QCOMPARE(report.created, int(seedItems().size()));
    QCOMPARE(other->catalogue().exportData(CatalogueService::Format::Json).value(),
             m_services->catalogue().exportData(CatalogueService::Format::Json).value());
}

void TestCatalogue::badCsvRowImportsNothing_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("days in words") << QStringLiteral("statutory_days") << QStringLiteral("二十")
                                   << QStringLiteral("statutory_days");
    QTest::newRow("unknown section") << QStringLiteral("section") << QStringLiteral("NOSUCH")
                                     << QStringLiteral("section");
    QTest::newRow("unknown department") << QStringLiteral("department") << QStringLiteral("NOSUCH")
                                        << QStringLiteral("department");
    QTest::newRow("duplicate implementation code")
        << QStringLiteral("implementation_code") << QStringLiteral("@first") << QStringLiteral("implementation_code");
    QTest::newRow("promised beyond statutory")
        << QStringLiteral("promised_days") << QStringLiteral("366") << QStringLiteral("promised_days");
    QTest::newRow("special procedure outside Art. 45")
        << QStringLiteral("special_procedures") << QStringLiteral("公示|5|公示期")
        << QStringLiteral("special_procedures");
    QTest::newRow("window kind") << QStringLiteral("window_kind") << QStringLiteral("counter")
                                 << QStringLiteral("window_kind");
    QTest::newRow("item type") << QStringLiteral("item_type") << QStringLiteral("13") << QStringLiteral("item_type");
    QTest::newRow("material without counts")
        << QStringLiteral("materials") << QStringLiteral("申请书|必要") << QStringLiteral("materials");
}

void TestCatalogue::badCsvRowImportsNothing()
{
    QFETCH(QString, column);
    QFETCH(QString, value);
    QFETCH(QString, field);

    // Start from the shipped catalogue; the file renames every item, so importing anything would show.
    QVERIFY(m_services->catalogue().importFile(Session::system(), kSeedCatalogue).ok());
    const QByteArray exportedBefore = m_services->catalogue().exportData(CatalogueService::Format::Json).value();
    const qint64 before = events(*m_services);

    QList<CatalogueItem> items = seedItems().mid(0, 6);
    for (CatalogueItem& item : items)
        item.name += QStringLiteral("（修订）");
    // The bad row comes after rows whose material cells span several lines, so its line is not its index + 2.
    const int bad = 4;
    QString text = QString::fromUtf8(CatalogueCodec::writeCsv(items).mid(3));
    const int badLine = lineOf(text.toUtf8(), items.at(bad).implementationCode);
    QVERIFY(badLine > bad + 2);

    // Rewrite the bad record with one cell replaced and every cell quoted, as Excel may save it.
    const QString original = QString::fromUtf8(CatalogueCodec::writeCsv({items.at(bad)}).mid(3))
                                 .section(QStringLiteral("\r\n"), 1)
                                 .chopped(2);
    QVERIFY(text.contains(original));
    const QStringList header = CatalogueCodec::columns();
    QStringList cells = splitRecord(original);
    QCOMPARE(cells.size(), header.size());
    cells[header.indexOf(column)] = value == u"@first" ? items.first().implementationCode : value;
    QStringList quotedCells;
    for (const QString& cell : cells)
        quotedCells.append(quoted(cell));
    text.replace(original, quotedCells.join(u','));
    const QByteArray csv = QByteArray("\xEF\xBB\xBF") + text.toUtf8();

    const CatalogueImportReport report =
        m_services->catalogue().importData(Session::system(), csv, CatalogueService::Format::Csv);
    QVERIFY(!report.ok());
    QCOMPARE(report.created + report.updated + report.unchanged, 0);
    // Row as the spreadsheet shows it (header is row 1), line as a text editor does; the field, and
    // nothing else: a bad number is not reported a second time as out of range.
    for (const CatalogueProblem& problem : report.problems) {
        QVERIFY2(problem.line == badLine && problem.row == bad + 2 && problem.field == field,
                 qPrintable(QStringLiteral("expected row %1, line %2, field %3 only:\n%4")
                                .arg(bad + 2)
                                .arg(badLine)
                                .arg(field, describe(report.problems))));
        QVERIFY(!problem.message.isEmpty());
    }
    QCOMPARE(events(*m_services), before);
    QCOMPARE(m_services->catalogue().exportData(CatalogueService::Format::Json).value(), exportedBefore);
}

void TestCatalogue::everyBadRowIsReportedAtOnce()
{
    // An administrator fixing a spreadsheet wants the whole list of problems, not one per attempt.
    QList<CatalogueItem> items = seedItems().mid(0, 5);
    items[1].section = QStringLiteral("NOSUCH");
    items[3].promisedDays = items[3].statutoryDays + 1;
    const QByteArray csv = CatalogueCodec::writeCsv(items);
    const qint64 before = events(*m_services);
    const CatalogueImportReport report =
        m_services->catalogue().importData(Session::system(), csv, CatalogueService::Format::Csv);
    QVERIFY(!report.ok());
    QCOMPARE(events(*m_services), before);
    bool section = false;
    bool promised = false;
    for (const CatalogueProblem& problem : report.problems) {
        section = section || (problem.field == u"section" && problem.row == 3 &&
                              problem.line == lineOf(csv.mid(3), items.at(1).implementationCode));
        promised = promised || (problem.field == u"promised_days" && problem.row == 5 &&
                                problem.line == lineOf(csv.mid(3), items.at(3).implementationCode));
    }
    QVERIFY2(promised, qPrintable(describe(report.problems)));
    QVERIFY2(section, qPrintable(describe(report.problems)));
}

void TestCatalogue::quotedCellsKeepCommasQuotesAndNewlines()
{
    QList<CatalogueItem> items = seedItems().mid(0, 2);
    const QString conditions = QStringLiteral("有\"固定\"经营场所, 面积不少于 20 平方米，并有健康证明");
    items[0].conditions = conditions;
    items[0].legalBasis = {{QStringLiteral("《食品安全法》"), QStringLiteral("第三十五条"),
                            QStringLiteral("从事食品生产、食品销售, 应当依法取得\"许可\"")},
                           {QStringLiteral("《行政许可法》"), QStringLiteral("第十二条"), QStringLiteral("a, b")}};
    items[1].reviewStandard = QStringLiteral("书面审查, 必要时\"现场核查\"");

    // Cells are quoted by the book: commas, doubled quotes and line breaks inside one pair of quotes.
    const QByteArray csv = CatalogueCodec::writeCsv(items);
    QVERIFY(QString::fromUtf8(csv).contains(quoted(conditions)));
    QVERIFY(QString::fromUtf8(csv).contains(
        quoted(QStringLiteral("《食品安全法》|第三十五条|从事食品生产、食品销售, 应当依法取得\"许可\"\n"
                              "《行政许可法》|第十二条|a, b"))));
    const CatalogueReadResult read = CatalogueCodec::readCsv(csv);
    QVERIFY2(read.ok(), qPrintable(describe(read.problems)));
    QCOMPARE(read.items.size(), 2);
    QCOMPARE(read.items.at(0), items.at(0));
    QCOMPARE(read.items.at(1), items.at(1));

    const CatalogueImportReport report =
        m_services->catalogue().importData(Session::system(), csv, CatalogueService::Format::Csv);
    QVERIFY2(report.ok(), qPrintable(describe(report.problems)));
    QCOMPARE(report.created, 2);
    const QList<StoredItem> storedItems = m_services->catalogue().items().value();
    QCOMPARE(storedItems.size(), 2);
    for (const StoredItem& stored : storedItems) {
        const CatalogueItem& expected =
            stored.item.implementationCode == items.at(0).implementationCode ? items.at(0) : items.at(1);
        QVERIFY(stored.item == expected);
    }
}

void TestCatalogue::csvWithoutBomAndWithLfParses()
{
    // Files saved by LibreOffice or a script: no BOM, LF line ends, only some cells quoted.
    const CatalogueItem item = seedItems().first();
    const QStringList header = CatalogueCodec::columns();
    QStringList cells;
    for (const QString& column : header) {
        if (column == u"national_code")
            cells.append(item.nationalCode);
        else if (column == u"implementation_code")
            cells.append(item.implementationCode);
        else if (column == u"name")
            cells.append(item.name);
        else if (column == u"item_type")
            cells.append(item.itemType);
        else if (column == u"agency")
            cells.append(item.agency);
        else if (column == u"legal_basis")
            cells.append(quoted(QStringLiteral("《中华人民共和国行政许可法》|第十二条|可以设定, 行政许可\n"
                                               "《市场主体登记管理条例》|第三条|")));
        else if (column == u"conditions")
            cells.append(quoted(QStringLiteral("材料齐全, 符合法定形式")));
        else if (column == u"materials")
            cells.append(QStringLiteral("申请书|1|1|0|paper|申请人自备|"));
        else if (column == u"statutory_days")
            cells.append(QStringLiteral("20"));
        else if (column == u"promised_days")
            cells.append(QStringLiteral("5"));
        else if (column == u"window_kind")
            cells.append(item.windowKind);
        else if (column == u"section")
            cells.append(item.section);
        else if (column == u"department")
            cells.append(item.department);
        else if (column == u"result_template")
            cells.append(item.resultTemplate);
        else if (column == u"result_name")
            cells.append(item.resultName);
        else if (column == u"on_the_spot")
            cells.append(QStringLiteral("否"));
        else if (column == u"level")
            cells.append(QStringLiteral("town"));
        else
            cells.append(QString());
    }
    const QByteArray csv = (header.join(u',') + u'\n' + cells.join(u',') + u'\n').toUtf8();
    const CatalogueImportReport report =
        m_services->catalogue().importData(Session::system(), csv, CatalogueService::Format::Csv);
    QVERIFY2(report.ok(), qPrintable(describe(report.problems)));
    QCOMPARE(report.created, 1);
    const CatalogueItem stored = m_services->catalogue().items().value().first().item;
    QCOMPARE(stored.legalBasis.size(), 2);
    QCOMPARE(stored.legalBasis.at(0).text, QStringLiteral("可以设定, 行政许可"));
    QCOMPARE(stored.legalBasis.at(1).text, QString());
    QCOMPARE(stored.conditions, QStringLiteral("材料齐全, 符合法定形式"));
    QCOMPARE(stored.materials.size(), 1);
    QCOMPARE(stored.materials.first().originals, 1);
    QCOMPARE(stored.promisedDays, 5);
    QCOMPARE(stored.level, QStringLiteral("town"));
    QVERIFY(!stored.onTheSpot);
    QVERIFY(stored.active);
}

void TestCatalogue::jsonSyntaxErrorNamesTheLine()
{
    QList<CatalogueItem> items = seedItems().mid(0, 3);
    QList<QByteArray> lines = CatalogueCodec::writeJson(items).split('\n');
    QVERIFY(lines.size() > 40);
    // A stray character at the start of line 40, as a hand edit leaves it.
    lines[39].prepend('@');
    const QByteArray broken = lines.join('\n');
    const qint64 before = events(*m_services);
    const CatalogueImportReport report =
        m_services->catalogue().importData(Session::system(), broken, CatalogueService::Format::Json);
    QVERIFY(!report.ok());
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems.first().line, 40);
    QVERIFY2(report.problems.first().message.contains(QStringLiteral("JSON")), qPrintable(describe(report.problems)));
    QCOMPARE(events(*m_services), before);
}

void TestCatalogue::jsonItemProblemsNameTheItem()
{
    QList<CatalogueItem> items = seedItems().mid(0, 3);
    items[2].specialProcedures = {{QStringLiteral("公示"), 5, QString()}};
    items[1].level = QStringLiteral("province");
    const qint64 before = events(*m_services);
    const CatalogueImportReport report = m_services->catalogue().importData(
        Session::system(), CatalogueCodec::writeJson(items), CatalogueService::Format::Json);
    QVERIFY(!report.ok());
    QVERIFY2(report.problems.size() == 2, qPrintable(describe(report.problems)));
    // JSON items count from 1, as the row of the item in the list.
    QCOMPARE(report.problems.at(0).row, 2);
    QCOMPARE(report.problems.at(0).field, QStringLiteral("level"));
    QCOMPARE(report.problems.at(1).row, 3);
    QCOMPARE(report.problems.at(1).field, QStringLiteral("special_procedures"));
    QVERIFY(report.problems.at(1).message.contains(QStringLiteral("听证")));
    QCOMPARE(events(*m_services), before);
}

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
