#include "sqlitecentralstore.h"

#include "db/database.h"

namespace OneSeal {

Result<std::unique_ptr<SqliteCentralStore>> SqliteCentralStore::open(const QString& path,
                                                                     std::shared_ptr<const Clock> clock)
{
    auto db = Database::open(path, OpenMode::ReadWrite);
    if (!db)
        return db.error();
    Database& file = **db;
    std::unique_ptr<SqliteCentralStore> store(new SqliteCentralStore(std::move(db).value(), std::move(clock)));
    if (Status prepared = store->prepare(std::make_unique<SqliteLedger>(file)); !prepared)
        return prepared.error();
    return store;
}

} // namespace OneSeal
