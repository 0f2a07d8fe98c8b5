#pragma once

#include <QString>

namespace OneSeal {

/// What is wrong with a unified social credit code, in the order the checks run.
enum class CreditCodeProblem {
    None,
    Length,         ///< not 18 characters
    Character,      ///< a character outside the 31-character set (no I, O, S, V, Z) or a letter in the area code
    CheckCharacter, ///< the GB 32100 check character does not match
};

/// The outcome of checking a 统一社会信用代码 (GB 32100-2015).
struct CreditCodeCheck
{
    CreditCodeProblem problem = CreditCodeProblem::None;
    QString normalised;
    QChar expectedCheck;
    /// One sentence naming what is wrong and how to fix it; empty when valid.
    QString message;

    bool valid() const { return problem == CreditCodeProblem::None; }
};

/// GB 32100 unified social credit codes. Early pilot codes fail the check yet are genuine, so callers
/// let a supervisor override a CheckCharacter problem with a recorded reason; the other problems are final.
namespace CreditCode {

CreditCodeCheck check(const QString& text);

/// The check character for the first 17 characters of @p body, or a null QChar when they are not valid.
QChar checkCharacter(QStringView body);

} // namespace CreditCode
} // namespace OneSeal
