#include "centralledger.h"

#include "centralschema.h"
#include "db/database.h"

namespace OneSeal {

Result<QSqlQuery> SqliteLedger::query(const QString& sql, const QVariantList& binds)
{
    return m_db.query(sql, binds);
}

Status SqliteLedger::writeTransaction(const std::function<Status()>& body)
{
    return m_db.transaction(body);
}

Status SqliteLedger::createSchema()
{
    return m_db.execScript(centralSchemaSql(SqlDialect::Sqlite));
}

} // namespace OneSeal
