#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace OneSeal::Cli {

/// Exit codes: 0 done, 1 the check or the work failed (the message says why), 2 the command was
/// written wrongly.
enum Exit { Ok = 0, Failed = 1, Usage = 2 };

/// The words after the command name: options (--name value) and the rest in order.
class Arguments final
{
public:
    explicit Arguments(QStringList words) : m_words(std::move(words)) {}

    /// The value after @p name, or empty; records @p name as known.
    QString option(const QString& name);
    bool flag(const QString& name);
    /// Words that are neither options nor their values.
    QStringList positional() const;
    /// Options that no call to option() or flag() asked for: probably a typing error.
    QStringList unknownOptions() const;

private:
    QStringList m_words;
    QStringList m_known;
};

QTextStream& out();
QTextStream& err();

/// Prints "onesealctl: MESSAGE" to stderr and returns @p code.
int fail(const QString& message, int code = Failed);
/// Prints the usage error and the command's synopsis and returns Usage.
int usage(const QString& message, const QString& synopsis);

int validate(Arguments& args);
int dueDate(Arguments& args);
int calendar(Arguments& args);
int init(Arguments& args);
int demoDb(Arguments& args);
int demo(Arguments& args);
int audit(Arguments& args);
int journal(Arguments& args);
int catalogue(Arguments& args);
int tablesDigest(Arguments& args);
int intake(Arguments& args);
int queue(Arguments& args);
int clock(Arguments& args);
int review(Arguments& args);
int report(Arguments& args);
int ticket(Arguments& args);
int seal(Arguments& args);
int licence(Arguments& args);
int verify(Arguments& args);
int enroll(Arguments& args);
int sync(Arguments& args);

} // namespace OneSeal::Cli
