#include "printcentreworkspace.h"

#include "filteredtable.h"
#include "licenceissuedialog.h"
#include "print/documentrenderer.h"
#include "printqueuemodel.h"
#include "reprintdialog.h"
#include "services/applicationservice.h"
#include "services/services.h"
#include "uitext.h"
#include "verifypage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFormLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPixmap>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>
#include <tuple>

namespace OneSeal {
namespace {

/// The next sheet of a numbered stack: the trailing digits counted on, keeping their width (SC-000099 →
/// SC-000100). Empty when the number does not end in digits.
QString nextStockNumber(const QString& stock)
{
    static const QRegularExpression digits(QStringLiteral("(\\d+)$"));
    const auto match = digits.match(stock);
    if (!match.hasMatch())
        return {};
    const QString number = match.captured(1);
    const QString next = QString::number(number.toULongLong() + 1);
    return stock.left(match.capturedStart(1)) + QString(qMax<qsizetype>(0, number.size() - next.size()), u'0') + next;
}

QString sheetUseText(const QString& use)
{
    if (use == u"printed")
        return PrintCentreWorkspace::tr("Printed");
    if (use == u"failed")
        return PrintCentreWorkspace::tr("Print failed");
    return PrintCentreWorkspace::tr("Spoiled");
}

/// Numbers missing between the lowest and the highest used sheet of each stack: sheets nobody accounted for.
QStringList missingSheets(const QList<SheetUse>& sheets)
{
    static const QRegularExpression split(QStringLiteral("^(.*?)(\\d+)$"));
    QMap<QString, QList<qulonglong>> stacks;
    QMap<QString, int> widths;
    for (const SheetUse& sheet : sheets) {
        const auto match = split.match(sheet.stockNumber);
        if (!match.hasMatch())
            continue;
        stacks[match.captured(1)].append(match.captured(2).toULongLong());
        widths[match.captured(1)] = static_cast<int>(match.captured(2).size());
    }
    QStringList missing;
    for (auto it = stacks.begin(); it != stacks.end(); ++it) {
        QList<qulonglong> numbers = it.value();
        std::sort(numbers.begin(), numbers.end());
        for (qsizetype i = 1; i < numbers.size() && missing.size() < 50; ++i) {
            for (qulonglong n = numbers.at(i - 1) + 1; n < numbers.at(i) && missing.size() < 50; ++n)
                missing.append(it.key() + QStringLiteral("%1").arg(n, widths.value(it.key()), 10, QLatin1Char('0')));
        }
    }
    return missing;
}

} // namespace

PrintCentreWorkspace::PrintCentreWorkspace(Services& services, const Session& session, QWidget* parent)
    : ApplicationsWorkspace(services, session, describe(), parent), m_services(services), m_session(session),
      m_model(new PrintQueueModel(this)), m_proxy(new PrintQueueProxy(this))
{
    setObjectName(QStringLiteral("printCentreWorkspace"));
    m_choosePrinter = [this](QPrinter& printer, const QString& title) {
        QPrintDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Print %1").arg(title));
        return dialog.exec() == QDialog::Accepted;
    };
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PrintQueueModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_tabs = addTool(buildQueueTool(), tr("Waiting for the seal"));
    m_tabs->insertTab(1, buildSheetsPage(), tr("Security paper"));
    m_verify = new VerifyPage(services, this);
    m_tabs->insertTab(2, m_verify, tr("Verify (Ctrl+Shift+V)"));

    const QList<std::tuple<QKeySequence, void (PrintCentreWorkspace::*)()>> keys{
        {QKeySequence(Qt::CTRL | Qt::Key_N), &PrintCentreWorkspace::issueLicence},
        {QKeySequence(Qt::CTRL | Qt::Key_P), &PrintCentreWorkspace::printSelected},
        {QKeySequence(Qt::CTRL | Qt::Key_R), &PrintCentreWorkspace::reprintOrVoid},
        {QKeySequence(Qt::CTRL | Qt::Key_K), &PrintCentreWorkspace::recordSpoiledSheet},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), &PrintCentreWorkspace::showVerify},
    };
    for (const auto& [key, slot] : keys) {
        auto* action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    }
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_filter->setFocus();
        m_filter->selectAll();
    });
    addAction(find);
    auto* showPrinted = new QAction(this);
    showPrinted->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    showPrinted->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(showPrinted, &QAction::triggered, m_showPrinted, &QCheckBox::toggle);
    addAction(showPrinted);

    refreshQueue();
}

