#pragma once

#include "core/result.h"
#include "documenttemplate.h"

#include <QImage>
#include <QJsonObject>
#include <QPointF>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace OneSeal {

/// How one rendering differs from the final print.
struct RenderOptions
{
    /// Marks the page with a large diagonal watermark, so that a preview can never pass for the real notice.
    bool draft = false;
    QString watermark = QStringLiteral("草稿");
    /// 套打 calibration: how far this printer puts things from where the template says, in millimetres.
    QPointF offsetMm;
};

/// Renders a document template with its fields onto a PDF, a printer or an image: one renderer for every
/// sealed document, so that the preview shows exactly what prints.
///
/// Everything is laid out before anything is painted. A missing field, a character no installed font can
/// print, text running past the margin or into a QR code or barcode is an error naming the element or
/// field, and nothing reaches the paint device: a half-printed notice on security paper is worse than none.
class DocumentRenderer final
{
public:
    /// The template @p name ("acceptance_notice") from the resources.
    static Result<DocumentTemplate> load(const QString& name);
    /// A template from a file, for templates that a site keeps outside the program.
    static Result<DocumentTemplate> loadFile(const QString& path);

    /// Renders onto @p painter, the page occupying @p pageRect in painter coordinates (any scale: a preview
    /// widget, an image, a printer page).
    static Status render(const DocumentTemplate& documentTemplate, const QJsonObject& fields, QPainter& painter,
                         const QRectF& pageRect, const RenderOptions& options = {});

    /// Renders one page onto @p device (a QPrinter or QPdfWriter), setting its page layout from the template.
    static Status render(const DocumentTemplate& documentTemplate, const QJsonObject& fields, QPagedPaintDevice& device,
                         const RenderOptions& options = {});

    /// Writes the document as a PDF at 300 dpi to @p path; on any error the file is left as it was.
    static Status renderPdf(const DocumentTemplate& documentTemplate, const QJsonObject& fields, const QString& path,
                            const RenderOptions& options = {});

    /// The page as an image at @p dpi on white, for previews and golden tests.
    static Result<QImage> renderImage(const DocumentTemplate& documentTemplate, const QJsonObject& fields, int dpi,
                                      const RenderOptions& options = {});
};

} // namespace OneSeal
