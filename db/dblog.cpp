#include "dblog.h"

namespace OneSeal {
Q_LOGGING_CATEGORY(lcDb, "oneseal.db")
}
