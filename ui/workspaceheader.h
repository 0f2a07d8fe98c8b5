#pragma once

#include <QFrame>

namespace OneSeal {

/// The top of a workspace: its name, what it is for and, where it is still being built, what works now.
class WorkspaceHeader final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceHeader)

public:
    WorkspaceHeader(const QString& title, const QString& purpose, const QString& status, QWidget* parent = nullptr);
};

} // namespace OneSeal
