#include "reviewqueuemodel.h"

#include <QColor>

namespace OneSeal {
namespace {

/// Higher is more urgent: the queue sorts descending on it.
int urgency(const QueueEntry& e)
{
    if (!e.clockError.isEmpty())
        return 4; // a clock nobody can read needs a person first
    if (e.reading.severe)
        return 3;
    switch (e.reading.light) {
    case ClockLight::Red: return 2;
    case ClockLight::Yellow: return 1;
    case ClockLight::Green: return 0;
    }
    return 0;
}

QColor lightColour(const QueueEntry& e)
{
    if (!e.clockError.isEmpty())
        return QColor(0x9e, 0x9e, 0x9e);
    if (e.reading.severe)
        return QColor(0x7f, 0x00, 0x00);
    switch (e.reading.light) {
    case ClockLight::Red: return QColor(0xd3, 0x2f, 0x2f);
    case ClockLight::Yellow: return QColor(0xf9, 0xa8, 0x25);
    case ClockLight::Green: return QColor(0x38, 0x8e, 0x3c);
    }
    return {};
}

} // namespace

void ReviewQueueModel::setEntries(QList<QueueEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int ReviewQueueModel::rowOf(const QString& caseNumber) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).caseNumber == caseNumber)
            return int(i);
    return -1;
}

int ReviewQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ReviewQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReviewQueueModel::lightText(const QueueEntry& e)
{
    if (!e.clockError.isEmpty())
        return tr("Unknown");
    QString text = e.reading.light == ClockLight::Red      ? tr("Red")
                   : e.reading.light == ClockLight::Yellow ? tr("Yellow")
                                                           : tr("Green");
    if (e.reading.severe)
        text = tr("%1, overdue by law").arg(text);
    return text;
}

QVariant ReviewQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueEntry& e = m_entries.at(index.row());
    if (role == CaseNumberRole)
        return e.caseNumber;
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case LightColumn: return role == SortRole ? QVariant(urgency(e)) : QVariant(lightText(e));
        case DaysLeftColumn:
            if (!e.clockError.isEmpty())
                return role == SortRole ? QVariant(std::numeric_limits<int>::min()) : QVariant(QStringLiteral("?"));
            return role == SortRole ? QVariant(e.reading.remainingDays) : QVariant(QString::number(e.reading.remainingDays));
        case CaseColumn: return e.caseNumber;
        case ItemColumn: return e.itemName;
        case ApplicantColumn: return e.applicant;
        case StepColumn: {
            QString step = e.step == ReviewStep::Decision ? tr("Decision") : tr("Review");
            if (e.reading.suspended)
                step = tr("%1 (clock stopped)").arg(step);
            return step;
        }
        case HolderColumn: return e.holderName.isEmpty() ? tr("—") : e.holderName;
        default: return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == LightColumn)
        return lightColour(e);
    if (role == Qt::ToolTipRole) {
        if (!e.clockError.isEmpty())
            return e.clockError;
        QStringList lines{tr("Due %1 (statutory %2); %3 working days suspended, %4 extension")
                              .arg(e.reading.dueDate ? e.reading.dueDate->toString(Qt::ISODate) : tr("unknown"),
                                   e.reading.statutoryDueDate ? e.reading.statutoryDueDate->toString(Qt::ISODate)
                                                              : tr("unknown"))
                              .arg(e.reading.suspendedDays)
                              .arg(e.reading.extensionDays)};
        for (const ClockWarning& w : e.reading.warnings)
            lines.append(w.message);
        return lines.join(u'\n');
    }
    if (role == Qt::TextAlignmentRole && index.column() == DaysLeftColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LightColumn: return tr("Light");
    case DaysLeftColumn: return tr("Days left");
    case CaseColumn: return tr("Case number");
    case ItemColumn: return tr("Item");
    case ApplicantColumn: return tr("Applicant");
    case StepColumn: return tr("Step");
    case HolderColumn: return tr("Held by");
    default: return {};
    }
}

} // namespace OneSeal
