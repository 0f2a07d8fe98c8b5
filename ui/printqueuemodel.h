#pragma once

#include "services/licenceservice.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSortFilterProxyModel>
#include <optional>

namespace OneSeal {

/// The print centre's queue as a table: what each row waits for, the document (a licence or a sealed notice),
/// the case, the licence serial or the notice's number, the item, the holder (identifier masked), when it was
/// queued and how often it was printed. Rows waiting for the seal sort before printed ones, oldest first.
class PrintQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintQueueModel)

public:
    enum Column {
        StageColumn,
        KindColumn,
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
    static constexpr int NoticeIdRole = Qt::UserRole + 3;
    static constexpr int DocumentKindRole = Qt::UserRole + 4; ///< a DocumentKind as int

    /// What a row waits for, in the order the keeper works through them.
    enum class Stage { NeedsLicence, NeedsPrint, Printed, Void, Revoked };
    /// Licences and the sealed notices, for the queue's filter.
    enum class DocumentKind { Licence, Notice };

    explicit PrintQueueModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    void setEntries(QList<PrintQueueEntry> entries);
    const QList<PrintQueueEntry>& entries() const { return m_entries; }
    /// The row of the licence @p serial, or of the case @p caseNumber when it has no licence; -1 when neither.
    int rowOf(const QString& caseNumber, const QString& serial) const;
    /// The row of the sealed notice @p noticeId; -1 when it is not listed.
    int rowOfNotice(const QString& noticeId) const;

    static Stage stageOf(const PrintQueueEntry& entry);
    static QString stageText(Stage stage);
    /// What the row prints: the template's title (食品经营许可证, 行政许可受理通知书 …).
    static QString documentTitle(const PrintQueueEntry& entry);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PrintQueueEntry> m_entries;
};

/// The queue as the keeper filters it: by any text in a row and by the kind of document.
class PrintQueueProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintQueueProxy)

public:
    explicit PrintQueueProxy(QObject* parent = nullptr) : QSortFilterProxyModel(parent) {}

    /// Shows only documents of @p kind; an empty optional shows all.
    void setKindFilter(std::optional<PrintQueueModel::DocumentKind> kind);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<PrintQueueModel::DocumentKind> m_kind;
};

} // namespace OneSeal
