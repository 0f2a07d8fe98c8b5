#include "workingcalendar.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace OneSeal {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WorkingCalendar)
};

} // namespace

Result<CalendarYear> WorkingCalendar::parseHolidayCn(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject())
        return makeError(QStringLiteral("calendar.bad_json"),
                         Text::tr("The calendar file is not valid JSON: %1.").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    CalendarYear year;
    year.year = root.value(u"year").toInt();
    if (year.year < 1990 || year.year > 2200)
        return makeError(QStringLiteral("calendar.bad_year"),
                         Text::tr("The calendar file has no valid \"year\" field."), QStringLiteral("year"));
    for (const QJsonValue& paper : root.value(u"papers").toArray())
        year.papers.append(paper.toString());
    const QJsonArray days = root.value(u"days").toArray();
    for (qsizetype i = 0; i < days.size(); ++i) {
        const QJsonObject day = days.at(i).toObject();
        CalendarDay entry;
        entry.date = QDate::fromString(day.value(u"date").toString(), Qt::ISODate);
        entry.name = day.value(u"name").toString();
        if (!entry.date.isValid() || !day.value(u"isOffDay").isBool())
            return makeError(
                QStringLiteral("calendar.bad_day"),
                Text::tr("Calendar entry %1 needs a date (YYYY-MM-DD) and isOffDay (true or false).").arg(i + 1),
                QStringLiteral("days"));
        if (std::abs(entry.date.year() - year.year) > 1)
            return makeError(QStringLiteral("calendar.bad_day"),
                             Text::tr("Calendar entry %1 (%2) lies outside the year %3.")
                                 .arg(i + 1)
                                 .arg(entry.date.toString(Qt::ISODate))
                                 .arg(year.year),
                             QStringLiteral("days"));
        entry.offDay = day.value(u"isOffDay").toBool();
        year.days.append(entry);
    }
    return year;
}

QByteArray WorkingCalendar::toHolidayCn(const CalendarYear& year)
{
    QJsonArray days;
    for (const CalendarDay& day : year.days)
        days.append(QJsonObject{{QStringLiteral("name"), day.name},
                                {QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                                {QStringLiteral("isOffDay"), day.offDay}});
    const QJsonObject root{{QStringLiteral("year"), year.year},
                           {QStringLiteral("papers"), QJsonArray::fromStringList(year.papers)},
                           {QStringLiteral("days"), days}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void WorkingCalendar::addYear(const CalendarYear& year)
{
    m_years.insert(year.year);
    for (const CalendarDay& day : year.days)
        m_exceptions.insert(day.date, day);
}

QList<int> WorkingCalendar::years() const
{
    QList<int> list(m_years.begin(), m_years.end());
    std::sort(list.begin(), list.end());
    return list;
}

std::optional<bool> WorkingCalendar::isWorkingDay(const QDate& date) const
{
    if (!date.isValid() || !m_years.contains(date.year()))
        return std::nullopt;
    const auto it = m_exceptions.constFind(date);
    if (it != m_exceptions.cend())
        return !it->offDay;
    return date.dayOfWeek() <= 5;
}

Error WorkingCalendar::unknownYear(int year) const
{
    const QList<int> loaded = years();
    const QString range =
        loaded.isEmpty() ? Text::tr("none") : QStringLiteral("%1–%2").arg(loaded.first()).arg(loaded.last());
    return makeError(QStringLiteral("calendar.unknown_year"),
                     Text::tr("The count runs into %1, which has no holiday calendar loaded (loaded: %2); "
                              "an administrator must import the %1 calendar first.")
                         .arg(year)
                         .arg(range));
}

Result<QDate> WorkingCalendar::addWorkingDays(const QDate& start, int days) const
{
    if (!start.isValid())
        return makeError(QStringLiteral("calendar.bad_date"), Text::tr("The start date is not a valid date."));
    if (days < 0)
        return makeError(QStringLiteral("calendar.bad_days"),
                         Text::tr("The number of working days must not be negative."));
    QDate day = start;
    int counted = 0;
    while (counted < days) {
        day = day.addDays(1);
        const std::optional<bool> working = isWorkingDay(day);
        if (!working)
            return unknownYear(day.year());
        if (*working)
            ++counted;
    }
    return day;
}

Result<int> WorkingCalendar::workingDaysBetween(const QDate& from, const QDate& to) const
{
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1)) {
        const std::optional<bool> working = isWorkingDay(day);
        if (!working)
            return unknownYear(day.year());
        count += *working ? 1 : 0;
    }
    return count;
}

} // namespace OneSeal
