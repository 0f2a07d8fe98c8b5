#pragma once

#include "applicationsworkspace.h"

namespace OneSeal {

/// The seal keeper's workspace: printing sealed documents.
class PrintCentreWorkspace final : public ApplicationsWorkspace
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintCentreWorkspace)

public:
    PrintCentreWorkspace(Services& services, const Session& session, QWidget* parent = nullptr);

private:
    static Description describe();
};

} // namespace OneSeal
