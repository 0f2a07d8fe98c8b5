#pragma once

#include <QDate>
#include <QString>

namespace OneSeal {

/// Case numbers a person can read aloud at the window: site prefix, acceptance day, and a sequence per
/// site and day ("PZ-20261128-0007").
inline QString formatCaseNumber(const QString& sitePrefix, const QDate& day, int sequence)
{
    return QStringLiteral("%1-%2-%3")
        .arg(sitePrefix, day.toString(QStringLiteral("yyyyMMdd")))
        .arg(sequence, 4, 10, QLatin1Char('0'));
}

/// A document number in the form official documents use: agency prefix, the kind's character, the year
/// in 六角括号 and the number ("彭审批受〔2026〕17号"). Numbers run per agency, kind and year without gaps.
inline QString formatDocumentNumber(const QString& agencyPrefix, const QString& kindMark, int year, int number)
{
    return QStringLiteral("%1%2〔%3〕%4号").arg(agencyPrefix, kindMark).arg(year).arg(number);
}

/// A date as Chinese documents write it: 2026年11月28日.
inline QString formatChineseDate(const QDate& date)
{
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

} // namespace OneSeal
