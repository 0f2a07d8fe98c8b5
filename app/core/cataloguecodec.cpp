#include "cataloguecodec.h"

#include "textinput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace OneSeal {

const QStringList& SpecialProcedure::kinds()
{
    static const QStringList list{QStringLiteral("听证"), QStringLiteral("专家评审"), QStringLiteral("检验"),
                                  QStringLiteral("检测"), QStringLiteral("检疫"),     QStringLiteral("鉴定"),
                                  QStringLiteral("招标"), QStringLiteral("拍卖")};
    return list;
}

QString CatalogueProblem::describe() const
{
    QString where;
    if (row > 0 && line > 0 && line != row)
        where = QCoreApplication::translate("CatalogueCodec", "row %1 (line %2)").arg(row).arg(line);
    else if (row > 0)
        where = QCoreApplication::translate("CatalogueCodec", "row %1").arg(row);
    else if (line > 0)
        where = QCoreApplication::translate("CatalogueCodec", "line %1").arg(line);
    if (!field.isEmpty())
        where = where.isEmpty() ? QCoreApplication::translate("CatalogueCodec", "field %1").arg(field)
                                : QCoreApplication::translate("CatalogueCodec", "%1, field %2").arg(where, field);
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

namespace CatalogueCodec {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueCodec)
};

const QString kFormat = QStringLiteral("oneseal-catalogue");

/// A number that did not parse; reported once where it was read, and skipped by validate().
constexpr int kUnreadable = -1000000;

// ---- list cells: one entry per line, parts separated by '|' ------------------------------------

QString escapePart(QString part)
{
    part.replace(u'\\', QStringLiteral("\\\\"));
    part.replace(u'|', QStringLiteral("\\|"));
    part.replace(u'\n', u' ');
    return part;
}

QStringList splitParts(const QString& line)
{
    QStringList parts{QString()};
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\' && i + 1 < line.size()) {
            parts.last().append(line.at(++i));
        } else if (c == u'|') {
            parts.append(QString());
        } else {
            parts.last().append(c);
        }
    }
    for (QString& part : parts)
        part = part.trimmed();
    return parts;
}

QStringList cellLines(const QString& cell)
{
    QStringList lines;
    for (const QString& line : cell.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

bool parseFlag(const QString& text, bool* ok)
{
    static const QStringList yes{QStringLiteral("1"), QStringLiteral("yes"), QStringLiteral("true"),
                                 QStringLiteral("是"), QStringLiteral("必要")};
    static const QStringList no{QStringLiteral("0"),  QStringLiteral("no"),     QStringLiteral("false"),
                                QStringLiteral("否"), QStringLiteral("非必要"), QString()};
    const QString t = text.trimmed().toLower();
    *ok = yes.contains(t) || no.contains(t);
    return yes.contains(t);
}

// ---- JSON ----------------------------------------------------------------------------------------

QJsonObject toJson(const CatalogueItem& item)
{
    QJsonArray basis;
    for (const LegalBasis& b : item.legalBasis)
        basis.append(QJsonObject{
            {QStringLiteral("law"), b.law}, {QStringLiteral("article"), b.article}, {QStringLiteral("text"), b.text}});
    QJsonArray materials;
    for (const Material& m : item.materials)
        materials.append(QJsonObject{{QStringLiteral("name"), m.name},
                                     {QStringLiteral("required"), m.required},
                                     {QStringLiteral("originals"), m.originals},
                                     {QStringLiteral("copies"), m.copies},
                                     {QStringLiteral("form"), m.form},
                                     {QStringLiteral("source"), m.source},
                                     {QStringLiteral("notes"), m.notes}});
    QJsonArray procedures;
    for (const SpecialProcedure& p : item.specialProcedures)
        procedures.append(QJsonObject{{QStringLiteral("kind"), p.kind},
                                      {QStringLiteral("expected_days"), p.expectedDays},
                                      {QStringLiteral("description"), p.description}});
    QJsonArray fees;
    for (const Fee& f : item.fees)
        fees.append(QJsonObject{{QStringLiteral("name"), f.name},
                                {QStringLiteral("amount_fen"), f.amountFen},
                                {QStringLiteral("basis"), f.basis}});
    return QJsonObject{
        {QStringLiteral("national_code"), item.nationalCode},
        {QStringLiteral("implementation_code"), item.implementationCode},
        {QStringLiteral("name"), item.name},
        {QStringLiteral("pinyin_initials"), item.pinyinInitials},
        {QStringLiteral("item_type"), item.itemType},
        {QStringLiteral("agency"), item.agency},
        {QStringLiteral("legal_basis"), basis},
        {QStringLiteral("conditions"), item.conditions},
        {QStringLiteral("review_standard"), item.reviewStandard},
        {QStringLiteral("materials"), materials},
        {QStringLiteral("statutory_days"), item.statutoryDays},
        {QStringLiteral("promised_days"), item.promisedDays},
        {QStringLiteral("special_procedures"), procedures},
        {QStringLiteral("fees"), fees},
        {QStringLiteral("window_kind"), item.windowKind},
        {QStringLiteral("section"), item.section},
        {QStringLiteral("department"), item.department},
        {QStringLiteral("result_template"), item.resultTemplate},
        {QStringLiteral("result_name"), item.resultName},
        {QStringLiteral("on_the_spot"), item.onTheSpot},
        {QStringLiteral("level"), item.level},
        {QStringLiteral("active"), item.active},
    };
}

/// Reads a whole number from a JSON value, recording a problem when it is none.
int intField(const QJsonObject& o, const QString& key, const CataloguePosition& at, const QString& field,
             QList<CatalogueProblem>& problems)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble()))) {
        problems.append({at.row, at.line, field, Text::tr("%1 must be a whole number.").arg(key)});
        return kUnreadable;
    }
    return int(v.toDouble());
}

