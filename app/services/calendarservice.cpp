#include "calendarservice.h"

#include "db/database.h"
#include "eventstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace OneSeal {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CalendarService)
};

} // namespace

QList<CalendarYear> CalendarService::shippedYears()
{
    QList<CalendarYear> years;
    const QDir dir(QStringLiteral(":/oneseal/calendar"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const auto year = WorkingCalendar::parseHolidayCn(file.readAll());
        if (year)
            years.append(*year);
    }
    return years;
}

WorkingCalendar CalendarService::shippedCalendar()
{
    WorkingCalendar calendar;
    for (const CalendarYear& year : shippedYears())
        calendar.addYear(year);
    return calendar;
}

Status CalendarService::importYear(const Session& actor, const CalendarYear& year)
{
    if (Status allowed = require(actor, Permission::ManageConfiguration); !allowed)
        return allowed;
    QJsonArray days;
    for (const CalendarDay& day : year.days)
        days.append(QJsonObject{{QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                                {QStringLiteral("off_day"), day.offDay},
                                {QStringLiteral("name"), day.name}});
    const auto event = m_store.record(
        actor, QStringLiteral("calendar.year_imported"), QStringLiteral("calendar_year"), QString::number(year.year),
        {{QStringLiteral("papers"), QJsonArray::fromStringList(year.papers)}, {QStringLiteral("days"), days}});
    return event ? Status() : Status(event.error());
}

Status CalendarService::importFile(const Session& actor, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("calendar.unreadable"),
                         Text::tr("Cannot read %1: %2.").arg(path, file.errorString()));
    const auto year = WorkingCalendar::parseHolidayCn(file.readAll());
    if (!year)
        return year.error();
    return importYear(actor, *year);
}

Result<QList<CalendarYear>> CalendarService::years()
{
    Database& db = m_store.database();
    auto q = db.query(QStringLiteral("SELECT year, papers FROM calendar_years ORDER BY year"));
    if (!q)
        return q.error();
    QList<CalendarYear> list;
    while (q->next()) {
        CalendarYear year;
        year.year = q->value(0).toInt();
        for (const QJsonValue& paper : QJsonDocument::fromJson(q->value(1).toString().toUtf8()).array())
            year.papers.append(paper.toString());
        list.append(year);
    }
    for (CalendarYear& year : list) {
        auto days = db.query(
            QStringLiteral("SELECT date, off_day, name FROM calendar_days WHERE year = ? ORDER BY date"), {year.year});
        if (!days)
            return days.error();
        while (days->next())
            year.days.append({QDate::fromString(days->value(0).toString(), Qt::ISODate), days->value(1).toBool(),
                              days->value(2).toString()});
    }
    return list;
}

Result<WorkingCalendar> CalendarService::calendar()
{
    const auto list = years();
    if (!list)
        return list.error();
    WorkingCalendar calendar;
    for (const CalendarYear& year : *list)
        calendar.addYear(year);
    return calendar;
}

} // namespace OneSeal
