#include "calendarpage.h"

#include "fielderrors.h"
#include "filteredtable.h"
#include "services/services.h"
#include "uitext.h"

#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace OneSeal {

CalendarPage::CalendarPage(Services& services, const Session& session, QWidget* parent)
    : QWidget(parent), m_services(services), m_session(session), m_years(new QListWidget(this)),
      m_days(new FilteredTable({tr("Date"), tr("Kind"), tr("Holiday")}, tr("Filter by date or holiday"), this)),
      m_start(new QDateEdit(this)), m_workingDays(new QSpinBox(this)), m_dueDate(new QLabel(this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("calendarPage"));
    m_years->setObjectName(QStringLiteral("yearList"));
    m_years->setFixedWidth(140);
    m_days->setObjectName(QStringLiteral("daysTable"));
    m_message->setObjectName(QStringLiteral("calendarMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    connect(m_years, &QListWidget::currentRowChanged, this, &CalendarPage::showYear);

    auto* yearsLabel = new QLabel(tr("&Years:"), this);
    yearsLabel->setBuddy(m_years);
    auto* import = new QPushButton(tr("&Import year..."), this);
    import->setObjectName(QStringLiteral("importCalendarButton"));
    import->setToolTip(tr("Import a year's schedule as the State Council publishes it (JSON)"));
    import->setEnabled(session.may(Permission::ManageConfiguration));
    connect(import, &QPushButton::clicked, this, &CalendarPage::chooseImportFile);

    auto* calculator = new QGroupBox(tr("Due date calculator"), this);
    calculator->setObjectName(QStringLiteral("calculatorBox"));
    m_start->setObjectName(QStringLiteral("startDateEdit"));
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_start->setCalendarPopup(true);
    m_start->setDate(services.clock().today());
    m_workingDays->setObjectName(QStringLiteral("workingDaysSpin"));
    m_workingDays->setRange(0, 365);
    m_workingDays->setValue(20);
    m_workingDays->setSuffix(tr(" working days"));
    m_dueDate->setObjectName(QStringLiteral("dueDateLabel"));
    m_dueDate->setWordWrap(true);
    m_dueDate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* note = new QLabel(tr("The start day is not counted: day 1 is the first working day after it."), calculator);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #5f6368;"));
    auto* form = new QFormLayout(calculator);
    form->addRow(tr("&Start date:"), m_start);
    form->addRow(tr("&Time limit:"), m_workingDays);
    form->addRow(tr("Due date:"), m_dueDate);
    form->addRow(QString(), note);
    connect(m_start, &QDateEdit::dateChanged, this, &CalendarPage::computeDueDate);
    connect(m_workingDays, &QSpinBox::valueChanged, this, &CalendarPage::computeDueDate);

    auto* left = new QVBoxLayout;
    left->addWidget(yearsLabel);
    left->addWidget(m_years, 1);
    left->addWidget(import);
    auto* right = new QVBoxLayout;
    right->addWidget(m_days, 1);
    right->addWidget(m_message);
    right->addWidget(calculator);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addLayout(right, 1);
    setFocusProxy(m_years);
    refresh();
}

void CalendarPage::refresh()
{
    const auto years = m_services.calendar().years();
    if (!years) {
        showMessage(years.error().message, true);
        return;
    }
    const int selected =
        m_years->currentItem() ? m_years->currentItem()->data(Qt::UserRole).toInt() : m_services.clock().today().year();
    m_loaded = *years;
    m_years->clear();
    for (const CalendarYear& year : std::as_const(m_loaded)) {
        auto* item = new QListWidgetItem(QString::number(year.year), m_years);
        item->setData(Qt::UserRole, year.year);
        if (year.year == selected)
            m_years->setCurrentItem(item);
    }
    if (!m_years->currentItem() && m_years->count() > 0)
        m_years->setCurrentRow(m_years->count() - 1);
    showYear();
    computeDueDate();
}

void CalendarPage::showYear()
{
    QList<TableRow> rows;
    const int row = m_years->currentRow();
    if (row >= 0 && row < m_loaded.size()) {
        for (const CalendarDay& day : m_loaded.at(row).days)
            rows.append({{UiText::dateWithWeekday(day.date), day.offDay ? tr("Day off") : tr("Working day (adjusted)"),
                          day.name},
                         day.date.toString(Qt::ISODate),
                         day.date.toString(Qt::ISODate),
                         {day.date},
                         false});
    }
    m_days->setRows(std::move(rows));
}

void CalendarPage::computeDueDate()
{
    const auto calendar = m_services.calendar().calendar();
    if (!calendar) {
        m_dueDate->setText(calendar.error().message);
        return;
    }
    const auto due = calendar->addWorkingDays(m_start->date(), m_workingDays->value());
    if (!due) {
        m_dueDate->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_dueDate->setText(due.error().message);
        return;
    }
    m_dueDate->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_dueDate->setText(UiText::dateWithWeekday(*due));
}

void CalendarPage::chooseImportFile()
{
    auto* dialog = new QFileDialog(this, tr("Import calendar year"), QString(), tr("Holiday calendar (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &CalendarPage::importFile);
    dialog->open();
}

void CalendarPage::importFile(const QString& path)
{
    // Read the file here first so that replacing a year can be confirmed by its number.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return;
    }
    const auto parsed = WorkingCalendar::parseHolidayCn(file.readAll());
    if (!parsed) {
        showMessage(parsed.error().message, true);
        return;
    }
    const CalendarYear year = *parsed;
    bool exists = false;
    for (const CalendarYear& loaded : std::as_const(m_loaded))
        exists = exists || loaded.year == year.year;
    if (!exists) {
        importYear(year);
        return;
    }
    auto* confirm = new QMessageBox(QMessageBox::Question, tr("Import calendar year"),
                                    tr("The calendar has %1 already. Replace it with the file's schedule? Due dates "
                                       "computed from now on follow the new schedule.")
                                        .arg(year.year),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("confirmReplaceYear"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    confirm->setDefaultButton(QMessageBox::Cancel);
    connect(confirm, &QMessageBox::finished, this, [this, year](int result) {
        if (result == QMessageBox::Yes)
            importYear(year);
    });
    confirm->open();
}

void CalendarPage::importYear(const CalendarYear& year)
{
    if (Status status = m_services.calendar().importYear(m_session, year); !status) {
        showMessage(status.error().message, true);
        return;
    }
    refresh();
    showMessage(tr("The calendar of %1 was imported.").arg(year.year), false);
}

void CalendarPage::showMessage(const QString& message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QStringLiteral("color: #2e7d32;"));
    m_message->show();
}

} // namespace OneSeal