CatalogueItem fromJson(const QJsonObject& o, const CataloguePosition& at, QList<CatalogueProblem>& problems)
{
    CatalogueItem item;
    auto str = [&o](const char* key) { return o.value(QLatin1String(key)).toString(); };
    item.nationalCode = str("national_code");
    item.implementationCode = str("implementation_code");
    item.name = str("name");
    item.pinyinInitials = str("pinyin_initials");
    item.itemType = str("item_type");
    item.agency = str("agency");
    item.conditions = str("conditions");
    item.reviewStandard = str("review_standard");
    item.windowKind = str("window_kind");
    item.section = str("section");
    item.department = str("department");
    item.resultTemplate = str("result_template");
    item.resultName = str("result_name");
    item.level = str("level");
    item.onTheSpot = o.value(u"on_the_spot").toBool();
    item.active = o.value(u"active").toBool(true);
    item.statutoryDays = intField(o, QStringLiteral("statutory_days"), at, QStringLiteral("statutory_days"), problems);
    item.promisedDays = intField(o, QStringLiteral("promised_days"), at, QStringLiteral("promised_days"), problems);
    for (const QJsonValue& v : o.value(u"legal_basis").toArray()) {
        const QJsonObject b = v.toObject();
        item.legalBasis.append(
            {b.value(u"law").toString(), b.value(u"article").toString(), b.value(u"text").toString()});
    }
    for (const QJsonValue& v : o.value(u"materials").toArray()) {
        const QJsonObject m = v.toObject();
        Material material;
        material.name = m.value(u"name").toString();
        material.required = m.value(u"required").toBool(true);
        material.originals = intField(m, QStringLiteral("originals"), at, QStringLiteral("materials"), problems);
        material.copies = intField(m, QStringLiteral("copies"), at, QStringLiteral("materials"), problems);
        material.form = m.value(u"form").toString();
        material.source = m.value(u"source").toString();
        material.notes = m.value(u"notes").toString();
        item.materials.append(material);
    }
    for (const QJsonValue& v : o.value(u"special_procedures").toArray()) {
        const QJsonObject p = v.toObject();
        item.specialProcedures.append(
            {p.value(u"kind").toString(),
             intField(p, QStringLiteral("expected_days"), at, QStringLiteral("special_procedures"), problems),
             p.value(u"description").toString()});
    }
    for (const QJsonValue& v : o.value(u"fees").toArray()) {
        const QJsonObject f = v.toObject();
        item.fees.append({f.value(u"name").toString(),
                          intField(f, QStringLiteral("amount_fen"), at, QStringLiteral("fees"), problems),
                          f.value(u"basis").toString()});
    }
    return item;
}

// ---- CSV -----------------------------------------------------------------------------------------

