#include "casesearch.h"

#include "db/database.h"
#include "eventstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace OneSeal {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CaseSearch)
};

constexpr int kMaxLimit = 1000;
constexpr int kMaxFilters = 30;
constexpr int kMaxFilterName = 40;

QString filtersKey(const Session& user)
{
    return QStringLiteral("saved_filters.") + user.userId;
}

/// SQLite's lower() and LIKE fold ASCII letters only; the bigram keys are folded the same way.
QString asciiLower(const QString& text)
{
    QString folded = text;
    for (QChar& c : folded)
        if (c.unicode() >= u'A' && c.unicode() <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    return folded;
}

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return QString(u'%' + escaped + u'%');
}

QString orderBy(CaseSort sort, bool descending)
{
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    switch (sort) {
    case CaseSort::DueDate: return QStringLiteral("c.due_date") + dir + QStringLiteral(", c.case_number") + dir;
    case CaseSort::CaseNumber: return QStringLiteral("c.case_number") + dir;
    case CaseSort::AcceptedOn: return QStringLiteral("c.accepted_on") + dir + QStringLiteral(", c.case_number") + dir;
    case CaseSort::Item: return QStringLiteral("c.item_name") + dir + QStringLiteral(", c.case_number") + dir;
    }
    return QStringLiteral("c.case_number") + dir;
}

/// Where a search reads its cases. The plans are named because the planner, without statistics (a counter's
/// file has none) or with statistics older than migration 0009, picks badly at a million cases:
/// - the queue from its own partial index, which holds every column a search of the queue needs;
/// - a text search of the history by the matches' ids, each case's row looked up by id: through an index
///   of the section (which the planner takes for selective) it would read the whole section's history;
/// - the whole history without text along whichever index keeps the page's order.
QString from(const CaseQuery& query)
{
    if (query.scope == CaseScope::Open)
        return QStringLiteral(" FROM case_search c INDEXED BY case_search_queue WHERE ");
    return query.text.trimmed().isEmpty() ? QStringLiteral(" FROM case_search c WHERE ")
                                          : QStringLiteral(" FROM case_search c NOT INDEXED WHERE ");
}

/// The WHERE clause of a query and its values.
struct Filter
{
    QString where;
    QVariantList binds;
    /// For one or two characters in the whole history: the ids of the matched cases, every one of them in the
    /// section (the bigrams carry the case's section, and an item's cases are its section's), so they are
    /// counted without reading a case.
    QString ids;
    QVariantList idBinds;
};

/// A page by case number or due date may walk the section's index in that order, testing each case against
/// the matches, when the matches are dense enough that the page's last case comes within a twentieth of the
/// section: that reads a few thousand index entries where sorting the matches reads every matched row.
constexpr int kWalkDensity = 20;

/// The index of a section's cases in @p sort's order, or nothing where there is none.
QString walkIndex(CaseSort sort)
{
    switch (sort) {
    case CaseSort::CaseNumber: return QStringLiteral("case_search_number");
    case CaseSort::DueDate: return QStringLiteral("case_search_due");
    case CaseSort::AcceptedOn:
    case CaseSort::Item: break;
    }
    return {};
}

Filter filterFor(const QString& sectionId, const CaseQuery& query)
{
    Filter f{QStringLiteral("c.section_id = ?"), {sectionId}, {}, {}};
    if (query.scope == CaseScope::Open)
        f.where += QStringLiteral(" AND c.open = 1");
    const QString text = query.text.trimmed();
    if (text.isEmpty())
        return f;
    const bool shortText = text.toUcs4().size() < 3;
    if (query.scope == CaseScope::Open) {
        // The queue of one section is a few thousand cases at most: reading them is faster than
        // joining an index that spans the whole history.
        const QStringList columns =
            shortText ? QStringList{QStringLiteral("applicant_name"), QStringLiteral("agent_name"),
                                    QStringLiteral("item_name")}
                      : QStringList{QStringLiteral("case_number"), QStringLiteral("item_name"),
                                    QStringLiteral("applicant_name"), QStringLiteral("agent_name"),
                                    QStringLiteral("address")};
        QStringList likes;
        for (const QString& column : columns) {
            likes.append(QStringLiteral("c.") + column + QStringLiteral(" LIKE ? ESCAPE '\\'"));
            f.binds.append(likePattern(text));
        }
        f.where += QStringLiteral(" AND (") + likes.join(QStringLiteral(" OR ")) + u')';
        return f;
    }
    if (!shortText) {
        QString phrase = text;
        phrase.replace(u'"', QStringLiteral("\"\""));
        f.where += QStringLiteral(" AND c.id IN (SELECT rowid FROM case_search_fts WHERE case_search_fts MATCH ?)");
        f.binds.append(QString(u'"' + phrase + u'"'));
        return f;
    }
    // One character is the range of bigrams that start with it (the last character of a name is
    // kept alone, so it is in the range too); two characters are one bigram.
    const QString folded = asciiLower(text);
    const QString upper = folded.size() == 1 || (folded.size() == 2 && folded.at(0).isHighSurrogate())
                              ? folded + QString::fromUcs4(U"\U0010FFFF", 1)
                              : folded;
    f.ids = QStringLiteral(
        "SELECT case_id FROM case_search_grams WHERE gram BETWEEN ? AND ? AND section_id = ? "
        "UNION SELECT s.id FROM case_search s WHERE s.item_id IN "
        "(SELECT id FROM items WHERE section_id = ? AND name LIKE ? ESCAPE '\\')");
    f.idBinds << folded << upper << sectionId << sectionId << likePattern(text);
    f.where += QStringLiteral(" AND c.id IN (") + f.ids + u')';
    f.binds << f.idBinds;
    return f;
}

