#pragma once

#include "core/result.h"
#include "services/licenceservice.h"

#include <QWidget>
#include <functional>

class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;

namespace OneSeal {

class Services;

/// 核验: checks a licence's QR code the way a verifier at the window does, offline against the seals' keys and
/// this register. A keyboard-wedge scanner types the "OS1:" text and Enter into the scan field; a scan of the
/// licence can be opened as an image instead. The verdict says genuine or forged and, from the register,
/// valid, superseded, void, revoked or expired, coloured so that it is read across the counter.
class VerifyPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyPage)

public:
    /// Asks for the scanned image; returns its path or nothing.
    using ImageChooser = std::function<QString()>;

    explicit VerifyPage(Services& services, QWidget* parent = nullptr);

    /// Replaces the file dialog, so that tests open an image without a modal dialog.
    void setImageChooser(ImageChooser chooser) { m_chooseImage = std::move(chooser); }

    void verifyText(const QString& text);
    void verifyImage(const QString& path);
    /// Puts the focus in the scan field, ready for the scanner.
    void focusScan();

    /// The text of the first QR code in the image at @p path.
    static Result<QString> decodeImage(const QString& path);

    /// The last verdict, for tests and screen readers.
    const LicenceVerification& lastVerification() const { return m_last; }

private:
    void openImage();
    void showVerdict(const LicenceVerification& verification);
    void showProblem(const QString& message);

    Services& m_services;
    ImageChooser m_chooseImage;
    LicenceVerification m_last;
    QLineEdit* m_scan;
    QPushButton* m_open;
    QFrame* m_panel;
    QLabel* m_verdict;
    QLabel* m_details;
};

} // namespace OneSeal
