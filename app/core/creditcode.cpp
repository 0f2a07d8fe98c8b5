#include "creditcode.h"

#include "textnormalise.h"

#include <QCoreApplication>

namespace OneSeal::CreditCode {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CreditCode)
};

constexpr QStringView kAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

int valueOf(QChar c)
{
    return int(kAlphabet.indexOf(c));
}

} // namespace

QChar checkCharacter(QStringView body)
{
    if (body.size() < 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int v = valueOf(body[i]);
        if (v < 0)
            return {};
        sum += v * kWeights[i];
    }
    return kAlphabet[(31 - sum % 31) % 31];
}

CreditCodeCheck check(const QString& text)
{
    CreditCodeCheck result;
    const QString code = foldIdentifierInput(text).toUpper();
    result.normalised = code;

    if (code.size() != 18) {
        result.problem = CreditCodeProblem::Length;
        result.message = Text::tr("Credit code must have 18 characters; this one has %1.").arg(code.size());
        return result;
    }
    for (qsizetype i = 0; i < 18; ++i) {
        const QChar c = code.at(i);
        const bool inAreaCode = i >= 2 && i < 8;
        if (inAreaCode ? (c >= u'0' && c <= u'9') : valueOf(c) >= 0)
            continue;
        result.problem = CreditCodeProblem::Character;
        result.message = inAreaCode
                             ? Text::tr("Credit code: character %1 is part of the area code and must be a digit, "
                                        "not \"%2\".")
                                   .arg(i + 1)
                                   .arg(c)
                             : Text::tr("Credit code: character %1 \"%2\" is not allowed; credit codes use digits and "
                                        "capital letters except I, O, S, V and Z.")
                                   .arg(i + 1)
                                   .arg(c);
        return result;
    }
    result.expectedCheck = checkCharacter(code);
    if (code.at(17) != result.expectedCheck) {
        result.problem = CreditCodeProblem::CheckCharacter;
        result.message = Text::tr("Credit code: the check character is %1 but the first 17 characters call for %2; "
                                  "check the code for a typing error.")
                             .arg(code.at(17))
                             .arg(result.expectedCheck);
    }
    return result;
}

} // namespace OneSeal::CreditCode
