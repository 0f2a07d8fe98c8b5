#include "intakeworkspace.h"

#include "core/creditcode.h"
#include "core/residentid.h"
#include "dialogbuttons.h"
#include "fielderrors.h"
#include "onthespotdialog.h"
#include "print/documentrenderer.h"
#include "services/applicationservice.h"
#include "services/licenceservice.h"
#include "services/services.h"
#include "uitext.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUuid>
#include <QVBoxLayout>

namespace OneSeal {

namespace {

const QString kReceived = QStringLiteral("received");
const QString kMissing = QStringLiteral("missing");
const QString kDefective = QStringLiteral("defective");

enum MaterialColumn { NameColumn, OriginalsColumn, CopiesColumn, StatusColumn, NoteColumn };

/// What the service guide asks for, kept on the material's name cell to compare the counts handed in with.
constexpr int kGuideCountsRole = Qt::UserRole + 1;

/// Counts of sheets handed in: a spin box from 0 to 99 rather than the default editor's negative numbers.
class CountDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override
    {
        QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto* spin = qobject_cast<QSpinBox*>(editor))
            spin->setRange(0, 99);
        return editor;
    }
};

/// The fields take more than the service accepts: a line edit that stops at its limit drops what is
/// typed past it without a word (and counts 𠮷 as two), while the service names the limit at the field and
/// keeps the text for correcting. The guard is only against a whole document pasted by mistake.
constexpr int kPasteGuard = 1000;

QString statusText(const QString& status)
{
    if (status == kReceived)
        return IntakeWorkspace::tr("Received");
    if (status == kDefective)
        return IntakeWorkspace::tr("Defective");
    return IntakeWorkspace::tr("Missing");
}

QFrame* makePanel(const QString& objectName, const QString& colour, QWidget* parent)
{
    auto* panel = new QFrame(parent);
    panel->setObjectName(objectName);
    panel->setFrameShape(QFrame::StyledPanel);
    panel->setStyleSheet(
        QStringLiteral("QFrame#%1 { border: 2px solid %2; border-radius: 4px; }").arg(objectName, colour));
    return panel;
}

} // namespace

IntakeWorkspace::IntakeWorkspace(Services& services, const Session& session, QWidget* parent)
    : ApplicationsWorkspace(services, session, describe(), parent), m_services(services), m_session(session),
      m_requestId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    setObjectName(QStringLiteral("intakeWorkspace"));
    m_chooseSavePath = [this](const QString& suggested) {
        return QFileDialog::getSaveFileName(this, tr("Save notice"), QDir::home().filePath(suggested),
                                            tr("PDF documents (*.pdf)"));
    };
    m_choosePrinter = [this](QPrinter& printer, const QString& title) {
        QPrintDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Print %1").arg(title));
        return dialog.exec() == QDialog::Accepted;
    };
    addTool(buildForm(), tr("New application"));
    setTabOrderInReadingOrder();

    if (const auto items = m_services.catalogue().items(false); items)
        m_items = *items;
    else
        m_errors->show(items.error());
    filterItems();
}

IntakeWorkspace::~IntakeWorkspace()
{
    // The children outlive this part of the object; losing the focus or the current row as they go must
    // not call back into it.
    for (QObject* sender : std::initializer_list<QObject*>{m_kind, m_identifier, m_itemFilter, m_itemList})
        sender->disconnect(this);
    m_itemFilter->removeEventFilter(this);
    m_materials->removeEventFilter(this);
}

ApplicationsWorkspace::Description IntakeWorkspace::describe()
{
    return {tr("Intake"),
            tr("Find or register the applicant (the dishonesty list is checked as you leave the identifier), "
               "choose the catalogue item, tick off the materials handed in against its list, and then accept "
               "the application, ask once for everything missing, or refuse it, each with its sealed notice."),
            tr("Space marks a material received; Ctrl+Enter accepts. The second tab lists your site's "
               "applications at the counter."),
            {ApplicationState::Received, ApplicationState::SupplementRequested, ApplicationState::Rejected,
             ApplicationState::Accepted, ApplicationState::Issued}};
}

