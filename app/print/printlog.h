#pragma once

#include <QLoggingCategory>

namespace OneSeal {
Q_DECLARE_LOGGING_CATEGORY(lcPrint)
}