QString csvCell(const QString& value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

/// Splits CSV text into records; each record remembers the line it starts on.
struct CsvRecord
{
    int line = 0;
    QStringList cells;
};

bool parseCsv(const QString& text, QList<CsvRecord>& records, QString* error, int* errorLine)
{
    CsvRecord record{1, {QString()}};
    int line = 1;
    bool quoted = false;
    bool cellStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    record.cells.last().append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                if (c != u'\r')
                    record.cells.last().append(c);
            }
            continue;
        }
        if (c == u'"' && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (c == u',') {
            record.cells.append(QString());
            cellStarted = false;
        } else if (c == u'\n') {
            ++line;
            if (!(record.cells.size() == 1 && record.cells.first().isEmpty()))
                records.append(record);
            record = CsvRecord{line, {QString()}};
            cellStarted = false;
        } else if (c != u'\r') {
            record.cells.last().append(c);
            cellStarted = true;
        }
    }
    if (quoted) {
        *error = Text::tr("a quoted cell is never closed");
        *errorLine = record.line;
        return false;
    }
    if (!(record.cells.size() == 1 && record.cells.first().isEmpty()))
        records.append(record);
    return true;
}

int parseInt(const QString& text, bool* ok)
{
    static const QRegularExpression digits(QStringLiteral("^-?[0-9]{1,9}$"));
    *ok = digits.match(text.trimmed()).hasMatch();
    return *ok ? text.trimmed().toInt() : 0;
}

CatalogueItem fromCsv(const QHash<QString, QString>& row, const CataloguePosition& at,
                      QList<CatalogueProblem>& problems)
{
    CatalogueItem item;
    item.nationalCode = row.value(QStringLiteral("national_code"));
    item.implementationCode = row.value(QStringLiteral("implementation_code"));
    item.name = row.value(QStringLiteral("name"));
    item.pinyinInitials = row.value(QStringLiteral("pinyin_initials"));
    item.itemType = row.value(QStringLiteral("item_type"));
    item.agency = row.value(QStringLiteral("agency"));
    item.conditions = row.value(QStringLiteral("conditions"));
    item.reviewStandard = row.value(QStringLiteral("review_standard"));
    item.windowKind = row.value(QStringLiteral("window_kind"));
    item.section = row.value(QStringLiteral("section"));
    item.department = row.value(QStringLiteral("department"));
    item.resultTemplate = row.value(QStringLiteral("result_template"));
    item.resultName = row.value(QStringLiteral("result_name"));
    item.level = row.value(QStringLiteral("level"));

    auto number = [&](const char* key) {
        bool ok = false;
        const int value = parseInt(row.value(QLatin1String(key)), &ok);
        if (!ok)
            problems.append({at.row, at.line, QLatin1String(key),
                             Text::tr("must be a whole number, not \"%1\"").arg(row.value(QLatin1String(key)))});
        return ok ? value : kUnreadable;
    };
    auto flag = [&](const char* key, bool fallback) {
        bool ok = false;
        const QString text = row.value(QLatin1String(key));
        const bool value = text.isEmpty() ? fallback : parseFlag(text, &ok);
        if (!text.isEmpty() && !ok)
            problems.append({at.row, at.line, QLatin1String(key), Text::tr("must be 1 or 0, not \"%1\"").arg(text)});
        return value;
    };
    item.statutoryDays = number("statutory_days");
    item.promisedDays = number("promised_days");
    item.onTheSpot = flag("on_the_spot", false);
    item.active = flag("active", true);

    auto entries = [&](const char* key, int minParts, int maxParts) {
        QList<QStringList> list;
        const QStringList lines = cellLines(row.value(QLatin1String(key)));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QStringList parts = splitParts(lines.at(i));
            if (parts.size() < minParts || parts.size() > maxParts) {
                problems.append({at.row, at.line, QLatin1String(key),
                                 Text::tr("entry %1 has %2 parts separated by \"|\"; %3 to %4 are expected")
                                     .arg(i + 1)
                                     .arg(parts.size())
                                     .arg(minParts)
                                     .arg(maxParts)});
                continue;
            }
            while (parts.size() < maxParts)
                parts.append(QString());
            list.append(parts);
        }
        return list;
    };
    for (const QStringList& p : entries("legal_basis", 2, 3))
        item.legalBasis.append({p[0], p[1], p[2]});
    for (const QStringList& p : entries("materials", 4, 7)) {
        bool okRequired = false, okOriginals = false, okCopies = false;
        Material m{
            p[0], parseFlag(p[1], &okRequired), parseInt(p[2], &okOriginals), parseInt(p[3], &okCopies), p[4], p[5],
            p[6]};
        if (!okRequired || !okOriginals || !okCopies)
            problems.append({at.row, at.line, QStringLiteral("materials"),
                             Text::tr("material \"%1\" needs required (1 or 0), originals and copies as whole "
                                      "numbers: name|required|originals|copies|form|source|notes")
                                 .arg(p[0])});
        item.materials.append(m);
    }
    for (const QStringList& p : entries("special_procedures", 2, 3)) {
        bool ok = false;
        item.specialProcedures.append({p[0], parseInt(p[1], &ok), p[2]});
        if (!ok)
            problems.append(
                {at.row, at.line, QStringLiteral("special_procedures"),
                 Text::tr("\"%1\" needs its expected duration in working days: kind|days|description").arg(p[0])});
    }
    for (const QStringList& p : entries("fees", 2, 3)) {
        bool ok = false;
        item.fees.append({p[0], parseInt(p[1], &ok), p[2]});
        if (!ok)
            problems.append(
                {at.row, at.line, QStringLiteral("fees"),
                 Text::tr("fee \"%1\" needs its amount in fen as a whole number: name|fen|basis").arg(p[0])});
    }
    return item;
}

