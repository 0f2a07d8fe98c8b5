#include "conflictsdialog.h"

#include "filteredtable.h"
#include "rowtablemodel.h"
#include "services/services.h"
#include "sync/syncconflicts.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QKeyEvent>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace OneSeal {
namespace {

QString localTime(const QString& iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : iso;
}

} // namespace

ConflictsDialog::ConflictsDialog(Services& services, const Session& session, QWidget* parent)
    : QDialog(parent), m_services(services), m_session(session),
      m_table(new FilteredTable({tr("Made at"), tr("Step"), tr("Case"), tr("By"), tr("Why it was refused")},
                                tr("Filter by case number, step, person or reason"), this)),
      m_detail(new QLabel(this)), m_message(new QLabel(this)), m_open(new QPushButton(tr("&Open the case"), this)),
      m_resubmit(new QPushButton(tr("&Send again"), this)), m_seen(new QPushButton(tr("&Mark seen"), this))
{
    setObjectName(QStringLiteral("conflictsDialog"));
    setWindowTitle(tr("Steps the central store refused"));
    resize(980, 480);

    auto* intro = new QLabel(tr("These steps made at this window were refused by the central store and are not "
                                "part of the records. Redo each one, or mark it seen once it is dealt with."),
                             this);
    intro->setWordWrap(true);
    m_detail->setObjectName(QStringLiteral("conflictDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("conflictMessage"));
    m_message->setWordWrap(true);
    m_open->setObjectName(QStringLiteral("openCaseButton"));
    m_resubmit->setObjectName(QStringLiteral("resubmitButton"));
    // Explicit, so that it works on platforms that hide mnemonics too.
    m_resubmit->setShortcut(QKeySequence(Qt::ALT | Qt::Key_S));
    m_seen->setObjectName(QStringLiteral("markSeenButton"));
    m_seen->setToolTip(tr("Mark seen (Del)"));
    m_table->setObjectName(QStringLiteral("conflictsTable"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_resubmit, QDialogButtonBox::ActionRole);
    buttons->addButton(m_seen, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &ConflictsDialog::openCurrentCase);
    connect(m_resubmit, &QPushButton::clicked, this, &ConflictsDialog::resubmitCurrent);
    connect(m_seen, &QPushButton::clicked, this, &ConflictsDialog::markCurrentSeen);
    connect(m_table, &FilteredTable::currentKeyChanged, this, &ConflictsDialog::showCurrent);
    connect(m_table, &FilteredTable::rowActivated, this, &ConflictsDialog::openCurrentCase);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    reload();
}

ConflictsDialog::~ConflictsDialog() = default;

void ConflictsDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // Keyboard first: the list, with the first refused step selected, has the focus.
    // After the dialog's own focus handling on show, which would pick the filter box.
    QTimer::singleShot(0, m_table->view(), [view = m_table->view()] { view->setFocus(Qt::OtherFocusReason); });
}

void ConflictsDialog::keyPressEvent(QKeyEvent* event)
{
    // Del in the list (which passes the key on) marks the selected step seen.
    if (event->matches(QKeySequence::Delete)) {
        markCurrentSeen();
        return;
    }
    // The list opened the case on Enter already; the dialog's default button must not act a second time.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_table->view()->hasFocus()) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void ConflictsDialog::reload()
{
    const QString keep = m_table->currentKey();
    const auto entries = SyncState::conflictEntries(m_services.database());
    m_entries = entries ? *entries : QList<ConflictEntry>();
    if (!entries)
        m_message->setText(entries.error().message);
    QList<TableRow> rows;
    for (const ConflictEntry& e : std::as_const(m_entries)) {
        TableRow row;
        row.key = e.conflict.eventId;
        row.cells = {localTime(e.madeAt), SyncConflicts::eventName(e.conflict.type),
                     e.caseNumber.isEmpty() ? tr("(none)") : e.caseNumber, e.madeBy,
                     SyncConflicts::reasonText(e.conflict.reasonCode, e.conflict.reason)};
        row.searchText = e.conflict.type + u' ' + e.conflict.reasonCode;
        rows.append(row);
    }
    m_table->setRows(rows);
    if (!keep.isEmpty())
        m_table->selectKey(keep);
    if (m_table->currentKey().isEmpty() && !m_entries.isEmpty())
        m_table->view()->selectRow(0);
    showCurrent();
}

const ConflictEntry* ConflictsDialog::current() const
{
    const QString key = m_table->currentKey();
    for (const ConflictEntry& e : m_entries) {
        if (e.conflict.eventId == key)
            return &e;
    }
    return nullptr;
}

void ConflictsDialog::showCurrent()
{
    const ConflictEntry* e = current();
    m_open->setEnabled(e && !e->caseNumber.isEmpty());
    m_resubmit->setEnabled(e && SyncConflicts::resubmittable(e->conflict.reasonCode));
    m_seen->setEnabled(e != nullptr);
    if (!e) {
        m_detail->setText(m_entries.isEmpty() ? tr("No refused steps: everything this window did is in the central "
                                                   "records.")
                                              : QString());
        return;
    }
    m_detail->setText(tr("%1 by %2 at %3%4.\nWhy: %5\nWhat to do: %6\nRefusal received %7 (code %8).")
                          .arg(SyncConflicts::eventName(e->conflict.type), e->madeBy, localTime(e->madeAt),
                               e->caseNumber.isEmpty() ? QString() : tr(", case %1").arg(e->caseNumber),
                               SyncConflicts::reasonText(e->conflict.reasonCode, e->conflict.reason),
                               SyncConflicts::advice(e->conflict.reasonCode), localTime(e->notedAt),
                               e->conflict.reasonCode));
}

void ConflictsDialog::openCurrentCase()
{
    const ConflictEntry* e = current();
    if (!e || e->caseNumber.isEmpty())
        return;
    emit caseRequested(e->caseNumber);
    accept();
}

void ConflictsDialog::resubmitCurrent()
{
    const ConflictEntry* e = current();
    if (!e)
        return;
    const auto sent = SyncConflicts::resubmit(m_services.store(), m_session, *e);
    if (!sent) {
        m_message->setText(sent.error().message);
        return;
    }
    m_message->setText(tr("The step was recorded again and goes to the central store with the next sync."));
    reload();
    emit conflictsChanged();
}

void ConflictsDialog::markCurrentSeen()
{
    const ConflictEntry* e = current();
    if (!e)
        return;
    if (Status seen = SyncState::markConflictSeen(m_services.database(), e->conflict.eventId); !seen) {
        m_message->setText(seen.error().message);
        return;
    }
    m_message->clear();
    reload();
    emit conflictsChanged();
}

} // namespace OneSeal
