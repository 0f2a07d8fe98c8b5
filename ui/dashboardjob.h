#pragma once

#include "services/reportservice.h"

#include <QObject>
#include <QPointer>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace OneSeal {

/// Runs one report on a worker thread over its own read-only connection to the database file, so that
/// the client keeps answering while a year of cases is read. Progress and the outcome arrive as signals
/// on the thread that started the job (the GUI thread); cancel() asks the worker to stop after the case
/// it is reading.
class DashboardJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardJob)

public:
    /// Called on the worker thread after each case, before the cancel check. Tests pass one to hold the
    /// worker in the middle of a report (a slow database); it is never set in the client.
    using CaseHook = std::function<void(int done, int total)>;

    DashboardJob(QString databasePath, QDate from, QDate to, ReportGrouping grouping, CaseHook hook = {},
                 QObject* parent = nullptr);
    /// Cancels a running report and waits for the worker to finish.
    ~DashboardJob() override;

    /// Limits the report to @p scope's section and site; every section and site when they are empty.
    void setScope(const ReportScope& scope) { m_scope = scope; }
    /// Asks for the report as @p viewer, so that the service checks the scope against who they are.
    /// Without a viewer the scope is taken as given (the caller derived it from the signed-in session).
    void setViewer(const Session& viewer) { m_viewer = viewer; }
    void start();
    void cancel();
    bool isRunning() const;
    bool cancelRequested() const { return m_cancel->load(); }

signals:
    void progressed(int done, int total);
    void finished(const OneSeal::Report& report);
    void failed(const QString& code, const QString& message);

private:
    QString m_path;
    QDate m_from;
    QDate m_to;
    ReportGrouping m_grouping;
    ReportScope m_scope;
    std::optional<Session> m_viewer;
    CaseHook m_hook;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QPointer<QThread> m_thread;
};

} // namespace OneSeal
