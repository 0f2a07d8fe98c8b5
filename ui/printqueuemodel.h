#pragma once

#include "services/licenceservice.h"

#include <QAbstractTableModel>
#include <QList>

namespace OneSeal {

/// The print centre's queue as a table: what each row waits for, the case, the licence serial, the item, the
/// holder (identifier masked), when it was queued and how often it was printed. Rows waiting for the seal
/// sort before printed ones, oldest first.
class PrintQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintQueueModel)

public:
    enum Column {
        StageColumn,
        CaseColumn,
        SerialColumn,
        ItemColumn,
        HolderColumn,
        QueuedColumn,
        PrintsColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int CaseNumberRole = Qt::UserRole + 1;
    static constexpr int SerialRole = Qt::UserRole + 2;

    /// What a row waits for, in the order the keeper works through them.
    enum class Stage { NeedsLicence, NeedsPrint, Printed, Void, Revoked };

    explicit PrintQueueModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    void setEntries(QList<PrintQueueEntry> entries);
    const QList<PrintQueueEntry>& entries() const { return m_entries; }
    /// The row of the licence @p serial, or of the case @p caseNumber when it has no licence; -1 when neither.
    int rowOf(const QString& caseNumber, const QString& serial) const;

    static Stage stageOf(const PrintQueueEntry& entry);
    static QString stageText(Stage stage);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PrintQueueEntry> m_entries;
};

} // namespace OneSeal
