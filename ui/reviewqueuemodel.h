#pragma once

#include "services/reviewservice.h"

#include <QAbstractTableModel>
#include <QList>

namespace OneSeal {

/// A section's queue as a table: light, working days left, case, item, applicant (masked), step and
/// holder. Sorting by the light or the days left uses SortRole, so that the most urgent case comes first.
class ReviewQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewQueueModel)

public:
    enum Column { LightColumn, DaysLeftColumn, CaseColumn, ItemColumn, ApplicantColumn, StepColumn, HolderColumn,
                  ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int CaseNumberRole = Qt::UserRole + 1;

    explicit ReviewQueueModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    void setEntries(QList<QueueEntry> entries);
    const QList<QueueEntry>& entries() const { return m_entries; }
    /// The row of @p caseNumber, or -1.
    int rowOf(const QString& caseNumber) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The light as people read it: "Green", "Yellow", "Red", with "overdue by law" once severe.
    static QString lightText(const QueueEntry& entry);

private:
    QList<QueueEntry> m_entries;
};

} // namespace OneSeal
