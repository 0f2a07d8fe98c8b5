#pragma once

#include "applicationsworkspace.h"

namespace OneSeal {

/// The comprehensive enforcement bureau's workspace.
class EnforcementWorkspace final : public ApplicationsWorkspace
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnforcementWorkspace)

public:
    EnforcementWorkspace(Services& services, const Session& session, QWidget* parent = nullptr);

private:
    static Description describe();
};

} // namespace OneSeal
