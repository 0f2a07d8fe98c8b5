#include "verifypage.h"

#include "services/services.h"
#include "uitext.h"

#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>
#include <ZXing/ReadBarcode.h>

namespace OneSeal {
namespace {

const QString kGreen = QStringLiteral("#2e7d32");
const QString kAmber = QStringLiteral("#e65100");
const QString kRed = QStringLiteral("#b71c1c");

/// The scan field takes what a QR code at level Q holds and a little more, so that an over-long scan is
/// refused by the parser with its message instead of being cut off silently.
constexpr int kScanLimit = LicenceToken::kMaxTextLength + 100;

} // namespace

VerifyPage::VerifyPage(Services& services, QWidget* parent)
    : QWidget(parent), m_services(services), m_scan(new QLineEdit(this)),
      m_open(new QPushButton(tr("Open scanned image… (Ctrl+O)"), this)), m_panel(new QFrame(this)),
      m_verdict(new QLabel(m_panel)), m_details(new QLabel(m_panel))
{
    setObjectName(QStringLiteral("verifyPage"));
    m_chooseImage = [this] {
        return QFileDialog::getOpenFileName(this, tr("Open scanned licence"), QDir::homePath(),
                                            tr("Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)"));
    };
    auto* intro = new QLabel(tr("Scan the QR code on the licence (the scanner types the code and Enter), or open "
                                "an image of a scanned licence. The code is checked against the seal's key and "
                                "this register, without the network."),
                             this);
    intro->setWordWrap(true);
    m_scan->setObjectName(QStringLiteral("scanEdit"));
    m_scan->setPlaceholderText(tr("Scan the licence's QR code here (the scanner presses Enter)"));
    m_scan->setMaxLength(kScanLimit);
    m_scan->setClearButtonEnabled(true);
    m_open->setObjectName(QStringLiteral("openImageButton"));
    auto* scanRow = new QHBoxLayout;
    auto* scanLabel = new QLabel(tr("&Code:"), this);
    scanLabel->setBuddy(m_scan);
    scanRow->addWidget(scanLabel);
    scanRow->addWidget(m_scan, 1);
    scanRow->addWidget(m_open);

    m_panel->setObjectName(QStringLiteral("verifyPanel"));
    m_panel->setFrameShape(QFrame::StyledPanel);
    m_verdict->setObjectName(QStringLiteral("verifyVerdictLabel"));
    m_verdict->setWordWrap(true);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_verdict->setFont(big);
    m_details->setObjectName(QStringLiteral("verifyDetailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto* panelLayout = new QVBoxLayout(m_panel);
    panelLayout->addWidget(m_verdict);
    panelLayout->addWidget(m_details);
    panelLayout->addStretch(1);
    m_panel->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(scanRow);
    layout->addWidget(m_panel);
    layout->addStretch(1);
    setFocusProxy(m_scan);

    connect(m_scan, &QLineEdit::returnPressed, this, [this] { verifyText(m_scan->text()); });
    connect(m_open, &QPushButton::clicked, this, &VerifyPage::openImage);
    auto* open = new QShortcut(QKeySequence::Open, this);
    open->setContext(Qt::WidgetWithChildrenShortcut);
    connect(open, &QShortcut::activated, this, &VerifyPage::openImage);
}

void VerifyPage::focusScan()
{
    m_scan->setFocus(Qt::ShortcutFocusReason);
    m_scan->selectAll();
}

Result<QString> VerifyPage::decodeImage(const QString& path)
{
    QImage image(path);
    if (image.isNull())
        return makeError(QStringLiteral("verify.image"),
                         tr("Cannot read the image %1; open a PNG, JPEG, BMP or TIFF file.").arg(path));
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return makeError(QStringLiteral("verify.no_code"),
                         tr("No QR code could be read in %1; scan at 200 dpi or more, flat and in focus.")
                             .arg(QDir::toNativeSeparators(path)));
    return QString::fromStdString(result.text());
}

void VerifyPage::openImage()
{
    const QString path = m_chooseImage ? m_chooseImage() : QString();
    if (!path.isEmpty())
        verifyImage(path);
}

void VerifyPage::verifyImage(const QString& path)
{
    const auto text = decodeImage(path);
    if (!text)
        return showProblem(text.error().message);
    verifyText(*text);
}

void VerifyPage::verifyText(const QString& text)
{
    if (text.trimmed().isEmpty())
        return;
    showVerdict(m_services.licences().verify(text));
    // Ready for the next licence: the scanner types into an empty field.
    m_scan->clear();
    m_scan->setFocus();
}

void VerifyPage::showProblem(const QString& message)
{
    m_last = {};
    m_panel->setStyleSheet(
        QStringLiteral("QFrame#verifyPanel { border: 3px solid %1; border-radius: 4px; }").arg(kAmber));
    m_verdict->setStyleSheet(QStringLiteral("color: %1;").arg(kAmber));
    m_verdict->setText(tr("Not checked"));
    m_details->setText(message.toHtmlEscaped());
    m_panel->show();
}

void VerifyPage::showVerdict(const LicenceVerification& v)
{
    m_last = v;
    QString verdict;
    QString colour = kRed;
    if (!v.genuine) {
        verdict = tr("Forged: this is not a licence signed with one of our seals");
    } else if (v.state == LicenceState::Valid) {
        verdict = tr("Genuine · valid");
        colour = kGreen;
    } else if (v.state == LicenceState::Superseded) {
        verdict = tr("Genuine · superseded: a later print replaced this sheet");
        colour = kAmber;
    } else if (v.state == LicenceState::Void) {
        verdict = tr("Genuine · void: this licence is not in force");
    } else if (v.state == LicenceState::Revoked) {
        verdict = tr("Genuine · revoked: this licence is not in force");
    } else if (v.state == LicenceState::Expired) {
        verdict = tr("Genuine · expired");
        colour = kAmber;
    } else {
        verdict = tr("Genuine signature · not in this register");
        colour = kAmber;
    }
    m_panel->setStyleSheet(
        QStringLiteral("QFrame#verifyPanel { border: 3px solid %1; border-radius: 4px; }").arg(colour));
    m_verdict->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    m_verdict->setText(verdict);

    QString details;
    const auto row = [&details](const QString& label, const QString& value) {
        details += QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
                       .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    if (v.genuine) {
        const LicenceClaims& c = v.claims;
        row(tr("Licence serial"), c.serial);
        row(tr("Print"), tr("print %1").arg(c.printNumber));
        row(tr("Item"), c.item);
        row(tr("Holder"), c.holderName);
        row(tr("Identifier"), c.holderIdMasked);
        row(tr("Issued on"), UiText::date(c.issuedOn));
        row(tr("Valid until"), c.validUntil.isValid() ? UiText::date(c.validUntil) : tr("no expiry"));
        row(tr("Seal"), c.issuer);
    }
    if (!v.reason.isEmpty())
        row(v.genuine ? tr("Note") : tr("Why"), v.reason);
    m_details->setText(QStringLiteral("<table>%1</table>").arg(details));
    m_panel->show();
}

} // namespace OneSeal