QWidget* IntakeWorkspace::buildForm()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("intakeForm"));
    m_kind = new QComboBox;
    page->setFocusProxy(m_kind);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);

    // The banner stays above the scrolling form, so the case number is in view whatever was scrolled.
    m_banner = makePanel(QStringLiteral("intakeResultBanner"), QStringLiteral("#2e7d32"), page);
    auto* bannerLayout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("intakeResultLabel"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveNotice = new QPushButton(tr("Save as PDF… (Ctrl+S)"), m_banner);
    m_saveNotice->setObjectName(QStringLiteral("saveNoticeButton"));
    m_printNotice = new QPushButton(tr("Print… (Ctrl+P)"), m_banner);
    m_printNotice->setObjectName(QStringLiteral("printNoticeButton"));
    m_decideNow = new QPushButton(tr("Decide on the spot… (Ctrl+D)"), m_banner);
    m_decideNow->setObjectName(QStringLiteral("decideNowButton"));
    m_decideNow->hide();
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_decideNow);
    bannerLayout->addWidget(m_printNotice);
    bannerLayout->addWidget(m_saveNotice);
    m_banner->hide();
    pageLayout->addWidget(m_banner);
    m_general = FieldErrors::makeErrorLabel(page);
    m_general->setObjectName(QStringLiteral("intakeErrorLabel"));
    pageLayout->addWidget(m_general);
    m_errors = std::make_unique<FieldErrors>(m_general);

    // The applicant who comes back with a supplement: the case number from the notice (or its barcode,
    // scanned) brings the case back into the form.
    auto* resumeBar = new QWidget(page);
    auto* resumeLayout = new QHBoxLayout(resumeBar);
    resumeLayout->setContentsMargins(0, 0, 0, 0);
    m_resumeCase = new QLineEdit(resumeBar);
    m_resumeCase->setObjectName(QStringLiteral("resumeCaseEdit"));
    m_resumeCase->setPlaceholderText(tr("Case number from the notice (scan its barcode or type it); Enter loads it"));
    auto* resumeLabel = new QLabel(tr("Go on with case (Ctrl+R):"), resumeBar);
    resumeLabel->setBuddy(m_resumeCase);
    resumeLayout->addWidget(resumeLabel);
    resumeLayout->addWidget(m_errors->add(QStringLiteral("case_number"), m_resumeCase), 1);
    m_resumeInfo = new QLabel(resumeBar);
    m_resumeInfo->setObjectName(QStringLiteral("resumeInfoLabel"));
    m_resumeInfo->setWordWrap(true);
    resumeLayout->addWidget(m_resumeInfo, 2);
    pageLayout->addWidget(resumeBar);

    auto* scroll = new QScrollArea(page);
    scroll->setObjectName(QStringLiteral("intakeFormScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    scroll->setWidget(content);
    pageLayout->addWidget(scroll, 1);

    // ---- the applicant ----------------------------------------------------------------------------------
    auto* applicant = new QGroupBox(tr("Applicant"), content);
    // A grid rather than a form layout: the form layout gives a spanning row too little height for the
    // wrapped text of the dishonesty panel, cutting it off.
    auto* applicantForm = new QGridLayout(applicant);
    applicantForm->setColumnStretch(1, 1);
    auto addRow = [applicantForm](const QString& label, QWidget* field) {
        const int row = applicantForm->rowCount();
        auto* caption = new QLabel(label);
        caption->setBuddy(field);
        // As tall as the input itself, so that the caption lines up with it and not with its error line.
        caption->setMinimumHeight(field->layout()->itemAt(0)->widget()->sizeHint().height());
        applicantForm->addWidget(caption, row, 0, Qt::AlignLeft | Qt::AlignTop);
        applicantForm->addWidget(field, row, 1);
        return caption;
    };
    m_kind->setParent(applicant);
    m_kind->setObjectName(QStringLiteral("applicantKindCombo"));
    m_kind->addItem(tr("Person"), QStringLiteral("person"));
    m_kind->addItem(tr("Organisation"), QStringLiteral("organisation"));
    addRow(tr("&Kind"), m_errors->add(QStringLiteral("applicant_kind"), m_kind));
    m_identifier = new QLineEdit(applicant);
    m_identifier->setObjectName(QStringLiteral("applicantIdentifierEdit"));
    m_identifier->setPlaceholderText(tr("Resident ID number or unified social credit code"));
    m_identifier->setMaxLength(kPasteGuard);
    addRow(tr("&Identifier"), m_errors->add(QStringLiteral("applicant_identifier"), m_identifier));

    m_knownApplicant = new QLabel(applicant);
    m_knownApplicant->setObjectName(QStringLiteral("knownApplicantLabel"));
    m_knownApplicant->setWordWrap(true);
    m_knownApplicant->setTextFormat(Qt::PlainText);
    m_knownApplicant->setStyleSheet(QStringLiteral("color: #2e7d32;"));
    m_knownApplicant->hide();
    applicantForm->addWidget(m_knownApplicant, applicantForm->rowCount(), 1);

    m_dishonesty = makePanel(QStringLiteral("dishonestyPanel"), QStringLiteral("#c62828"), applicant);
    auto* dishonestyLayout = new QVBoxLayout(m_dishonesty);
    m_dishonestyText = new QLabel(m_dishonesty);
    m_dishonestyText->setObjectName(QStringLiteral("dishonestyLabel"));
    m_dishonestyText->setWordWrap(true);
    m_dishonestyText->setTextFormat(Qt::PlainText);
    m_dishonestyText->setStyleSheet(QStringLiteral("color: #c62828;"));
    dishonestyLayout->addWidget(m_dishonestyText);
    m_dishonesty->hide();
    applicantForm->addWidget(m_dishonesty, applicantForm->rowCount(), 0, 1, 2);
    m_dishonestyNote = new QLineEdit(applicant);
    m_dishonestyNote->setObjectName(QStringLiteral("dishonestyNoteEdit"));
    m_dishonestyNote->setMaxLength(kPasteGuard);
    m_noteRow = m_errors->add(QStringLiteral("dishonesty_note"), m_dishonestyNote);
    m_noteLabel = addRow(tr("&Reason for going on"), m_noteRow);
    showNoteRow(false);

    m_name = new QLineEdit(applicant);
    m_name->setObjectName(QStringLiteral("applicantNameEdit"));
    m_name->setMaxLength(kPasteGuard);
    addRow(tr("&Name"), m_errors->add(QStringLiteral("applicant_name"), m_name));
    m_phone = new QLineEdit(applicant);
    m_phone->setObjectName(QStringLiteral("applicantPhoneEdit"));
    m_phone->setMaxLength(kPasteGuard);
    addRow(tr("&Phone"), m_errors->add(QStringLiteral("applicant_phone"), m_phone));
    m_address = new QLineEdit(applicant);
    m_address->setObjectName(QStringLiteral("applicantAddressEdit"));
    m_address->setMaxLength(kPasteGuard);
    addRow(tr("Add&ress"), m_errors->add(QStringLiteral("applicant_address"), m_address));
    m_agentName = new QLineEdit(applicant);
    m_agentName->setObjectName(QStringLiteral("agentNameEdit"));
    m_agentName->setPlaceholderText(tr("Only when someone applies on the applicant's behalf"));
    m_agentName->setMaxLength(kPasteGuard);
    addRow(tr("A&gent name"), m_errors->add(QStringLiteral("agent_name"), m_agentName));
    m_agentIdentifier = new QLineEdit(applicant);
    m_agentIdentifier->setObjectName(QStringLiteral("agentIdentifierEdit"));
    m_agentIdentifier->setMaxLength(kPasteGuard);
    addRow(tr("Agent ID number"), m_errors->add(QStringLiteral("agent_identifier"), m_agentIdentifier));

    // ---- the item and its service guide ------------------------------------------------------------------
    auto* itemBox = new QGroupBox(tr("Item"), content);
    auto* itemLayout = new QVBoxLayout(itemBox);
    m_itemFilter = new QLineEdit(itemBox);
    m_itemFilter->setObjectName(QStringLiteral("itemFilterEdit"));
    m_itemFilter->setPlaceholderText(
        tr("Type the name, pinyin initials or code; Page Down scrolls the guide; Enter goes on to the materials"));
    m_itemFilter->installEventFilter(this);
    itemLayout->addWidget(m_errors->add(QStringLiteral("item"), m_itemFilter));
    m_itemList = new QListWidget(itemBox);
    m_itemList->setObjectName(QStringLiteral("itemList"));
    // A few matches are enough to choose from; the height is better spent on the materials.
    m_itemList->setFixedHeight(m_itemList->fontMetrics().lineSpacing() * 5 + 8);
    itemLayout->addWidget(m_itemList);
    itemLayout->addStretch(1);

    auto* guideBox = new QGroupBox(tr("Service guide"), content);
    auto* guideLayout = new QVBoxLayout(guideBox);
    m_guide = new QTextBrowser(guideBox);
    m_guide->setObjectName(QStringLiteral("serviceGuide"));
    // Read, not worked in: the tab goes past it from the item list to the materials.
    m_guide->setFocusPolicy(Qt::NoFocus);
    guideLayout->addWidget(m_guide);

    // ---- the materials -------------------------------------------------------------------------------------
    auto* materialsBox = new QGroupBox(tr("Materials handed in"), content);
    auto* materialsLayout = new QVBoxLayout(materialsBox);
    m_materials = new QTableWidget(0, 5, materialsBox);
    m_materials->setObjectName(QStringLiteral("materialsTable"));
    m_materials->setHorizontalHeaderLabels({tr("Material"), tr("Originals"), tr("Copies"), tr("Status"), tr("Note")});
    m_materials->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_materials->horizontalHeader()->setSectionResizeMode(OriginalsColumn, QHeaderView::ResizeToContents);
    m_materials->horizontalHeader()->setSectionResizeMode(CopiesColumn, QHeaderView::ResizeToContents);
    for (const int column : {OriginalsColumn, CopiesColumn})
        m_materials->setItemDelegateForColumn(column, new CountDelegate(m_materials));
    // A count below what the guide asks for shows in red as soon as it is typed.
    connect(m_materials, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* changed) {
        if (changed->column() == OriginalsColumn || changed->column() == CopiesColumn)
            markCount(changed->row());
    });
    m_materials->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_materials->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_materials->verticalHeader()->hide();
    m_materials->setSelectionMode(QAbstractItemView::SingleSelection);
    m_materials->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Tab leaves the table for the next field instead of walking its cells.
    m_materials->setTabKeyNavigation(false);
    m_materials->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::DoubleClicked);
    // Room for the usual list of six to eight materials without scrolling.
    m_materials->setMinimumHeight(m_materials->verticalHeader()->defaultSectionSize() * 8 +
                                  m_materials->horizontalHeader()->sizeHint().height());
    m_materials->installEventFilter(this);
    materialsLayout->addWidget(m_errors->add(QStringLiteral("materials"), m_materials), 1);
    auto* hint = new QLabel(tr("Space: received or missing. D: defective. Left arrow to the originals and copies "
                               "and type the number handed in; right arrow to the Note column and type what is "
                               "wrong."),
                            materialsBox);
    hint->setWordWrap(true);
    materialsLayout->addWidget(hint);

    // ---- the outcome -----------------------------------------------------------------------------------------
    auto* rejectionBox = new QGroupBox(tr("When not accepting"), content);
    auto* rejectionForm = new QFormLayout(rejectionBox);
    m_rejectionReason = new QComboBox(rejectionBox);
    m_rejectionReason->setObjectName(QStringLiteral("rejectionReasonCombo"));
    for (const QString& reason : IntakeService::rejectionReasons())
        m_rejectionReason->addItem(IntakeService::rejectionReasonText(reason), reason);
    rejectionForm->addRow(tr("Reas&on"), m_errors->add(QStringLiteral("rejection_reason"), m_rejectionReason));
    m_rejectionText = new QPlainTextEdit(rejectionBox);
    m_rejectionText->setObjectName(QStringLiteral("rejectionTextEdit"));
    makeReasonBox(m_rejectionText, 3);
    rejectionForm->addRow(tr("E&xplanation"), m_errors->add(QStringLiteral("rejection_text"), m_rejectionText));
    m_rejectionBasis = new QLineEdit(rejectionBox);
    m_rejectionBasis->setObjectName(QStringLiteral("rejectionBasisEdit"));
    m_rejectionBasis->setMaxLength(kPasteGuard);
    rejectionForm->addRow(tr("Legal &basis"), m_errors->add(QStringLiteral("rejection_basis"), m_rejectionBasis));
    // The deadline for a supplement is left to the service's default of ten working days.
    m_errors->alias(QStringLiteral("supplement_deadline"), QStringLiteral("materials"));

    auto* outcomeBox = new QGroupBox(tr("Decision"), content);
    auto* outcomeLayout = new QVBoxLayout(outcomeBox);
    m_accept = new QPushButton(tr("Accept (Ctrl+Enter)"), outcomeBox);
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_supplement = new QPushButton(tr("Request supplement"), outcomeBox);
    m_supplement->setObjectName(QStringLiteral("supplementButton"));
    m_reject = new QPushButton(tr("Do not accept"), outcomeBox);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    // 收件: the materials are taken in today and examined within five working days (Art. 32(4)); the
    // applicant leaves with a 申请材料接收凭证 and the case comes back with Ctrl+R for the decision.
    m_receive = new QPushButton(tr("Receive only, decide later"), outcomeBox);
    m_receive->setObjectName(QStringLiteral("receiveButton"));
    m_newForm = new QPushButton(tr("Next applicant (clear form)"), outcomeBox);
    m_newForm->setObjectName(QStringLiteral("newFormButton"));
    for (QPushButton* button : {m_accept, m_supplement, m_reject, m_receive, m_newForm}) {
        button->setAutoDefault(false);
        outcomeLayout->addWidget(button);
    }
    outcomeLayout->addStretch(1);

    grid->addWidget(applicant, 0, 0);
    grid->addWidget(guideBox, 0, 1, 2, 1);
    grid->addWidget(itemBox, 1, 0);
    grid->addWidget(materialsBox, 2, 0, 1, 2);
    grid->addWidget(rejectionBox, 3, 0);
    grid->addWidget(outcomeBox, 3, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);

    connect(m_identifier, &QLineEdit::editingFinished, this, [this] { checkIdentifier(true); });
    // The dishonesty list is shown as soon as a whole identifier is there, typed or scanned, before the
    // clerk goes on; a shorter text is still being typed and gets no message yet.
    connect(m_identifier, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (text.trimmed().size() == 18 && text.trimmed() != m_lookedUp)
            checkIdentifier(false);
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { checkIdentifier(false); });
    connect(m_agentIdentifier, &QLineEdit::editingFinished, this, &IntakeWorkspace::checkAgentIdentifier);
    connect(m_itemFilter, &QLineEdit::textChanged, this, &IntakeWorkspace::filterItems);
    connect(m_itemList, &QListWidget::currentRowChanged, this, &IntakeWorkspace::showItem);
    connect(m_accept, &QPushButton::clicked, this, [this] { submit(IntakeOutcome::Accept); });
    connect(m_supplement, &QPushButton::clicked, this, [this] { submit(IntakeOutcome::Supplement); });
    connect(m_reject, &QPushButton::clicked, this, [this] { submit(IntakeOutcome::Reject); });
    connect(m_receive, &QPushButton::clicked, this, [this] { submit(IntakeOutcome::Receive); });
    connect(m_newForm, &QPushButton::clicked, this, &IntakeWorkspace::clearForm);
    connect(m_saveNotice, &QPushButton::clicked, this, &IntakeWorkspace::saveNotice);
    connect(m_printNotice, &QPushButton::clicked, this, &IntakeWorkspace::printNotice);
    connect(m_resumeCase, &QLineEdit::returnPressed, this, [this] { loadCase(m_resumeCase->text()); });
    const auto addShortcut = [page, this](const QKeySequence& keys, auto slot) {
        auto* shortcut = new QShortcut(keys, page);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_P), [this] { printNotice(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), [this] { saveNotice(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), [this] { decideOnTheSpot(); });
    connect(m_decideNow, &QPushButton::clicked, this, &IntakeWorkspace::decideOnTheSpot);
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), [this] {
        m_resumeCase->setFocus(Qt::ShortcutFocusReason);
        m_resumeCase->selectAll();
    });
    // Both Enter keys: the main keyboard's Return and the keypad's Enter.
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, page);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] { submit(IntakeOutcome::Accept); });
    }
    return page;
}

