#pragma once

#include "applicationsworkspace.h"

namespace OneSeal {

/// The supervising departments' workspace.
class SupervisionWorkspace final : public ApplicationsWorkspace
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisionWorkspace)

public:
    SupervisionWorkspace(Services& services, const Session& session, QWidget* parent = nullptr);

private:
    static Description describe();
};

} // namespace OneSeal
