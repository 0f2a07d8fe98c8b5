#include "residentid.h"

#include "textnormalise.h"

#include <QCoreApplication>

namespace OneSeal::ResidentId {
namespace {

constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char16_t kCheckChars[] = u"10X98765432";

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ResidentId)
};

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

QChar checkCharacter(QStringView body)
{
    if (body.size() < 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!isDigit(body[i]))
            return {};
        sum += (body[i].unicode() - u'0') * kWeights[i];
    }
    return QChar(kCheckChars[sum % 11]);
}

ResidentIdCheck check(const QString& text, const QDate& today)
{
    ResidentIdCheck result;
    QString id = foldIdentifierInput(text);
    if (!id.isEmpty() && id.back() == u'x')
        id.back() = u'X';
    result.normalised = id;

    if (id.size() != 18) {
        result.problem = ResidentIdProblem::Length;
        result.message = Text::tr("Resident ID must have 18 characters; this one has %1.").arg(id.size());
        return result;
    }
    for (qsizetype i = 0; i < 18; ++i) {
        const QChar c = id.at(i);
        if (isDigit(c) || (i == 17 && c == u'X'))
            continue;
        result.problem = ResidentIdProblem::Character;
        result.message = i == 17 ? Text::tr("Resident ID: character 18 must be a digit or X, not \"%1\".").arg(c)
                                 : Text::tr("Resident ID: character %1 must be a digit, not \"%2\".").arg(i + 1).arg(c);
        return result;
    }
    const QDate birth = QDate::fromString(id.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid() || birth.year() < 1880) {
        result.problem = ResidentIdProblem::BirthDate;
        result.message = Text::tr("Resident ID: characters 7-14 (%1) are not a real birth date.").arg(id.mid(6, 8));
        return result;
    }
    if (birth > today) {
        result.problem = ResidentIdProblem::BirthDate;
        result.message = Text::tr("Resident ID: the birth date %1 is in the future.").arg(birth.toString(Qt::ISODate));
        return result;
    }
    result.birthDate = birth;
    result.expectedCheck = checkCharacter(id);
    if (id.at(17) != result.expectedCheck) {
        result.problem = ResidentIdProblem::CheckCharacter;
        result.message = Text::tr("Resident ID: the check character is %1 but the first 17 digits call for %2; "
                                  "check the number for a typing error.")
                             .arg(id.at(17))
                             .arg(result.expectedCheck);
        return result;
    }
    return result;
}

QChar sex(const QString& normalised)
{
    if (normalised.size() != 18 || !isDigit(normalised.at(16)))
        return {};
    return (normalised.at(16).unicode() - u'0') % 2 ? QChar(u'M') : QChar(u'F');
}

} // namespace OneSeal::ResidentId
