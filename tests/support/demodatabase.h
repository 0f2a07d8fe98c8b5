#pragma once

#include "core/clock.h"
#include "services/services.h"
#include "services/setup.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <memory>

namespace OneSeal::Testing {

/// The demo database as the service tests start from it: made once per test program, because making it hashes a
/// password per account, and copied afresh for every test, so that no test sees what another one wrote.
class DemoDatabase final
{
public:
    /// Makes the demo on a clock fixed at @p now. Returns what went wrong, or an empty string.
    QString create(const QDateTime& now)
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder: %1").arg(m_dir.errorString());
        auto services = openTemplate(std::make_shared<FixedClock>(now));
        if (!services)
            return services.error().message;
        const Status demo = Setup::createDemo(**services);
        return demo ? QString() : demo.error().message;
    }

    /// The demo itself, for what every test of a program shares (more users, cases to search for).
    Result<std::unique_ptr<Services>> openTemplate(std::shared_ptr<Clock> clock) const
    {
        return Services::open(templatePath(), OpenMode::ReadWrite, std::move(clock));
    }

    /// A fresh copy of the demo as @p fileName, replacing the one a test before left, on @p clock.
    Result<std::unique_ptr<Services>> openCopy(std::shared_ptr<Clock> clock,
                                               const QString& fileName = QStringLiteral("case.sqlite")) const
    {
        const QString path = filePath(fileName);
        QFile::remove(path);
        if (!QFile::copy(templatePath(), path))
            return makeError(QStringLiteral("test.copy"), QStringLiteral("cannot copy the demo to %1").arg(path));
        return Services::open(path, OpenMode::ReadWrite, std::move(clock));
    }

    /// A path for another file of the test beside the demo.
    QString filePath(const QString& fileName) const { return m_dir.filePath(fileName); }
    QString templatePath() const { return filePath(QStringLiteral("template.sqlite")); }

private:
    QTemporaryDir m_dir;
};

} // namespace OneSeal::Testing
