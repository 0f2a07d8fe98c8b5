#pragma once

#include <QString>
#include <QStringList>

namespace OneSeal {

/// The UI languages: "zh_CN" (the default) and "en".
const QStringList& uiLanguages();
inline QString defaultUiLanguage()
{
    return QStringLiteral("zh_CN");
}

/// Installs OneSeal's and Qt's own translations for @p language on the running application,
/// replacing those of a previous call.
/// Returns false when a translation file is missing.
bool installTranslators(const QString& language);

} // namespace OneSeal
