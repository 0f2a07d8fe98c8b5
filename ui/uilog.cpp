#include "uilog.h"

namespace OneSeal {
Q_LOGGING_CATEGORY(lcUi, "oneseal.ui")
}
