#include "printqueuemodel.h"

#include "core/masking.h"
#include "print/documentrenderer.h"
#include "uitext.h"

#include <QBrush>
#include <QColor>
#include <QHash>

namespace OneSeal {

void PrintQueueModel::setEntries(QList<PrintQueueEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int PrintQueueModel::rowOf(const QString& caseNumber, const QString& serial) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const PrintQueueEntry& e = m_entries.at(i);
        if (serial.isEmpty() ? (e.serial.isEmpty() && e.caseNumber == caseNumber) : e.serial == serial)
            return static_cast<int>(i);
    }
    return -1;
}

int PrintQueueModel::rowOfNotice(const QString& noticeId) const
{
    if (noticeId.isEmpty())
        return -1;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).noticeId == noticeId)
            return static_cast<int>(i);
    }
    return -1;
}

QString PrintQueueModel::documentTitle(const PrintQueueEntry& entry)
{
    // Titles are read from the templates once: a queue of a morning's work names a handful of them.
    static QHash<QString, QString> titles;
    auto it = titles.constFind(entry.templateName);
    if (it == titles.cend()) {
        const auto layout = DocumentRenderer::load(entry.templateName);
        it = titles.insert(entry.templateName, layout ? layout->title : entry.templateName);
    }
    return *it;
}

PrintQueueModel::Stage PrintQueueModel::stageOf(const PrintQueueEntry& entry)
{
    if (entry.isNotice())
        return entry.prints > 0 ? Stage::Printed : Stage::NeedsPrint;
    if (entry.serial.isEmpty())
        return Stage::NeedsLicence;
    if (entry.status == u"void")
        return Stage::Void;
    if (entry.status == u"revoked")
        return Stage::Revoked;
    return entry.prints > 0 ? Stage::Printed : Stage::NeedsPrint;
}

QString PrintQueueModel::stageText(Stage stage)
{
    switch (stage) {
    case Stage::NeedsLicence: return tr("Licence to issue");
    case Stage::NeedsPrint: return tr("To print");
    case Stage::Printed: return tr("Printed");
    case Stage::Void: return tr("Void");
    case Stage::Revoked: return tr("Revoked");
    }
    return {};
}

int PrintQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int PrintQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PrintQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PrintQueueEntry& e = m_entries.at(index.row());
    const Stage stage = stageOf(e);
    switch (role) {
    case CaseNumberRole: return e.caseNumber;
    case SerialRole: return e.serial;
    case NoticeIdRole: return e.noticeId;
    case DocumentKindRole: return static_cast<int>(e.isNotice() ? DocumentKind::Notice : DocumentKind::Licence);
    case Qt::ForegroundRole:
        if (index.column() == StageColumn && (stage == Stage::Void || stage == Stage::Revoked))
            return QBrush(QColor(QStringLiteral("#b71c1c")));
        if (stage == Stage::Printed)
            return QBrush(QColor(QStringLiteral("#555555")));
        return {};
    case SortRole:
        switch (index.column()) {
        case StageColumn: return static_cast<int>(stage);
        case KindColumn: return QString(QString::number(e.isNotice() ? 1 : 0) + documentTitle(e));
        case QueuedColumn: return e.queuedOn;
        case PrintsColumn: return e.prints;
        default: break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case StageColumn: return stageText(stage);
        case KindColumn: return documentTitle(e);
        case CaseColumn: return e.caseNumber;
        case SerialColumn: return e.isNotice() ? e.documentNumber : e.serial;
        case ItemColumn: return e.itemName;
        case HolderColumn: return QStringLiteral("%1（%2）").arg(e.holderName, maskIdentifier(e.holderIdentifier));
        case QueuedColumn: return UiText::date(e.queuedOn);
        case PrintsColumn: return e.prints;
        default: return {};
        }
    default: return {};
    }
}

QVariant PrintQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StageColumn: return tr("Waiting for");
    case KindColumn: return tr("Document");
    case CaseColumn: return tr("Case number");
    case SerialColumn: return tr("Serial or document no.");
    case ItemColumn: return tr("Item");
    case HolderColumn: return tr("Holder");
    case QueuedColumn: return tr("Queued on");
    case PrintsColumn: return tr("Prints");
    default: return {};
    }
}

void PrintQueueProxy::setKindFilter(std::optional<PrintQueueModel::DocumentKind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

bool PrintQueueProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_kind) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (index.data(PrintQueueModel::DocumentKindRole).toInt() != static_cast<int>(*m_kind))
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace OneSeal