void checkDuplicates(CatalogueReadResult& result)
{
    QHash<QString, int> codes;
    QHash<QString, int> names;
    for (qsizetype i = 0; i < result.items.size(); ++i) {
        const CatalogueItem& item = result.items.at(i);
        const CataloguePosition& at = result.positions.at(i);
        if (codes.contains(item.implementationCode))
            result.problems.append({at.row, at.line, QStringLiteral("implementation_code"),
                                    Text::tr("%1 appears already in row %2")
                                        .arg(item.implementationCode)
                                        .arg(codes.value(item.implementationCode))});
        else
            codes.insert(item.implementationCode, at.row);
        if (names.contains(item.name))
            result.problems.append(
                {at.row, at.line, QStringLiteral("name"),
                 Text::tr("\"%1\" appears already in row %2").arg(item.name).arg(names.value(item.name))});
        else
            names.insert(item.name, at.row);
    }
}

} // namespace

const QStringList& columns()
{
    static const QStringList list{
        QStringLiteral("national_code"),
        QStringLiteral("implementation_code"),
        QStringLiteral("name"),
        QStringLiteral("pinyin_initials"),
        QStringLiteral("item_type"),
        QStringLiteral("agency"),
        QStringLiteral("legal_basis"),
        QStringLiteral("conditions"),
        QStringLiteral("review_standard"),
        QStringLiteral("materials"),
        QStringLiteral("statutory_days"),
        QStringLiteral("promised_days"),
        QStringLiteral("special_procedures"),
        QStringLiteral("fees"),
        QStringLiteral("window_kind"),
        QStringLiteral("section"),
        QStringLiteral("department"),
        QStringLiteral("result_template"),
        QStringLiteral("result_name"),
        QStringLiteral("on_the_spot"),
        QStringLiteral("level"),
        QStringLiteral("active"),
    };
    return list;
}