/// A short text in the whole history, in an order an index keeps: counted from the matches' ids alone, the
/// page walked along that index when the matches are dense.
Result<CasePage> findAlongIndex(Database& db, const Filter& filter, const CaseQuery& query)
{
    CasePage page;
    auto count = db.query(QStringLiteral("SELECT count(*) FROM (") + filter.ids + u')', filter.idBinds);
    if (!count)
        return count.error();
    page.total = count->next() ? count->value(0).toInt() : 0;
    if (query.offset >= page.total)
        return page;
    const bool walk = qint64(query.offset + query.limit) * kWalkDensity <= page.total;
    QVariantList binds = filter.binds;
    binds << query.limit << query.offset;
    auto rows = db.query(QStringLiteral("SELECT c.application_id, c.case_number FROM case_search c ") +
                             (walk ? QStringLiteral("INDEXED BY ") + walkIndex(query.sort) + u' '
                                   : QStringLiteral("NOT INDEXED ")) +
                             QStringLiteral("WHERE ") + filter.where + QStringLiteral(" ORDER BY ") +
                             orderBy(query.sort, query.descending) + QStringLiteral(" LIMIT ? OFFSET ?"),
                         binds);
    if (!rows)
        return rows.error();
    while (rows->next())
        page.cases.append({rows->value(0).toString(), rows->value(1).toString()});
    return page;
}

QJsonObject toJson(const SavedFilter& f)
{
    return {{QStringLiteral("name"), f.name},
            {QStringLiteral("text"), f.text},
            {QStringLiteral("scope"), CaseSearch::scopeKey(f.scope)},
            {QStringLiteral("sort"), CaseSearch::sortKey(f.sort)},
            {QStringLiteral("descending"), f.descending}};
}

} // namespace

QString CaseSearch::scopeKey(CaseScope scope)
{
    return scope == CaseScope::All ? QStringLiteral("all") : QStringLiteral("open");
}

std::optional<CaseScope> CaseSearch::scopeFromKey(const QString& key)
{
    if (key == u"open")
        return CaseScope::Open;
    if (key == u"all")
        return CaseScope::All;
    return std::nullopt;
}

QString CaseSearch::sortKey(CaseSort sort)
{
    switch (sort) {
    case CaseSort::DueDate: return QStringLiteral("due");
    case CaseSort::CaseNumber: return QStringLiteral("number");
    case CaseSort::AcceptedOn: return QStringLiteral("accepted");
    case CaseSort::Item: return QStringLiteral("item");
    }
    return QStringLiteral("due");
}

std::optional<CaseSort> CaseSearch::sortFromKey(const QString& key)
{
    for (CaseSort sort : {CaseSort::DueDate, CaseSort::CaseNumber, CaseSort::AcceptedOn, CaseSort::Item})
        if (sortKey(sort) == key)
            return sort;
    return std::nullopt;
}

Result<QString> CaseSearch::sectionId(const QString& section)
{
    const QString name = section.trimmed();
    auto q = m_store.database().query(QStringLiteral("SELECT id FROM sections WHERE id = ? OR code = ? OR name = ?"),
                                      {name, name, name});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(QStringLiteral("search.no_section"),
                         Text::tr("There is no section \"%1\"; give its code (SSDJ) or its name (商事登记科).")
                             .arg(section),
                         QStringLiteral("section"));
    return q->value(0).toString();
}

