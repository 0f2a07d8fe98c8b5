#include "cli.h"

#include <QCoreApplication>

namespace OneSeal::Cli {

QString Arguments::option(const QString& name)
{
    m_known.append(name);
    const qsizetype i = m_words.indexOf(name);
    return i >= 0 && i + 1 < m_words.size() ? m_words.at(i + 1) : QString();
}

bool Arguments::flag(const QString& name)
{
    m_known.append(name);
    return m_words.contains(name);
}

QStringList Arguments::positional() const
{
    QStringList list;
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        const QString& word = m_words.at(i);
        if (word.startsWith(QStringLiteral("--"))) {
            if (!m_known.contains(word) || i + 1 >= m_words.size() || m_words.at(i + 1).startsWith(u'-'))
                continue;
            ++i; // skip the option's value
            continue;
        }
        list.append(word);
    }
    return list;
}

QStringList Arguments::unknownOptions() const
{
    QStringList list;
    for (const QString& word : m_words) {
        if (word.startsWith(QStringLiteral("--")) && !m_known.contains(word))
            list.append(word);
    }
    return list;
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString& message, int code)
{
    err() << "onesealctl: " << message << Qt::endl;
    return code;
}

int usage(const QString& message, const QString& synopsis)
{
    err() << "onesealctl: " << message << Qt::endl
          << QCoreApplication::translate("Cli", "usage: ") << synopsis << Qt::endl;
    return Usage;
}

} // namespace OneSeal::Cli