void IntakeWorkspace::setTabOrderInReadingOrder()
{
    const QList<QWidget*> order{m_kind,       m_identifier,      m_dishonestyNote,  m_name,           m_phone,
                                m_address,    m_agentName,       m_agentIdentifier, m_itemFilter,     m_itemList,
                                m_materials,  m_rejectionReason, m_rejectionText,   m_rejectionBasis, m_accept,
                                m_supplement, m_reject,          m_receive,         m_newForm,         m_decideNow,      m_printNotice,
                                m_saveNotice, m_resumeCase};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
}

void IntakeWorkspace::checkIdentifier(bool leaving)
{
    const QString text = m_identifier->text().trimmed();
    // Leaving the field after the list was shown for the same identifier repeats nothing (every lookup
    // is audited) but still takes the clerk to the reason.
    if (leaving && text == m_lookedUp && !text.isEmpty()) {
        if (m_dishonesty->isVisible() && m_dishonestyNote->text().isEmpty())
            m_dishonestyNote->setFocus(Qt::TabFocusReason);
        return;
    }
    m_lookedUp.clear();
    m_errors->clear(QStringLiteral("applicant_identifier"));
    m_dishonesty->hide();
    m_knownApplicant->hide();
    if (text.isEmpty())
        return;
    // The same checks and messages the service applies on submission, shown as soon as the field is left.
    QString normalised;
    QString problem;
    if (m_kind->currentData().toString() == u"person") {
        const ResidentIdCheck check = ResidentId::check(text);
        normalised = check.normalised;
        problem = check.message;
    } else {
        const CreditCodeCheck check = CreditCode::check(text);
        normalised = check.normalised;
        problem = check.message;
    }
    if (!problem.isEmpty()) {
        m_errors->mark(QStringLiteral("applicant_identifier"), problem);
        return;
    }
    // A returning applicant: what is on record fills the fields still empty, for the clerk to check with them.
    if (const auto known = m_services.intake().findApplicant(m_session, m_kind->currentData().toString(), normalised);
        known && known->has_value()) {
        QStringList filled;
        for (const auto& [edit, value] : {std::pair{m_name, (*known)->name}, std::pair{m_phone, (*known)->phone},
                                          std::pair{m_address, (*known)->address}}) {
            if (edit->text().trimmed().isEmpty() && !value.isEmpty()) {
                edit->setText(value);
                filled.append(value);
            }
        }
        if (!filled.isEmpty()) {
            m_knownApplicant->setText(tr("On record: %1. Check it with the applicant.").arg(filled.join(tr(", "))));
            m_knownApplicant->show();
        }
    }
    const auto hits = m_services.intake().lookUpDishonesty(m_session, normalised);
    if (!hits) {
        m_errors->mark(QStringLiteral("applicant_identifier"), hits.error().message);
        return;
    }
    m_lookedUp = text;
    if (hits->isEmpty()) {
        if (m_dishonestyNote->text().isEmpty())
            showNoteRow(false);
        return;
    }
    QStringList lines{
        tr("On the dishonesty list: %n entry(ies). Record below why you go on.", nullptr, int(hits->size()))};
    for (const DishonestyHit& hit : *hits) {
        const QString until = hit.validTo.isValid() ? UiText::date(hit.validTo) : tr("open-ended");
        lines.append(
            tr("• %1: %2. Basis: %3. %4, %5 to %6.")
                .arg(hit.subjectName, hit.measure, hit.legalBasis, hit.department, UiText::date(hit.validFrom), until));
    }
    m_dishonestyText->setText(lines.join(QLatin1Char('\n')));
    // The scrolling form sizes rows by their minimum, which knows nothing of wrapped text; ask for the
    // height the text needs at the width the panel has.
    const int width = m_dishonesty->parentWidget()->contentsRect().width() - 40;
    m_dishonestyText->setMinimumHeight(m_dishonestyText->heightForWidth(qMax(width, 300)));
    m_dishonesty->show();
    showNoteRow(true);
    // The reason is required now; the clerk who just left the identifier is taken straight to it.
    if (leaving && m_dishonestyNote->text().isEmpty())
        m_dishonestyNote->setFocus(Qt::TabFocusReason);
}

