#pragma once

#include <QString>

namespace OneSeal {

/// An identifier as shown to roles that do not need it whole: the first four and last four
/// characters, the rest as asterisks (1101**********002X). Short values keep only their last character.
inline QString maskIdentifier(const QString& value)
{
    if (value.size() <= 8)
        return QString(qMax<qsizetype>(0, value.size() - 1), u'*') + value.right(1);
    return value.left(4) + QString(value.size() - 8, u'*') + value.right(4);
}

} // namespace OneSeal
