#include "translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>
#include <memory>
#include <vector>

namespace OneSeal {

const QStringList& uiLanguages()
{
    static const QStringList languages{QStringLiteral("zh_CN"), QStringLiteral("en")};
    return languages;
}

bool installTranslators(const QString& language)
{
    static std::vector<std::unique_ptr<QTranslator>> installed;
    for (const auto& translator : installed)
        QCoreApplication::removeTranslator(translator.get());
    installed.clear();

    bool ok = true;
    auto load = [&](const QString& file, const QString& folder) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(file, folder)) {
            ok = false;
            return;
        }
        QCoreApplication::installTranslator(translator.get());
        installed.push_back(std::move(translator));
    };
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    // English is the source language; its file only carries the plural forms (%n).
    if (language != u"en")
        load(QStringLiteral("qtbase_") + language, qtFolder);
    load(QStringLiteral("oneseal_") + language, QStringLiteral(":/oneseal/translations"));
    return ok;
}

} // namespace OneSeal
