#include "dashboardjob.h"

#include "services/services.h"

#include <QThread>

namespace OneSeal {

DashboardJob::DashboardJob(QString databasePath, QDate from, QDate to, ReportGrouping grouping, CaseHook hook,
                           QObject* parent)
    : QObject(parent), m_path(std::move(databasePath)), m_from(from), m_to(to), m_grouping(grouping),
      m_hook(std::move(hook))
{
}

DashboardJob::~DashboardJob()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

void DashboardJob::start()
{
    // The worker gets copies and the shared cancel flag only: it never touches this object, whose
    // signals it raises through queued calls that Qt drops once the job is gone.
    QPointer<DashboardJob> self(this);
    m_thread = QThread::create([self, path = m_path, from = m_from, to = m_to, grouping = m_grouping,
                                scope = m_scope, viewer = m_viewer, hook = m_hook, cancel = m_cancel] {
        // A connection of its own: a QSqlDatabase belongs to the thread that opened it.
        auto services = Services::open(path, OpenMode::ReadOnly);
        if (!services) {
            QMetaObject::invokeMethod(self, [self, e = services.error()] {
                if (self)
                    emit self->failed(e.code, e.message);
            }, Qt::QueuedConnection);
            return;
        }
        const ReportService::Progress progress = [&](int done, int total) {
            if (hook)
                hook(done, total);
            QMetaObject::invokeMethod(self, [self, done, total] {
                if (self)
                    emit self->progressed(done, total);
            }, Qt::QueuedConnection);
            return !cancel->load();
        };
        ReportService& reports = (*services)->reports();
        const auto report = viewer ? reports.report(*viewer, from, to, grouping, scope, progress)
                                   : reports.report(from, to, grouping, scope, progress);
        services->reset();
        QMetaObject::invokeMethod(self, [self, report] {
            if (!self)
                return;
            if (report)
                emit self->finished(*report);
            else
                emit self->failed(report.error().code, report.error().message);
        }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("dashboardReport"));
    m_thread->start(QThread::LowPriority);
}

void DashboardJob::cancel()
{
    m_cancel->store(true);
}

bool DashboardJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace OneSeal