Result<CasePage> CaseSearch::find(const CaseQuery& query)
{
    if (query.limit < 1 || query.limit > kMaxLimit)
        return makeError(QStringLiteral("input.range"),
                         Text::tr("A page holds 1 to %1 cases; ask for fewer.").arg(kMaxLimit), QStringLiteral("limit"));
    if (query.offset < 0)
        return makeError(QStringLiteral("input.range"), Text::tr("The offset of a page cannot be negative."),
                         QStringLiteral("offset"));
    const auto section = sectionId(query.section);
    if (!section)
        return section.error();
    const Filter filter = filterFor(*section, query);
    if (!filter.ids.isEmpty() && !walkIndex(query.sort).isEmpty())
        return findAlongIndex(m_store.database(), filter, query);
    Database& db = m_store.database();
    CasePage page;
    // A search by text finds its cases once: the count rides along the page as a window over every match,
    // where a separate count would look the text up a second time (half the time of a one-character or
    // common-trigram search of the whole history). Without text the count reads an index alone and the
    // page only its first rows, so the two statements are cheaper there.
    const bool counted = !query.text.trimmed().isEmpty();
    QVariantList binds = filter.binds;
    binds << query.limit << query.offset;
    auto rows = db.query(QStringLiteral("SELECT c.application_id, c.case_number") +
                             (counted ? QStringLiteral(", count(*) OVER ()") : QString()) + from(query) +
                             filter.where + QStringLiteral(" ORDER BY ") +
                             orderBy(query.sort, query.descending) + QStringLiteral(" LIMIT ? OFFSET ?"),
                         binds);
    if (!rows)
        return rows.error();
    while (rows->next()) {
        page.cases.append({rows->value(0).toString(), rows->value(1).toString()});
        if (counted)
            page.total = rows->value(2).toInt();
    }
    // A page past the last case carries no count: ask for it on its own.
    if (!counted || (page.cases.isEmpty() && query.offset > 0)) {
        auto count = db.query(QStringLiteral("SELECT count(*)") + from(query) + filter.where, filter.binds);
        if (!count)
            return count.error();
        page.total = count->next() ? count->value(0).toInt() : 0;
    }
    return page;
}

Result<QueuePage> CaseSearch::queuePage(const CaseQuery& query, const QDate& asOf)
{
    const auto page = find(query);
    if (!page)
        return page.error();
    QStringList ids;
    for (const CaseMatch& m : page->cases)
        ids.append(m.applicationId);
    auto entries = ReviewService(m_store).queueEntries(ids, asOf);
    if (!entries)
        return entries.error();
    return QueuePage{std::move(entries).value(), page->total};
}

Result<QList<SavedFilter>> CaseSearch::savedFilters(const Session& user)
{
    auto q = m_store.database().query(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {filtersKey(user)});
    if (!q)
        return q.error();
    QList<SavedFilter> filters;
    if (!q->next())
        return filters;
    const QJsonArray array = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).array();
    for (const QJsonValue& value : array) {
        const QJsonObject o = value.toObject();
        SavedFilter f;
        f.name = o.value(u"name").toString();
        f.text = o.value(u"text").toString();
        f.scope = scopeFromKey(o.value(u"scope").toString()).value_or(CaseScope::Open);
        f.sort = sortFromKey(o.value(u"sort").toString()).value_or(CaseSort::DueDate);
        f.descending = o.value(u"descending").toBool();
        if (!f.name.isEmpty())
            filters.append(f);
    }
    return filters;
}

Status CaseSearch::writeFilters(const Session& user, const QList<SavedFilter>& filters)
{
    QJsonArray array;
    for (const SavedFilter& f : filters)
        array.append(toJson(f));
    const auto event = m_store.record(
        user, QStringLiteral("setting.changed"), QStringLiteral("setting"), filtersKey(user),
        {{QStringLiteral("value"), QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))}});
    return event ? Status() : Status(event.error());
}

Status CaseSearch::saveFilter(const Session& user, const SavedFilter& filter)
{
    SavedFilter f = filter;
    f.name = f.name.simplified();
    if (user.userId.isEmpty())
        return makeError(QStringLiteral("search.no_user"), Text::tr("Sign in to save a filter; filters are kept per user."),
                         QStringLiteral("user"));
    if (f.name.isEmpty() || f.name.size() > kMaxFilterName)
        return makeError(QStringLiteral("input.required"),
                         Text::tr("Give the filter a name of 1 to %1 characters.").arg(kMaxFilterName),
                         QStringLiteral("name"));
    auto filters = savedFilters(user);
    if (!filters)
        return filters.error();
    const auto same = std::find_if(filters->begin(), filters->end(), [&](const SavedFilter& s) { return s.name == f.name; });
    if (same != filters->end()) {
        *same = f;
    } else {
        if (filters->size() >= kMaxFilters)
            return makeError(QStringLiteral("search.too_many_filters"),
                             Text::tr("You keep %1 filters already; remove one you no longer use first.")
                                 .arg(kMaxFilters),
                             QStringLiteral("name"));
        filters->append(f);
    }
    return writeFilters(user, *filters);
}

Status CaseSearch::removeFilter(const Session& user, const QString& name)
{
    auto filters = savedFilters(user);
    if (!filters)
        return filters.error();
    const auto removed = filters->removeIf([&](const SavedFilter& s) { return s.name == name.simplified(); });
    if (removed == 0)
        return makeError(QStringLiteral("search.no_filter"), Text::tr("You have no saved filter \"%1\".").arg(name),
                         QStringLiteral("name"));
    return writeFilters(user, *filters);
}

} // namespace OneSeal