QString fieldLabel(const QString& key)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("national_code"), QT_TRANSLATE_NOOP("CatalogueCodec", "Basic code")},
        {QStringLiteral("implementation_code"), QT_TRANSLATE_NOOP("CatalogueCodec", "Implementation code")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("CatalogueCodec", "Item name")},
        {QStringLiteral("pinyin_initials"), QT_TRANSLATE_NOOP("CatalogueCodec", "Pinyin initials")},
        {QStringLiteral("item_type"), QT_TRANSLATE_NOOP("CatalogueCodec", "Item type")},
        {QStringLiteral("agency"), QT_TRANSLATE_NOOP("CatalogueCodec", "Implementing agency")},
        {QStringLiteral("legal_basis"), QT_TRANSLATE_NOOP("CatalogueCodec", "Legal basis")},
        {QStringLiteral("conditions"), QT_TRANSLATE_NOOP("CatalogueCodec", "Acceptance conditions")},
        {QStringLiteral("review_standard"), QT_TRANSLATE_NOOP("CatalogueCodec", "Review method")},
        {QStringLiteral("materials"), QT_TRANSLATE_NOOP("CatalogueCodec", "Materials")},
        {QStringLiteral("statutory_days"), QT_TRANSLATE_NOOP("CatalogueCodec", "Statutory limit")},
        {QStringLiteral("promised_days"), QT_TRANSLATE_NOOP("CatalogueCodec", "Promised limit")},
        {QStringLiteral("special_procedures"), QT_TRANSLATE_NOOP("CatalogueCodec", "Special procedures")},
        {QStringLiteral("fees"), QT_TRANSLATE_NOOP("CatalogueCodec", "Fees")},
        {QStringLiteral("window_kind"), QT_TRANSLATE_NOOP("CatalogueCodec", "Window kind")},
        {QStringLiteral("section"), QT_TRANSLATE_NOOP("CatalogueCodec", "Deciding section")},
        {QStringLiteral("department"), QT_TRANSLATE_NOOP("CatalogueCodec", "Supervising department")},
        {QStringLiteral("result_template"), QT_TRANSLATE_NOOP("CatalogueCodec", "Document template")},
        {QStringLiteral("result_name"), QT_TRANSLATE_NOOP("CatalogueCodec", "Result document")},
        {QStringLiteral("on_the_spot"), QT_TRANSLATE_NOOP("CatalogueCodec", "Decided on the spot")},
        {QStringLiteral("level"), QT_TRANSLATE_NOOP("CatalogueCodec", "Handling level")},
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("CatalogueCodec", "In use")},
    };
    const char* label = labels.value(key);
    return label ? QCoreApplication::translate("CatalogueCodec", label) : key;
}

QString itemTypeName(const QString& code)
{
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("CatalogueCodec", "Administrative licensing"),
        QT_TRANSLATE_NOOP("CatalogueCodec", "Administrative penalty"),
        QT_TRANSLATE_NOOP("CatalogueCodec", "Administrative compulsion"),
        QT_TRANSLATE_NOOP("CatalogueCodec", "Administrative levy"),
        QT_TRANSLATE_NOOP("CatalogueCodec", "Administrative payment"),
        QT_TRANSLATE_NOOP("CatalogueCodec", "Administrative inspection"),
        QT_TRANSLATE_NOOP("CatalogueCodec", "Administrative confirmation"),
        QT_TRANSLATE_NOOP("CatalogueCodec", "Administrative reward"),
        QT_TRANSLATE_NOOP("CatalogueCodec", "Administrative ruling"),
        QT_TRANSLATE_NOOP("CatalogueCodec", "Other administrative power"),
        QT_TRANSLATE_NOOP("CatalogueCodec", "Public service"),
        QT_TRANSLATE_NOOP("CatalogueCodec", "Review and referral"),
    };
    bool ok = false;
    const int index = code.toInt(&ok);
    if (!ok || code.size() != 2 || index < 1 || index > 12)
        return code;
    return QCoreApplication::translate("CatalogueCodec", names[index - 1]);
}

