#pragma once

#include "core/result.h"
#include "reviewservice.h"
#include "session.h"

#include <QDate>
#include <QList>
#include <QString>

namespace OneSeal {

class EventStore;

/// Which cases of a section a search looks at.
enum class CaseScope {
    Open, ///< the section's queue: accepted or in review
    All,  ///< every case of the section's items, decided and closed ones too
};

/// The order of a page of cases; ties are broken by case number.
enum class CaseSort {
    DueDate,    ///< the promised due date: the most urgent first
    CaseNumber, ///< the order of receipt
    AcceptedOn,
    Item,
};

/// One search of a section's cases. The text matches as a substring: three characters or more
/// anywhere in the case number, item, applicant, agent and address; one or two characters (a name
/// such as 张伟, a word such as 食品) in the applicant's and agent's names and the item, since so short
/// a piece of a number or an address would match nearly every case.
struct CaseQuery
{
    QString section; ///< id, code (SSDJ) or name (商事登记科)
    QString text;    ///< empty: every case of the scope
    CaseScope scope = CaseScope::Open;
    CaseSort sort = CaseSort::DueDate;
    bool descending = false;
    int limit = 50; ///< 1–1000 cases a page
    int offset = 0;
};

/// One case found.
struct CaseMatch
{
    QString applicationId;
    QString caseNumber;
};

/// A page of cases and how many the whole search found.
struct CasePage
{
    QList<CaseMatch> cases;
    int total = 0;
};

/// A page of the queue with each case's clock, as the workspace shows it.
struct QueuePage
{
    QList<QueueEntry> entries;
    int total = 0;
};

/// A search a user named and keeps for later (per user, replicated like every setting).
struct SavedFilter
{
    QString name;
    QString text;
    CaseScope scope = CaseScope::Open;
    CaseSort sort = CaseSort::DueDate;
    bool descending = false;
};

/// Finds a section's cases by text, pages and sorts them, and keeps each user's saved filters.
/// Reads go to the search index that migrations 0008 and 0009 keep in step with the cases; the page's clocks
/// come from ReviewService, so only the cases shown are read in full.
class CaseSearch final
{
public:
    explicit CaseSearch(EventStore& store) : m_store(store) {}

    Result<CasePage> find(const CaseQuery& query);
    /// find() with each case of the page read as a queue entry with its clock on @p asOf.
    Result<QueuePage> queuePage(const CaseQuery& query, const QDate& asOf);

    /// The filters @p user saved, in the order saved.
    Result<QList<SavedFilter>> savedFilters(const Session& user);
    /// Saves @p filter under its name for @p user, replacing one of the same name.
    Status saveFilter(const Session& user, const SavedFilter& filter);
    Status removeFilter(const Session& user, const QString& name);

    /// The words the command line and the saved filters use: "open"/"all", "due"/"number"/"accepted"/"item".
    static QString scopeKey(CaseScope scope);
    static std::optional<CaseScope> scopeFromKey(const QString& key);
    static QString sortKey(CaseSort sort);
    static std::optional<CaseSort> sortFromKey(const QString& key);

private:
    Result<QString> sectionId(const QString& section);
    Status writeFilters(const Session& user, const QList<SavedFilter>& filters);

    EventStore& m_store;
};

} // namespace OneSeal
