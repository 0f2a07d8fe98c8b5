#pragma once

#include "applicationsworkspace.h"

namespace OneSeal {

/// The back office's workspace: reviewing and deciding.
class ReviewWorkspace final : public ApplicationsWorkspace
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewWorkspace)

public:
    ReviewWorkspace(Services& services, const Session& session, QWidget* parent = nullptr);

private:
    static Description describe();
};

} // namespace OneSeal