void IntakeWorkspace::checkAgentIdentifier()
{
    // The agent is always a person, with a resident ID of their own: the same check the service makes.
    const QString text = m_agentIdentifier->text().trimmed();
    m_errors->clear(QStringLiteral("agent_identifier"));
    if (text.isEmpty()) {
        if (!m_agentName->text().trimmed().isEmpty())
            m_errors->mark(QStringLiteral("agent_identifier"),
                           tr("An agent needs their own resident ID number; type it, or clear the agent's name."));
        return;
    }
    if (const ResidentIdCheck check = ResidentId::check(text); !check.message.isEmpty())
        m_errors->mark(QStringLiteral("agent_identifier"), tr("Agent: %1").arg(check.message));
}

void IntakeWorkspace::showNoteRow(bool visible)
{
    m_noteLabel->setVisible(visible);
    m_noteRow->setVisible(visible);
}

void IntakeWorkspace::filterItems()
{
    const QString wanted = m_itemFilter->text().trimmed();
    const QString previous = currentItem() ? currentItem()->id : QString();
    const QSignalBlocker block(m_itemList);
    m_itemList->clear();
    int select = -1;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const CatalogueItem& item = m_items[i].item;
        const bool matches = wanted.isEmpty() || item.name.contains(wanted, Qt::CaseInsensitive) ||
                             item.pinyinInitials.contains(wanted, Qt::CaseInsensitive) ||
                             item.implementationCode.contains(wanted, Qt::CaseInsensitive);
        if (!matches)
            continue;
        auto* row = new QListWidgetItem(tr("%1 (%2)").arg(item.name, item.implementationCode), m_itemList);
        row->setData(Qt::UserRole, int(i));
        if (m_items[i].id == previous)
            select = m_itemList->count() - 1;
    }
    // While the clerk types, the best match is chosen, so that Enter can go straight on to the materials.
    if (select < 0 && !wanted.isEmpty() && m_itemList->count() > 0)
        select = 0;
    m_itemList->setCurrentRow(select);
    showItem();
}

