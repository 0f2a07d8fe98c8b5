#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace OneSeal {

/// An error that crosses a layer: a stable code for programs and a message a person can act on.
/// The message names the field and says how to fix it; the code never changes with the language.
struct Error
{
    QString code;
    QString message;
    /// The input field the error belongs to (for example "resident_id"), empty when none.
    QString field;
};

/// A value or an error, as the house style asks for instead of exceptions across layers.
template <typename T> class [[nodiscard]] Result final
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_state); }
    T& value() & { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/// The result of an operation that returns nothing but may fail.
template <> class [[nodiscard]] Result<void> final
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error makeError(QString code, QString message, QString field = {})
{
    return Error{std::move(code), std::move(message), std::move(field)};
}

} // namespace OneSeal
