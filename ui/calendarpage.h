#pragma once

#include "core/workingcalendar.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QListWidget;
class QSpinBox;

namespace OneSeal {

class FilteredTable;
class Services;
struct Session;

/// The holiday calendar: the years the database has, each year's holidays and 调休 working days,
/// importing next year's schedule each November, and a due-date calculator to check it.
class CalendarPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarPage)

public:
    CalendarPage(Services& services, const Session& session, QWidget* parent = nullptr);

    void refresh();
    QListWidget* yearList() const { return m_years; }
    FilteredTable* days() const { return m_days; }
    QDateEdit* startEdit() const { return m_start; }
    QSpinBox* workingDaysSpin() const { return m_workingDays; }
    QLabel* dueDateLabel() const { return m_dueDate; }
    /// Imports a holiday-cn file, after confirming when it replaces a year; public so tests need no file dialog.
    void importFile(const QString& path);

private:
    void showYear();
    void computeDueDate();
    void chooseImportFile();
    void importYear(const CalendarYear& year);
    void showMessage(const QString& message, bool error);

    Services& m_services;
    const Session& m_session;
    QList<CalendarYear> m_loaded;
    QListWidget* m_years;
    FilteredTable* m_days;
    QDateEdit* m_start;
    QSpinBox* m_workingDays;
    QLabel* m_dueDate;
    QLabel* m_message;
};

} // namespace OneSeal
