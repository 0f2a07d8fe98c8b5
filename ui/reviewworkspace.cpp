#include "reviewworkspace.h"

#include "correctiondialog.h"
#include "dashboard.h"
#include "extensiondialog.h"
#include "print/documentrenderer.h"
#include "resumedialog.h"
#include "reviewqueuemodel.h"
#include "services/applicationservice.h"
#include "services/services.h"
#include "suspensiondialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace OneSeal {
namespace {

/// Long enough to let a name be typed (or an input method commit its characters), short enough to feel
/// immediate.
constexpr int kSearchPauseMs = 150;
/// The queue shows this many cases at a time, most urgent first; the count says how many there are.
constexpr int kPageSize = 500;

} // namespace

ReviewWorkspace::ReviewWorkspace(Services& services, const Session& session, QWidget* parent)
    : ApplicationsWorkspace(services, session, describe(), parent), m_services(services), m_session(session),
      m_model(new ReviewQueueModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_documentFolder(
          QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(QStringLiteral("OneSeal")))
{
    setObjectName(QStringLiteral("reviewWorkspace"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReviewQueueModel::SortRole);
    QTabWidget* tabs = addTool(buildQueueTool(), tr("Section queue"));
    loadSavedFilters();
    // The section chief watches their own section's figures beside the queue (DOMAIN.md: a user sees their
    // section's work); a chief whose account names no section has none to watch.
    if (const auto scope = ReportService::sectionScope(session); scope && session.has(Role::Approver)) {
        auto* dashboard = new Dashboard(services, tabs);
        dashboard->setViewer(session);
        dashboard->setSectionScope(*scope);
        tabs->addTab(dashboard, tr("Dashboard (Ctrl+Shift+D)"));
        auto* show = new QAction(this);
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
        show->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(show, &QAction::triggered, dashboard, [tabs, dashboard] {
            tabs->setCurrentWidget(dashboard);
            dashboard->setFocus(Qt::ShortcutFocusReason);
        });
        addAction(show);
    }
    refreshQueue();
}

ApplicationsWorkspace::Description ReviewWorkspace::describe()
{
    return {tr("Review and decision"),
            tr("Your section's queue, most urgent first, with each case's light: green, yellow when little time "
               "is left, red once the promised limit passed and overdue by law past the statutory limit. Claim a "
               "case, record the review opinion, and, as an approver, decide it."),
            tr("Keys: F6 claim, F7 release, F8 record the opinion, F9 decide; Ctrl+Shift+P special procedure, "
               "Ctrl+Shift+B supplement, Ctrl+Shift+R resume the clock, Ctrl+Shift+E extend, Ctrl+Shift+C "
               "correct a decision; Ctrl+F searches, Ctrl+Shift+S saves the search."),
            {ApplicationState::Accepted, ApplicationState::InReview, ApplicationState::Approved,
             ApplicationState::Denied}};
}

QWidget* ReviewWorkspace::buildQueueTool()
{
    auto* tool = new QWidget(this);
    tool->setObjectName(QStringLiteral("reviewQueueTool"));
    auto* layout = new QVBoxLayout(tool);

    auto* searchRow = new QHBoxLayout;
    m_filter = new QLineEdit(tool);
    m_filter->setObjectName(QStringLiteral("queueFilter"));
    m_filter->setPlaceholderText(
        tr("Search by name (张伟), item, case number or address (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    searchRow->addWidget(m_filter, 3);
    m_scope = new QComboBox(tool);
    m_scope->setObjectName(QStringLiteral("scopeCombo"));
    m_scope->addItem(tr("Open cases"), int(CaseScope::Open));
    m_scope->addItem(tr("All cases of the section"), int(CaseScope::All));
    searchRow->addWidget(m_scope);
    m_sort = new QComboBox(tool);
    m_sort->setObjectName(QStringLiteral("sortCombo"));
    m_sort->addItem(tr("By due date"), int(CaseSort::DueDate));
    m_sort->addItem(tr("By case number"), int(CaseSort::CaseNumber));
    m_sort->addItem(tr("By acceptance date"), int(CaseSort::AcceptedOn));
    m_sort->addItem(tr("By item"), int(CaseSort::Item));
    searchRow->addWidget(m_sort);
    m_descending = new QCheckBox(tr("Descending"), tool);
    m_descending->setObjectName(QStringLiteral("descendingCheck"));
    searchRow->addWidget(m_descending);
    m_saved = new QComboBox(tool);
    m_saved->setObjectName(QStringLiteral("savedFilterCombo"));
    m_saved->setMinimumContentsLength(10);
    searchRow->addWidget(m_saved, 1);
    m_filterName = new QLineEdit(tool);
    m_filterName->setObjectName(QStringLiteral("filterNameEdit"));
    m_filterName->setPlaceholderText(tr("Name to save the search under (Ctrl+Shift+S)"));
    searchRow->addWidget(m_filterName, 2);
    layout->addLayout(searchRow);
    m_count = new QLabel(tool);
    m_count->setObjectName(QStringLiteral("queueCount"));
    layout->addWidget(m_count);

    // Each key restarts the pause; the search runs once the user stops typing.
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchPauseMs);
    connect(m_searchTimer, &QTimer::timeout, this, &ReviewWorkspace::search);
    connect(m_filter, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    for (QComboBox* combo : {m_scope, m_sort})
        connect(combo, &QComboBox::currentIndexChanged, this, &ReviewWorkspace::search);
    connect(m_descending, &QCheckBox::toggled, this, &ReviewWorkspace::search);
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applySavedFilter(m_saved->itemText(index));
    });
    connect(m_filterName, &QLineEdit::returnPressed, this, &ReviewWorkspace::saveCurrentFilter);

    m_view = new QTableView(tool);
    m_view->setObjectName(QStringLiteral("queueView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ReviewQueueModel::DaysLeftColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false); // Tab leaves the table for the opinion, as a form would
    m_view->verticalHeader()->hide();
    // Case numbers and lights are read whole; the item takes what is left.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ReviewQueueModel::ItemColumn, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);

    m_text = new QPlainTextEdit(tool);
    m_text->setObjectName(QStringLiteral("reviewText"));
    m_text->setPlaceholderText(tr("Opinion (review) or reasons (decision)"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(90);
    layout->addWidget(m_text);

    auto* buttons = new QHBoxLayout;
    m_outcome = new QComboBox(tool);
    m_outcome->setObjectName(QStringLiteral("outcomeCombo"));
    m_outcome->addItem(tr("Grant (准予)"), true);
    m_outcome->addItem(tr("Refuse (不予)"), false);
    buttons->addWidget(m_outcome);
    const QList<std::tuple<QString, QString, QKeySequence, void (ReviewWorkspace::*)()>> steps{
        {QStringLiteral("claimButton"), tr("Claim (F6)"), QKeySequence(Qt::Key_F6), &ReviewWorkspace::claimCase},
        {QStringLiteral("releaseButton"), tr("Release (F7)"), QKeySequence(Qt::Key_F7), &ReviewWorkspace::releaseCase},
        {QStringLiteral("opinionButton"), tr("Record opinion (F8)"), QKeySequence(Qt::Key_F8),
         &ReviewWorkspace::recordOpinion},
        {QStringLiteral("decideButton"), tr("Decide (F9)"), QKeySequence(Qt::Key_F9), &ReviewWorkspace::decideCase},
    };
    // The keys work wherever the focus is inside the queue's tab, and only there: on the dashboard or the
    // applications tab beside it, F9 must not decide a case the user cannot see.
    const auto addButton = [this, tool](QHBoxLayout* row, const QString& name, const QString& text,
                                        void (ReviewWorkspace::*slot)()) {
        auto* button = new QPushButton(text, tool);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, slot);
        row->addWidget(button);
    };
    const auto addStep = [this, tool, addButton](QHBoxLayout* row, const QString& name, const QString& text,
                                                 const QKeySequence& key, void (ReviewWorkspace::*slot)()) {
        addButton(row, name, text, slot);
        auto* action = new QAction(text, tool);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        tool->addAction(action);
    };
    // The function keys are not shortcuts: a clerk who also reviews has the queue at the window's F6 and F7
    // on this workspace too (TicketPanel::installShortcuts), and two shortcuts on one key cancel each other
    // out. The queue's tab takes its keys first (eventFilter), so that they act on the queue while it is
    // shown and reach the window's queue otherwise. F5 is no step: it is the workspace's Refresh (refresh()).
    for (const auto& [name, text, key, slot] : steps) {
        addButton(buttons, name, text, slot);
        m_stepKeys.append({key[0].key(), slot});
    }
    addButton(buttons, QStringLiteral("refreshButton"), tr("Refresh (F5)"), &ReviewWorkspace::refreshQueue);
    m_queueTool = tool;
    tool->installEventFilter(this);
    auto* find = new QAction(tool);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    tool->addAction(find);
    auto* save = new QAction(tool);
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    save->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QAction::triggered, this, &ReviewWorkspace::saveCurrentFilter);
    tool->addAction(save);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    // The steps that stop, extend or correct the clock and the decision, each through a dialog.
    auto* clockSteps = new QHBoxLayout;
    const QList<std::tuple<QString, QString, QKeySequence, void (ReviewWorkspace::*)()>> dialogs{
        {QStringLiteral("specialProcedureButton"), tr("Special procedure… (Ctrl+Shift+P)"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), &ReviewWorkspace::startSpecialProcedure},
        {QStringLiteral("supplementButton"), tr("Supplement… (Ctrl+Shift+B)"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), &ReviewWorkspace::requestSupplement},
        {QStringLiteral("resumeButton"), tr("Resume clock… (Ctrl+Shift+R)"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &ReviewWorkspace::resumeClock},
        {QStringLiteral("extendButton"), tr("Extend… (Ctrl+Shift+E)"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
         &ReviewWorkspace::extendCase},
        {QStringLiteral("correctButton"), tr("Correct decision… (Ctrl+Shift+C)"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &ReviewWorkspace::correctDecision},
    };
    for (const auto& [name, text, key, slot] : dialogs)
        addStep(clockSteps, name, text, key, slot);
    clockSteps->addStretch(1);
    layout->addLayout(clockSteps);

    m_message = new QLabel(tool);
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    return tool;
}

QString ReviewWorkspace::currentCase() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(ReviewQueueModel::CaseNumberRole).toString() : QString();
}

void ReviewWorkspace::selectCase(const QString& caseNumber)
{
    const int row = m_model->rowOf(caseNumber);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, ReviewQueueModel::CaseColumn));
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void ReviewWorkspace::refresh()
{
    // What is shown: on the dashboard beside the queue, F5 must not reread (and reselect in) a queue the user
    // cannot see; the dashboard runs its own report (Ctrl+Enter).
    if (m_queueTool->isVisibleTo(this))
        refreshQueue();
    else
        refreshApplications();
}

void ReviewWorkspace::refreshQueue()
{
    search();
    refreshApplications(); // the applications tab beside the queue
}

void ReviewWorkspace::search()
{
    m_searchTimer->stop();
    const QString selected = currentCase();
    CaseQuery query;
    query.section = m_session.sectionId;
    query.text = m_filter->text();
    query.scope = CaseScope(m_scope->currentData().toInt());
    query.sort = CaseSort(m_sort->currentData().toInt());
    query.descending = m_descending->isChecked();
    query.limit = kPageSize;
    const auto page = m_services.search().queuePage(query, m_services.clock().today());
    if (!page) {
        m_model->setEntries({});
        m_count->clear();
        showOutcome(page.error().message, true);
        return;
    }
    m_model->setEntries(page->entries);
    m_count->setText(page->total > page->entries.size()
                         ? tr("%1 cases; the first %2 are shown.").arg(page->total).arg(page->entries.size())
                         : tr("%n case(s).", nullptr, page->total));
    selectCase(selected);
}

void ReviewWorkspace::flushSearch()
{
    if (m_searchTimer->isActive())
        search();
}

void ReviewWorkspace::loadSavedFilters()
{
    m_saved->clear();
    m_saved->addItem(tr("Saved searches…"));
    const auto filters = m_services.search().savedFilters(m_session);
    if (!filters)
        return showOutcome(filters.error().message, true);
    for (const SavedFilter& f : *filters)
        m_saved->addItem(f.name);
}

void ReviewWorkspace::saveCurrentFilter()
{
    const QString name = m_filterName->text().simplified();
    if (name.isEmpty()) {
        m_filterName->setFocus(Qt::ShortcutFocusReason);
        return showOutcome(tr("Type a name for the search, then press Enter or Ctrl+Shift+S again."), false);
    }
    SavedFilter filter{name, m_filter->text().trimmed(), CaseScope(m_scope->currentData().toInt()),
                       CaseSort(m_sort->currentData().toInt()), m_descending->isChecked()};
    if (const Status saved = m_services.search().saveFilter(m_session, filter); !saved)
        return showOutcome(saved.error().message, true);
    m_filterName->clear();
    loadSavedFilters();
    m_saved->setCurrentIndex(m_saved->findText(name));
    showOutcome(tr("The search is saved as \"%1\"; pick it from the list of saved searches.").arg(name), false);
    m_filter->setFocus();
}

void ReviewWorkspace::applySavedFilter(const QString& name)
{
    const auto filters = m_services.search().savedFilters(m_session);
    if (!filters)
        return showOutcome(filters.error().message, true);
    for (const SavedFilter& f : *filters) {
        if (f.name != name)
            continue;
        // One search for the whole filter, not one per widget it sets.
        const QSignalBlocker blockScope(m_scope), blockSort(m_sort), blockDescending(m_descending);
        m_scope->setCurrentIndex(m_scope->findData(int(f.scope)));
        m_sort->setCurrentIndex(m_sort->findData(int(f.sort)));
        m_descending->setChecked(f.descending);
        m_filter->setText(f.text);
        search();
        m_filter->setFocus();
        return;
    }
    showOutcome(tr("There is no saved search \"%1\" any more.").arg(name), true);
}

void ReviewWorkspace::showOutcome(const QString& message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b71c1c;") : QString());
}

void ReviewWorkspace::claimCase()
{
    const QString number = currentCase();
    if (number.isEmpty())
        return showOutcome(tr("Choose a case in the queue first."), true);
    if (const Status status = m_services.review().claim(m_session, number); !status)
        return showOutcome(status.error().message, true);
    refreshQueue();
    selectCase(number);
    showOutcome(tr("You hold case %1 now; nobody else can change it until you release it.").arg(number), false);
    m_text->setFocus();
}

void ReviewWorkspace::releaseCase()
{
    const QString number = currentCase();
    if (number.isEmpty())
        return showOutcome(tr("Choose a case in the queue first."), true);
    if (const Status status = m_services.review().release(m_session, number); !status)
        return showOutcome(status.error().message, true);
    refreshQueue();
    selectCase(number);
    showOutcome(tr("Case %1 is back in the queue.").arg(number), false);
}

void ReviewWorkspace::recordOpinion()
{
    const QString number = currentCase();
    if (number.isEmpty())
        return showOutcome(tr("Choose a case in the queue first."), true);
    const bool grant = m_outcome->currentData().toBool();
    if (const Status status =
            m_services.review().recordOpinion(m_session, number, {m_text->toPlainText(), grant, false, {}});
        !status)
        return showOutcome(status.error().message, true);
    m_text->clear();
    refreshQueue();
    selectCase(number);
    showOutcome(tr("The opinion on case %1 is recorded; the case waits for an approver's decision.").arg(number), false);
    m_view->setFocus();
}

void ReviewWorkspace::decideCase()
{
    const QString number = currentCase();
    if (number.isEmpty())
        return showOutcome(tr("Choose a case in the queue first."), true);
    const bool grant = m_outcome->currentData().toBool();
    const auto document = m_services.review().decide(m_session, number, grant, m_text->toPlainText());
    if (!document)
        return showOutcome(document.error().message, true);
    const auto notice = m_services.intake().notice(*document);
    m_text->clear();
    refreshQueue();
    showOutcome((grant ? tr("Case %1 is granted (%2); it waits in the print centre.")
                       : tr("Case %1 is refused (%2); the decision states the reasons and the remedies."))
                    .arg(number, notice ? notice->documentNumber : QString()),
                false);
    m_view->setFocus();
}

void ReviewWorkspace::refreshAfterStep(const QString& caseNumber)
{
    refreshQueue();
    selectCase(caseNumber);
    m_view->setFocus();
}

Result<std::pair<QString, QString>> ReviewWorkspace::saveDocument(const QString& noticeId)
{
    const auto notice = m_services.intake().notice(noticeId);
    if (!notice)
        return notice.error();
    if (!QDir().mkpath(m_documentFolder))
        return makeError(QStringLiteral("ui.document_folder"),
                         tr("The folder %1 cannot be created; the document was issued but not saved. Check that the "
                            "folder may be written to, or print the document from the applications tab.")
                             .arg(QDir::toNativeSeparators(m_documentFolder)));
    const auto layout = DocumentRenderer::load(notice->kind);
    if (!layout)
        return layout.error();
    // The command line's name for the file; a second document of the same kind gets a number, never
    // replacing the first.
    const QDir folder(m_documentFolder);
    const QString base = QStringLiteral("%1-%2").arg(notice->caseNumber, notice->kind);
    QString path = folder.filePath(base + QStringLiteral(".pdf"));
    for (int n = 2; QFile::exists(path); ++n)
        path = folder.filePath(QStringLiteral("%1-%2.pdf").arg(base).arg(n));
    // The saved file goes to the applicant as a printed sheet would, so it is recorded as the print centre
    // records a print to file, and the document no longer waits there.
    const QString file = QFileInfo(path).absoluteFilePath();
    const auto job = m_services.licences().printNotice(
        m_session, {noticeId, QStringLiteral("PDF:") + file, 1},
        [&](const NoticePrintJob& j) { return DocumentRenderer::renderPdf(*layout, j.fields, file); });
    if (!job)
        return job.error();
    return std::pair{notice->documentNumber, QDir::toNativeSeparators(path)};
}

void ReviewWorkspace::startSpecialProcedure()
{
    const QString number = currentCase();
    if (number.isEmpty())
        return showOutcome(tr("Choose a case in the queue first."), true);
    auto* dialog = new SuspensionDialog(m_services, m_session, number, SuspensionDialog::Kind::SpecialProcedure, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SuspensionDialog::suspended, this, [this, number](const QString& documentId) {
        refreshAfterStep(number);
        const auto saved = saveDocument(documentId);
        if (!saved)
            return showOutcome(tr("The clock of case %1 stopped for the special procedure, but its notice could not "
                                  "be saved: %2")
                                   .arg(number, saved.error().message),
                               true);
        showOutcome(tr("The clock of case %1 stopped for the special procedure. The notice %2 is saved as %3; give "
                       "it to the applicant. Ctrl+Shift+R lets the clock run again when the procedure ends.")
                        .arg(number, saved->first, saved->second),
                    false);
    });
    dialog->open();
}

void ReviewWorkspace::requestSupplement()
{
    const QString number = currentCase();
    if (number.isEmpty())
        return showOutcome(tr("Choose a case in the queue first."), true);
    auto* dialog = new SuspensionDialog(m_services, m_session, number, SuspensionDialog::Kind::Supplement, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SuspensionDialog::suspended, this, [this, number] {
        refreshAfterStep(number);
        showOutcome(tr("The supplement for case %1 is recorded. Ctrl+Shift+R records the materials' arrival.")
                        .arg(number),
                    false);
    });
    dialog->open();
}

void ReviewWorkspace::resumeClock()
{
    const QString number = currentCase();
    if (number.isEmpty())
        return showOutcome(tr("Choose a case in the queue first."), true);
    auto* dialog = new ResumeDialog(m_services, m_session, number, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResumeDialog::resumed, this, [this, number] {
        refreshAfterStep(number);
        showOutcome(tr("The clock of case %1 runs again.").arg(number), false);
    });
    dialog->open();
}

void ReviewWorkspace::extendCase()
{
    const QString number = currentCase();
    if (number.isEmpty())
        return showOutcome(tr("Choose a case in the queue first."), true);
    auto* dialog = new ExtensionDialog(m_services, m_session, number, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExtensionDialog::extended, this, [this, number](const QString& documentId) {
        refreshAfterStep(number);
        const auto reading = m_services.review().clock(number, m_services.clock().today());
        const QString due = reading && reading->statutoryDueDate
                                ? QLocale().toString(*reading->statutoryDueDate, QLocale::LongFormat)
                                : tr("unknown");
        const auto saved = saveDocument(documentId);
        if (!saved)
            return showOutcome(tr("Case %1 is extended, but its 延期告知书 could not be saved: %2")
                                   .arg(number, saved.error().message),
                               true);
        showOutcome(tr("Case %1 is extended; the new statutory due date is %2. The 延期告知书 %3 is saved as %4; "
                       "send it to the applicant.")
                        .arg(number, due, saved->first, saved->second),
                    false);
    });
    dialog->open();
}

void ReviewWorkspace::correctDecision()
{
    const QString number = currentCase();
    if (number.isEmpty())
        return showOutcome(tr("Choose a case in the queue first; decided cases are listed under \"All cases of the "
                              "section\"."),
                           true);
    auto* dialog = new CorrectionDialog(m_services, m_session, number, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CorrectionDialog::corrected, this, [this, number](bool grant, const QString& documentId) {
        refreshAfterStep(number);
        const auto saved = saveDocument(documentId);
        if (!saved)
            return showOutcome(tr("The decision on case %1 is corrected, but the new decision document could not "
                                  "be saved: %2")
                                   .arg(number, saved.error().message),
                               true);
        showOutcome((grant ? tr("The decision on case %1 is corrected to grant; the case waits in the print centre. "
                                "The new decision %2 is saved as %3.")
                           : tr("The decision on case %1 is corrected to refuse. The new decision %2 is saved as "
                                "%3."))
                        .arg(number, saved->first, saved->second),
                    false);
    });
    dialog->open();
}

bool ReviewWorkspace::eventFilter(QObject* watched, QEvent* event)
{
    // A function key pressed inside the queue's tab (it arrives here from the focused widget, which has no
    // use for it): claimed before the shortcuts are looked up, then acted on.
    if (watched == m_queueTool && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        for (const auto& [code, slot] : std::as_const(m_stepKeys)) {
            if (key->key() != code || key->modifiers() != Qt::NoModifier)
                continue;
            event->accept();
            if (event->type() == QEvent::KeyPress && !key->isAutoRepeat())
                (this->*slot)();
            return true;
        }
    }
    // Down from the search box goes into the queue, as in every list of the client; a search still
    // waiting for the pause runs first, so the row chosen is one of its results. Enter searches at once.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            flushSearch();
            return true;
        }
        if (key == Qt::Key_Down) {
            flushSearch();
            if (m_proxy->rowCount() > 0) {
                m_view->setFocus();
                m_view->setCurrentIndex(m_proxy->index(0, ReviewQueueModel::CaseColumn));
                return true;
            }
        }
    }
    return ApplicationsWorkspace::eventFilter(watched, event);
}

} // namespace OneSeal
