#pragma once

#include <QDate>
#include <QString>

namespace OneSeal {

/// What is wrong with a resident identity number, in the order the checks run.
enum class ResidentIdProblem {
    None,
    Length,         ///< not 18 characters
    Character,      ///< a character other than a digit (or X in the last place)
    BirthDate,      ///< characters 7–14 are no real date, or a date in the future
    CheckCharacter, ///< the ISO 7064 MOD 11-2 check character does not match
};

/// The outcome of checking a 公民身份号码 (GB 11643-1999).
struct ResidentIdCheck
{
    ResidentIdProblem problem = ResidentIdProblem::None;
    /// The number normalised: full-width digits folded, lower-case x upper-cased, spaces removed.
    QString normalised;
    /// The check character the first 17 digits call for (set once length and characters are right).
    QChar expectedCheck;
    QDate birthDate;
    /// One sentence naming what is wrong and how to fix it; empty when valid.
    QString message;

    bool valid() const { return problem == ResidentIdProblem::None; }
};

/// GB 11643 resident identity numbers: 6-digit area, 8-digit birth date, 3-digit sequence, check character.
namespace ResidentId {

/// Checks @p text as a resident identity number. @p today bounds the birth date (no future births).
ResidentIdCheck check(const QString& text, const QDate& today = QDate::currentDate());

/// The check character for the first 17 digits of @p body (ISO 7064 MOD 11-2), or a null QChar.
QChar checkCharacter(QStringView body);

/// 'M' or 'F' from the 17th character (odd is male); a null QChar for an invalid number.
QChar sex(const QString& normalised);

} // namespace ResidentId
} // namespace OneSeal
