#pragma once

#include "applicationsworkspace.h"

namespace OneSeal {

/// The counter's workspace: taking applications in.
class IntakeWorkspace final : public ApplicationsWorkspace
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeWorkspace)

public:
    IntakeWorkspace(Services& services, const Session& session, QWidget* parent = nullptr);

private:
    static Description describe();
};

} // namespace OneSeal