const StoredItem* IntakeWorkspace::currentItem() const
{
    const QListWidgetItem* row = m_itemList ? m_itemList->currentItem() : nullptr;
    if (!row)
        return nullptr;
    const int index = row->data(Qt::UserRole).toInt();
    return index >= 0 && index < m_items.size() ? &m_items[index] : nullptr;
}

void IntakeWorkspace::showItem()
{
    const StoredItem* stored = currentItem();
    // Typing on in the filter keeps the same item; what was ticked for it stays ticked.
    const QString shown = stored ? stored->id : QString();
    if (shown == m_shownItemId && !m_guide->document()->isEmpty())
        return;
    m_shownItemId = shown;
    m_materials->setRowCount(0);
    if (!stored) {
        m_guide->setPlainText(tr("Choose an item to see its service guide."));
        return;
    }
    const CatalogueItem& item = stored->item;
    QString html = QStringLiteral("<h3>%1</h3>").arg(item.name.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Code:"), item.implementationCode.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Time limits:"), tr("statutory %1 working days, promised %2 working days")
                                             .arg(item.statutoryDays)
                                             .arg(item.promisedDays));
    if (item.onTheSpot)
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Decided on the spot."));
    // Art. 58: licensing is free unless a law says otherwise; the guide says so either way.
    html += QStringLiteral("<p><b>%1</b> ").arg(tr("Fees:"));
    if (item.fees.isEmpty()) {
        html += tr("None.") + QStringLiteral("</p>");
    } else {
        html += QStringLiteral("</p><ul>");
        for (const Fee& fee : item.fees) {
            const QString amount =
                tr("%1.%2 yuan").arg(fee.amountFen / 100).arg(fee.amountFen % 100, 2, 10, QLatin1Char('0'));
            html += QStringLiteral("<li>%1: %2 (%3)</li>")
                        .arg(fee.name.toHtmlEscaped(), amount, fee.basis.toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    // Art. 45: the time of these procedures does not count towards the limits above.
    html += QStringLiteral("<p><b>%1</b> ").arg(tr("Special procedures:"));
    if (item.specialProcedures.isEmpty()) {
        html += tr("None.") + QStringLiteral("</p>");
    } else {
        html += tr("their time does not count towards the limits.") + QStringLiteral("</p><ul>");
        for (const SpecialProcedure& procedure : item.specialProcedures)
            html += QStringLiteral("<li>%1, %2: %3</li>")
                        .arg(procedure.kind.toHtmlEscaped(),
                             tr("about %n working day(s)", nullptr, procedure.expectedDays),
                             procedure.description.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html +=
        QStringLiteral("<p><b>%1</b><br>%2</p>")
            .arg(tr("Conditions:"), item.conditions.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Materials:"));
    for (const Material& m : item.materials) {
        html += QStringLiteral("<li>%1 — %2%3</li>")
                    .arg(m.name.toHtmlEscaped(), tr("%1 original(s), %2 copy(ies)").arg(m.originals).arg(m.copies),
                         m.required ? QString() : tr(" (optional)"));
    }
    html += QStringLiteral("</ul>");
    if (!item.legalBasis.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Legal basis:"));
        for (const LegalBasis& basis : item.legalBasis)
            html += QStringLiteral("<li>%1%2</li>").arg(basis.law.toHtmlEscaped(), basis.article.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_guide->setHtml(html);

    m_materials->setRowCount(int(item.materials.size()));
    for (int row = 0; row < item.materials.size(); ++row) {
        const Material& m = item.materials[row];
        auto* name = new QTableWidgetItem(m.required ? m.name : tr("%1 (optional)").arg(m.name));
        name->setData(Qt::UserRole, m.name);
        name->setData(kGuideCountsRole, QPoint(m.originals, m.copies));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_materials->setItem(row, NameColumn, name);
        // The counts start at what the guide asks for, the usual case; the clerk types what was really handed in.
        for (const auto& [column, count] : {std::pair{OriginalsColumn, m.originals}, std::pair{CopiesColumn, m.copies}}) {
            auto* cell = new QTableWidgetItem;
            cell->setData(Qt::EditRole, count);
            cell->setTextAlignment(Qt::AlignCenter);
            cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
            m_materials->setItem(row, column, cell);
        }
        markCount(row);
        auto* status = new QTableWidgetItem;
        status->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_materials->setItem(row, StatusColumn, status);
        m_materials->setItem(row, NoteColumn, new QTableWidgetItem);
        setMaterialStatus(row, kMissing);
    }
    if (m_materials->rowCount() > 0)
        m_materials->setCurrentCell(0, StatusColumn);
}

void IntakeWorkspace::markCount(int row)
{
    const QTableWidgetItem* name = m_materials->item(row, NameColumn);
    QTableWidgetItem* originals = m_materials->item(row, OriginalsColumn);
    QTableWidgetItem* copies = m_materials->item(row, CopiesColumn);
    if (!name || !originals || !copies)
        return;
    const QPoint guide = name->data(kGuideCountsRole).toPoint();
    const QString asked = tr("The service guide asks for %1 original(s) and %2 copy(ies).").arg(guide.x()).arg(guide.y());
    for (const auto& [cell, wanted] : {std::pair{originals, guide.x()}, std::pair{copies, guide.y()}}) {
        const bool short_ = cell->data(Qt::EditRole).toInt() < wanted;
        cell->setForeground(short_ ? QColor(0xc6, 0x28, 0x28) : m_materials->palette().text().color());
        cell->setToolTip(short_ ? tr("Fewer than asked for. %1").arg(asked) : asked);
    }
}

void IntakeWorkspace::setMaterialStatus(int row, const QString& status)
{
    QTableWidgetItem* item = m_materials->item(row, StatusColumn);
    if (!item)
        return;
    item->setData(Qt::UserRole, status);
    item->setText(statusText(status));
    item->setForeground(status == kReceived ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
}

bool IntakeWorkspace::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return ApplicationsWorkspace::eventFilter(watched, event);
    const auto* key = static_cast<const QKeyEvent*>(event);
    const bool plain = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
    if (watched == m_itemFilter && plain) {
        // The list follows the arrows while the typing stays in the filter.
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            const int row = qBound(0, m_itemList->currentRow() + step, m_itemList->count() - 1);
            m_itemList->setCurrentRow(row);
            return true;
        }
        // The guide takes no focus of its own; it is read while the item is chosen, so the page keys scroll it.
        if (key->key() == Qt::Key_PageDown || key->key() == Qt::Key_PageUp) {
            QScrollBar* bar = m_guide->verticalScrollBar();
            bar->triggerAction(key->key() == Qt::Key_PageDown ? QAbstractSlider::SliderPageStepAdd
                                                              : QAbstractSlider::SliderPageStepSub);
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && currentItem()) {
            m_materials->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    if (watched == m_materials && plain) {
        const int row = m_materials->currentRow();
        const bool inNote = m_materials->currentColumn() == NoteColumn;
        if (row >= 0 && key->key() == Qt::Key_Space && !inNote) {
            const QString now = m_materials->item(row, StatusColumn)->data(Qt::UserRole).toString();
            setMaterialStatus(row, now == kReceived ? kMissing : kReceived);
            return true;
        }
        if (row >= 0 && key->key() == Qt::Key_D && !inNote) {
            setMaterialStatus(row, kDefective);
            return true;
        }
    }
    return ApplicationsWorkspace::eventFilter(watched, event);
}

void IntakeWorkspace::submit(const QString& outcome)
{
    m_errors->clear();
    IntakeRequest request;
    request.requestId = m_requestId;
    request.applicantKind = m_kind->currentData().toString();
    request.applicantIdentifier = m_identifier->text();
    request.applicantName = m_name->text();
    request.applicantPhone = m_phone->text();
    request.applicantAddress = m_address->text();
    request.agentName = m_agentName->text();
    request.agentIdentifier = m_agentIdentifier->text();
    const StoredItem* item = currentItem();
    request.itemCode = item ? item->item.implementationCode : QString();
    for (int row = 0; row < m_materials->rowCount(); ++row) {
        request.materials.append({m_materials->item(row, NameColumn)->data(Qt::UserRole).toString(),
                                  m_materials->item(row, OriginalsColumn)->data(Qt::EditRole).toInt(),
                                  m_materials->item(row, CopiesColumn)->data(Qt::EditRole).toInt(),
                                  m_materials->item(row, StatusColumn)->data(Qt::UserRole).toString(),
                                  m_materials->item(row, NoteColumn)->text()});
    }
    request.outcome = outcome;
    if (outcome == IntakeOutcome::Reject) {
        request.rejectionReason = m_rejectionReason->currentData().toString();
        request.rejectionText = m_rejectionText->toPlainText();
        request.rejectionBasis = m_rejectionBasis->text();
    }
    request.dishonestyNote = m_dishonestyNote->text();
    request.ticketId = currentTicketId(); // waiting and counter time add up per case

    const auto result = m_resumingCase.isEmpty() ? m_services.intake().submit(m_session, request)
                                                 : m_services.intake().resume(m_session, m_resumingCase, request);
    if (!result) {
        // A missing reason means the list was hit after all (the identifier changed since it was left).
        if (result.error().field == u"dishonesty_note")
            checkIdentifier(false);
        m_errors->show(result.error());
        return;
    }
    if (!m_result || m_result->caseNumber != result->caseNumber)
        m_decisionNoticeId.clear();
    m_result = *result;
    QString text;
    if (result->outcome == IntakeOutcome::Accept)
        text = tr("Accepted. Case number %1, notice %2, due %3.")
                   .arg(result->caseNumber, result->documentNumber, UiText::date(result->dueDate));
    else if (result->outcome == IntakeOutcome::Supplement)
        text = tr("Supplement requested. Case number %1, notice %2.").arg(result->caseNumber, result->documentNumber);
    else if (result->outcome == IntakeOutcome::Receive)
        text = tr("Materials received. Case number %1, receipt %2. Examine them within 5 working days; Ctrl+R and "
                  "the case number bring the case back to accept it, ask for a supplement or refuse it.")
                   .arg(result->caseNumber, result->documentNumber);
    else
        text = tr("Not accepted. Case number %1, notice %2.").arg(result->caseNumber, result->documentNumber);
    if (!result->receiptDocumentNumber.isEmpty())
        text += QLatin1Char(' ') + tr("Supplement receipt %1.").arg(result->receiptDocumentNumber);
    if (result->lateNotice)
        text += QLatin1Char(' ') + tr("The supplement notice came more than 5 working days after receipt: "
                                      "acceptance counts from the day of receipt.");
    if (result->forwarded)
        text += QLatin1Char(' ') +
                tr("Taken in here for %1 (代收代办); %1 holds the case now.").arg(result->holdingSiteName);
    if (result->repeated)
        text += QLatin1Char(' ') + tr("This form was submitted before; nothing new was recorded.");
    text += QLatin1Char(' ') + tr("Ctrl+P prints, Ctrl+S saves as PDF.");
    const bool onTheSpot = item && item->item.onTheSpot && result->outcome == IntakeOutcome::Accept;
    if (onTheSpot)
        text += QLatin1Char(' ') + tr("This item can be decided at the window: Ctrl+D asks an approver.");
    m_decideNow->setVisible(onTheSpot);
    m_bannerText->setText(text);
    m_banner->show();
    m_saveNotice->setFocus(Qt::OtherFocusReason);
    refresh();
}

QStringList IntakeWorkspace::resultNoticeIds() const
{
    QStringList ids;
    if (m_result && !m_result->noticeId.isEmpty())
        ids.append(m_result->noticeId);
    if (m_result && !m_result->receiptNoticeId.isEmpty())
        ids.append(m_result->receiptNoticeId);
    if (!m_decisionNoticeId.isEmpty())
        ids.append(m_decisionNoticeId);
    return ids;
}

void IntakeWorkspace::saveNotice()
{
    QStringList saved;
    for (const QString& id : resultNoticeIds()) {
        const auto notice = m_services.intake().notice(id);
        if (!notice) {
            m_errors->show(notice.error());
            return;
        }
        const QString path = m_chooseSavePath(QStringLiteral("%1-%2.pdf").arg(notice->caseNumber, notice->kind));
        if (path.isEmpty())
            return;
        const auto documentTemplate = DocumentRenderer::load(notice->kind);
        if (!documentTemplate) {
            m_errors->show(documentTemplate.error());
            return;
        }
        // A saved PDF is handed over like a printed sheet, so it is recorded as the print centre records a
        // print to file, and the notice no longer waits there.
        const QString file = QFileInfo(path).absoluteFilePath();
        const auto job = m_services.licences().printNotice(
            m_session, {id, QStringLiteral("PDF:") + file, 1},
            [&](const NoticePrintJob& j) { return DocumentRenderer::renderPdf(*documentTemplate, j.fields, file); });
        if (!job) {
            m_errors->show(job.error());
            return;
        }
        saved.append(QDir::toNativeSeparators(path));
    }
    if (saved.isEmpty())
        return;
    m_errors->clear();
    m_bannerText->setText(m_bannerText->text() + QLatin1Char(' ') +
                          tr("Saved to %1.").arg(saved.join(QStringLiteral(", "))));
}

void IntakeWorkspace::printNotice()
{
    int printed = 0;
    for (const QString& id : resultNoticeIds()) {
        const auto notice = m_services.intake().notice(id);
        if (!notice) {
            m_errors->show(notice.error());
            return;
        }
        const auto documentTemplate = DocumentRenderer::load(notice->kind);
        if (!documentTemplate) {
            m_errors->show(documentTemplate.error());
            return;
        }
        QPrinter printer(QPrinter::HighResolution);
        printer.setDocName(QStringLiteral("%1 %2").arg(documentTemplate->title, notice->documentNumber));
        if (!m_choosePrinter(printer, documentTemplate->title))
            return;
        // "Print to file" goes through the PDF writer that repairs the text layer, so that the file can be
        // searched and read back; a printer gets the page itself. Either way the service records the print
        // (printer, clerk, copies, success) as the print centre's, and the notice leaves its queue.
        const bool toFile = printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty();
        const QString file = toFile ? QFileInfo(printer.outputFileName()).absoluteFilePath() : QString();
        const auto job = m_services.licences().printNotice(
            m_session,
            {id, toFile ? QStringLiteral("PDF:") + file : printer.printerName(), qMax(1, printer.copyCount())},
            [&](const NoticePrintJob& j) {
                return toFile ? DocumentRenderer::renderPdf(*documentTemplate, j.fields, file)
                              : DocumentRenderer::render(*documentTemplate, j.fields, printer);
            });
        if (!job) {
            m_errors->show(job.error());
            return;
        }
        ++printed;
    }
    if (printed == 0)
        return;
    m_errors->clear();
    m_bannerText->setText(m_bannerText->text() + QLatin1Char(' ') + tr("Printed %n document(s).", nullptr, printed));
}

void IntakeWorkspace::decideOnTheSpot()
{
    if (!m_result || m_result->outcome != IntakeOutcome::Accept || !m_decideNow->isVisible())
        return;
    auto* dialog = new OnTheSpotDialog(m_services, m_result->caseNumber, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OnTheSpotDialog::decided, this,
            [this](bool approved, const QString& approver, const QString& documentId) {
                m_decideNow->hide();
                m_decisionNoticeId = documentId;
                const auto document = m_services.intake().notice(documentId);
                const QString number = document ? document->documentNumber : QString();
                m_bannerText->setText(m_bannerText->text() + QLatin1Char(' ') +
                                      (approved ? tr("Granted on the spot by %1, decision %2.")
                                                : tr("Refused on the spot by %1, decision %2."))
                                          .arg(approver, number) +
                                      QLatin1Char(' ') + tr("Ctrl+P prints the notice with the decision."));
                m_printNotice->setFocus(Qt::OtherFocusReason);
                refresh();
            });
    // Window-modal and not blocking: the workspace goes on running while the approver types.
    dialog->open();
}

bool IntakeWorkspace::loadCase(const QString& caseNumber)
{
    m_errors->clear();
    const auto stored = m_services.intake().resumable(caseNumber);
    if (!stored) {
        m_errors->show(stored.error());
        return false;
    }
    clearForm();
    m_resumingCase = caseNumber.trimmed();
    m_resumeCase->setText(m_resumingCase);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(stored->applicantKind)));
    m_identifier->setText(stored->applicantIdentifier);
    m_name->setText(stored->applicantName);
    m_phone->setText(stored->applicantPhone);
    m_address->setText(stored->applicantAddress);
    m_agentName->setText(stored->agentName);
    m_agentIdentifier->setText(stored->agentIdentifier);
    checkIdentifier(false);
    m_itemFilter->setText(stored->itemCode);
    for (int row = 0; row < m_materials->rowCount(); ++row) {
        const QString name = m_materials->item(row, NameColumn)->data(Qt::UserRole).toString();
        for (const ReceivedMaterial& m : stored->materials) {
            if (m.name != name)
                continue;
            setMaterialStatus(row, m.status);
            m_materials->item(row, NoteColumn)->setText(m.note);
            m_materials->item(row, OriginalsColumn)->setData(Qt::EditRole, m.originals);
            m_materials->item(row, CopiesColumn)->setData(Qt::EditRole, m.copies);
        }
    }
    m_resumeInfo->setText(
        tr("Going on with case %1: tick what the applicant brought, then decide.").arg(m_resumingCase));
    m_materials->setFocus(Qt::OtherFocusReason);
    return true;
}

void IntakeWorkspace::clearForm()
{
    m_errors->clear();
    m_result.reset();
    m_decisionNoticeId.clear();
    m_lookedUp.clear();
    m_banner->hide();
    m_decideNow->hide();
    m_resumingCase.clear();
    m_resumeCase->clear();
    m_resumeInfo->clear();
    m_requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (QLineEdit* edit :
         {m_identifier, m_dishonestyNote, m_name, m_phone, m_address, m_agentName, m_agentIdentifier, m_rejectionBasis})
        edit->clear();
    m_rejectionText->clear();
    m_rejectionReason->setCurrentIndex(0);
    m_dishonesty->hide();
    m_knownApplicant->hide();
    showNoteRow(false);
    m_itemFilter->clear();
    m_itemList->setCurrentRow(-1);
    m_kind->setCurrentIndex(0);
    m_kind->setFocus(Qt::OtherFocusReason);
    // Each applicant starts at the top of the form, with the applicant's group in full view.
    if (auto* scroll = findChild<QScrollArea*>(QStringLiteral("intakeFormScroll")))
        scroll->verticalScrollBar()->setValue(0);
}

} // namespace OneSeal
