#include "uitext.h"

#include "core/cataloguecodec.h"
#include "services/referencedata.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace OneSeal::UiText {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(UiText)
};

} // namespace

QString yesNo(bool value)
{
    return value ? Text::tr("Yes") : Text::tr("No");
}

QString date(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString dateWithWeekday(const QDate& d)
{
    if (!d.isValid())
        return {};
    return d.toString(Qt::ISODate) + u' ' + QLocale().dayName(d.dayOfWeek(), QLocale::ShortFormat);
}

QString dateTime(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    return utc.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QList<Choice> levels()
{
    return {{QStringLiteral("county"), Text::tr("County hall")},
            {QStringLiteral("town"), Text::tr("Town centres too")}};
}

QList<Choice> materialForms()
{
    return {{QStringLiteral("paper"), Text::tr("Paper")},
            {QStringLiteral("electronic"), Text::tr("Electronic")},
            {QStringLiteral("paper_or_electronic"), Text::tr("Paper or electronic")}};
}

QList<Choice> itemTypes()
{
    QList<Choice> list;
    for (int i = 1; i <= 12; ++i) {
        const QString code = QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'));
        list.append({code, code + u' ' + CatalogueCodec::itemTypeName(code)});
    }
    return list;
}

QList<Choice> windowKinds()
{
    QList<Choice> list;
    for (const QString& key : {QStringLiteral("commerce"), QStringLiteral("planning"), QStringLiteral("general")})
        list.append({key, ReferenceDataService::choiceLabel(key)});
    return list;
}

QString labelOf(const QList<Choice>& choices, const QString& key)
{
    for (const Choice& choice : choices) {
        if (choice.first == key)
            return choice.second;
    }
    return key;
}

QString catalogueField(const QString& key)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("national_code"), QT_TRANSLATE_NOOP("UiText", "National code")},
        {QStringLiteral("implementation_code"), QT_TRANSLATE_NOOP("UiText", "Implementation code")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("UiText", "Item name")},
        {QStringLiteral("pinyin_initials"), QT_TRANSLATE_NOOP("UiText", "Pinyin initials")},
        {QStringLiteral("item_type"), QT_TRANSLATE_NOOP("UiText", "Item type")},
        {QStringLiteral("agency"), QT_TRANSLATE_NOOP("UiText", "Implementing agency")},
        {QStringLiteral("legal_basis"), QT_TRANSLATE_NOOP("UiText", "Legal basis")},
        {QStringLiteral("conditions"), QT_TRANSLATE_NOOP("UiText", "Acceptance conditions")},
        {QStringLiteral("review_standard"), QT_TRANSLATE_NOOP("UiText", "Review standard")},
        {QStringLiteral("materials"), QT_TRANSLATE_NOOP("UiText", "Materials")},
        {QStringLiteral("statutory_days"), QT_TRANSLATE_NOOP("UiText", "Statutory time limit")},
        {QStringLiteral("promised_days"), QT_TRANSLATE_NOOP("UiText", "Promised time limit")},
        {QStringLiteral("special_procedures"), QT_TRANSLATE_NOOP("UiText", "Special procedures")},
        {QStringLiteral("fees"), QT_TRANSLATE_NOOP("UiText", "Fees")},
        {QStringLiteral("window_kind"), QT_TRANSLATE_NOOP("UiText", "Window kind")},
        {QStringLiteral("section"), QT_TRANSLATE_NOOP("UiText", "Deciding section")},
        {QStringLiteral("department"), QT_TRANSLATE_NOOP("UiText", "Supervising department")},
        {QStringLiteral("result_template"), QT_TRANSLATE_NOOP("UiText", "Result template")},
        {QStringLiteral("result_name"), QT_TRANSLATE_NOOP("UiText", "Result document")},
        {QStringLiteral("on_the_spot"), QT_TRANSLATE_NOOP("UiText", "Decided on the spot")},
        {QStringLiteral("level"), QT_TRANSLATE_NOOP("UiText", "Level")},
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("UiText", "In use")},
        {QStringLiteral("format"), QT_TRANSLATE_NOOP("UiText", "File format")},
    };
    const auto it = labels.constFind(key);
    return it == labels.constEnd() ? key : QCoreApplication::translate("UiText", it.value());
}

