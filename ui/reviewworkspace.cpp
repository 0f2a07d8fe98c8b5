#include "reviewworkspace.h"

#include "services/applicationservice.h"

namespace OneSeal {

ReviewWorkspace::ReviewWorkspace(Services& services, const Session& session, QWidget* parent)
    : ApplicationsWorkspace(services, session, describe(), parent)
{
    setObjectName(QStringLiteral("reviewWorkspace"));
}

ApplicationsWorkspace::Description ReviewWorkspace::describe()
{
    return {
        tr("Review and decision"),
        tr("Here reviewers will work through their section's queue: check the materials, record their "
           "opinion, ask for review-stage supplements and start special procedures, which stop the clock. "
           "Approvers will decide to approve or refuse, with reasons and remedies, and approve time-limit "
           "extensions."),
        tr("Review and decision are still being built. Until then this workspace changes nothing; the table "
           "shows the applications accepted and under review at your site, read-only."),
        {ApplicationState::Accepted, ApplicationState::InReview, ApplicationState::Approved, ApplicationState::Denied}};
}

} // namespace OneSeal