QList<CatalogueProblem> validate(const CatalogueItem& item, const CataloguePosition& at)
{
    QList<CatalogueProblem> problems;
    auto add = [&](const char* field, const QString& message) {
        problems.append({at.row, at.line, QLatin1String(field), message});
    };
    auto text = [&](const char* field, const QString& value, int max, bool required,
                    TextLines lines = TextLines::Single) {
        const auto checked = checkText(value, fieldLabel(QLatin1String(field)), max, required, lines);
        if (!checked)
            add(field, checked.error().message);
    };
    static const QRegularExpression codePattern(QStringLiteral("^[0-9A-Za-z-]{1,64}$"));
    static const QRegularExpression pinyinPattern(QStringLiteral("^[a-z0-9]{0,40}$"));
    if (!codePattern.match(item.implementationCode).hasMatch())
        add("implementation_code", Text::tr("must be 1-64 letters, digits or hyphens"));
    if (!codePattern.match(item.nationalCode).hasMatch())
        add("national_code", Text::tr("must be 1-64 letters, digits or hyphens"));
    text("name", item.name, 100, true);
    if (!pinyinPattern.match(item.pinyinInitials).hasMatch())
        add("pinyin_initials", Text::tr("must be lower-case letters a-z only, for example spjyxk"));
    if (itemTypeName(item.itemType) == item.itemType)
        add("item_type", Text::tr("must be a two-digit item type from 01 to 12, not \"%1\"").arg(item.itemType));
    text("agency", item.agency, 100, true);
    text("conditions", item.conditions, 2000, true, TextLines::Multiple);
    text("review_standard", item.reviewStandard, 100, false);
    text("result_template", item.resultTemplate, 60, true);
    text("result_name", item.resultName, 100, true);
    if (item.legalBasis.isEmpty())
        add("legal_basis", Text::tr("at least one legal basis is needed (行政许可法 Art. 30)"));
    for (const LegalBasis& b : item.legalBasis) {
        if (b.law.trimmed().isEmpty() || b.article.trimmed().isEmpty())
            add("legal_basis", Text::tr("each legal basis needs the law and the article"));
    }
    if (item.materials.isEmpty())
        add("materials", Text::tr("at least one material is needed"));
    static const QStringList forms{QStringLiteral("paper"), QStringLiteral("electronic"),
                                   QStringLiteral("paper_or_electronic")};
    for (const Material& m : item.materials) {
        if (m.name.trimmed().isEmpty())
            add("materials", Text::tr("every material needs a name"));
        if (m.originals != kUnreadable && m.copies != kUnreadable &&
            (m.originals < 0 || m.copies < 0 || m.originals + m.copies > 99))
            add("materials", Text::tr("material \"%1\": originals and copies must be 0-99").arg(m.name));
        if (!forms.contains(m.form))
            add("materials", Text::tr("material \"%1\": the form must be paper, electronic or "
                                      "paper_or_electronic, not \"%2\"")
                                 .arg(m.name, m.form));
    }
    const bool limitsRead = item.statutoryDays != kUnreadable && item.promisedDays != kUnreadable;
    if (limitsRead && (item.statutoryDays < 0 || item.statutoryDays > 365))
        add("statutory_days", Text::tr("must be 0-365 working days"));
    if (limitsRead && (item.promisedDays < 0 || item.promisedDays > item.statutoryDays))
        add("promised_days",
            Text::tr("must be between 0 and the statutory limit (%1 working days)").arg(item.statutoryDays));
    for (const SpecialProcedure& p : item.specialProcedures) {
        if (!SpecialProcedure::kinds().contains(p.kind))
            add("special_procedures", Text::tr("\"%1\" is no special procedure of 行政许可法 Art. 45; use one of %2")
                                          .arg(p.kind, SpecialProcedure::kinds().join(u'、')));
        if (p.expectedDays != kUnreadable && (p.expectedDays <= 0 || p.expectedDays > 365))
            add("special_procedures", Text::tr("%1: the expected duration must be 1-365 working days").arg(p.kind));
    }
    for (const Fee& f : item.fees) {
        if (f.name.trimmed().isEmpty() || f.amountFen < 0 || f.basis.trimmed().isEmpty())
            add("fees", Text::tr("every fee needs a name, an amount of at least 0 fen and its legal basis"));
    }
    static const QStringList windowKinds{QStringLiteral("commerce"), QStringLiteral("planning"),
                                         QStringLiteral("general")};
    if (!windowKinds.contains(item.windowKind))
        add("window_kind", Text::tr("must be commerce, planning or general, not \"%1\"").arg(item.windowKind));
    if (item.level != u"county" && item.level != u"town")
        add("level", Text::tr("must be county or town, not \"%1\"").arg(item.level));
    if (item.section.isEmpty())
        add("section", Text::tr("the deciding section's code is needed"));
    if (item.department.isEmpty())
        add("department", Text::tr("the supervising department's code is needed"));
    return problems;
}

CatalogueReadResult readJson(const QByteArray& bytes)
{
    CatalogueReadResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (doc.isNull()) {
        // Report the line of the syntax error, which QJsonParseError gives as an offset.
        const int line = int(bytes.left(parseError.offset).count('\n')) + 1;
        result.problems.append({0, line, QString(), Text::tr("not valid JSON: %1").arg(parseError.errorString())});
        return result;
    }
    const QJsonObject root = doc.object();
    if (root.value(u"format").toString() != kFormat || root.value(u"version").toInt() != 1 ||
        !root.value(u"items").isArray()) {
        result.problems.append({0, 1, QStringLiteral("format"),
                                Text::tr("not a OneSeal catalogue: expected {\"format\": \"%1\", \"version\": 1, "
                                         "\"items\": [...]}")
                                    .arg(kFormat)});
        return result;
    }
    const QJsonArray items = root.value(u"items").toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const CataloguePosition at{int(i) + 1, 0};
        const CatalogueItem item = fromJson(items.at(i).toObject(), at, result.problems);
        result.problems += validate(item, at);
        result.items.append(item);
        result.positions.append(at);
    }
    checkDuplicates(result);
    return result;
}