QString eventType(const QString& type)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("user.created"), QT_TRANSLATE_NOOP("UiText", "Account created")},
        {QStringLiteral("user.updated"), QT_TRANSLATE_NOOP("UiText", "Account changed")},
        {QStringLiteral("user.password_set"), QT_TRANSLATE_NOOP("UiText", "Password set")},
        {QStringLiteral("user.roles_set"), QT_TRANSLATE_NOOP("UiText", "Roles assigned")},
        {QStringLiteral("user.signed_in"), QT_TRANSLATE_NOOP("UiText", "Signed in")},
        {QStringLiteral("user.signin_failed"), QT_TRANSLATE_NOOP("UiText", "Wrong password")},
        {QStringLiteral("user.unlocked"), QT_TRANSLATE_NOOP("UiText", "Account unlocked")},
        {QStringLiteral("site.saved"), QT_TRANSLATE_NOOP("UiText", "Site saved")},
        {QStringLiteral("window.saved"), QT_TRANSLATE_NOOP("UiText", "Window saved")},
        {QStringLiteral("section.saved"), QT_TRANSLATE_NOOP("UiText", "Section saved")},
        {QStringLiteral("department.saved"), QT_TRANSLATE_NOOP("UiText", "Department saved")},
        {QStringLiteral("seal.saved"), QT_TRANSLATE_NOOP("UiText", "Seal saved")},
        {QStringLiteral("item.saved"), QT_TRANSLATE_NOOP("UiText", "Catalogue item saved")},
        {QStringLiteral("calendar.year_imported"), QT_TRANSLATE_NOOP("UiText", "Calendar year imported")},
        {QStringLiteral("setting.changed"), QT_TRANSLATE_NOOP("UiText", "Setting changed")},
        {QStringLiteral("applicant.saved"), QT_TRANSLATE_NOOP("UiText", "Applicant saved")},
        {QStringLiteral("application.recorded"), QT_TRANSLATE_NOOP("UiText", "Application recorded")},
        {QStringLiteral("dishonesty_entry.saved"), QT_TRANSLATE_NOOP("UiText", "Dishonesty list entry saved")},
    };
    const auto it = labels.constFind(type);
    return it == labels.constEnd() ? type : QCoreApplication::translate("UiText", it.value());
}

QString subjectType(const QString& type)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("user"), QT_TRANSLATE_NOOP("UiText", "Account")},
        {QStringLiteral("site"), QT_TRANSLATE_NOOP("UiText", "Site")},
        {QStringLiteral("window"), QT_TRANSLATE_NOOP("UiText", "Window")},
        {QStringLiteral("section"), QT_TRANSLATE_NOOP("UiText", "Section")},
        {QStringLiteral("department"), QT_TRANSLATE_NOOP("UiText", "Department")},
        {QStringLiteral("seal"), QT_TRANSLATE_NOOP("UiText", "Seal")},
        {QStringLiteral("item"), QT_TRANSLATE_NOOP("UiText", "Catalogue item")},
        {QStringLiteral("calendar"), QT_TRANSLATE_NOOP("UiText", "Calendar")},
        {QStringLiteral("setting"), QT_TRANSLATE_NOOP("UiText", "Setting")},
        {QStringLiteral("applicant"), QT_TRANSLATE_NOOP("UiText", "Applicant")},
        {QStringLiteral("application"), QT_TRANSLATE_NOOP("UiText", "Application")},
        {QStringLiteral("dishonesty_entry"), QT_TRANSLATE_NOOP("UiText", "Dishonesty list entry")},
    };
    const auto it = labels.constFind(type);
    return it == labels.constEnd() ? type : QCoreApplication::translate("UiText", it.value());
}

} // namespace OneSeal::UiText
