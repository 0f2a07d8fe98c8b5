#include "auditpage.h"

#include "filteredtable.h"
#include "services/services.h"
#include "uitext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace OneSeal {

AuditPage::AuditPage(Services& services, const Session& session, QWidget* parent)
    : QWidget(parent), m_services(services), m_session(session),
      m_table(new FilteredTable(
          {tr("No."), tr("Time"), tr("Site"), tr("User"), tr("Event"), tr("Subject"), tr("Subject ID")},
          tr("Filter by user, event, subject or date"), this)),
      m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("auditPage"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_result->setObjectName(QStringLiteral("verifyResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* verifyButton = new QPushButton(tr("&Verify the log"), this);
    verifyButton->setObjectName(QStringLiteral("verifyButton"));
    verifyButton->setToolTip(tr("Recompute every event's hash and check each device's chain"));
    connect(verifyButton, &QPushButton::clicked, this, &AuditPage::verify);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(verifyButton);
    bottom->addWidget(m_result, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    setFocusProxy(m_table);
    refresh();
}

void AuditPage::refresh()
{
    const auto events = m_services.audit().events(m_session);
    if (!events) {
        m_result->setText(events.error().message);
        return;
    }
    QHash<QString, QString> sites;
    if (const auto list = m_services.referenceData().list(QStringLiteral("site"))) {
        for (const QJsonObject& site : *list)
            sites.insert(site.value(u"id").toString(), site.value(u"name").toString());
    }
    QHash<QString, QString> users;
    // Set-up commands (init, demo data, imports from the command line) act as this built-in session.
    users.insert(Session::system().userId, tr("System set-up"));
    if (const auto list = m_services.accounts().listUsers(m_session)) {
        for (const UserAccount& account : *list)
            users.insert(account.id, account.displayName + QStringLiteral("（") + account.username + u'）');
    }
    QList<TableRow> rows;
    rows.reserve(events->size());
    // Newest first: an audit usually starts from what just happened.
    for (auto it = events->crbegin(); it != events->crend(); ++it) {
        const Event& e = *it;
        rows.append({{QString::number(e.seq), UiText::dateTime(e.deviceTime), sites.value(e.siteId, e.siteId),
                      users.value(e.userId, e.userId), UiText::eventType(e.type), UiText::subjectType(e.subjectType),
                      e.subjectId},
                     QString::number(e.seq),
                     e.type,
                     {e.seq},
                     false});
    }
    m_table->setRows(std::move(rows));
}

void AuditPage::verify()
{
    const auto result = m_services.audit().verify(m_session);
    if (!result) {
        m_result->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_result->setText(result.error().message);
        return;
    }
    if (result->ok) {
        m_result->setStyleSheet(QStringLiteral("color: #2e7d32; font-weight: bold;"));
        m_result->setText(tr("Intact: all %n event(s) verify.", nullptr, int(result->eventCount)));
        return;
    }
    m_result->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_result->setText(
        tr("Broken at event No. %1 (%2): %3").arg(result->brokenSeq).arg(result->brokenId, result->reason));
    m_table->filterEdit()->clear();
    m_table->selectKey(QString::number(result->brokenSeq));
}

} // namespace OneSeal
