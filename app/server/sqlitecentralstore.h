#pragma once

#include "projectedcentralstore.h"

namespace OneSeal {

/// The central store in one SQLite file: the projection and the ledger side by side.
/// synchronous=FULL: a push is answered only after its transaction is on disk.
class SqliteCentralStore final : public ProjectedCentralStore
{
public:
    static Result<std::unique_ptr<SqliteCentralStore>> open(const QString& path,
                                                            std::shared_ptr<const Clock> clock = {});

private:
    using ProjectedCentralStore::ProjectedCentralStore;
};

} // namespace OneSeal
