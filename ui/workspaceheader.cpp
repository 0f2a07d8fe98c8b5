#include "workspaceheader.h"

#include <QLabel>
#include <QVBoxLayout>

namespace OneSeal {

WorkspaceHeader::WorkspaceHeader(const QString& title, const QString& purpose, const QString& status, QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("workspaceHeader"));
    auto* titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("workspaceTitle"));
    QFont font = titleLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    titleLabel->setFont(font);
    auto* purposeLabel = new QLabel(purpose, this);
    purposeLabel->setObjectName(QStringLiteral("workspacePurpose"));
    purposeLabel->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(titleLabel);
    layout->addWidget(purposeLabel);
    if (!status.isEmpty()) {
        auto* statusLabel = new QLabel(status, this);
        statusLabel->setObjectName(QStringLiteral("workspaceStatus"));
        statusLabel->setWordWrap(true);
        // A notice, not an error: amber, so that nobody mistakes the placeholder for a broken feature.
        statusLabel->setStyleSheet(QStringLiteral(
            "background: #fff8e1; border: 1px solid #ffe082; border-radius: 3px; padding: 6px; color: #5d4037;"));
        layout->addWidget(statusLabel);
    }
}

} // namespace OneSeal