PrintCentreWorkspace::~PrintCentreWorkspace()
{
    // The children outlive this part of the object; their last signals and events must not call back into it.
    m_view->removeEventFilter(this);
    m_filter->removeEventFilter(this);
    m_view->selectionModel()->disconnect(this);
    m_showPrinted->disconnect(this);
}

ApplicationsWorkspace::Description PrintCentreWorkspace::describe()
{
    return {tr("Print centre"),
            tr("Every licence and sealed notice waiting for a seal: issue the licence of a granted case, check the "
               "preview (marked 草稿 until it prints), and print one by one or a morning's batch, licences onto "
               "numbered security paper. Reprints and voids of licences need a reason and a second person; every "
               "sheet and every print is accounted for."),
            tr("Keys: Ctrl+N issue, Ctrl+P print the selected documents, Ctrl+R reprint or void, Ctrl+H show "
               "printed documents too, Ctrl+F filter, F5 refresh, Ctrl+K record a spoiled sheet, Ctrl+Shift+V "
               "verify a licence."),
            {ApplicationState::Approved, ApplicationState::Issued}};
}

QWidget* PrintCentreWorkspace::buildQueueTool()
{
    auto* tool = new QWidget(this);
    tool->setObjectName(QStringLiteral("printQueueTool"));
    auto* layout = new QVBoxLayout(tool);

    auto* top = new QHBoxLayout;
    m_filter = new QLineEdit(tool);
    m_filter->setObjectName(QStringLiteral("printQueueFilter"));
    m_filter->setPlaceholderText(tr("Filter by document, case, number, item or holder (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    top->addWidget(m_filter, 1);
    m_kindFilter = new QComboBox(tool);
    m_kindFilter->setObjectName(QStringLiteral("documentKindFilter"));
    m_kindFilter->addItem(tr("All documents"));
    m_kindFilter->addItem(tr("Licences"), static_cast<int>(PrintQueueModel::DocumentKind::Licence));
    m_kindFilter->addItem(tr("Notices and decisions"), static_cast<int>(PrintQueueModel::DocumentKind::Notice));
    m_kindFilter->setToolTip(tr("Which documents the queue lists"));
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant kind = m_kindFilter->currentData();
        m_proxy->setKindFilter(kind.isValid() ? std::optional(static_cast<PrintQueueModel::DocumentKind>(kind.toInt()))
                                              : std::nullopt);
    });
    top->addWidget(m_kindFilter);
    m_showPrinted = new QCheckBox(tr("Show printed and void documents too (Ctrl+H)"), tool);
    m_showPrinted->setObjectName(QStringLiteral("showPrintedCheck"));
    connect(m_showPrinted, &QCheckBox::toggled, this, &PrintCentreWorkspace::refreshQueue);
    top->addWidget(m_showPrinted);
    layout->addLayout(top);

    auto* splitter = new QSplitter(Qt::Horizontal, tool);
    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("printQueueView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PrintQueueModel::StageColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Shift+arrows and Ctrl+Space pick a morning's batch.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PrintQueueModel::ItemColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumSectionSize(40);
    m_view->installEventFilter(this);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PrintCentreWorkspace::showPreview);

    auto* previewPane = new QWidget(splitter);
    auto* previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    m_previewCaption = new QLabel(previewPane);
    m_previewCaption->setObjectName(QStringLiteral("previewCaption"));
    m_previewCaption->setWordWrap(true);
    m_previewArea = new QScrollArea(previewPane);
    m_previewArea->setObjectName(QStringLiteral("previewArea"));
    m_previewArea->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_previewArea->setFocusPolicy(Qt::NoFocus);
    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("previewLabel"));
    // From the top: a page taller than the pane shows its title and number first.
    m_preview->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_preview->setWordWrap(true);
    m_previewArea->setWidget(m_preview);
    m_previewArea->setWidgetResizable(true);
    previewLayout->addWidget(m_previewCaption);
    previewLayout->addWidget(m_previewArea, 1);
    splitter->addWidget(m_view);
    splitter->addWidget(previewPane);
    // The preview gets the larger share: the keeper checks the page, the queue needs only its first columns.
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 6);
    splitter->setSizes({500, 750});
    layout->addWidget(splitter, 1);

    auto* printRow = new QHBoxLayout;
    auto* stockLabel = new QLabel(tr("First security-paper &sheet no.:"), tool);
    m_stock = new QLineEdit(tool);
    m_stock->setObjectName(QStringLiteral("stockEdit"));
    m_stock->setPlaceholderText(tr("e.g. 2026000101; empty on plain paper"));
    m_stock->setMinimumWidth(m_stock->fontMetrics().horizontalAdvance(m_stock->placeholderText()) + 24);
    stockLabel->setBuddy(m_stock);
    printRow->addWidget(stockLabel);
    printRow->addWidget(m_stock);
    const QList<std::tuple<QString, QString, void (PrintCentreWorkspace::*)()>> buttons{
        {QStringLiteral("issueLicenceButton"), tr("Issue licence… (Ctrl+N)"), &PrintCentreWorkspace::issueLicence},
        {QStringLiteral("printButton"), tr("Print… (Ctrl+P)"), &PrintCentreWorkspace::printSelected},
        {QStringLiteral("reprintButton"), tr("Reprint or void… (Ctrl+R)"), &PrintCentreWorkspace::reprintOrVoid},
    };
    for (const auto& [name, text, slot] : buttons) {
        auto* button = new QPushButton(text, tool);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, slot);
        printRow->addWidget(button);
    }
    printRow->addStretch(1);
    layout->addLayout(printRow);

    m_message = new QLabel(tool);
    m_message->setObjectName(QStringLiteral("printCentreMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    tool->setFocusProxy(m_view);
    return tool;
}

QWidget* PrintCentreWorkspace::buildSheetsPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("sheetsPage"));
    auto* layout = new QVBoxLayout(page);
    m_reconciliation = new QLabel(page);
    m_reconciliation->setObjectName(QStringLiteral("reconciliationLabel"));
    m_reconciliation->setWordWrap(true);
    layout->addWidget(m_reconciliation);
    m_sheets = new FilteredTable({tr("Sheet no."), tr("Use"), tr("Licence serial"), tr("Print"), tr("Time")},
                                 tr("Filter by sheet number, use or serial"), page);
    m_sheets->setObjectName(QStringLiteral("sheetsTable"));
    layout->addWidget(m_sheets, 1);

    auto* form = new QHBoxLayout;
    m_spoiledStock = new QLineEdit(page);
    m_spoiledStock->setObjectName(QStringLiteral("spoiledStockEdit"));
    m_spoiledStock->setPlaceholderText(tr("Sheet no."));
    m_spoiledReason = new QLineEdit(page);
    m_spoiledReason->setObjectName(QStringLiteral("spoiledReasonEdit"));
    m_spoiledReason->setPlaceholderText(tr("How it was spoiled (jammed, misprinted …)"));
    m_spoiledSerial = new QLineEdit(page);
    m_spoiledSerial->setObjectName(QStringLiteral("spoiledSerialEdit"));
    m_spoiledSerial->setPlaceholderText(tr("Licence serial, if any"));
    auto* record = new QPushButton(tr("Record spoiled sheet (Ctrl+K)"), page);
    record->setObjectName(QStringLiteral("recordSpoiledButton"));
    connect(record, &QPushButton::clicked, this, &PrintCentreWorkspace::recordSpoiledSheet);
    for (QLineEdit* edit : {m_spoiledStock, m_spoiledReason, m_spoiledSerial})
        connect(edit, &QLineEdit::returnPressed, this, &PrintCentreWorkspace::recordSpoiledSheet);
    auto* spoiledLabel = new QLabel(tr("Spoiled &sheet:"), page);
    spoiledLabel->setBuddy(m_spoiledStock);
    form->addWidget(spoiledLabel);
    form->addWidget(m_spoiledStock, 1);
    form->addWidget(m_spoiledReason, 2);
    form->addWidget(m_spoiledSerial, 1);
    form->addWidget(record);
    layout->addLayout(form);
    m_sheetsMessage = new QLabel(page);
    m_sheetsMessage->setObjectName(QStringLiteral("sheetsMessage"));
    m_sheetsMessage->setWordWrap(true);
    layout->addWidget(m_sheetsMessage);
    page->setFocusProxy(m_spoiledStock);
    return page;
}

