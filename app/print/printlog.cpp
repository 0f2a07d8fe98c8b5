#include "printlog.h"

namespace OneSeal {
Q_LOGGING_CATEGORY(lcPrint, "oneseal.print")
}