CatalogueReadResult readCsv(const QByteArray& bytes)
{
    CatalogueReadResult result;
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const QString text = QString::fromUtf8(data);
    if (text.contains(QChar::ReplacementCharacter)) {
        result.problems.append({0, 1, QString(), Text::tr("the file is not UTF-8; save it as \"CSV UTF-8\"")});
        return result;
    }
    QList<CsvRecord> records;
    QString error;
    int errorLine = 0;
    if (!parseCsv(text, records, &error, &errorLine)) {
        result.problems.append({0, errorLine, QString(), error});
        return result;
    }
    if (records.isEmpty()) {
        result.problems.append({0, 1, QString(), Text::tr("the file is empty")});
        return result;
    }
    const QStringList header = records.first().cells;
    for (const QString& column : columns()) {
        if (!header.contains(column) && column != u"active")
            result.problems.append({1, 1, column, Text::tr("the header has no column %1").arg(column)});
    }
    if (!result.ok())
        return result;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord& record = records.at(r);
        const CataloguePosition at{int(r) + 1, record.line};
        if (record.cells.size() != header.size()) {
            result.problems.append(
                {at.row, at.line, QString(),
                 Text::tr("this row has %1 cells but the header has %2").arg(record.cells.size()).arg(header.size())});
            continue;
        }
        QHash<QString, QString> row;
        for (qsizetype c = 0; c < header.size(); ++c)
            row.insert(header.at(c), record.cells.at(c).trimmed());
        const CatalogueItem item = fromCsv(row, at, result.problems);
        result.problems += validate(item, at);
        result.items.append(item);
        result.positions.append(at);
    }
    checkDuplicates(result);
    return result;
}

QByteArray writeJson(const QList<CatalogueItem>& items)
{
    QJsonArray array;
    for (const CatalogueItem& item : items)
        array.append(toJson(item));
    const QJsonObject root{
        {QStringLiteral("format"), kFormat}, {QStringLiteral("version"), 1}, {QStringLiteral("items"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray writeCsv(const QList<CatalogueItem>& items)
{
    QString out;
    out += columns().join(u',') + QStringLiteral("\r\n");
    for (const CatalogueItem& item : items) {
        const QJsonObject o = toJson(item);
        QStringList cells;
        for (const QString& column : columns()) {
            const QJsonValue v = o.value(column);
            QStringList lines;
            if (column == u"legal_basis") {
                for (const LegalBasis& b : item.legalBasis)
                    lines.append(QStringList{escapePart(b.law), escapePart(b.article), escapePart(b.text)}.join(u'|'));
            } else if (column == u"materials") {
                for (const Material& m : item.materials)
                    lines.append(QStringList{escapePart(m.name), m.required ? QStringLiteral("1") : QStringLiteral("0"),
                                             QString::number(m.originals), QString::number(m.copies),
                                             escapePart(m.form), escapePart(m.source), escapePart(m.notes)}
                                     .join(u'|'));
            } else if (column == u"special_procedures") {
                for (const SpecialProcedure& p : item.specialProcedures)
                    lines.append(
                        QStringList{escapePart(p.kind), QString::number(p.expectedDays), escapePart(p.description)}
                            .join(u'|'));
            } else if (column == u"fees") {
                for (const Fee& f : item.fees)
                    lines.append(
                        QStringList{escapePart(f.name), QString::number(f.amountFen), escapePart(f.basis)}.join(u'|'));
            } else if (v.isBool()) {
                lines.append(v.toBool() ? QStringLiteral("1") : QStringLiteral("0"));
            } else if (v.isDouble()) {
                lines.append(QString::number(qint64(v.toDouble())));
            } else {
                lines.append(v.toString());
            }
            cells.append(csvCell(lines.join(u'\n')));
        }
        out += cells.join(u',') + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace CatalogueCodec
} // namespace OneSeal