void PrintCentreWorkspace::refresh()
{
    refreshQueue();
    showOutcome(tr("The queue is up to date: %n document(s) listed.", nullptr, m_proxy->rowCount()), false);
}

void PrintCentreWorkspace::showEvent(QShowEvent* event)
{
    ApplicationsWorkspace::showEvent(event);
    refreshQueue(); // the section may have granted cases while the keeper was elsewhere
}

QImage PrintCentreWorkspace::previewImage() const
{
    return m_preview->pixmap().toImage();
}

const PrintQueueEntry* PrintCentreWorkspace::currentEntry() const
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    return current.isValid() ? &m_model->entries().at(current.row()) : nullptr;
}

QList<PrintQueueEntry> PrintCentreWorkspace::selectedEntries() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(index).row());
    if (rows.isEmpty()) {
        if (const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex()); current.isValid())
            rows.append(current.row());
    }
    std::sort(rows.begin(), rows.end());
    QList<PrintQueueEntry> entries;
    for (int row : rows)
        entries.append(m_model->entries().at(row));
    return entries;
}

void PrintCentreWorkspace::select(const QString& caseNumber, const QString& serial)
{
    const int row = m_model->rowOf(caseNumber, serial);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, PrintQueueModel::StageColumn));
    if (index.isValid())
        m_view->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void PrintCentreWorkspace::select(const PrintQueueEntry& entry)
{
    if (!entry.isNotice())
        return select(entry.caseNumber, entry.serial);
    const int row = m_model->rowOfNotice(entry.noticeId);
    const QModelIndex index = row < 0 ? QModelIndex()
                                      : m_proxy->mapFromSource(m_model->index(row, PrintQueueModel::StageColumn));
    if (index.isValid())
        m_view->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void PrintCentreWorkspace::refreshQueue()
{
    if (!m_view)
        return;
    const PrintQueueEntry* current = currentEntry();
    const std::optional<PrintQueueEntry> previous = current ? std::optional(*current) : std::nullopt;
    const auto entries = m_services.licences().printQueue(m_session, m_showPrinted->isChecked());
    if (!entries) {
        m_model->setEntries({});
        showOutcome(entries.error().message, true);
    } else {
        m_model->setEntries(*entries);
    }
    if (previous)
        select(*previous);
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->selectionModel()->setCurrentIndex(m_proxy->index(0, PrintQueueModel::StageColumn),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showPreview();
    refreshSheets();
    refreshApplications();
}

void PrintCentreWorkspace::showPreview()
{
    m_preview->setPixmap({});
    const PrintQueueEntry* entry = currentEntry();
    if (!entry) {
        m_previewCaption->setText(tr("Nothing waits for the seal."));
        m_preview->setText({});
        return;
    }
    if (!entry->isNotice() && entry->serial.isEmpty()) {
        m_previewCaption->setText(tr("The selected case is granted and has no licence yet."));
        m_preview->setText(tr("Ctrl+N issues its licence; the preview shows once it has a serial."));
        return;
    }
    // A licence shows its next print with a placeholder for the signed code; a notice shows as it was issued.
    QString name = entry->serial;
    QString caption;
    QString templateName;
    QJsonObject fields;
    Error failed;
    if (entry->isNotice()) {
        name = entry->documentNumber;
        if (const auto job = m_services.licences().previewNotice(m_session, entry->noticeId); job) {
            templateName = job->kind;
            fields = job->fields;
            caption = tr("Preview of %1 %2, print %3 (marked 草稿 until it prints).")
                          .arg(PrintQueueModel::documentTitle(*entry), job->documentNumber)
                          .arg(job->printNumber);
        } else {
            failed = job.error();
        }
    } else if (const auto job = m_services.licences().preview(m_session, entry->serial); job) {
        templateName = job->templateName;
        fields = job->fields;
        caption = tr("Preview of %1, print %2 (marked 草稿; the print carries the signed code).")
                      .arg(entry->serial)
                      .arg(job->printNumber);
    } else {
        failed = job.error();
    }
    const auto layout = templateName.isEmpty() ? Result<DocumentTemplate>(failed) : DocumentRenderer::load(templateName);
    if (!layout) {
        m_previewCaption->setText(tr("No preview of %1.").arg(name));
        m_preview->setText(layout.error().message);
        return;
    }
    // The same renderer as the print, at the width the pane has, with the watermark that marks a draft.
    const double widthInches = layout->pageLayout.fullRect(QPageLayout::Inch).width();
    const int width = qMax(200, m_previewArea->viewport()->width() - 8);
    const int dpi = qBound(30, static_cast<int>(width / widthInches), 150);
    RenderOptions options;
    options.draft = true;
    const auto image = DocumentRenderer::renderImage(*layout, fields, dpi, options);
    if (!image) {
        // A particular the template needs is missing or does not fit: better seen here than on security paper.
        m_previewCaption->setText(tr("%1 cannot be printed as it stands.").arg(name));
        m_preview->setText(image.error().message);
        return;
    }
    m_previewCaption->setText(caption);
    m_preview->setText({});
    m_preview->setPixmap(QPixmap::fromImage(*image));
    m_previewArea->verticalScrollBar()->setValue(0);
    m_previewArea->horizontalScrollBar()->setValue(0);
}

void PrintCentreWorkspace::showOutcome(const QString& message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b71c1c;") : QStringLiteral("color: #2e7d32;"));
}

void PrintCentreWorkspace::issueLicence()
{
    m_tabs->setCurrentIndex(0);
    const PrintQueueEntry* entry = currentEntry();
    if (!entry || entry->isNotice() || !entry->serial.isEmpty())
        return showOutcome(tr("Choose a granted case that waits for its licence (\"Licence to issue\")."), true);
    const auto layout = DocumentRenderer::load(entry->templateName);
    if (!layout)
        return showOutcome(tr("The item's result is printed on \"%1\", which is no template here: %2")
                               .arg(entry->templateName, layout.error().message),
                           true);
    auto* dialog = new LicenceIssueDialog(m_services, m_session, *entry, *layout, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString caseNumber = entry->caseNumber;
    connect(dialog, &LicenceIssueDialog::licenceIssued, this, [this, caseNumber](const QString& serial) {
        refreshQueue();
        select(caseNumber, serial);
        showOutcome(
            tr("Licence %1 is issued for case %2; check the preview, then Ctrl+P prints it.").arg(serial, caseNumber),
            false);
        m_view->setFocus();
    });
    // Window-modal and not blocking, like every dialog of the client.
    dialog->open();
}

PrintCentreWorkspace::Target PrintCentreWorkspace::targetFor(QPrinter& printer, const QString& fileSuffix,
                                                             bool oneFilePerDocument, bool* rendered) const
{
    // A batch reads each template once, not once a sheet.
    auto templates = std::make_shared<QHash<QString, DocumentTemplate>>();
    auto load = [templates](const QString& name) -> Result<DocumentTemplate> {
        if (const auto it = templates->constFind(name); it != templates->cend())
            return *it;
        auto layout = DocumentRenderer::load(name);
        if (layout)
            templates->insert(name, *layout);
        return layout;
    };
    // "Print to file" goes through the PDF writer that repairs the text layer, so that the file can be searched
    // and read back; a printer gets the page itself.
    if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty()) {
        QString path = QFileInfo(printer.outputFileName()).absoluteFilePath();
        if (oneFilePerDocument) {
            const QFileInfo info(path);
            path = info.path() + u'/' + info.completeBaseName() + u'-' + fileSuffix + QStringLiteral(".pdf");
        }
        return {QStringLiteral("PDF:") + path,
                [path, rendered, load](const QString& templateName, const QJsonObject& fields) -> Status {
                    *rendered = true;
                    const auto layout = load(templateName);
                    if (!layout)
                        return layout.error();
                    return DocumentRenderer::renderPdf(*layout, fields, path);
                }};
    }
    return {printer.printerName(),
            [&printer, rendered, load](const QString& templateName, const QJsonObject& fields) -> Status {
                *rendered = true;
                const auto layout = load(templateName);
                if (!layout)
                    return layout.error();
                return DocumentRenderer::render(*layout, fields, printer);
            }};
}

void PrintCentreWorkspace::printSelected()
{
    m_tabs->setCurrentIndex(0);
    QList<PrintQueueEntry> toPrint;
    int skipped = 0;
    for (const PrintQueueEntry& entry : selectedEntries()) {
        if (PrintQueueModel::stageOf(entry) == PrintQueueModel::Stage::NeedsPrint)
            toPrint.append(entry);
        else
            ++skipped;
    }
    if (toPrint.isEmpty())
        return showOutcome(tr("Choose documents that wait for print (\"To print\"). A granted case gets its licence "
                              "with Ctrl+N first; a printed licence or notice is printed again with Ctrl+R."),
                           true);
    printEntries(toPrint, skipped);
}

void PrintCentreWorkspace::printEntries(const QList<PrintQueueEntry>& toPrint, int skipped)
{
    // Only licences go onto numbered security paper; notices print on plain paper and use no sheet.
    const auto licences = std::count_if(toPrint.cbegin(), toPrint.cend(),
                                        [](const PrintQueueEntry& entry) { return !entry.isNotice(); });
    QString stock = licences > 0 ? m_stock->text().trimmed() : QString();
    if (licences > 1 && !stock.isEmpty() && nextStockNumber(stock).isEmpty())
        return showOutcome(tr("The sheet number %1 does not end in digits, so a batch cannot count the sheets on; "
                              "print one by one or give the number as printed on the sheet.")
                               .arg(stock),
                           true);
    const auto nameOf = [](const PrintQueueEntry& entry) {
        return entry.isNotice() ? entry.documentNumber : entry.serial;
    };

    QPrinter printer(QPrinter::HighResolution);
    const QString title = toPrint.size() == 1 ? nameOf(toPrint.first())
                                              : tr("%n document(s)", nullptr, static_cast<int>(toPrint.size()));
    printer.setDocName(title);
    if (!m_choosePrinter(printer, title))
        return;

    QProgressDialog progress(tr("Printing…"), tr("Cancel"), 0, static_cast<int>(toPrint.size()), this);
    progress.setObjectName(QStringLiteral("printProgress"));
    progress.setWindowTitle(tr("Print centre"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    QStringList printed;
    QStringList failed;
    QString stopped;
    const int total = static_cast<int>(toPrint.size());
    for (int i = 0; i < total; ++i) {
        const PrintQueueEntry& entry = toPrint.at(i);
        progress.setValue(i);
        progress.setLabelText(tr("Printing %1 (%2 of %3)…").arg(nameOf(entry)).arg(i + 1).arg(total));
        QCoreApplication::processEvents();
        if (progress.wasCanceled())
            break;
        bool rendered = false;
        const int copies = qMax(1, printer.copyCount());
        Status outcome;
        if (entry.isNotice()) {
            const Target target =
                targetFor(printer, entry.caseNumber + u'-' + entry.templateName, total > 1, &rendered);
            const auto job = m_services.licences().printNotice(
                m_session, {entry.noticeId, target.printer, copies},
                [&target](const NoticePrintJob& j) { return target.render(j.kind, j.fields); });
            outcome = job ? Status() : Status(job.error());
        } else {
            const Target target = targetFor(printer, entry.serial, total > 1, &rendered);
            const auto job = m_services.licences().print(
                m_session, {entry.serial, target.printer, copies, stock},
                [&target](const LicencePrintJob& j) { return target.render(j.templateName, j.fields); });
            outcome = job ? Status() : Status(job.error());
        }
        if (!rendered) { // refused before anything reached the paper: the sheet is still blank
            stopped = outcome ? QString() : outcome.error().message;
            break;
        }
        // The sheet went through the printer either way and is accounted for in the register.
        if (outcome)
            printed.append(nameOf(entry));
        else
            failed.append(QStringLiteral("%1: %2").arg(nameOf(entry), outcome.error().message));
        if (!stock.isEmpty() && !entry.isNotice())
            stock = nextStockNumber(stock);
        emit documentPrinted(i + 1, total);
    }
    progress.setValue(total);
    if (licences > 0)
        m_stock->setText(stock);
    refreshQueue();

    QStringList parts;
    if (!printed.isEmpty())
        parts.append(tr("Printed %n document(s): %1.", nullptr, static_cast<int>(printed.size()))
                         .arg(printed.join(QStringLiteral(", "))));
    if (!failed.isEmpty())
        parts.append(tr("Failed, recorded as failed prints (print them again): %1").arg(failed.join(u' ')));
    if (!stopped.isEmpty())
        parts.append(stopped);
    const int notDone = total - static_cast<int>(printed.size() + failed.size());
    if (notDone > 0 && stopped.isEmpty())
        parts.append(tr("Cancelled after %1 of %2; %n document(s) were not printed and still wait for print.", nullptr,
                        notDone)
                         .arg(printed.size() + failed.size())
                         .arg(total));
    if (skipped > 0)
        parts.append(tr("%n selected row(s) did not wait for print and were left alone.", nullptr, skipped));
    showOutcome(parts.join(u' '), !failed.isEmpty() || !stopped.isEmpty() || printed.isEmpty());
}

void PrintCentreWorkspace::reprintOrVoid()
{
    m_tabs->setCurrentIndex(0);
    const PrintQueueEntry* entry = currentEntry();
    // A notice carries no signed code an older sheet could be confused with: it is simply printed again.
    if (entry && entry->isNotice())
        return printEntries({*entry}, 0);
    if (!entry || entry->serial.isEmpty() || entry->status != u"issued")
        return showOutcome(tr("Choose an issued licence to reprint or void (Ctrl+H shows the printed ones)."), true);
    const QString serial = entry->serial;
    auto submit = [this](const ReprintDialog::Request& request) -> Status {
        if (request.action == ReprintDialog::Action::Void) {
            if (Status s = m_services.licences().voidLicence(m_session, request.serial, request.reason, request.second);
                !s)
                return s;
            refreshQueue();
            showOutcome(tr("Licence %1 is void; every sheet of it verifies as void now.").arg(request.serial), false);
            return {};
        }
        // The reason and the second person come before the printer, so that a refusal never wastes a sheet.
        if (request.reason.isEmpty())
            return makeError(QStringLiteral("licence.reason_missing"),
                             tr("Say why the licence is printed again (lost, damaged …)."), QStringLiteral("reason"));
        if (Status s = m_services.licences().confirmSecondPerson(m_session, request.second); !s)
            return s;
        QPrinter printer(QPrinter::HighResolution);
        printer.setDocName(request.serial);
        if (!m_choosePrinter(printer, request.serial))
            return makeError(QStringLiteral("print.cancelled"), tr("Printing was cancelled; nothing was recorded."));
        bool rendered = false;
        const Target target = targetFor(printer, request.serial, false, &rendered);
        const auto job = m_services.licences().reprint(
            m_session, {request.serial, target.printer, qMax(1, printer.copyCount()), request.stockNumber},
            request.reason, request.second,
            [&target](const LicencePrintJob& j) { return target.render(j.templateName, j.fields); });
        if (rendered && !request.stockNumber.isEmpty() && m_stock->text().trimmed() == request.stockNumber)
            m_stock->setText(nextStockNumber(request.stockNumber));
        refreshQueue();
        if (!job)
            return job.error();
        showOutcome(tr("Licence %1 is printed again as print %2; the earlier sheets verify as superseded.")
                        .arg(job->serial)
                        .arg(job->printNumber),
                    false);
        return {};
    };
    auto* dialog = new ReprintDialog(serial, m_stock->text().trimmed(), submit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PrintCentreWorkspace::refreshSheets()
{
    const auto sheets = m_services.licences().sheets(m_session);
    if (!sheets) {
        m_sheets->setRows({});
        m_reconciliation->setText(sheets.error().message);
        return;
    }
    // The keeper's own window when they work at one; otherwise the whole site.
    QList<SheetUse> used;
    for (const SheetUse& sheet : *sheets) {
        if (m_session.windowId.isEmpty() || sheet.windowId == m_session.windowId)
            used.append(sheet);
    }
    QList<TableRow> rows;
    QMap<QString, int> totals;
    for (const SheetUse& sheet : used) {
        ++totals[sheet.use];
        rows.append({{sheet.stockNumber, sheetUseText(sheet.use), sheet.serial,
                      sheet.printNumber > 0 ? QString::number(sheet.printNumber) : QString(),
                      UiText::dateTime(QDateTime::fromString(sheet.at, Qt::ISODateWithMs))},
                     sheet.stockNumber,
                     {},
                     {},
                     sheet.use != u"printed"});
    }
    m_sheets->setRows(std::move(rows));
    const QStringList missing = missingSheets(used);
    QString text = (m_session.windowId.isEmpty() ? tr("Security paper used at this site: ")
                                                 : tr("Security paper used at this window: ")) +
                   tr("%1 printed, %2 failed prints, %3 spoiled, %4 sheets in all.")
                       .arg(totals.value(QStringLiteral("printed")))
                       .arg(totals.value(QStringLiteral("failed")))
                       .arg(totals.value(QStringLiteral("spoiled")))
                       .arg(used.size());
    if (!missing.isEmpty())
        text += u' ' + tr("Not accounted for between the numbers used: %1. Record each as spoiled or find it.")
                           .arg(missing.join(QStringLiteral(", ")));
    m_reconciliation->setText(text);
    m_reconciliation->setStyleSheet(missing.isEmpty() ? QString() : QStringLiteral("color: #b71c1c;"));
}

void PrintCentreWorkspace::recordSpoiledSheet()
{
    if (m_tabs->currentIndex() != 1) {
        m_tabs->setCurrentIndex(1);
        m_spoiledStock->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    const Status s = m_services.licences().recordSpoiledSheet(m_session, m_spoiledStock->text(),
                                                              m_spoiledReason->text(), m_spoiledSerial->text());
    if (!s) {
        m_sheetsMessage->setText(s.error().message);
        m_sheetsMessage->setStyleSheet(QStringLiteral("color: #b71c1c;"));
        return;
    }
    m_sheetsMessage->setText(tr("Sheet %1 is recorded as spoiled.").arg(m_spoiledStock->text().trimmed()));
    m_sheetsMessage->setStyleSheet(QStringLiteral("color: #2e7d32;"));
    m_spoiledStock->clear();
    m_spoiledReason->clear();
    m_spoiledSerial->clear();
    m_spoiledStock->setFocus();
    refreshSheets();
}

void PrintCentreWorkspace::showVerify()
{
    m_tabs->setCurrentWidget(m_verify);
    m_verify->focusScan();
}

bool PrintCentreWorkspace::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        // Down from the filter goes into the queue, as in every list of the client.
        if (watched == m_filter && key == Qt::Key_Down && m_proxy->rowCount() > 0) {
            m_view->setFocus();
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_proxy->index(0, PrintQueueModel::StageColumn));
            return true;
        }
        // Enter on a row does what the row waits for.
        if (watched == m_view && (key == Qt::Key_Return || key == Qt::Key_Enter) &&
            static_cast<QKeyEvent*>(event)->modifiers() == Qt::NoModifier) {
            if (const PrintQueueEntry* entry = currentEntry()) {
                if (!entry->isNotice() && entry->serial.isEmpty())
                    issueLicence();
                else if (PrintQueueModel::stageOf(*entry) == PrintQueueModel::Stage::NeedsPrint)
                    printSelected();
                return true;
            }
        }
    }
    return ApplicationsWorkspace::eventFilter(watched, event);
}

} // namespace OneSeal
